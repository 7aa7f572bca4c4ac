using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// A schema's fingerprint is compiled into the generated model and compared with every catalog a later build of
/// the tool reads: it must change with anything that changes what a catalog may hold or what code is generated,
/// stay with documentation, and stay the same across runtimes and versions (so its canonical form is pinned).
/// </summary>
public sealed class SchemaFingerprintTests
{
    // Computed in each test, not once per process: a mutation test run switches the code under test between tests.
    private static string SmallFingerprint => Fingerprint(Small);

    [Fact]
    public void Fingerprint_OfAFixedSchema_IsPinned()
    {
        // Changing this value is a breaking change: every model compiled before it refuses every catalog after it.
        Assert.Equal("d166be2f562bcb04", SmallFingerprint);
    }

    [Theory]
    [InlineData("namespace: Demo.Model", "namespace: Demo.Models")]
    [InlineData("Confidence", "Certainty")]
    [InlineData("        high: Sure.\n", "        higher: Sure.\n")]
    [InlineData("        high: Sure.\n        low: Unsure.\n", "        low: Unsure.\n        high: Sure.\n")]
    [InlineData("      plural: Models\n", "      plural: Phones\n")]
    [InlineData("        url: url?\n", "        link: url?\n")]
    [InlineData("        url: url?\n", "        url: url\n")]
    [InlineData("        url: url?\n", "        url: string?\n")]
    [InlineData("        units: int?\n", "        units: { type: int?, min: 1 }\n")]
    [InlineData("        units: int?\n", "        units: { type: int?, max: 1 }\n")]
    [InlineData("        units: int?\n", "        units: { type: int?, min: 1, max: 2 }\n")]
    [InlineData("released: { type: fuzzy-date?, requires: released-by }", "released: fuzzy-date?")]
    [InlineData("        name: string\n        country: country\n", "        country: country\n        name: string\n")]
    [InlineData("      late-days: int\n", "      late-day: int\n")]
    public void Fingerprint_ChangesWithWhatACatalogMayHold(string from, string to)
    {
        Assert.Contains(from, Small, System.StringComparison.Ordinal);
        Assert.NotEqual(SmallFingerprint, Fingerprint(Replace(from, to)));
    }

    [Theory]
    [InlineData("      doc: How sure.\n", "      doc: How certain.\n")]
    [InlineData("        high: Sure.\n", "        high: Certain.\n")]
    [InlineData("title: { type: string, doc: The title. }", "title: { type: string, doc: Its title. }")]
    [InlineData("      doc: A phone.\n", "")]
    public void Fingerprint_StaysWithDocumentation(string from, string to)
    {
        Assert.Contains(from, Small, System.StringComparison.Ordinal);
        Assert.Equal(SmallFingerprint, Fingerprint(Replace(from, to)));
    }

    [Fact]
    public void Fingerprint_TellsApartSchemasThatOnlyTheSeparatorsWouldTellApart()
    {
        // Names that run into each other when written one after another: the canonical form keeps them apart.
        var split = Fingerprint(Replace("        url: url?\n", "        url: url?\n        a: string\n        b: string?\n"));
        var joined = Fingerprint(Replace("        url: url?\n", "        url: url?\n        a: string?\n        b: string\n"));
        var required = Fingerprint(Replace("        url: url?\n", "        url: url?\n        a: string\n        b: string\n"));

        Assert.NotEqual(split, joined);
        Assert.NotEqual(split, required);
        Assert.NotEqual(joined, required);
    }

    private static string Replace(string from, string to) => Small.Replace(from, to, System.StringComparison.Ordinal);

    private static string Fingerprint(string catalog)
    {
        var result = CatalogReader.ReadText(catalog, "catalog.yaml");
        Assert.NotNull(result.Schema);
        return result.Schema!.Fingerprint;
    }
}
