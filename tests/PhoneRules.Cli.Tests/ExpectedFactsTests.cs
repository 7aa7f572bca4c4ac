using System.IO;
using PhoneRules.Cli.Input;
using PhoneRules.Cli.Synthetic;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The guess at a catalog's size from its file (<see cref="CatalogSource.ExpectedFacts"/>) that picks the rule sets to
/// compile while the file is read: close to the truth for synthetic catalogs, small for the built-in one, nothing
/// where there is no file to measure; it never reads a file.
/// </summary>
public sealed class ExpectedFactsTests
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));

    [Theory]
    [InlineData(300, 3_000)]
    [InlineData(1_000, 10_000)]
    [InlineData(5_000, 5_000)]
    [InlineData(3_000, 30_000)]
    public void ExpectedFacts_OfASyntheticCatalogFile_IsWithinAQuarterOfItsModelsAndSightings(int models, int sightings)
    {
        using var folder = new TempFolder();
        var path = folder.File("synthetic.yaml", SyntheticCatalog.Create(models, sightings).ToYaml(Shipped));

        var expected = CatalogSource.ExpectedFacts(new CatalogChoice(path));

        Assert.InRange(expected, (models + sightings) * 3L / 4, (models + sightings) * 5L / 4);
    }

    [Fact]
    public void ExpectedFacts_OfTheBuiltinCatalog_AsksForOneSession()
    {
        var expected = CatalogSource.ExpectedFacts(CatalogChoice.BuiltinCatalog);

        // Below 5,000 models and sightings an analysis runs in one session (AnalysisOptions.Partitions).
        Assert.InRange(expected, 1, 4_999);
    }

    [Fact]
    public void ExpectedFacts_WithoutAFileToMeasure_IsNothing()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CatalogSource.ExpectedFacts(new CatalogChoice(InputFile.StandardInput)));
        Assert.Equal(0, CatalogSource.ExpectedFacts(new CatalogChoice(Path.Combine(folder.Path, "missing.yaml"))));
        Assert.Equal(0, CatalogSource.ExpectedFacts(new CatalogChoice(folder.Path)));
        Assert.Equal(0, CatalogSource.ExpectedFacts(new CatalogChoice("bad\0name.yaml")));
    }
}
