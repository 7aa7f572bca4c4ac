using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// Where everything is written in one catalog text: every entity (and the settings section) with its key and
/// fields, and every key written in a reference field. It is read off the positioned tree that the catalog's
/// reader builds, typed by the schema; nothing here parses YAML itself.
/// Lines and columns are 1-based, as in <see cref="SourceSpan"/>.
/// </summary>
public sealed class DocumentIndex
{
    private readonly Dictionary<(string Type, string Key), IndexedEntity> _byKey;
    private readonly Dictionary<(string Type, string Key), List<IndexedReference>> _referencesTo;
    private readonly int[] _boundaries;

    private DocumentIndex(IReadOnlyList<IndexedEntity> entities, IReadOnlyList<IndexedReference> references, IReadOnlyList<(string Name, SourceSpan KeySpan, SourceSpan Span)> sections, IReadOnlyList<(string Name, SourceSpan KeySpan, SourceSpan Span)> typeSections, int[] boundaries)
    {
        Entities = entities;
        References = references;
        Sections = sections;
        TypeSections = typeSections;
        _boundaries = boundaries;
        _byKey = new Dictionary<(string, string), IndexedEntity>();
        foreach (var entity in entities)
        {
            if (!_byKey.ContainsKey((entity.Type, entity.Key)))
            {
                _byKey.Add((entity.Type, entity.Key), entity);
            }
        }

        _referencesTo = new Dictionary<(string, string), List<IndexedReference>>();
        foreach (var reference in references)
        {
            if (!_referencesTo.TryGetValue((reference.TargetType, reference.Key), out var list))
            {
                _referencesTo[(reference.TargetType, reference.Key)] = list = new List<IndexedReference>();
            }

            list.Add(reference);
        }
    }

    /// <summary>An index of nothing: a text whose YAML could not be read.</summary>
    public static DocumentIndex Empty { get; } = new([], [], [], [], []);

    /// <summary>Every entity in file order; the settings section first when it is written first.</summary>
    public IReadOnlyList<IndexedEntity> Entities { get; }

    /// <summary>Every key written in a reference field, in file order.</summary>
    public IReadOnlyList<IndexedReference> References { get; }

    /// <summary>The top-level sections (<c>schema</c>, <c>settings</c>, <c>data</c>): name, key and extent.</summary>
    public IReadOnlyList<(string Name, SourceSpan KeySpan, SourceSpan Span)> Sections { get; }

    /// <summary>The type sections under <c>data</c>: type name, key and extent.</summary>
    public IReadOnlyList<(string Name, SourceSpan KeySpan, SourceSpan Span)> TypeSections { get; }

    /// <summary>
    /// Indexes a catalog <paramref name="text"/> whose schema part was read (<paramref name="schema"/>): the
    /// catalog's own YAML reader on the text as <see cref="CatalogReader"/> decodes it (without a byte order mark).
    /// Text the reader cannot read gives an index of what it could read, or <see cref="Empty"/>.
    /// </summary>
    public static DocumentIndex Read(string text, string filePath, CatalogSchema schema, ReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var decoded = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        return Build(CatalogYamlReader.Read(decoded, filePath, limits ?? ReaderLimits.Default, new List<CatalogDiagnostic>(), cancellationToken), schema);
    }

    /// <summary>Indexes the tree <paramref name="root"/> of a catalog text, typed by <paramref name="schema"/>.</summary>
    internal static DocumentIndex Build(YamlNode? root, CatalogSchema schema)
    {
        if (root is not YamlMapping top)
        {
            return Empty;
        }

        var entities = new List<IndexedEntity>();
        var references = new List<IndexedReference>();
        var sections = new List<(string, SourceSpan, SourceSpan)>();
        var typeSections = new List<(string, SourceSpan, SourceSpan)>();
        var boundaries = new List<int>();
        foreach (var section in top.Entries)
        {
            sections.Add((section.Key.Value, section.Key.Span, Extent(section)));
            boundaries.Add(section.Key.Span.Line);
            if (section.Key.Value == "settings" && section.Value is YamlMapping settings)
            {
                entities.Add(Entity(schema.Settings, string.Empty, section.Key.Span, Extent(section), settings, schema, references));
            }
            else if (section.Key.Value == "data" && section.Value is YamlMapping data)
            {
                foreach (var typeSection in data.Entries)
                {
                    typeSections.Add((typeSection.Key.Value, typeSection.Key.Span, Extent(typeSection)));
                    boundaries.Add(typeSection.Key.Span.Line);
                    var type = schema.FindType(typeSection.Key.Value);
                    if (type is null || typeSection.Value is not YamlMapping byKey)
                    {
                        continue;
                    }

                    foreach (var entry in byKey.Entries)
                    {
                        boundaries.Add(entry.Key.Span.Line);
                        entities.Add(Entity(type, entry.Key.Value, entry.Key.Span, Extent(entry), entry.Value as YamlMapping, schema, references));
                    }
                }
            }
        }

        return new DocumentIndex(entities, references, sections, typeSections, boundaries.Distinct().OrderBy(b => b).ToArray());
    }

    /// <summary>The entity of <paramref name="type"/> with <paramref name="key"/> (the first, if written twice), or null.</summary>
    public IndexedEntity? Find(string type, string key) => _byKey.TryGetValue((type, key), out var entity) ? entity : null;

    /// <summary>Every reference to the entity of <paramref name="type"/> with <paramref name="key"/>, in file order.</summary>
    public IReadOnlyList<IndexedReference> ReferencesTo(string type, string key) =>
        _referencesTo.TryGetValue((type, key), out var list) ? list : [];

    /// <summary>The keys of every entity of <paramref name="type"/>, in file order.</summary>
    public IEnumerable<IndexedEntity> OfType(string type) => Entities.Where(e => e.Type == type);

    /// <summary>The reference written at (<paramref name="line"/>, <paramref name="column"/>), or null.</summary>
    public IndexedReference? ReferenceAt(int line, int column) => References.FirstOrDefault(r => Contains(r.Span, line, column));

    /// <summary>The entity whose key is written at (<paramref name="line"/>, <paramref name="column"/>), or null.</summary>
    public IndexedEntity? EntityKeyAt(int line, int column) => Entities.FirstOrDefault(e => e.Key.Length > 0 && Contains(e.KeySpan, line, column));

    /// <summary>The field whose name is written at (<paramref name="line"/>, <paramref name="column"/>), with its entity, or null.</summary>
    public (IndexedEntity Entity, IndexedField Field)? FieldNameAt(int line, int column)
    {
        foreach (var entity in Entities)
        {
            foreach (var field in entity.Fields)
            {
                if (Contains(field.NameSpan, line, column))
                {
                    return (entity, field);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The entity whose lines hold <paramref name="line"/>: from its key's line to the line before the next key
    /// of an entity, a type section or a section. A line being typed below an entity's fields belongs to it.
    /// </summary>
    public IndexedEntity? EntityOnLine(int line)
    {
        IndexedEntity? found = null;
        foreach (var entity in Entities)
        {
            if (entity.KeySpan.Line <= line && (found is null || entity.KeySpan.Line > found.KeySpan.Line))
            {
                found = entity;
            }
        }

        if (found is null)
        {
            return null;
        }

        var next = Array.Find(_boundaries, b => b > found.KeySpan.Line);
        return next == 0 || line < next ? found : null;
    }

    /// <summary>Whether (<paramref name="line"/>, <paramref name="column"/>) lies in <paramref name="span"/>, its end included.</summary>
    public static bool Contains(SourceSpan span, int line, int column) =>
        span.IsKnown
        && (line > span.Line || (line == span.Line && column >= span.Column))
        && (line < span.EndLine || (line == span.EndLine && column <= span.EndColumn));

    private static SourceSpan Extent(YamlEntry entry)
    {
        var key = entry.Key.Span;
        var value = entry.Value.Span;
        return value.IsKnown && value.EndOffset >= key.EndOffset
            ? new SourceSpan(key.StartOffset, value.EndOffset, key.Line, key.Column, value.EndLine, value.EndColumn)
            : key;
    }

    private static IndexedEntity Entity(TypeDefinition type, string key, SourceSpan keySpan, SourceSpan span, YamlMapping? body, CatalogSchema schema, List<IndexedReference> references)
    {
        var fields = new List<IndexedField>();
        foreach (var entry in body?.Entries ?? [])
        {
            var definition = type.FindField(entry.Key.Value);
            var text = entry.Value is YamlScalar { IsNull: false } scalar ? scalar.Value : null;
            fields.Add(new IndexedField(entry.Key.Value, entry.Key.Span, entry.Value.Span, text, definition));
            if (definition?.Type is not { Kind: FieldKind.Reference, TargetName: { } target } || schema.FindType(target) is null)
            {
                continue;
            }

            IEnumerable<YamlNode> written = entry.Value is YamlSequence list ? list.Items : [entry.Value];
            foreach (var item in written)
            {
                if (item is YamlScalar { IsNull: false } reference)
                {
                    references.Add(new IndexedReference(target, reference.Value, reference.Span, type.Name, key, entry.Key.Value));
                }
            }
        }

        return new IndexedEntity(type.Name, key, keySpan, span, fields);
    }
}
