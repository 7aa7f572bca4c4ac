using System.IO;
using System.Linq;
using PhoneRules.Model;

namespace PhoneRules.Generator.Tests;

/// <summary>The real catalog.yaml, compiled into PhoneRules.Model by the generator at build time.</summary>
public sealed class ShippedCatalogTests
{
    [Fact]
    public void NamedMembers_AreTypedRecords()
    {
        var model = Catalog.Models.Pyongyang2425;

        Assert.Equal("pyongyang-2425", model.Key);
        Assert.Equal("Pyongyang 2425", model.Name);
        Assert.Same(Catalog.Series.Pyongyang, model.Series);
        Assert.Same(Catalog.Makers.Checom, model.Series.Maker);
        Assert.Equal(FuzzyDate.Parse("2019-04"), model.Unveiled);
        Assert.Equal(Confidence.Low, model.Confidence);
        Assert.Contains(Catalog.Sources.Dnk2021NoNew, model.Sources);
    }

    [Fact]
    public void Lookups_ByKey()
    {
        Assert.Same(Catalog.Models.Chollyong201, Catalog.Models.Get("chollyong-201"));
        Assert.True(Catalog.Makers.TryGet("umidigi", out var umidigi));
        Assert.Equal("CN", umidigi.Country.Value);
        Assert.False(Catalog.Models.TryGet("pyongyang-9999", out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Catalog.Models.Get("pyongyang-9999"));
    }

    [Fact]
    public void Settings_AndExactDates_AreTyped()
    {
        Assert.Equal(90, Catalog.Settings.LateAnnouncementDays);
        Assert.Same(Catalog.ContextEvents.Unscr2397, Catalog.Settings.SanctionsEvent);
        Assert.Equal(new System.DateOnly(2017, 12, 22), Catalog.ContextEvents.Unscr2397.Date);
        Assert.Equal("KP", Catalog.Settings.DomesticCountry.Value);
    }

    [Fact]
    public void Locations_PointAtTheKeysInCatalogYaml()
    {
        var lines = File.ReadAllLines(FindCatalog());

        foreach (var model in Catalog.Models.All)
        {
            var line = lines[model.Location.Line - 1];
            Assert.Equal(model.Key + ":", line.Substring(model.Location.Column - 1).TrimEnd());
        }
    }

    [Fact]
    public void RuntimeLoad_OfTheSameFile_GivesEqualData()
    {
        var loaded = CatalogData.Load(FindCatalog(), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(loaded);
        Assert.Equal(Catalog.Data.Models.Select(m => m.Key), loaded.Models.Select(m => m.Key));
        Assert.Equal(Catalog.Data.Models.Select(m => (m.Name, m.Released, m.Location, m.Series.Key)), loaded.Models.Select(m => (m.Name, m.Released, m.Location, m.Series.Key)));
        Assert.Equal(Catalog.Settings with { SanctionsEvent = loaded.Settings.SanctionsEvent }, loaded.Settings);
        Assert.Equal(Catalog.Data.Entities.Count(), loaded.Entities.Count());
    }

    [Fact]
    public void RuntimeLoad_OfADifferentSchema_ReportsPRG017()
    {
        var path = Path.Combine(Path.GetTempPath(), "phonerules-other-schema-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, PhoneRules.Testing.TestCatalogs.Small);
        try
        {
            var loaded = CatalogData.Load(path, out var diagnostics);

            Assert.Null(loaded);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("PRG017", diagnostic.Code);
            Assert.Contains("rebuild", diagnostic.Message, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string FindCatalog()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "catalog.yaml")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new FileNotFoundException("catalog.yaml not found above the test output."), "catalog.yaml");
    }
}
