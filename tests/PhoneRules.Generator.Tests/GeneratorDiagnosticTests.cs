using Microsoft.CodeAnalysis;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// Each diagnostic code as the build shows it: id, message, and the catalog.yaml line and column, with no
/// other diagnostic beside it. (The reader tests cover every message variant; these prove the generator
/// reports them at the YAML location.)
/// </summary>
public sealed class GeneratorDiagnosticTests
{
    [Theory]
    [InlineData("PRG001", "name: Pyongyang 2425", "name: \"Pyongyang 2425", "\"Pyongyang", "this quoted value is not closed on its line, and a line after it is not indented deeper than its key, so YAML cannot read it as more of the value: close the \" on this line (write \\\" for a \" inside it)")]
    [InlineData("PRG002", "maker: Maker", "maker: Makr", "Makr", "unknown type 'Makr'; did you mean 'Maker'?")]
    [InlineData("PRG003", "name: Acme", "nmae: Acme", "nmae", "Maker 'acme' has no field 'nmae'; did you mean 'name'?")]
    [InlineData("PRG004", "      domestic: true\n", "", "pyongyang-2425:", "PhoneModel 'pyongyang-2425' is missing required field 'domestic'")]
    [InlineData("PRG005", "units: 12", "units: twelve", "twelve", "'units' expects a whole number, not 'twelve'")]
    [InlineData("PRG006", "released: 2019-10/2019-12", "released: 2019-02-30", "2019-02-30", "'released': '2019-02-30' is not a calendar date")]
    [InlineData("PRG007", "      name: Acme\n", "      name: Acme\n      name: Acme Corp\n", "name: Acme Corp", "duplicate key 'name' in this mapping")]
    [InlineData("PRG008", "maker: acme", "maker: acmee", "acmee", "no Maker has key 'acmee'; did you mean 'acme'?")]
    [InlineData("PRG009", "    seed:\n", "    seed-1:\n      title: One\n    seed1:\n      title: Two\n    seed:\n", "seed1:", "key 'seed1' becomes 'Seed1', the same C# name as key 'seed-1'")]
    [InlineData("PRG011", "        title: { type: string, doc: The title. }", "        title: { doc: The title. }", "{ doc: The title. }", "field 'title' of type 'Source' needs a type, such as 'string', 'fuzzy-date' or 'Source[]'")]
    [InlineData("PRG012", "imei: \"490154203237518\"", "imei: \"12345\"", "\"12345\"", "'imei': '12345' is not an IMEI: an IMEI is exactly 15 digits")]
    [InlineData("PRG014", "name: Acme", "name: &n Acme", "&n Acme", "anchor '&n' is not allowed in a catalog; write each value where it is used")]
    [InlineData("PRG015", "name: Acme", "name: Ac\uFFFDme", "\uFFFD", "the file holds U+FFFD, the replacement character that bytes which are not valid UTF-8 turn into; save the file as UTF-8 and remove it")]
    [InlineData("PRG018", "    seed:\n      title: The seed", "    Seed:\n      title: The seed", "Seed:", "'Seed' is not a valid key: use lower-case letters, digits and single hyphens, such as pyongyang-2425")]
    [InlineData("PRG009", "    acme:\n", "    get:\n      name: Get\n      country: CN\n    acme:\n", "get:", "key 'get' becomes 'Get', which Catalog.Makers already uses; choose another key")]
    [InlineData("PRG009", "    Maker:\n", "    MAKER:\n      fields:\n        name: string\n    Maker:\n", "Maker:\n", "'Maker' and 'MAKER' differ only in case; their generated files would be the same file on many systems")]
    [InlineData("PRG009", "    Maker:\n", "    CATALOG:\n      fields:\n        name: string\n    Maker:\n", "CATALOG:", "'CATALOG' and 'Catalog' differ only in case; their generated files would be the same file on many systems")]
    public void BrokenCatalog_ReportsOneDiagnosticAtTheYamlPosition(string id, string from, string to, string marker, string message)
    {
        var yaml = Replace(Small, from, to);

        var run = GeneratorHarness.Run(yaml);

        // Exactly one: no knock-on error (a refused key is no dangling reference), no exemption.
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.CatalogPath, span.Path);
        var (line, column) = Position(yaml, marker);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void DeepNesting_ReportsPRG013_AndDoesNotOverflow()
    {
        var yaml = "schema: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var run = GeneratorHarness.Run(yaml);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PRG013", diagnostic.Id);
        Assert.Equal("nesting deeper than 64 levels", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void ReferenceCycle_ReportsPRG016()
    {
        var yaml = Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        parent: Maker?\n")
            .Replace("      country: CN\n", "      country: CN\n      parent: other\n    other:\n      name: Other\n      country: CN\n      parent: acme\n", System.StringComparison.Ordinal);

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).GeneratorDiagnostics);

        Assert.Equal("PRG016", diagnostic.Id);
        var (line, column) = Position(yaml, "acme\n");
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void NoCatalogFile_ReportsPRG010WithoutLocation()
    {
        var driver = GeneratorHarness.CreateDriver(new InMemoryText("/repo/other.yaml", "a: 1"))
            .RunGenerators(GeneratorHarness.CreateCompilation());

        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("PRG010", diagnostic.Id);
        Assert.Equal("no catalog.yaml among the project's AdditionalFiles; add <AdditionalFiles Include=\"catalog.yaml\" />, or mark a catalog of another name with PhoneRulesCatalog=\"true\"", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void TwoCatalogFiles_ReportsPRG010()
    {
        var driver = GeneratorHarness.CreateDriver(new InMemoryText("/a/catalog.yaml", Small), new InMemoryText("/b/catalog.yaml", Small))
            .RunGenerators(GeneratorHarness.CreateCompilation());

        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("PRG010", diagnostic.Id);
        Assert.Equal("more than one catalog among the AdditionalFiles (catalog.yaml and catalog.yaml); a project has one catalog", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
