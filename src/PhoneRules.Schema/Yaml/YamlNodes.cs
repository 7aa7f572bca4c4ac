using System;
using System.Collections.Generic;

namespace PhoneRules.Schema.Yaml;

/// <summary>A node of a catalog's YAML tree, with the place it was read from.</summary>
internal abstract class YamlNode
{
    private protected YamlNode(SourceSpan span) => Span = span;

    /// <summary>Where the node starts and ends in the file.</summary>
    public SourceSpan Span { get; internal set; }

    /// <summary>A word for the node's kind, for messages: "a scalar", "a mapping", "a list".</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar as written: its text and whether it was plain (unquoted).</summary>
internal sealed class YamlScalar : YamlNode
{
    internal YamlScalar(string value, bool isPlain, SourceSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's text, after YAML unescaping and folding.</summary>
    public string Value { get; private set; }

    /// <summary>Whether it was written without quotes or block indicators.</summary>
    public bool IsPlain { get; private set; }

    /// <summary>Makes a scalar taken back by <see cref="YamlNodePool"/> another one.</summary>
    internal void Reset(string value, bool isPlain, SourceSpan span)
    {
        Value = value;
        IsPlain = isPlain;
        Span = span;
    }

    /// <summary>Whether it is YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <inheritdoc />
    public override string KindName => IsNull ? "nothing" : "a single value";
}

/// <summary>
/// A mapping's key: always a scalar in a catalog, kept inside its entry rather than as a node of its own (a catalog
/// of 100,000 models has ten million keys: a quarter of its tree's objects).
/// </summary>
/// <param name="Value">The key's text, after YAML unescaping.</param>
/// <param name="IsPlain">Whether it was written without quotes.</param>
/// <param name="Span">Where it is written.</param>
internal readonly record struct YamlKey(string Value, bool IsPlain, SourceSpan Span);

/// <summary>One key and value of a mapping.</summary>
internal sealed class YamlEntry
{
    internal YamlEntry(YamlKey key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The key.</summary>
    public YamlKey Key { get; private set; }

    /// <summary>The value.</summary>
    public YamlNode Value { get; private set; }

    /// <summary>Makes an entry taken back by <see cref="YamlNodePool"/> another one.</summary>
    internal void Reset(YamlKey key, YamlNode value)
    {
        Key = key;
        Value = value;
    }
}

/// <summary>A mapping, its entries in file order; keys are unique (the reader rejects duplicates).</summary>
internal sealed class YamlMapping : YamlNode
{
    private YamlEntry[] _entries = [];

    internal YamlMapping(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<YamlEntry> Entries => _entries;

    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The entry whose key is <paramref name="key"/>, or null.</summary>
    public YamlEntry? Find(string key)
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (string.Equals(_entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                return _entries[i];
            }
        }

        return null;
    }

    /// <summary>Gives the mapping its entries, when the builder closes it (<see cref="YamlTreeBuilder"/>).</summary>
    internal void Complete(YamlEntry[] entries) => _entries = entries;

    /// <summary>Takes the entries back (<see cref="YamlNodePool"/>), leaving the mapping empty.</summary>
    internal YamlEntry[] Release()
    {
        var entries = _entries;
        _entries = [];
        return entries;
    }
}

/// <summary>A sequence, its items in file order.</summary>
internal sealed class YamlSequence : YamlNode
{
    private YamlNode[] _items = [];

    internal YamlSequence(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>The items in file order.</summary>
    public IReadOnlyList<YamlNode> Items => _items;

    /// <inheritdoc />
    public override string KindName => "a list";

    /// <summary>Gives the list its items, when the builder closes it (<see cref="YamlTreeBuilder"/>).</summary>
    internal void Complete(YamlNode[] items) => _items = items;

    /// <summary>Takes the items back (<see cref="YamlNodePool"/>), leaving the list empty.</summary>
    internal YamlNode[] Release()
    {
        var items = _items;
        _items = [];
        return items;
    }
}
