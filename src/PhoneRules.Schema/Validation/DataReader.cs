using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// The second pass: reads the <c>settings</c> and <c>data</c> sections against a schema into drafts, one
/// <see cref="EntityRecord"/> per entity whose reference values still hold only their key
/// (<see cref="FieldValue.ReferenceKey"/>). Drafts are never handed out: <see cref="DocumentAssembler"/> builds the
/// document's records from them. Keys it refuses are remembered, so a reference to one is not reported a second time.
/// </summary>
internal sealed class DataReader
{
    private static readonly HashSet<string> s_reservedEntityIdentifiers = new(GeneratedNames.ListMembers, StringComparer.Ordinal);

    private readonly ValidationContext _context;
    private readonly CatalogSchema _schema;
    private readonly ValueParser _values;
    private readonly RefusedKeys _refused;

    public DataReader(ValidationContext context, CatalogSchema schema, RefusedKeys refused)
    {
        _context = context;
        _schema = schema;
        _values = new ValueParser(context, schema);
        _refused = refused;
    }

    /// <summary>How many reference values were read (settings and data): the size of the table of their targets.</summary>
    public int ReferenceCount => _values.ReferenceCount;

    /// <summary>Reads the <c>data</c> section: every entity of every type, in file order.</summary>
    public List<EntityRecord> ReadData(YamlEntry? dataEntry)
    {
        var entities = new List<EntityRecord>();
        var overLimit = false;
        if (dataEntry is null || (dataEntry.Value is YamlScalar { IsNull: true }))
        {
            return entities;
        }

        if (dataEntry.Value is not YamlMapping dataMap)
        {
            _context.Report(DiagnosticCodes.WrongType, $"'data' expects a mapping of type names to entities, not {dataEntry.Value.KindName}", dataEntry.Value.Span);
            return entities;
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

            var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var itemIndex = 0; itemIndex < entityMap.Entries.Count; itemIndex++)
            {
                var item = entityMap.Entries[itemIndex];
                if (entities.Count >= _context.Limits.MaxEntities)
                {
                    // Reported once; the keys past the limit are still known, so a reference to one is no PRG008.
                    if (!overLimit)
                    {
                        _context.Report(DiagnosticCodes.LimitExceeded, $"more than {_context.Limits.MaxEntities} {(_context.Limits.MaxEntities == 1 ? "entity" : "entities")}", item.Key.Span);
                        overLimit = true;
                    }

                    _refused.Add(type, item.Key.Value);
                    continue;
                }

                if (entities.Count % 1024 == 0)
                {
                    _context.CancellationToken.ThrowIfCancellationRequested();
                }

                var key = item.Key.Value;
                if (!SchemaNames.IsValidKey(key))
                {
                    _context.Report(DiagnosticCodes.InvalidKey, $"'{key}' is not a valid key: use lower-case letters, digits and single hyphens, such as pyongyang-2425", item.Key.Span);
                    _refused.Add(type, key);
                    continue;
                }

                var identifier = SchemaNames.ToIdentifier(key);
                if (s_reservedEntityIdentifiers.Contains(identifier) || identifier == type.Plural)
                {
                    _context.Report(DiagnosticCodes.IdentifierCollision, $"key '{key}' becomes '{identifier}', which Catalog.{type.Plural} already uses; choose another key", item.Key.Span);
                    _refused.Add(type, key);
                    continue;
                }

                if (identifiers.TryGetValue(identifier, out var other))
                {
                    _context.Report(DiagnosticCodes.IdentifierCollision, $"key '{key}' becomes '{identifier}', the same C# name as key '{other}'", item.Key.Span);
                    _refused.Add(type, key);
                    continue;
                }

                identifiers.Add(identifier, key);
                entities.Add(ReadEntity(type, key, item.Key.Span, item.Value, isSettings: false, ordinal: entities.Count));
            }
        }

        return entities;
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
                var field = type.FindField(entry.Key.Value);
                if (field is null)
                {
                    if (_context.ReportUnknownField(Subject(), entry.Key, type.Fields.Select(f => f.Name)) is { } suggestion)
                    {
                        (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                    }

                    continue;
                }

                var value = _values.Read(field, entry.Value);
                if (value is not null)
                {
                    values.Add(field.Name, value);
                }
            }
        }

        for (var fieldIndex = 0; fieldIndex < type.Fields.Count; fieldIndex++)
        {
            var field = type.Fields[fieldIndex];
            if (!field.IsRequired || values.ContainsKey(field.Name) || suggested?.Contains(field.Name) == true)
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
            if (field.Requires is { } required && values.ContainsKey(field.Name) && map?.Find(required) is null)
            {
                _context.Report(DiagnosticCodes.MissingField, $"{Subject()} gives '{field.Name}' without '{required}', which must accompany it", map!.Find(field.Name)!.Key.Span);
            }
        }

        return new EntityRecord(type, key, keySpan, values, ordinal);
    }
}
