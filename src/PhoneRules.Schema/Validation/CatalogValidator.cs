using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>Validates a YAML tree against the catalog format: the schema part, then the data part against it.</summary>
internal sealed class CatalogValidator
{
    private const string DefaultNamespace = "CatalogModel";

    // Names the generated code declares, from their one home; a catalog name equal to one is a PRG009.
    private static readonly HashSet<string> s_reservedTypeNames = new(GeneratedNames.Types, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedPlurals = new(GeneratedNames.CatalogMembers.Concat(GeneratedNames.DataMembers).Concat(GeneratedNames.ListMembers), StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedRecordNames = new(GeneratedNames.EntityMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedFieldIdentifiers = new(GeneratedNames.EntityMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedSettingsIdentifiers = new(GeneratedNames.RecordMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedEntityIdentifiers = new(GeneratedNames.ListMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedEnumMembers = new(GeneratedNames.EnumMembers, StringComparer.Ordinal);

    // The runtime library's public types by namespace: a catalog type of the same name in the same namespace would hide one.
    private static readonly Dictionary<string, HashSet<string>> s_runtimeTypes = typeof(GeneratedNames).Assembly.GetExportedTypes()
        .GroupBy(t => t.Namespace ?? string.Empty, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(t => t.Name.Split('`')[0]), StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly string _filePath;
    private readonly ReaderLimits _limits;
    private readonly List<CatalogDiagnostic> _diagnostics;
    private readonly CancellationToken _cancellationToken;

    // Keys written in the data but refused (already reported), by type name.
    private readonly Dictionary<string, HashSet<string>> _rejected = new(StringComparer.Ordinal);

    public CatalogValidator(string filePath, ReaderLimits limits, List<CatalogDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        _filePath = filePath;
        _limits = limits;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public CatalogReadResult Validate(YamlNode? root, string text, string? defaultSchema)
    {
        if (root is null)
        {
            Report(DiagnosticCodes.InvalidSchema, "the catalog is empty; it needs a 'schema' section and a 'data' section", SourceSpan.At(0, 1, 1));
            return Result(null, null);
        }

        if (root is not YamlMapping rootMap)
        {
            Report(DiagnosticCodes.InvalidSchema, $"the catalog must be a mapping with 'schema', 'settings' and 'data', not {root.KindName}", root.Span);
            return Result(null, null);
        }

        foreach (var entry in rootMap.Entries)
        {
            if (entry.Key.Value is not ("schema" or "settings" or "data"))
            {
                ReportUnknownField("the catalog", entry.Key, new[] { "schema", "settings", "data" });
            }
        }

        var errorsBefore = ErrorCount;
        var schemaEntry = rootMap.Find("schema");
        CatalogSchema? schema;
        if (schemaEntry is not null)
        {
            schema = ReadSchema(schemaEntry.Value);
            if (schema is not null)
            {
                // The section as written, a YAML document of its own: what a catalog without one is read with.
                var start = schemaEntry.Key.Span.StartOffset;
                var end = Math.Min(text.Length, Math.Max(start, schemaEntry.Value.Span.EndOffset));
                var span = schemaEntry.Value is YamlMapping schemaMap && schemaMap.Find("namespace") is { } nsEntry ? nsEntry.Value.Span : schemaEntry.Key.Span;
                schema = schema with { Text = text.Substring(start, end - start).TrimEnd() + "\n", Span = span };
            }
        }
        else if (defaultSchema is not null)
        {
            schema = ReadDefaultSchema(defaultSchema);
        }
        else
        {
            Report(DiagnosticCodes.InvalidSchema, "the catalog has no 'schema' section", rootMap.Span.IsKnown ? SourceSpan.At(rootMap.Span.StartOffset, rootMap.Span.Line, rootMap.Span.Column) : SourceSpan.At(0, 1, 1));
            return Result(null, null);
        }

        if (schema is null || ErrorCount > errorsBefore)
        {
            return Result(null, null);
        }

        var settingsEntry = rootMap.Find("settings");
        var settings = ReadEntity(schema, schema.Settings, string.Empty, settingsEntry?.Key.Span ?? SourceSpan.At(0, 1, 1), settingsEntry?.Value, isSettings: true);
        var entities = ReadData(schema, rootMap.Find("data"));
        ResolveReferences(schema, entities, settings);
        var order = DependencyOrder(entities);
        return Result(schema, new CatalogDocument(_filePath, schema, settings, entities, order));
    }

    private int ErrorCount => _diagnostics.Count;

    private CatalogReadResult Result(CatalogSchema? schema, CatalogDocument? document) => new(schema, document, _diagnostics);

    // A catalog without a schema section is read with the compiled one; that text was valid when compiled, so
    // a problem in it is an internal error, reported as such at the start of the file.
    private CatalogSchema? ReadDefaultSchema(string defaultSchema)
    {
        var problems = new List<CatalogDiagnostic>();
        var root = CatalogYamlReader.Read(defaultSchema, _filePath, _limits, problems, _cancellationToken);
        if (problems.Count == 0 && root is YamlMapping map && map.Find("schema") is { } entry)
        {
            var validator = new CatalogValidator(_filePath, _limits, problems, _cancellationToken);
            var schema = validator.ReadSchema(entry.Value);
            if (problems.Count == 0 && schema is not null)
            {
                return schema with { Text = defaultSchema };
            }
        }

        Report(DiagnosticCodes.InternalError, "the compiled schema, used for a catalog without a 'schema' section, could not be read", SourceSpan.At(0, 1, 1));
        return null;
    }

    // ---- schema ----------------------------------------------------------------------------------------

    private CatalogSchema? ReadSchema(YamlNode node)
    {
        if (node is not YamlMapping map)
        {
            Report(DiagnosticCodes.InvalidSchema, $"'schema' must be a mapping with 'enums', 'types' and 'settings', not {node.KindName}", node.Span);
            return null;
        }

        CheckKeys("'schema'", map, "namespace", "enums", "types", "settings");
        var ns = DefaultNamespace;
        if (map.Find("namespace") is { } nsEntry)
        {
            if (nsEntry.Value is YamlScalar { IsNull: false } nsScalar && nsScalar.Value.Split('.').All(SchemaNames.IsValidTypeName))
            {
                ns = nsScalar.Value;
                if (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal))
                {
                    Report(DiagnosticCodes.IdentifierCollision, $"namespace '{ns}' belongs to .NET, whose types the generated code uses; choose another", nsEntry.Value.Span);
                }
            }
            else
            {
                Report(DiagnosticCodes.InvalidSchema, "'namespace' must be a dotted C# name such as PhoneRules.Model, each part starting with a capital letter", nsEntry.Value.Span);
            }
        }

        var names = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);

        // Each type and enum is a generated file, <Name>.g.cs; names equal but for case would clash there.
        var files = GeneratedNames.Types.ToDictionary(t => t, t => t, StringComparer.OrdinalIgnoreCase);
        s_runtimeTypes.TryGetValue(ns, out var runtimeTypes);
        var enumNodes = Entries(map.Find("enums"), "'enums'");
        var typeNodes = Entries(map.Find("types"), "'types'");
        if (map.Find("types") is null)
        {
            Report(DiagnosticCodes.InvalidSchema, "'schema' has no 'types'; declare at least one record type", map.Span);
        }

        foreach (var entry in enumNodes.Concat(typeNodes))
        {
            var name = entry.Key.Value;
            if (!SchemaNames.IsValidTypeName(name))
            {
                Report(DiagnosticCodes.InvalidSchema, $"'{name}' is not a valid type name: use PascalCase letters and digits, such as PhoneModel", entry.Key.Span);
            }
            else if (s_reservedTypeNames.Contains(name))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"type name '{name}' is used by the generated code; choose another", entry.Key.Span);
            }
            else if (s_reservedRecordNames.Contains(name) && !enumNodes.Contains(entry))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"type name '{name}' is a member every generated record has, and a member cannot share its type's name; choose another", entry.Key.Span);
            }
            else if (runtimeTypes?.Contains(name) == true)
            {
                Report(DiagnosticCodes.IdentifierCollision, $"type name '{name}' is a PhoneRules runtime type in namespace '{ns}'; choose another name or namespace", entry.Key.Span);
            }
            else if (names.ContainsKey(name))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"'{name}' is declared both as an enum and as a type", entry.Key.Span);
            }
            else if (files.TryGetValue(name, out var sameFile))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"'{name}' and '{sameFile}' differ only in case; their generated files would be the same file on many systems", entry.Key.Span);
            }
            else
            {
                names.Add(name, entry.Key.Span);
                files.Add(name, name);
            }
        }

        var enums = enumNodes.Where(e => names.ContainsKey(e.Key.Value)).Select(ReadEnum).Where(e => e is not null).Select(e => e!).ToList();
        var enumNames = new HashSet<string>(enumNodes.Select(e => e.Key.Value), StringComparer.Ordinal);
        var typeNames = new HashSet<string>(typeNodes.Select(t => t.Key.Value), StringComparer.Ordinal);

        var types = new List<TypeDefinition>();
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in typeNodes)
        {
            // A type whose name was refused above is not read further: one error per name.
            if (!names.ContainsKey(entry.Key.Value) || enumNames.Contains(entry.Key.Value))
            {
                continue;
            }

            var type = ReadType(entry.Key.Value, entry.Key.Span, entry.Value, enumNames, typeNames, isSettings: false);
            if (type is null)
            {
                continue;
            }

            // At the 'plural' line when the plural is written, else at the type's name.
            var pluralSpan = entry.Value is YamlMapping typeMap && typeMap.Find("plural") is { } pluralEntry ? pluralEntry.Value.Span : entry.Key.Span;
            if (s_reservedPlurals.Contains(type.Plural))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"plural '{type.Plural}' of '{type.Name}' is used by the generated code; set another 'plural'", pluralSpan);
            }
            else if (plurals.TryGetValue(type.Plural, out var other))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"'{type.Name}' and '{other}' both have the plural '{type.Plural}'; set 'plural' on one of them", pluralSpan);
            }
            else
            {
                plurals.Add(type.Plural, type.Name);
            }

            types.Add(type);
        }

        var settingsEntry = map.Find("settings");
        var settings = settingsEntry is null
            ? new TypeDefinition(GeneratedNames.SettingsClass, GeneratedNames.Settings, string.Empty, Array.Empty<FieldDefinition>(), map.Span)
            : ReadType(GeneratedNames.SettingsClass, settingsEntry.Key.Span, settingsEntry.Value, enumNames, typeNames, isSettings: true);
        if (settings is null)
        {
            return null;
        }

        return new CatalogSchema(ns, enums, types, settings, Fingerprint(ns, enums, types, settings));
    }

    private EnumDefinition? ReadEnum(YamlEntry entry)
    {
        var name = entry.Key.Value;
        if (entry.Value is not YamlMapping map)
        {
            Report(DiagnosticCodes.InvalidSchema, $"enum '{name}' must be a mapping with 'doc' and 'values'", entry.Value.Span);
            return null;
        }

        CheckKeys($"enum '{name}'", map, "doc", "values");
        var values = map.Find("values");
        var members = new List<EnumMemberDefinition>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<(YamlScalar Name, string Doc)> items = values?.Value switch
        {
            YamlMapping valueMap => valueMap.Entries.Select(e => (e.Key, ScalarText(e.Value))),
            YamlSequence sequence => sequence.Items.OfType<YamlScalar>().Select(s => (s, string.Empty)),
            _ => Array.Empty<(YamlScalar, string)>(),
        };

        foreach (var (memberName, doc) in items)
        {
            if (!SchemaNames.IsValidKey(memberName.Value))
            {
                Report(DiagnosticCodes.InvalidSchema, $"enum value '{memberName.Value}' must be lower-case letters, digits and hyphens", memberName.Span);
                continue;
            }

            var identifier = SchemaNames.ToIdentifier(memberName.Value);
            if (s_reservedEnumMembers.Contains(identifier))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"enum value '{memberName.Value}' becomes '{identifier}', which every C# enum already has; choose another", memberName.Span);
                continue;
            }

            if (!identifiers.Add(identifier))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"enum value '{memberName.Value}' becomes '{identifier}', which another value of '{name}' already uses", memberName.Span);
                continue;
            }

            members.Add(new EnumMemberDefinition(memberName.Value, identifier, doc));
        }

        if (members.Count == 0)
        {
            Report(DiagnosticCodes.InvalidSchema, $"enum '{name}' has no values; list them under 'values'", entry.Key.Span);
            return null;
        }

        return new EnumDefinition(name, ScalarText(map.Find("doc")?.Value), members, entry.Key.Span);
    }

    private TypeDefinition? ReadType(string name, SourceSpan nameSpan, YamlNode node, HashSet<string> enumNames, HashSet<string> typeNames, bool isSettings)
    {
        var what = isSettings ? "'settings'" : $"type '{name}'";
        if (node is not YamlMapping map)
        {
            Report(DiagnosticCodes.InvalidSchema, $"{what} must be a mapping with 'doc' and 'fields'", node.Span);
            return null;
        }

        if (isSettings)
        {
            CheckKeys(what, map, "doc", "fields");
        }
        else
        {
            CheckKeys(what, map, "doc", "plural", "fields");
        }

        var fieldsEntry = map.Find("fields");
        if (fieldsEntry?.Value is not YamlMapping fieldMap || (fieldMap.Entries.Count == 0 && !isSettings))
        {
            Report(DiagnosticCodes.InvalidSchema, $"{what} needs 'fields': a mapping of field names to types", fieldsEntry?.Value.Span ?? nameSpan);
            return null;
        }

        var fields = new List<FieldDefinition>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldEntry in fieldMap.Entries)
        {
            var field = ReadField(what, fieldEntry, enumNames, typeNames);
            if (field is null)
            {
                continue;
            }

            if ((isSettings ? s_reservedSettingsIdentifiers : s_reservedFieldIdentifiers).Contains(field.Identifier) || field.Identifier == name)
            {
                Report(DiagnosticCodes.IdentifierCollision, $"field '{field.Name}' becomes '{field.Identifier}', which the generated record already uses; rename the field", fieldEntry.Key.Span);
            }
            else if (!identifiers.Add(field.Identifier))
            {
                Report(DiagnosticCodes.IdentifierCollision, $"field '{field.Name}' becomes '{field.Identifier}', which another field of {what} already uses", fieldEntry.Key.Span);
            }
            else
            {
                fields.Add(field);
            }
        }

        foreach (var field in fields)
        {
            if (field.Requires is { } required && !fields.Any(f => f.Name == required))
            {
                Report(DiagnosticCodes.InvalidSchema, $"field '{field.Name}' of {what} requires '{required}', which {what} does not declare", field.Span);
            }
        }

        var plural = map.Find("plural") is { Value: YamlScalar { IsNull: false } pluralScalar } ? pluralScalar.Value : DefaultPlural(name);
        if (!SchemaNames.IsValidTypeName(plural))
        {
            Report(DiagnosticCodes.InvalidSchema, $"plural '{plural}' is not a valid C# name: use PascalCase letters and digits", map.Find("plural")?.Value.Span ?? nameSpan);
            return null;
        }

        return new TypeDefinition(name, plural, ScalarText(map.Find("doc")?.Value), fields, nameSpan);
    }

    private FieldDefinition? ReadField(string owner, YamlEntry entry, HashSet<string> enumNames, HashSet<string> typeNames)
    {
        var name = entry.Key.Value;
        if (name.Length == 0 || !char.IsLetter(name[0]) || !char.IsLower(name[0]) || name.Any(c => !(char.IsLetterOrDigit(c) || c == '-') || c > 127))
        {
            Report(DiagnosticCodes.InvalidSchema, $"field name '{name}' must start with a lower-case letter and hold only letters, digits and hyphens", entry.Key.Span);
            return null;
        }

        YamlScalar? typeNode;
        var doc = string.Empty;
        var optional = false;
        YamlScalar? requires = null;
        YamlEntry? minEntry = null;
        YamlEntry? maxEntry = null;
        switch (entry.Value)
        {
            case YamlScalar scalar:
                typeNode = scalar;
                break;
            case YamlMapping map:
                CheckKeys($"field '{name}' of {owner}", map, "type", "doc", "optional", "requires", "min", "max");
                minEntry = map.Find("min");
                maxEntry = map.Find("max");
                requires = map.Find("requires")?.Value is YamlScalar { IsNull: false } requiresScalar ? requiresScalar : null;
                typeNode = map.Find("type")?.Value as YamlScalar;
                doc = ScalarText(map.Find("doc")?.Value);
                if (map.Find("optional") is { } optionalEntry)
                {
                    if (optionalEntry.Value is YamlScalar { IsPlain: true, Value: "true" or "false" } flag)
                    {
                        optional = flag.Value == "true";
                    }
                    else
                    {
                        Report(DiagnosticCodes.WrongType, "'optional' expects true or false", optionalEntry.Value.Span);
                    }
                }

                break;
            default:
                typeNode = null;
                break;
        }

        if (typeNode is null || typeNode.IsNull)
        {
            Report(DiagnosticCodes.InvalidSchema, $"field '{name}' of {owner} needs a type, such as 'string', 'fuzzy-date' or 'Source[]'", entry.Value.Span);
            return null;
        }

        var expression = typeNode.Value.Trim();
        if (expression.EndsWith("?", StringComparison.Ordinal))
        {
            optional = true;
            expression = expression.Substring(0, expression.Length - 1);
        }

        var isList = expression.EndsWith("[]", StringComparison.Ordinal);
        if (isList)
        {
            expression = expression.Substring(0, expression.Length - 2);
        }

        FieldType type;
        if (SchemaNames.TryGetScalarKind(expression, out var kind))
        {
            type = new FieldType(kind, null, isList);
        }
        else if (enumNames.Contains(expression))
        {
            type = new FieldType(FieldKind.Enum, expression, isList);
        }
        else if (typeNames.Contains(expression))
        {
            type = new FieldType(FieldKind.Reference, expression, isList);
        }
        else
        {
            var suggestion = SchemaNames.Suggest(expression, SchemaNames.ScalarNames.Concat(enumNames).Concat(typeNames));
            Report(DiagnosticCodes.UnknownType, $"unknown type '{expression}'" + DidYouMean(suggestion), typeNode.Span);
            return null;
        }

        var min = ReadBound(minEntry, name, type);
        var max = ReadBound(maxEntry, name, type);
        if (min is not null && max is not null && min > max)
        {
            Report(DiagnosticCodes.InvalidSchema, $"field '{name}' of {owner} has 'min' {min} above 'max' {max}", minEntry!.Value.Span);
        }

        return new FieldDefinition(name, SchemaNames.ToIdentifier(name), type, !optional, doc, entry.Key.Span, requires?.Value) { Min = min, Max = max };
    }

    // A field's 'min' or 'max': a number in the catalog's grammar, for an int or decimal field only.
    private decimal? ReadBound(YamlEntry? bound, string field, FieldType type)
    {
        if (bound is null)
        {
            return null;
        }

        if (type.Kind is not (FieldKind.Int or FieldKind.Decimal))
        {
            Report(DiagnosticCodes.InvalidSchema, $"'{bound.Key.Value}' of field '{field}' applies to int and decimal fields only", bound.Key.Span);
            return null;
        }

        if (bound.Value is YamlScalar { IsPlain: true } scalar && CatalogGrammar.TryParseDecimal(scalar.Value, out var value, out _) && (type.Kind == FieldKind.Decimal || decimal.Truncate(value) == value))
        {
            return value;
        }

        Report(DiagnosticCodes.WrongType, $"'{bound.Key.Value}' of field '{field}' expects {(type.Kind == FieldKind.Int ? "a whole number" : "a number such as 80.7")}", bound.Value.Span);
        return null;
    }

    private static string DefaultPlural(string name) =>
        name.EndsWith("s", StringComparison.Ordinal) ? name
        : name.EndsWith("y", StringComparison.Ordinal) && name.Length > 1 && "aeiou".IndexOf(name[name.Length - 2]) < 0 ? name.Substring(0, name.Length - 1) + "ies"
        : name + "s";

    private static string Fingerprint(string ns, IReadOnlyList<EnumDefinition> enums, IReadOnlyList<TypeDefinition> types, TypeDefinition settings)
    {
        var canonical = new StringBuilder();
        canonical.Append(ns).Append('\n');
        foreach (var e in enums)
        {
            canonical.Append("enum ").Append(e.Name).Append(':').Append(string.Join(",", e.Members.Select(m => m.Name))).Append('\n');
        }

        foreach (var t in types.Concat(new[] { settings }))
        {
            canonical.Append("type ").Append(t.Name).Append('/').Append(t.Plural).Append(':');
            foreach (var f in t.Fields)
            {
                canonical.Append(f.Name).Append('=').Append(f.Type).Append(f.IsRequired ? "!" : "?").Append(f.Requires is null ? string.Empty : ">" + f.Requires);
                if (f.Min is not null || f.Max is not null)
                {
                    // A range changes what the data may hold, so a file cannot drop one and keep the fingerprint.
                    canonical.Append('[').Append(f.Min?.ToString(CultureInfo.InvariantCulture)).Append("..").Append(f.Max?.ToString(CultureInfo.InvariantCulture)).Append(']');
                }

                canonical.Append(',');
            }

            canonical.Append('\n');
        }

        // FNV-1a, 64 bits: stable across runtimes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(canonical.ToString()))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    // ---- data ------------------------------------------------------------------------------------------

    private List<EntityRecord> ReadData(CatalogSchema schema, YamlEntry? dataEntry)
    {
        var entities = new List<EntityRecord>();
        var overLimit = false;
        if (dataEntry is null || (dataEntry.Value is YamlScalar { IsNull: true }))
        {
            return entities;
        }

        if (dataEntry.Value is not YamlMapping dataMap)
        {
            Report(DiagnosticCodes.WrongType, $"'data' expects a mapping of type names to entities, not {dataEntry.Value.KindName}", dataEntry.Value.Span);
            return entities;
        }

        foreach (var section in dataMap.Entries)
        {
            var type = schema.FindType(section.Key.Value);
            if (type is null)
            {
                var suggestion = SchemaNames.Suggest(section.Key.Value, schema.Types.Select(t => t.Name));
                Report(DiagnosticCodes.UnknownType, $"unknown type '{section.Key.Value}' in 'data'" + DidYouMean(suggestion), section.Key.Span);
                continue;
            }

            if (section.Value is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (section.Value is not YamlMapping entityMap)
            {
                Report(DiagnosticCodes.WrongType, $"'{type.Name}' in 'data' expects a mapping of keys to entities, not {section.Value.KindName}", section.Value.Span);
                continue;
            }

            var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in entityMap.Entries)
            {
                if (entities.Count >= _limits.MaxEntities)
                {
                    // Reported once; the keys past the limit are still known, so a reference to one is no PRG008.
                    if (!overLimit)
                    {
                        Report(DiagnosticCodes.LimitExceeded, $"more than {_limits.MaxEntities} {(_limits.MaxEntities == 1 ? "entity" : "entities")}", item.Key.Span);
                        overLimit = true;
                    }

                    Reject(type, item.Key.Value);
                    continue;
                }

                if (entities.Count % 1024 == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                var key = item.Key.Value;
                if (!SchemaNames.IsValidKey(key))
                {
                    Report(DiagnosticCodes.InvalidKey, $"'{key}' is not a valid key: use lower-case letters, digits and single hyphens, such as pyongyang-2425", item.Key.Span);
                    Reject(type, key);
                    continue;
                }

                var identifier = SchemaNames.ToIdentifier(key);
                if (s_reservedEntityIdentifiers.Contains(identifier) || identifier == type.Plural)
                {
                    Report(DiagnosticCodes.IdentifierCollision, $"key '{key}' becomes '{identifier}', which Catalog.{type.Plural} already uses; choose another key", item.Key.Span);
                    Reject(type, key);
                    continue;
                }

                if (identifiers.TryGetValue(identifier, out var other))
                {
                    Report(DiagnosticCodes.IdentifierCollision, $"key '{key}' becomes '{identifier}', the same C# name as key '{other}'", item.Key.Span);
                    Reject(type, key);
                    continue;
                }

                identifiers.Add(identifier, key);
                entities.Add(ReadEntity(schema, type, key, item.Key.Span, item.Value, isSettings: false));
            }
        }

        return entities;
    }

    private EntityRecord ReadEntity(CatalogSchema schema, TypeDefinition type, string key, SourceSpan keySpan, YamlNode? node, bool isSettings)
    {
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        var subject = isSettings ? "'settings'" : $"{type.Name} '{key}'";
        var map = node as YamlMapping;
        if (node is not null && map is null && !(node is YamlScalar { IsNull: true }))
        {
            Report(DiagnosticCodes.WrongType, $"{subject} expects a mapping of fields, not {node.KindName}", node.Span);
            return new EntityRecord(type, key, keySpan, values);
        }

        // A misspelt field is reported once, as unknown (with the suggestion), not again as missing.
        HashSet<string>? suggested = null;
        if (map is not null)
        {
            foreach (var entry in map.Entries)
            {
                var field = type.FindField(entry.Key.Value);
                if (field is null)
                {
                    if (ReportUnknownField(subject, entry.Key, type.Fields.Select(f => f.Name)) is { } suggestion)
                    {
                        (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                    }

                    continue;
                }

                var value = ReadValue(schema, field, entry.Value);
                if (value is not null)
                {
                    values.Add(field.Name, value);
                }
            }
        }

        foreach (var field in type.Fields)
        {
            if (!field.IsRequired || values.ContainsKey(field.Name) || suggested?.Contains(field.Name) == true)
            {
                continue;
            }

            var entry = map?.Find(field.Name);
            var present = entry is not null && !(entry.Value is YamlScalar { IsNull: true });
            if (!present)
            {
                Report(DiagnosticCodes.MissingField, $"{subject} is missing required field '{field.Name}'", entry?.Key.Span ?? keySpan);
            }
        }

        foreach (var field in type.Fields)
        {
            if (field.Requires is { } required && values.ContainsKey(field.Name) && map?.Find(required) is null)
            {
                Report(DiagnosticCodes.MissingField, $"{subject} gives '{field.Name}' without '{required}', which must accompany it", map!.Find(field.Name)!.Key.Span);
            }
        }

        return new EntityRecord(type, key, keySpan, values);
    }

    private FieldValue? ReadValue(CatalogSchema schema, FieldDefinition field, YamlNode node)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (!field.Type.IsList)
        {
            return ReadSingle(schema, field, node);
        }

        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects a list of {Describe(schema, field.Type)}, not {node.KindName}", node.Span);
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            if (field.IsRequired)
            {
                Report(DiagnosticCodes.MissingField, $"'{field.Name}' is required and needs at least one item", sequence.Span);
            }

            return null;
        }

        var items = new List<FieldValue>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            var value = ReadSingle(schema, field, item);
            if (value is not null)
            {
                items.Add(value);
            }
        }

        return items.Count == sequence.Items.Count ? new FieldValue(null, items, sequence.Span) : null;
    }

    private FieldValue? ReadSingle(CatalogSchema schema, FieldDefinition field, YamlNode node)
    {
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {Describe(schema, field.Type)}, not {node.KindName}", node.Span);
            return null;
        }

        var text = scalar.Value;
        var span = scalar.Span;
        string error;
        switch (field.Type.Kind)
        {
            case FieldKind.String:
                return new FieldValue(text, null, span);

            case FieldKind.Int:
                if (CatalogGrammar.TryParseInt(text, out var number, out error) && scalar.IsPlain)
                {
                    return InRange(field, number, text, span) ? new FieldValue(number, null, span) : null;
                }

                Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {(error.Length > 0 ? error : "a whole number")}, not '{Shorten(text)}'", span);
                return null;

            case FieldKind.Decimal:
                if (CatalogGrammar.TryParseDecimal(text, out var dec, out error) && scalar.IsPlain)
                {
                    return InRange(field, dec, text, span) ? new FieldValue(dec, null, span) : null;
                }

                Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {(error.Length > 0 ? error : "a number such as 80.7")}, not '{Shorten(text)}'", span);
                return null;

            case FieldKind.Bool:
                if (scalar.IsPlain && text is "true" or "false")
                {
                    return new FieldValue(text == "true", null, span);
                }

                break;

            case FieldKind.Date:
                if (text.Length == 10 && FuzzyDate.TryParse(text, out var exact, out error) && exact.Precision == DatePrecision.Day && !exact.IsQualified)
                {
                    return new FieldValue(exact.Earliest, null, span);
                }

                Report(DiagnosticCodes.InvalidDate, $"'{field.Name}': '{text}' is not a date of the form YYYY-MM-DD", span);
                return null;

            case FieldKind.FuzzyDate:
                if (FuzzyDate.TryParse(text, out var fuzzy, out error))
                {
                    return new FieldValue(fuzzy, null, span);
                }

                Report(DiagnosticCodes.InvalidDate, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Url:
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
                {
                    return new FieldValue(uri, null, span);
                }

                break;

            case FieldKind.Country:
                if (CountryCode.TryParse(text, out var country, out error))
                {
                    return new FieldValue(country, null, span);
                }

                Report(DiagnosticCodes.WrongType, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Imei:
                if (Imei.TryParse(text, out var imei, out error))
                {
                    return new FieldValue(imei, null, span);
                }

                Report(DiagnosticCodes.InvalidImei, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Tac:
                if (Tac.TryParse(text, out var tac, out error))
                {
                    return new FieldValue(tac, null, span);
                }

                Report(DiagnosticCodes.InvalidImei, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Enum:
                var enumType = schema.FindEnum(field.Type.TargetName!)!;
                var index = enumType.IndexOf(text);
                if (index >= 0)
                {
                    return new FieldValue(index, null, span);
                }

                break;

            case FieldKind.Reference:
                return new FieldValue(null, null, span) { ReferenceKey = text };
        }

        Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {Describe(schema, field.Type)}, not '{Shorten(text)}'", span);
        return null;
    }

    // The field's range from the schema; a value outside it is a PRG005 saying the range.
    private bool InRange(FieldDefinition field, decimal value, string text, SourceSpan span)
    {
        if ((field.Min is { } min && value < min) || (field.Max is { } max && value > max))
        {
            var range = field.Min is not null && field.Max is not null
                ? $"from {field.Min.Value.ToString(CultureInfo.InvariantCulture)} to {field.Max.Value.ToString(CultureInfo.InvariantCulture)}"
                : field.Min is not null ? $"at least {field.Min.Value.ToString(CultureInfo.InvariantCulture)}" : $"at most {field.Max!.Value.ToString(CultureInfo.InvariantCulture)}";
            Report(DiagnosticCodes.WrongType, $"'{field.Name}' must be {range}, not {Shorten(text)}", span);
            return false;
        }

        return true;
    }

    private static string Describe(CatalogSchema schema, FieldType type) => type.Kind switch
    {
        FieldKind.String => "text",
        FieldKind.Int => "a whole number",
        FieldKind.Decimal => "a number such as 80.7",
        FieldKind.Bool => "true or false",
        FieldKind.Date => "a date such as 2017-12-22",
        FieldKind.FuzzyDate => "a fuzzy date such as 2019-10/2019-12",
        FieldKind.Url => "an http or https URL",
        FieldKind.Country => "a country code such as KP",
        FieldKind.Imei => "a 15-digit IMEI",
        FieldKind.Tac => "an 8-digit TAC",
        FieldKind.Enum => "one of " + string.Join(", ", schema.FindEnum(type.TargetName!)!.Members.Select(m => m.Name)),
        _ => $"the key of a {type.TargetName}",
    };

    private void Reject(TypeDefinition type, string key)
    {
        if (!_rejected.TryGetValue(type.Name, out var keys))
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            _rejected.Add(type.Name, keys);
        }

        keys.Add(LooseKey(key));
    }

    // A refused key and a reference meant for it, compared loosely: "Acme Corp", "acme_corp" and "acme-corp" alike.
    private static string LooseKey(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key.ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    // ---- references ------------------------------------------------------------------------------------

    private void ResolveReferences(CatalogSchema schema, List<EntityRecord> entities, EntityRecord settings)
    {
        var index = new Dictionary<string, Dictionary<string, EntityRecord>>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            index[type.Name] = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        }

        foreach (var entity in entities)
        {
            index[entity.Type.Name][entity.Key] = entity;
        }

        foreach (var entity in entities.Concat(new[] { settings }))
        {
            foreach (var field in entity.Type.Fields)
            {
                if (field.Type.Kind != FieldKind.Reference || entity.Get(field.Name) is not { } value)
                {
                    continue;
                }

                var targets = index[field.Type.TargetName!];
                var all = value.Items ?? new[] { value };
                var resolved = true;
                foreach (var item in all)
                {
                    if (targets.TryGetValue(item.ReferenceKey!, out var target))
                    {
                        item.Value = target;
                    }
                    else if (_rejected.TryGetValue(field.Type.TargetName!, out var rejected) && rejected.Contains(LooseKey(item.ReferenceKey!)))
                    {
                        // The entity exists in the file but was refused (and reported): no second error about it.
                        resolved = false;
                    }
                    else
                    {
                        resolved = false;
                        Report(DiagnosticCodes.DanglingReference, $"no {field.Type.TargetName} has key '{Shorten(item.ReferenceKey!)}'" + DidYouMean(SchemaNames.Suggest(item.ReferenceKey!, targets.Keys)), item.Span);
                    }
                }

                if (!resolved)
                {
                    ((Dictionary<string, FieldValue>)entity.Values).Remove(field.Name);
                }
            }
        }
    }

    private List<EntityRecord> DependencyOrder(List<EntityRecord> entities)
    {
        // Iterative depth-first search: deep reference chains must not overflow the stack.
        var order = new List<EntityRecord>(entities.Count);
        var state = new Dictionary<EntityRecord, int>(entities.Count);
        var stack = new Stack<(EntityRecord Entity, IEnumerator<FieldValue> References)>();
        foreach (var start in entities)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            state[start] = 1;
            stack.Push((start, References(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (entity, references) = stack.Peek();
                if (!references.MoveNext())
                {
                    stack.Pop();
                    state[entity] = 2;
                    order.Add(entity);
                    continue;
                }

                var reference = references.Current;
                var target = (EntityRecord)reference.Value!;
                if (!state.TryGetValue(target, out var targetState))
                {
                    state[target] = 1;
                    stack.Push((target, References(target).GetEnumerator()));
                }
                else if (targetState == 1)
                {
                    Report(DiagnosticCodes.ReferenceCycle, $"{entity.Type.Name} '{entity.Key}' refers to {target.Type.Name} '{target.Key}', which refers back to it; break the cycle", reference.Span);
                }
            }
        }

        return order;
    }

    private static IEnumerable<FieldValue> References(EntityRecord entity)
    {
        foreach (var field in entity.Type.Fields)
        {
            if (field.Type.Kind != FieldKind.Reference || entity.Get(field.Name) is not { } value)
            {
                continue;
            }

            foreach (var item in value.Items ?? new[] { value })
            {
                if (item.Value is EntityRecord)
                {
                    yield return item;
                }
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private IReadOnlyList<YamlEntry> Entries(YamlEntry? entry, string what)
    {
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            return Array.Empty<YamlEntry>();
        }

        if (entry.Value is YamlMapping map)
        {
            return map.Entries;
        }

        Report(DiagnosticCodes.InvalidSchema, $"{what} must be a mapping of names to definitions, not {entry.Value.KindName}", entry.Value.Span);
        return Array.Empty<YamlEntry>();
    }

    private void CheckKeys(string owner, YamlMapping map, params string[] allowed)
    {
        foreach (var entry in map.Entries)
        {
            if (Array.IndexOf(allowed, entry.Key.Value) >= 0)
            {
                continue;
            }

            if (entry.Key.IsPlain && entry.Key.Value.IndexOf(' ') >= 0 && entry.Value is YamlScalar { IsNull: true })
            {
                // { type: string, doc: The name, as sold. }: YAML ends the doc text at the comma.
                Report(DiagnosticCodes.UnknownField, $"{owner} has no field '{Shorten(entry.Key.Value)}': inside {{ }} a comma ends a value, so this is the rest of the text before it; quote that text (doc: \"..., {Shorten(entry.Key.Value)}\")", entry.Key.Span);
                continue;
            }

            ReportUnknownField(owner, entry.Key, allowed);
        }
    }

    private string? ReportUnknownField(string owner, YamlScalar key, IEnumerable<string> known)
    {
        var suggestion = SchemaNames.Suggest(key.Value, known);
        Report(DiagnosticCodes.UnknownField, $"{owner} has no field '{Shorten(key.Value)}'" + DidYouMean(suggestion), key.Span);
        return suggestion;
    }

    private static string ScalarText(YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar.Value : string.Empty;

    private static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

    private void Report(DiagnosticCode code, string message, SourceSpan span) =>
        _diagnostics.Add(new CatalogDiagnostic(code.Id, CatalogSeverity.Error, message, _filePath, span));
}
