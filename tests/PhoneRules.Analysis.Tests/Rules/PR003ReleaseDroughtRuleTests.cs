using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using PhoneRules.Analysis.Rules.Support;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR003ReleaseDroughtRuleTests
{
    private static readonly System.Type[] s_support = [typeof(AnalysisYearsRule), typeof(ReleaseCountRule)];

    [Fact]
    public void Fire_NoReleasesAfterTwoAYear_FiresCertain()
    {
        var catalog = TwoAYear().Build();

        var finding = Assert.Single(Fire<PR003ReleaseDroughtRule>(catalog, s_support));

        Assert.Equal("2020", finding.SubjectKey);
        Assert.Equal("year", finding.SubjectType);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("2", Evidence(finding, "trailing-mean"));
        Assert.Equal("The catalog records 0 release(s) in 2020 against a trailing mean of 2 catalogued releases a year over 2017-2019; sources may name releases the catalog lacks.", finding.Message);
        Assert.Equal("3", Evidence(finding, "drought-min-history-releases"));
    }

    [Fact]
    public void Fire_ASourceCountingFewerReleases_ShowsTheDispute()
    {
        var catalog = TwoAYear().Setting("drought-ratio", "0.75").Model("d1", released: "2020-01/2020-04")
            .Add("SeriesCount", "none", "from-year: 2020\nto-year: 2020\ncount: 0\nsources: [s1]")
            .Add("SeriesCount", "span", "from-year: 2019\nto-year: 2020\ncount: 0\nsources: [s1]")
            .Add("SeriesCount", "series", "series: line\nfrom-year: 2020\nto-year: 2020\ncount: 0\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR003ReleaseDroughtRule>(catalog, s_support));

        Assert.EndsWith("sources may name releases the catalog lacks. Sources count 0 in 2020, disputing d1.", finding.Message);
        Assert.Equal("0 in 2020", Evidence(finding, "sources-count none"));
        Assert.DoesNotContain(finding.Evidence, e => e.Field is "sources-count span" or "sources-count series");
    }

    [Theory]
    [InlineData("count: 1", false)]
    [InlineData("count: 0\ncount-max: 1", false)]
    [InlineData("count: 0\neach-year: true", true)]
    public void Fire_ASourceCount_DisputesOnlyWhenItAllowsFewer(string count, bool disputes)
    {
        var catalog = TwoAYear().Setting("drought-ratio", "0.75").Model("d1", released: "2020-01/2020-04")
            .Add("SeriesCount", "c", $"from-year: {(disputes ? 2019 : 2020)}\nto-year: 2020\n{count}\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR003ReleaseDroughtRule>(catalog, s_support));

        Assert.Equal(disputes, finding.Message.Contains("disputing", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Fire_SteadyReleases_DoesNotFire()
    {
        var catalog = TwoAYear().Model("d1", released: "2020-03").Model("d2", released: "2020-04").Build();

        Assert.Empty(Fire<PR003ReleaseDroughtRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_ReleasesExactlyAtRatioTimesMean_DoesNotFire()
    {
        // Mean 2, ratio 0.5: one release is exactly at the threshold, and a drought is strictly below it.
        var catalog = TwoAYear().Model("d1", released: "2020-03").Build();

        Assert.Empty(Fire<PR003ReleaseDroughtRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_ReleaseStraddlingTheYearBoundary_FiresPossible()
    {
        var catalog = TwoAYear().Model("x", released: "2019-12/2020-01").Build();

        var finding = Assert.Single(Fire<PR003ReleaseDroughtRule>(catalog, s_support));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("0 to 1: x", Evidence(finding, "catalogued-releases"));
    }

    [Fact]
    public void Fire_TooLittleHistory_DoesNotJudgeTheSecondYear()
    {
        var catalog = new TestCatalog()
            .Setting("drought-first-year", "2018").Setting("drought-last-year", "2019")
            .Model("a", released: "2018-01").Model("b", released: "2018-02").Model("c", released: "2018-03")
            .Build();

        Assert.Empty(Fire<PR003ReleaseDroughtRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_EveryYearIsCounted_FromSettings()
    {
        var catalog = TwoAYear().Setting("drought-last-year", "2021").Build();

        var findings = Fire<PR003ReleaseDroughtRule>(catalog, s_support);

        Assert.Equal(["2020", "2021"], findings.Select(f => f.SubjectKey));
    }

    [Fact]
    public void Fire_OneModelStarterCatalog_DoesNotFire()
    {
        // The model 'phonerules init' writes as an example, uncommented: one release is no history.
        var catalog = new TestCatalog().Model("example-1", released: "2019-10/2019-12", unveiled: "2020-01/2020-03").Build();

        Assert.Empty(Fire<PR003ReleaseDroughtRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_HistoryExactlyAtMinimumReleases_Fires()
    {
        // Three certain releases in 2017-2019, the default minimum: judged, and 0 < 0.5 x 1.
        var catalog = new TestCatalog()
            .Model("a", released: "2017-03").Model("b", released: "2018-03").Model("c", released: "2019-03")
            .Build();

        var finding = Assert.Single(Fire<PR003ReleaseDroughtRule>(catalog, s_support));

        Assert.Equal("2020", finding.SubjectKey);
    }

    [Fact]
    public void Fire_HistoryOneBelowMinimumReleases_DoesNotFire()
    {
        var catalog = new TestCatalog()
            .Model("a", released: "2017-03").Model("b", released: "2018-03").Model("c", released: "2019-03")
            .Setting("drought-min-history-releases", "4")
            .Build();

        Assert.Empty(Fire<PR003ReleaseDroughtRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_HistoryReleaseStraddlingAYear_CountsOnlyCertainReleases()
    {
        // Two certain releases and one that may fall in 2016: the history holds 2 catalogued releases for sure.
        var catalog = new TestCatalog()
            .Model("a", released: "2017-03").Model("b", released: "2018-03").Model("c", released: "2016-12/2017-01")
            .Build();

        Assert.Empty(Fire<PR003ReleaseDroughtRule>(catalog, s_support));
    }

    private static TestCatalog TwoAYear() => new TestCatalog()
        .Model("a1", released: "2017-03").Model("a2", released: "2017-09")
        .Model("b1", released: "2018-03").Model("b2", released: "2018-09")
        .Model("c1", released: "2019-03").Model("c2", released: "2019-09");
}
