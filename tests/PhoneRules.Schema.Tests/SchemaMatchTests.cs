using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// A catalog read by a program compiled from another schema: one PRG017 naming the first difference at its
/// place in the file, with what to do; a catalog without a schema section is read with the compiled one.
/// </summary>
public sealed class SchemaMatchTests
{
    // Read in each test, not once per class: a value computed in a static initializer is computed before a mutation
    // test switches its mutant on, so a mutant in the reader would not reach it.
    private static string Compiled => CatalogReader.ReadText(Small, "compiled.yaml").Schema!.Text;

    private static string CompiledFingerprint => CatalogReader.ReadText(Small, "compiled.yaml").Schema!.Fingerprint;

    [Theory]
    [InlineData("namespace: Demo.Model", "namespace: Other.Model", "its namespace is 'Other.Model', the compiled one 'Demo.Model'", "Other.Model")]
    [InlineData("        low: Unsure.\n", "        low: Unsure.\n        none: Unknown.\n", "enum 'Confidence' has the value 'none', which the compiled schema lacks", "Confidence:")]
    [InlineData("        low: Unsure.\n", "", "enum 'Confidence' lacks the value 'low' of the compiled schema", "Confidence:")]
    [InlineData("    Maker:\n      fields:\n", "    Maker:\n      plural: Firms\n      fields:\n", "type 'Maker' has the plural 'Firms', the compiled schema 'Makers'", "Maker:")]
    [InlineData("        country: country\n", "        country: country\n        founded: int?\n", "type 'Maker' has the field 'founded', which the compiled schema lacks", "founded:")]
    [InlineData("        country: country\n", "", "type 'Maker' lacks the field 'country' of the compiled schema", "Maker:", "      country: CN\n")]
    [InlineData("        units: int?\n", "        units: decimal?\n", "field 'units' of type 'PhoneModel' is 'decimal?' here and 'int?' in the compiled schema", "units: decimal?")]
    [InlineData("        units: int?\n", "        units: int\n", "field 'units' of type 'PhoneModel' is 'int' here and 'int?' in the compiled schema", "units: int\n")]
    [InlineData("  enums:\n", "  enums:\n    Color:\n      values:\n        red: Red.\n", "enum 'Color' is not in the compiled schema", "Color:")]
    [InlineData("        high: Sure.\n        low: Unsure.\n", "        low: Unsure.\n        high: Sure.\n", "enum 'Confidence' lists its values in another order", "Confidence:")]
    [InlineData("  settings:\n", "    Shop:\n      fields:\n        name: string\n  settings:\n", "type 'Shop' is not in the compiled schema", "Shop:")]
    [InlineData("        name: string\n        country: country\n", "        country: country\n        name: string\n", "its fields are in another order", "Demo.Model")]
    [InlineData("released: { type: fuzzy-date?, requires: released-by }", "released: fuzzy-date?", "field 'released' of type 'PhoneModel' is 'fuzzy-date?' here and 'fuzzy-date?' requiring 'released-by' in the compiled schema", "released: fuzzy-date?")]
    [InlineData("units: int?", "units: { type: int?, min: 1 }", "field 'units' of type 'PhoneModel' is 'int?' from 1 to any here and 'int?' in the compiled schema", "units: {")]
    [InlineData("units: int?", "units: { type: int?, max: 100 }", "field 'units' of type 'PhoneModel' is 'int?' from any to 100 here and 'int?' in the compiled schema", "units: {")]
    [InlineData("units: int?", "units: { type: int?, min: 1, max: 100 }", "field 'units' of type 'PhoneModel' is 'int?' from 1 to 100 here and 'int?' in the compiled schema", "units: {")]
    [InlineData("      late-days: int\n", "      late-days: int\n      early-days: int?\n", "the settings has the field 'early-days', which the compiled schema lacks", "early-days:")]
    public void DifferentSchema_IsOnePRG017_NamingTheFirstDifferenceAtItsPlace(string from, string to, string difference, string marker, string? dataLineToDrop = null)
    {
        var yaml = Replace(Small, from, to);
        if (dataLineToDrop is not null)
        {
            yaml = Replace(yaml, dataLineToDrop, string.Empty);
        }

        var result = CatalogReader.ReadText(yaml, "file.yaml");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        var document = CatalogReader.Match(result, "file.yaml", CompiledFingerprint, Compiled, out var diagnostics);

        Assert.Null(document);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PRG017", diagnostic.Code);
        Assert.Equal($"this file's schema differs from the one compiled into this program: {difference}; remove the file's 'schema' section to read it with the compiled schema, or rebuild the program with this schema", diagnostic.Message);
        Assert.Equal(Position(yaml, marker), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void SameSchema_Matches()
    {
        var result = CatalogReader.ReadText(Small, "file.yaml");

        Assert.NotNull(CatalogReader.Match(result, "file.yaml", CompiledFingerprint, Compiled, out var diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void CatalogWithoutSchemaSection_IsReadWithTheDefaultSchema_AtItsOwnLines()
    {
        var schemaEnd = Small.IndexOf("\nsettings:", System.StringComparison.Ordinal) + 1;
        var dataOnly = Small[schemaEnd..];

        var result = CatalogReader.ReadText(dataOnly, "data.yaml", defaultSchema: Compiled);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(CompiledFingerprint, result.Document!.Schema.Fingerprint);
        Assert.Equal(Position(dataOnly, "pyongyang-2425:"), (result.Document.Entities[2].Span.Line, result.Document.Entities[2].Span.Column));
        Assert.NotNull(CatalogReader.Match(result, "data.yaml", CompiledFingerprint, Compiled, out _));
    }

    [Fact]
    public void CatalogWithoutSchemaSection_AndNoDefault_IsPRG011()
    {
        var dataOnly = Small[(Small.IndexOf("\nsettings:", System.StringComparison.Ordinal) + 1)..];

        var diagnostic = Assert.Single(CatalogReader.ReadText(dataOnly, "data.yaml").Diagnostics);

        Assert.Equal(("PRG011", "the catalog has no 'schema' section"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void SchemaText_IsTheSectionAsWritten()
    {
        Assert.StartsWith("schema:\n  namespace: Demo.Model\n", Compiled, System.StringComparison.Ordinal);
        Assert.EndsWith("      late-days: int\n", Compiled, System.StringComparison.Ordinal);
        Assert.Equal(CompiledFingerprint, CatalogReader.ReadText(Compiled, "schema.yaml").Schema!.Fingerprint);
    }
}
