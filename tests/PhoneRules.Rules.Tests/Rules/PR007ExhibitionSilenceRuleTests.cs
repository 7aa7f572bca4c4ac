using System.Linq;
using PhoneRules.Rules.Findings;
using PhoneRules.Rules.Rules;
using static PhoneRules.Rules.Tests.RuleFixture;

namespace PhoneRules.Rules.Tests.Rules;

public sealed class PR007ExhibitionSilenceRuleTests
{
    [Fact]
    public void Fire_NoNewsEditionAfterHeldOnes_FiresOnThatEntry()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2019", Edition(2019, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "no-news"))
            .Build();

        var finding = Assert.Single(Fire<PR007ExhibitionSilenceRule>(catalog));

        Assert.Equal("x-2020", finding.SubjectKey);
        Assert.Equal("Exhibition", finding.SubjectType);
        Assert.Equal("No news of the Expo in 2020, after it was held in 2019.", finding.Message);
    }

    [Fact]
    public void Fire_MissingYearBetweenEditions_Fires()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Add("Exhibition", "x-2020", Edition(2020, "online"))
            .Build();

        var finding = Assert.Single(Fire<PR007ExhibitionSilenceRule>(catalog));

        Assert.Equal("Expo 2019", finding.SubjectKey);
        Assert.Equal("exhibition-year", finding.SubjectType);
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
    public void Fire_YearsUpToTheLastYearSetting_AreReported()
    {
        var catalog = new TestCatalog().Setting("exhibition-last-year", "2020")
            .Add("Exhibition", "x-2018", Edition(2018, "held"))
            .Build();

        var findings = Fire<PR007ExhibitionSilenceRule>(catalog);

        Assert.Equal(["Expo 2019", "Expo 2020"], findings.Select(f => f.SubjectKey));
        Assert.All(findings, f => Assert.Equal(FindingConfidence.Certain, f.Confidence));
    }

    private static string Edition(int year, string status) => $"name: Expo\nyear: {year}\nstatus: {status}\nsources: [s1]";
}
