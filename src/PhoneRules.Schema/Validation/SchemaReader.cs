using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// The first pass: reads the <c>schema</c> section (or the compiled schema's text) into a
/// <see cref="CatalogSchema"/>, refusing every name the generated code could not declare.
/// </summary>
internal sealed class SchemaReader
{
    private const string DefaultNamespace = "CatalogModel";

    // Names the generated code declares, from their one home; a catalog name equal to one is a PRG009.
    private static readonly HashSet<string> s_reservedTypeNames = new(GeneratedNames.Types, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedPlurals = new(GeneratedNames.CatalogMembers.Concat(GeneratedNames.DataMembers).Concat(GeneratedNames.ListMembers), StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedRecordNames = new(GeneratedNames.EntityMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedFieldIdentifiers = new(GeneratedNames.EntityMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedSettingsIdentifiers = new(GeneratedNames.RecordMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> s_reservedEnumMembers = new(GeneratedNames.EnumMembers, StringComparer.Ordinal);

    // The runtime library's public types by namespace: a catalog type of the same name in the same namespace would hide one.
    private static readonly Dictionary<string, HashSet<string>> s_runtimeTypes = typeof(GeneratedNames).Assembly.GetExportedTypes()
        .GroupBy(t => t.Namespace ?? string.Empty, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(t => t.Name.Split('`')[0]), StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly ValidationContext _context;

    public SchemaReader(ValidationContext context) => _context = context;

    // A catalog without a schema section is read with the compiled one; that text was valid when compiled, so
    // a problem in it is an internal error, reported as such at the start of the file.
    public CatalogSchema? ReadCompiled(string defaultSchema)
    {
        var problems = new List<CatalogDiagnostic>();
        var root = CatalogYamlReader.Read(defaultSchema, _context.FilePath, _context.Limits, problems, _context.CancellationToken);
        if (problems.Count == 0 && root is YamlMapping map && map.Find("schema") is { } entry)
        {
            var schema = new SchemaReader(_context.Fork(problems)).Read(entry.Value);
            if (problems.Count == 0 && schema is not null)
            {
                return schema with { Text = defaultSchema };
            }
        }

        _context.Report(DiagnosticCodes.InternalError, "the compiled schema, used for a catalog without a 'schema' section, could not be read", SourceSpan.At(0, 1, 1));
        return null;
    }

    /// <summary>Reads a <c>schema</c> section; null when it cannot be read (every problem reported).</summary>
    public CatalogSchema? Read(YamlNode node)
    {
        if (node is not YamlMapping map)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"'schema' must be a mapping with 'enums', 'types' and 'settings', not {node.KindName}", node.Span);
            return null;
        }

        _context.CheckKeys("'schema'", map, "namespace", "enums", "types", "settings");
        var ns = DefaultNamespace;
        if (map.Find("namespace") is { } nsEntry)
        {
            if (nsEntry.Value is YamlScalar { IsNull: false } nsScalar && nsScalar.Value.Split('.').All(SchemaNames.IsValidTypeName))
            {
                ns = nsScalar.Value;
                if (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal))
                {
                    _context.Report(DiagnosticCodes.IdentifierCollision, $"namespace '{ns}' belongs to .NET, whose types the generated code uses; choose another", nsEntry.Value.Span);
                }
            }
            else
            {
                _context.Report(DiagnosticCodes.InvalidSchema, "'namespace' must be a dotted C# name such as PhoneRules.Model, each part starting with a capital letter", nsEntry.Value.Span);
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);

        // Each type and enum is a generated file, <Name>.g.cs; names equal but for case would clash there.
        var files = GeneratedNames.Types.ToDictionary(t => t, t => t, StringComparer.OrdinalIgnoreCase);
        s_runtimeTypes.TryGetValue(ns, out var runtimeTypes);
        var enumNodes = _context.Entries(map.Find("enums"), "'enums'");
        var typeNodes = _context.Entries(map.Find("types"), "'types'");
        if (map.Find("types") is null)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, "'schema' has no 'types'; declare at least one record type", map.Span);
        }

        foreach (var entry in enumNodes.Concat(typeNodes))
        {
            var name = entry.Key.Value;
            if (!SchemaNames.IsValidTypeName(name))
            {
                _context.Report(DiagnosticCodes.InvalidSchema, $"'{name}' is not a valid type name: use PascalCase letters and digits, such as PhoneModel", entry.Key.Span);
            }
            else if (s_reservedTypeNames.Contains(name))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"type name '{name}' is used by the generated code; choose another", entry.Key.Span);
            }
            else if (s_reservedRecordNames.Contains(name) && !enumNodes.Contains(entry))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"type name '{name}' is a member every generated record has, and a member cannot share its type's name; choose another", entry.Key.Span);
            }
            else if (runtimeTypes?.Contains(name) == true)
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"type name '{name}' is a PhoneRules runtime type in namespace '{ns}'; choose another name or namespace", entry.Key.Span);
            }
            else if (names.Contains(name))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"'{name}' is declared both as an enum and as a type", entry.Key.Span);
            }
            else if (files.TryGetValue(name, out var sameFile))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"'{name}' and '{sameFile}' differ only in case; their generated files would be the same file on many systems", entry.Key.Span);
            }
            else
            {
                names.Add(name);
                files.Add(name, name);
            }
        }

        var enums = enumNodes.Where(e => names.Contains(e.Key.Value)).Select(ReadEnum).Where(e => e is not null).Select(e => e!).ToList();
        var enumNames = new HashSet<string>(enumNodes.Select(e => e.Key.Value), StringComparer.Ordinal);
        var typeNames = new HashSet<string>(typeNodes.Select(t => t.Key.Value), StringComparer.Ordinal);

        var types = new List<TypeDefinition>();
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in typeNodes)
        {
            // A type whose name was refused above is not read further: one error per name.
            if (!names.Contains(entry.Key.Value) || enumNames.Contains(entry.Key.Value))
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
                _context.Report(DiagnosticCodes.IdentifierCollision, $"plural '{type.Plural}' of '{type.Name}' is used by the generated code; set another 'plural'", pluralSpan);
            }
            else if (plurals.TryGetValue(type.Plural, out var other))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"'{type.Name}' and '{other}' both have the plural '{type.Plural}'; set 'plural' on one of them", pluralSpan);
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

        return new CatalogSchema(ns, enums, types, settings, SchemaFingerprint.Compute(ns, enums, types, settings));
    }

    private EnumDefinition? ReadEnum(YamlEntry entry)
    {
        var name = entry.Key.Value;
        if (entry.Value is not YamlMapping map)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"enum '{name}' must be a mapping with 'doc' and 'values'", entry.Value.Span);
            return null;
        }

        _context.CheckKeys($"enum '{name}'", map, "doc", "values");
        var values = map.Find("values");
        var members = new List<EnumMemberDefinition>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<(YamlKey Name, string Doc)> items = values?.Value switch
        {
            YamlMapping valueMap => valueMap.Entries.Select(e => (e.Key, ValidationContext.ScalarText(e.Value))),
            YamlSequence sequence => sequence.Items.OfType<YamlScalar>().Select(s => (new YamlKey(s.Value, s.IsPlain, s.Span), string.Empty)),
            _ => Array.Empty<(YamlKey, string)>(),
        };

        foreach (var (memberName, doc) in items)
        {
            if (!SchemaNames.IsValidKey(memberName.Value))
            {
                _context.Report(DiagnosticCodes.InvalidSchema, $"enum value '{memberName.Value}' must be lower-case letters, digits and hyphens", memberName.Span);
                continue;
            }

            var identifier = SchemaNames.ToIdentifier(memberName.Value);
            if (s_reservedEnumMembers.Contains(identifier))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"enum value '{memberName.Value}' becomes '{identifier}', which every C# enum already has; choose another", memberName.Span);
                continue;
            }

            if (!identifiers.Add(identifier))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"enum value '{memberName.Value}' becomes '{identifier}', which another value of '{name}' already uses", memberName.Span);
                continue;
            }

            members.Add(new EnumMemberDefinition(memberName.Value, identifier, doc));
        }

        if (members.Count == 0)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"enum '{name}' has no values; list them under 'values'", entry.Key.Span);
            return null;
        }

        return new EnumDefinition(name, ValidationContext.ScalarText(map.Find("doc")?.Value), members, entry.Key.Span);
    }

    private TypeDefinition? ReadType(string name, SourceSpan nameSpan, YamlNode node, HashSet<string> enumNames, HashSet<string> typeNames, bool isSettings)
    {
        var what = isSettings ? "'settings'" : $"type '{name}'";
        if (node is not YamlMapping map)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"{what} must be a mapping with 'doc' and 'fields'", node.Span);
            return null;
        }

        if (isSettings)
        {
            _context.CheckKeys(what, map, "doc", "fields");
        }
        else
        {
            _context.CheckKeys(what, map, "doc", "plural", "fields");
        }

        var fieldsEntry = map.Find("fields");
        if (fieldsEntry?.Value is not YamlMapping fieldMap || (fieldMap.Entries.Count == 0 && !isSettings))
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"{what} needs 'fields': a mapping of field names to types", fieldsEntry?.Value.Span ?? nameSpan);
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
                _context.Report(DiagnosticCodes.IdentifierCollision, $"field '{field.Name}' becomes '{field.Identifier}', which the generated record already uses; rename the field", fieldEntry.Key.Span);
            }
            else if (!identifiers.Add(field.Identifier))
            {
                _context.Report(DiagnosticCodes.IdentifierCollision, $"field '{field.Name}' becomes '{field.Identifier}', which another field of {what} already uses", fieldEntry.Key.Span);
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
                _context.Report(DiagnosticCodes.InvalidSchema, $"field '{field.Name}' of {what} requires '{required}', which {what} does not declare", field.Span);
            }
        }

        var plural = map.Find("plural") is { Value: YamlScalar { IsNull: false } pluralScalar } ? pluralScalar.Value : DefaultPlural(name);
        if (!SchemaNames.IsValidTypeName(plural))
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"plural '{plural}' is not a valid C# name: use PascalCase letters and digits", map.Find("plural")?.Value.Span ?? nameSpan);
            return null;
        }

        return new TypeDefinition(name, plural, ValidationContext.ScalarText(map.Find("doc")?.Value), fields, nameSpan);
    }

    private FieldDefinition? ReadField(string owner, YamlEntry entry, HashSet<string> enumNames, HashSet<string> typeNames)
    {
        var name = entry.Key.Value;
        if (name.Length == 0 || !char.IsLetter(name[0]) || !char.IsLower(name[0]) || name.Any(c => !(char.IsLetterOrDigit(c) || c == '-') || c > 127))
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"field name '{name}' must start with a lower-case letter and hold only letters, digits and hyphens", entry.Key.Span);
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
                _context.CheckKeys($"field '{name}' of {owner}", map, "type", "doc", "optional", "requires", "min", "max");
                minEntry = map.Find("min");
                maxEntry = map.Find("max");
                requires = map.Find("requires")?.Value is YamlScalar { IsNull: false } requiresScalar ? requiresScalar : null;
                typeNode = map.Find("type")?.Value as YamlScalar;
                doc = ValidationContext.ScalarText(map.Find("doc")?.Value);
                if (map.Find("optional") is { } optionalEntry)
                {
                    if (optionalEntry.Value is YamlScalar { IsPlain: true, Value: "true" or "false" } flag)
                    {
                        optional = flag.Value == "true";
                    }
                    else
                    {
                        _context.Report(DiagnosticCodes.WrongType, "'optional' expects true or false", optionalEntry.Value.Span);
                    }
                }

                break;
            default:
                typeNode = null;
                break;
        }

        if (typeNode is null || typeNode.IsNull)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"field '{name}' of {owner} needs a type, such as 'string', 'fuzzy-date' or 'Source[]'", entry.Value.Span);
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
            _context.Report(DiagnosticCodes.UnknownType, $"unknown type '{expression}'" + ValidationContext.DidYouMean(suggestion), typeNode.Span);
            return null;
        }

        var min = ReadBound(minEntry, name, type);
        var max = ReadBound(maxEntry, name, type);
        if (min is not null && max is not null && min > max)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"field '{name}' of {owner} has 'min' {min} above 'max' {max}", minEntry!.Value.Span);
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
            _context.Report(DiagnosticCodes.InvalidSchema, $"'{bound.Key.Value}' of field '{field}' applies to int and decimal fields only", bound.Key.Span);
            return null;
        }

        if (bound.Value is YamlScalar { IsPlain: true } scalar && CatalogGrammar.TryParseDecimal(scalar.Value, out var value, out _) && (type.Kind == FieldKind.Decimal || decimal.Truncate(value) == value))
        {
            return value;
        }

        _context.Report(DiagnosticCodes.WrongType, $"'{bound.Key.Value}' of field '{field}' expects {(type.Kind == FieldKind.Int ? "a whole number" : "a number such as 80.7")}", bound.Value.Span);
        return null;
    }

    private static string DefaultPlural(string name) =>
        name.EndsWith("s", StringComparison.Ordinal) ? name
        : name.EndsWith("y", StringComparison.Ordinal) && name.Length > 1 && "aeiou".IndexOf(name[name.Length - 2]) < 0 ? name.Substring(0, name.Length - 1) + "ies"
        : name + "s";
}
