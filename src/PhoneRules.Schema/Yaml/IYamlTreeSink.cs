namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Reads a tree while <see cref="YamlTreeBuilder"/> builds it, so that the values it takes never wait in the tree
/// for the whole file (a catalog's entities: the validator reads each as it closes, and the tree keeps only its key).
/// A sink must not throw: the readers turn what they catch into syntax errors.
/// </summary>
internal interface IYamlTreeSink
{
    /// <summary>An entry of the root mapping, once its value is complete; it stays in the tree.</summary>
    void RootEntry(YamlEntry entry);

    /// <summary>
    /// Whether the sink takes <paramref name="value"/>, complete, of the entry <paramref name="key"/> in the mapping
    /// of <paramref name="sectionKey"/> in the mapping of the root's <paramref name="rootKey"/>. A value taken is left
    /// out of the tree (its key still counts for duplicates), and its nodes are used again once this returns: the sink
    /// keeps nothing of it but copies (strings, places).
    /// </summary>
    bool Take(YamlKey rootKey, YamlKey sectionKey, YamlKey key, YamlNode value);
}
