using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// The second pass: reads the <c>settings</c> and <c>data</c> sections against a schema into drafts (an entity at a
/// time, as the tree is built, or from the tree), one <see cref="EntityRecord"/> per entity whose reference values
/// still hold only their key (<see cref="FieldValue.ReferenceKey"/>). Drafts are never handed out: <see cref="DocumentAssembler"/> builds the
/// document's records from them. Keys it refuses are remembered, so a reference to one is not reported a second time.
/// </summary>
internal sealed class DataReader
{
    private static readonly HashSet<string> s_reservedEntityIdentifiers = new(GeneratedNames.ListMembers, StringComparer.Ordinal);

    private readonly ValidationContext _context;
    private readonly CatalogSchema _schema;
    private readonly ValueParser _values;
    private readonly RefusedKeys _refused;

    // The entities read so far, and the type section the last one was in, with its keys' C# names.
    private readonly List<EntityRecord> _entities = new();
    private readonly Dictionary<string, string> _identifiers = new(StringComparer.Ordinal);
    private int _sectionStart = -1;
    private TypeDefinition? _sectionType;
    private bool _overLimit;

    public DataReader(ValidationContext context, CatalogSchema schema, RefusedKeys refused)
    {
        _context = context;
        _schema = schema;
        _values = new ValueParser(context, schema);
        _refused = refused;
    }

    /// <summary>How many reference values were read (settings and data): the size of the table of their targets.</summary>
    public int ReferenceCount => _values.ReferenceCount;

    /// <summary>
    /// Reads the <c>data</c> section: every entity of every type, in file order, after those already read as they
    /// closed (<see cref="ReadEntity(YamlKey, YamlKey, YamlNode)"/>, whose values the tree no longer holds).
    /// </summary>
    public List<EntityRecord> ReadData(YamlEntry? dataEntry)
    {
        if (dataEntry is null || (dataEntry.Value is YamlScalar { IsNull: true }))
        {
            return _entities;
        }

        if (dataEntry.Value is not YamlMapping dataMap)
        {
            _context.Report(DiagnosticCodes.WrongType, $"'data' expects a mapping of type names to entities, not {dataEntry.Value.KindName}", dataEntry.Value.Span);
            return _entities;
        }

        for (var sectionIndex = 0; sectionIndex < dataMap.Entries.Count; sectionIndex++)
        {
            var section = dataMap.Entries[sectionIndex];
            var type = _schema.FindType(section.Key.Value);
            if (type is null)
            {
                var suggestion = SchemaNames.Suggest(section.Key.Value, _schema.Types.Select(t => t.Name));
                _context.Report(DiagnosticCodes.UnknownType, $"unknown type '{section.Key.Value}' in 'data'" + ValidationContext.DidYouMean(suggestion), section.Key.Span);
                continue;
            }

            if (section.Value is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (section.Value is not YamlMapping entityMap)
            {
                _context.Report(DiagnosticCodes.WrongType, $"'{type.Name}' in 'data' expects a mapping of keys to entities, not {section.Value.KindName}", section.Value.Span);
                continue;
            }

            for (var itemIndex = 0; itemIndex < entityMap.Entries.Count; itemIndex++)
            {
                var item = entityMap.Entries[itemIndex];
                ReadEntity(section.Key, item.Key, item.Value);
            }
        }

        return _entities;
    }

    /// <summary>
    /// Reads the entity <paramref name="key"/> of the type section <paramref name="sectionKey"/> in <c>data</c>; a
    /// section of an unknown type is skipped here and reported once by <see cref="ReadData"/>.
    /// </summary>
    public void ReadEntity(YamlKey sectionKey, YamlKey key, YamlNode value)
    {
        if (_sectionStart != sectionKey.Span.StartOffset)
        {
            // A new section: its keys must become distinct C# names among themselves.
            _sectionStart = sectionKey.Span.StartOffset;
            _sectionType = _schema.FindType(sectionKey.Value);
            _identifiers.Clear();
        }

        if (_sectionType is not { } type)
        {
            return;
        }

        if (_entities.Count >= _context.Limits.MaxEntities)
        {
            // Reported once; the keys past the limit are still known, so a reference to one is no PRG008.
            if (!_overLimit)
            {
                _context.Report(DiagnosticCodes.LimitExceeded, $"more than {_context.Limits.MaxEntities} {(_context.Limits.MaxEntities == 1 ? "entity" : "entities")}", key.Span);
                _overLimit = true;
            }

            _refused.Add(type, key.Value);
            return;
        }

        if (_entities.Count % 1024 == 0)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
        }

        if (!SchemaNames.IsValidKey(key.Value))
        {
            _context.Report(DiagnosticCodes.InvalidKey, $"'{key.Value}' is not a valid key: use lower-case letters, digits and single hyphens, such as pyongyang-2425", key.Span);
            _refused.Add(type, key.Value);
            return;
        }

        var identifier = SchemaNames.ToIdentifier(key.Value);
        if (s_reservedEntityIdentifiers.Contains(identifier) || identifier == type.Plural)
        {
            _context.Report(DiagnosticCodes.IdentifierCollision, $"key '{key.Value}' becomes '{identifier}', which Catalog.{type.Plural} already uses; choose another key", key.Span);
            _refused.Add(type, key.Value);
            return;
        }

        if (_identifiers.TryGetValue(identifier, out var other))
        {
            _context.Report(DiagnosticCodes.IdentifierCollision, $"key '{key.Value}' becomes '{identifier}', the same C# name as key '{other}'", key.Span);
            _refused.Add(type, key.Value);
            return;
        }

        _identifiers.Add(identifier, key.Value);
        _entities.Add(ReadEntity(type, key.Value, key.Span, value, isSettings: false, ordinal: _entities.Count));
    }

    /// <summary>Reads one entity (or, with <paramref name="isSettings"/>, the settings) into a draft.</summary>
    public EntityRecord ReadEntity(TypeDefinition type, string key, SourceSpan keySpan, YamlNode? node, bool isSettings, int ordinal = -1)
    {
        var map = node as YamlMapping;
        var values = new FieldValues(type);
        string Subject() => isSettings ? "'settings'" : $"{type.Name} '{key}'";
        if (node is not null && map is null && !(node is YamlScalar { IsNull: true }))
        {
            _context.Report(DiagnosticCodes.WrongType, $"{Subject()} expects a mapping of fields, not {node.KindName}", node.Span);
            return new EntityRecord(type, key, keySpan, values, ordinal);
        }

        // A misspelt field is reported once, as unknown (with the suggestion), not again as missing.
        HashSet<string>? suggested = null;
        if (map is not null)
        {
            for (var entryIndex = 0; entryIndex < map.Entries.Count; entryIndex++)
            {
                var entry = map.Entries[entryIndex];
                var fieldIndex = type.IndexOfField(entry.Key.Value);
                if (fieldIndex < 0)
                {
                    if (_context.ReportUnknownField(Subject(), entry.Key, type.Fields.Select(f => f.Name)) is { } suggestion)
                    {
                        (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                    }

                    continue;
                }

                var value = _values.Read(type.Fields[fieldIndex], entry.Value);
                if (value is not null)
                {
                    values.AddAt(fieldIndex, value);
                }
            }
        }

        for (var fieldIndex = 0; fieldIndex < type.Fields.Count; fieldIndex++)
        {
            var field = type.Fields[fieldIndex];
            if (!field.IsRequired || values.At(fieldIndex) is not null || suggested?.Contains(field.Name) == true)
            {
                continue;
            }

            var entry = map?.Find(field.Name);
            var present = entry is not null && !(entry.Value is YamlScalar { IsNull: true });
            if (!present)
            {
                _context.Report(DiagnosticCodes.MissingField, $"{Subject()} is missing required field '{field.Name}'", entry?.Key.Span ?? keySpan);
            }
        }

        for (var fieldIndex = 0; fieldIndex < type.Fields.Count; fieldIndex++)
        {
            var field = type.Fields[fieldIndex];
            if (field.Requires is { } required && values.At(fieldIndex) is not null && map?.Find(required) is null)
            {
                _context.Report(DiagnosticCodes.MissingField, $"{Subject()} gives '{field.Name}' without '{required}', which must accompany it", map!.Find(field.Name)!.Key.Span);
            }
        }

        return new EntityRecord(type, key, keySpan, values, ordinal);
    }
}
