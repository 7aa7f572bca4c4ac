using System.Linq;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// One case per schema error class: the code, the exact message and the place, in a catalog that is valid
/// apart from the one change.
/// </summary>
public sealed class SchemaErrorTests
{
    private const string File = "catalog.yaml";

    private const string Base = """
        schema:
          namespace: Demo.Model
          enums:
            Level:
              values:
                high: High.
          types:
            Maker:
              fields:
                name: string
        data: {}
        """;

    public static TheoryData<string, string, string, string, string, string> Cases => new()
    {
        { "schema that is a list", "schema:\n  namespace: Demo.Model\n  enums:\n    Level:\n      values:\n        high: High.\n  types:\n    Maker:\n      fields:\n        name: string\n", "schema: [a]\n", "PRG011", "'schema' must be a mapping with 'enums', 'types' and 'settings', not a list", "[a]" },
        { "enums that is a list", "  enums:\n    Level:\n      values:\n        high: High.\n", "  enums: [Level]\n", "PRG011", "'enums' must be a mapping of names to definitions, not a list", "[Level]" },
        { "types that is text", "  types:\n    Maker:\n      fields:\n        name: string\n", "  types: Maker\n", "PRG011", "'types' must be a mapping of names to definitions, not a single value", "Maker" },
        { "namespace System", "namespace: Demo.Model", "namespace: System", "PRG009", "namespace 'System' belongs to .NET, whose types the generated code uses; choose another", "System" },
        { "namespace under System", "namespace: Demo.Model", "namespace: System.Phones", "PRG009", "namespace 'System.Phones' belongs to .NET, whose types the generated code uses; choose another", "System.Phones" },
        { "namespace in lower case", "namespace: Demo.Model", "namespace: demo.model", "PRG011", "'namespace' must be a dotted C# name such as PhoneRules.Model, each part starting with a capital letter", "demo.model" },
        { "no types", "  types:\n    Maker:\n      fields:\n        name: string\n", string.Empty, "PRG011", "'schema' has no 'types'; declare at least one record type", "namespace" },
        { "type name in lower case", "    Maker:\n", "    maker:\n", "PRG011", "'maker' is not a valid type name: use PascalCase letters and digits, such as PhoneModel", "maker:" },
        { "type name of a generated class", "    Maker:\n", "    CatalogSettings:\n", "PRG009", "type name 'CatalogSettings' is used by the generated code; choose another", "CatalogSettings:" },
        { "type name of a record member", "    Maker:\n", "    Location:\n", "PRG009", "type name 'Location' is a member every generated record has, and a member cannot share its type's name; choose another", "Location:" },
        { "type name of a runtime type", "Demo.Model\n  enums:\n    Level:\n      values:\n        high: High.\n  types:\n    Maker:", "PhoneRules\n  enums:\n    Level:\n      values:\n        high: High.\n  types:\n    FuzzyDate:", "PRG009", "type name 'FuzzyDate' is a PhoneRules runtime type in namespace 'PhoneRules'; choose another name or namespace", "FuzzyDate:" },
        { "enum and type of one name", "    Maker:\n", "    Level:\n", "PRG009", "'Level' is declared both as an enum and as a type", "Level:\n      fields" },
        { "names equal apart from case", "        name: string\n", "        name: string\n    MAKER:\n      fields:\n        name: string\n", "PRG009", "'MAKER' and 'Maker' differ only in case; their generated files would be the same file on many systems", "MAKER:" },
        { "plural of a generated member", "    Maker:\n", "    Maker:\n      plural: Settings\n", "PRG009", "plural 'Settings' of 'Maker' is used by the generated code; set another 'plural'", "Settings" },
        { "two types of one plural", "        name: string\n", "        name: string\n    Firm:\n      plural: Makers\n      fields:\n        name: string\n", "PRG009", "'Firm' and 'Maker' both have the plural 'Makers'; set 'plural' on one of them", "Makers" },
        { "enum that is a value", "    Level:\n      values:\n        high: High.\n", "    Level: x\n", "PRG011", "enum 'Level' must be a mapping with 'doc' and 'values'", "x\n" },
        { "enum value in capitals", "high: High.", "high: High.\n        High: Hi.", "PRG011", "enum value 'High' must be lower-case letters, digits and hyphens", "High:" },
        { "enum value every enum has", "high: High.", "high: High.\n        to-string: T.", "PRG009", "enum value 'to-string' becomes 'ToString', which every C# enum already has; choose another", "to-string" },
        { "enum without values", "      values:\n        high: High.\n", "      values: {}\n", "PRG011", "enum 'Level' has no values; list them under 'values'", "Level:" },
        { "type that is a value", "    Maker:\n      fields:\n        name: string\n", "    Maker: x\n", "PRG011", "type 'Maker' must be a mapping with 'doc' and 'fields'", "x\n" },
        { "type without fields", "      fields:\n        name: string\n", "      doc: A maker.\n", "PRG011", "type 'Maker' needs 'fields': a mapping of field names to types", "Maker:" },
        { "type with empty fields", "      fields:\n        name: string\n", "      fields: {}\n", "PRG011", "type 'Maker' needs 'fields': a mapping of field names to types", "{}" },
        { "field of a record member", "        name: string", "        key: string", "PRG009", "field 'key' becomes 'Key', which the generated record already uses; rename the field", "key:" },
        { "requires a field that is not there", "        name: string", "        name: { type: string?, requires: other }", "PRG011", "field 'name' of type 'Maker' requires 'other', which type 'Maker' does not declare", "name:" },
        { "plural not a C# name", "    Maker:\n", "    Maker:\n      plural: makers\n", "PRG011", "plural 'makers' is not a valid C# name: use PascalCase letters and digits", "makers" },
        { "field name in capitals", "        name: string", "        Name: string", "PRG011", "field name 'Name' must start with a lower-case letter and hold only letters, digits and hyphens", "Name:" },
        { "field name with an underscore", "        name: string", "        na_me: string", "PRG011", "field name 'na_me' must start with a lower-case letter and hold only letters, digits and hyphens", "na_me" },
        { "field name starting with a digit", "        name: string", "        1name: string", "PRG011", "field name '1name' must start with a lower-case letter and hold only letters, digits and hyphens", "1name" },
        { "field name with a letter past ASCII", "        name: string", "        n\u00E4me: string", "PRG011", "field name 'n\u00E4me' must start with a lower-case letter and hold only letters, digits and hyphens", "n\u00E4me" },
        { "optional that is not a flag", "        name: string", "        name: { type: string, optional: maybe }", "PRG005", "'optional' expects true or false", "maybe" },
        { "field without a type", "        name: string", "        name: { doc: The name. }", "PRG011", "field 'name' of type 'Maker' needs a type, such as 'string', 'fuzzy-date' or 'Source[]'", "{ doc" },
        { "min above max", "        name: string", "        name: string\n        units: { type: int, min: 5, max: 4 }", "PRG011", "field 'units' of type 'Maker' has 'min' 5 above 'max' 4", "5," },
        { "min on text", "        name: string", "        name: { type: string, min: 1 }", "PRG011", "'min' of field 'name' applies to int and decimal fields only", "min" },
        { "min of an int that is not a number", "        name: string", "        name: string\n        units: { type: int, min: x }", "PRG005", "'min' of field 'units' expects a whole number", "x }" },
        { "max of a decimal that is not a number", "        name: string", "        name: string\n        price: { type: decimal, max: x }", "PRG005", "'max' of field 'price' expects a number such as 80.7", "x }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SchemaError_EveryClass_HasItsCodeMessageAndPlace(string what, string from, string to, string code, string message, string marker)
    {
        var yaml = Replace(Base, from, to);

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.True(diagnostics.Count == 1, what + ": " + string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Span.Line}:{d.Span.Column} {d.Message}")));
        var diagnostic = diagnostics[0];
        Assert.Equal((code, message, Position(yaml, marker)), (diagnostic.Code, diagnostic.Message, (diagnostic.Span.Line, diagnostic.Span.Column)));
    }

    public static TheoryData<string, string, string, string, string> UnknownKeys => new()
    {
        { "catalog, near 'schema'", "data: {}", "data: {}\nshema: x", "the catalog has no field 'shema'; did you mean 'schema'?", "shema" },
        { "catalog, near 'settings'", "data: {}", "data: {}\nsettngs: x", "the catalog has no field 'settngs'; did you mean 'settings'?", "settngs" },
        { "catalog, near 'data'", "data: {}", "data: {}\ndta: x", "the catalog has no field 'dta'; did you mean 'data'?", "dta" },
        { "schema", "  namespace: Demo.Model\n", "  namespace: Demo.Model\n  typs: x\n", "'schema' has no field 'typs'; did you mean 'types'?", "typs" },
        { "enum", "      values:\n", "      dcs: x\n      values:\n", "enum 'Level' has no field 'dcs'; did you mean 'doc'?", "dcs" },
        { "type", "      fields:\n        name", "      plurl: Makers\n      fields:\n        name", "type 'Maker' has no field 'plurl'; did you mean 'plural'?", "plurl" },
        { "field", "        name: string", "        name: { type: string, optinal: true }", "field 'name' of type 'Maker' has no field 'optinal'; did you mean 'optional'?", "optinal" },
        { "settings, which has no plural", "data: {}", "data: {}\nsettings: {}", "'settings' has no field 'plural'", "plural" },
        { "a field key with a space but a value", "        name: string", "        name: { type: string, as printed: x }", "field 'name' of type 'Maker' has no field 'as printed'", "as printed" },
        { "a quoted field key with a space", "        name: string", "        name: { type: string, 'as printed' }", "field 'name' of type 'Maker' has no field 'as printed'", "'as printed'" },
        { "a field key without a space", "        name: string", "        name: { type: string, printed }", "field 'name' of type 'Maker' has no field 'printed'", "printed" },
    };

    [Theory]
    [MemberData(nameof(UnknownKeys))]
    public void UnknownKey_InEveryKindOfMapping_NamesItsOwner(string what, string from, string to, string message, string marker)
    {
        var yaml = Replace(Base, from, to);
        if (what.StartsWith("settings", System.StringComparison.Ordinal))
        {
            yaml = Replace(yaml, "  types:\n", "  settings:\n    plural: X\n    fields:\n      days: int?\n  types:\n");
        }

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.True(diagnostics.Count == 1, what + ": " + string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Span.Line}:{d.Span.Column} {d.Message}")));
        Assert.Equal(("PRG003", message, Position(yaml, marker)), (diagnostics[0].Code, diagnostics[0].Message, (diagnostics[0].Span.Line, diagnostics[0].Span.Column)));
    }

    [Fact]
    public void EmptyEnumsSection_DeclaresNoEnums_WithoutAnError()
    {
        var yaml = Replace(Base, "  enums:\n    Level:\n      values:\n        high: High.\n", "  enums:\n");

        var result = CatalogReader.ReadText(yaml, File);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Schema!.Enums);
    }

    [Fact]
    public void Fingerprint_DiffersForEveryDifferenceThatChangesTheGeneratedCode_AndOnlyForThose()
    {
        var variants = new[]
        {
            ("none", Base),
            ("optional", Replace(Base, "name: string", "name: string?")),
            ("another enum value", Replace(Base, "high: High.", "high: High.\n        low: Low.")),
            ("enum values in another order", Replace(Base, "high: High.", "low: Low.\n        high: High.")),
            ("plural", Replace(Base, "    Maker:\n", "    Maker:\n      plural: Firms\n")),
            ("int field", Replace(Base, "name: string", "name: string\n        units: int")),
            ("min", Replace(Base, "name: string", "name: string\n        units: { type: int, min: 1 }")),
            ("max", Replace(Base, "name: string", "name: string\n        units: { type: int, max: 1 }")),
            ("min and max", Replace(Base, "name: string", "name: string\n        units: { type: int, min: 1, max: 2 }")),
            ("max of another value", Replace(Base, "name: string", "name: string\n        units: { type: int, max: 2 }")),
            ("two optional fields", Replace(Base, "name: string", "name: string?\n        by: string?")),
            ("one requiring the other", Replace(Base, "name: string", "name: { type: string?, requires: by }\n        by: string?")),
        };

        var fingerprints = variants.Select(v => (v.Item1, CatalogReader.ReadText(v.Item2, File).Schema!.Fingerprint)).ToList();

        Assert.All(fingerprints, f => Assert.Matches("^[0-9a-f]{16}$", f.Fingerprint));
        Assert.Equal(fingerprints.Count, fingerprints.Select(f => f.Fingerprint).Distinct().Count());
        var respaced = Replace(Replace(Base, "name: string", "name:   string   # the name"), "    Maker:\n", "    # makers\n    Maker:\n");
        Assert.Equal(fingerprints[0].Fingerprint, CatalogReader.ReadText(respaced, File).Schema!.Fingerprint);
    }

    [Fact]
    public void BaseCatalog_IsValid()
    {
        Assert.Empty(CatalogReader.ReadText(Base, File).Diagnostics);
    }

    [Theory]
    [InlineData("units: { type: int, min: 4, max: 4 }")]
    [InlineData("units: { type: int, min: 4 }")]
    [InlineData("units: { type: int, max: 4 }")]
    public void Bounds_ThatAreEqualOrSingle_AreValid(string field)
    {
        Assert.Empty(CatalogReader.ReadText(Replace(Base, "        name: string", "        name: string\n        " + field), File).Diagnostics);
    }

    [Fact]
    public void CompiledSchemaThatDoesNotRead_ForACatalogWithoutOne_IsAnInternalError()
    {
        var diagnostic = Assert.Single(CatalogReader.ReadText("data: {}\n", File, defaultSchema: "schema: [broken]\n").Diagnostics);

        Assert.Equal(("PRG099", "the compiled schema, used for a catalog without a 'schema' section, could not be read", 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }
}
