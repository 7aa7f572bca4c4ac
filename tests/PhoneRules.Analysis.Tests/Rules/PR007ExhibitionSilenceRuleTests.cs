using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR007ExhibitionSilenceRuleTests
{
    [Fact]
    public void Fire_NoNewsEditionAfterHeldOnes_FiresPossibleOnThatEntry()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2019", Edition(2019, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "no-news"))
            .Build();

        var finding = Assert.Single(Fire<PR007ExhibitionSilenceRule>(catalog));

        Assert.Equal("x-2020", finding.SubjectKey);
        Assert.Equal("Exhibition", finding.SubjectType);
        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("No report was found of the Expo in 2020, after it was held in 2019: it may not have been held.", finding.Message);
        Assert.Equal("no news", Evidence(finding, "status x-2020"));
        Assert.Equal("2019", Evidence(finding, "last-held x-2019"));
    }

    [Fact]
    public void Fire_MissingYearBetweenEditions_DoesNotFire()
    {
        // A year with no row is a gap in the catalog, not news about the showcase.
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "online"))
            .Build();

        Assert.Empty(Fire<PR007ExhibitionSilenceRule>(catalog));
    }

    [Fact]
    public void Fire_EveryYearHeld_DoesNotFire()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2019")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2019", Edition(2019, "online"))
            .Build();

        Assert.Empty(Fire<PR007ExhibitionSilenceRule>(catalog));
    }

    [Fact]
    public void Fire_NoNewsBeforeAnyHeldEdition_DoesNotFire()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "no-news"))
            .Add("Exhibition", "x-2019", Edition(2019, "held"))
            .Build();

        Assert.Empty(Fire<PR007ExhibitionSilenceRule>(catalog));
    }

    [Fact]
    public void Fire_NoNewsInTheLastYearSetting_Fires()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "no-news"))
            .Build();

        Assert.Equal(["x-2020"], Fire<PR007ExhibitionSilenceRule>(catalog).Select(f => f.SubjectKey));
    }

    [Fact]
    public void Fire_NoNewsAfterTheLastYearSetting_DoesNotFire()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2019")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "no-news"))
            .Build();

        Assert.Empty(Fire<PR007ExhibitionSilenceRule>(catalog));
    }

    [Fact]
    public void SilentYears_AreInYearThenKeyOrder_WhateverTheFileOrder()
    {
        var built = new TestCatalog()
            .Add("Exhibition", "x-2021", Edition(2021, "no-news"))
            .Add("Exhibition", "x-2019b", Edition(2019, "no-news"))
            .Add("Exhibition", "x-2017", Edition(2017, "held"))
            .Add("Exhibition", "x-2019a", Edition(2019, "no-news"))
            .Add("Exhibition", "x-2018", Edition(2018, "no-news"))
            .Add("Exhibition", "x-2022", Edition(2022, "no-news"))
            .Build();
        var catalog = TestCatalog.WithSettings(built, built.Settings with { ExhibitionLastYear = 2021 });
        var index = new Facts.CatalogIndex(catalog);

        var findings = PR007ExhibitionSilenceRule.SilentYears(index, catalog.Exhibitions.GroupBy(e => e.Name).Single());

        Assert.Equal(["x-2018", "x-2019a", "x-2019b", "x-2021"], findings.Select(f => f.SubjectKey));
    }

    [Fact]
    public void Fire_HeldTheSameYearAsNoNews_IsNotTheEditionBefore()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "held"))
            .Add("Exhibition", "x-2020b", Edition(2020, "no-news"))
            .Build();

        var finding = Assert.Single(Fire<PR007ExhibitionSilenceRule>(catalog));

        Assert.Equal("No report was found of the Expo in 2020, after it was held in 2018: it may not have been held.", finding.Message);
        Assert.Equal("2018", Evidence(finding, "last-held x-2018"));
    }

    [Fact]
    public void Fire_HeldOnlyTheSameYearAsNoNews_DoesNotFire()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2020", Edition(2020, "held"))
            .Add("Exhibition", "x-2020b", Edition(2020, "no-news"))
            .Build();

        Assert.Empty(Fire<PR007ExhibitionSilenceRule>(catalog));
    }

    private static string Edition(int year, string status) => $"name: Expo\nyear: {year}\nstatus: {status}\nsources: [s1]";
}
