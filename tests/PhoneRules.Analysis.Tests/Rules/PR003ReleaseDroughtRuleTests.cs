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

    [Fact]
    public void Fire_NoReleases_ListsNoCataloguedModel()
    {
        var finding = Assert.Single(Fire<PR003ReleaseDroughtRule>(TwoAYear().Build(), s_support));

        Assert.Equal("0", Evidence(finding, "catalogued-releases"));
        Assert.Equal("2", Evidence(finding, "catalogued-releases 2019"));
    }

    // Judge against history years of (fewest, most) releases, ratio 0.5: certain when the year's most is below half
    // the mean of the fewest; possible when its fewest is below half the mean of the most. Each row sits on one side
    // of a threshold.
    [Theory]
    [InlineData(1, 1, 4, 4, 4, 4, "Certain")]
    [InlineData(2, 2, 4, 4, 4, 4, null)]
    [InlineData(1, 5, 0, 4, 0, 4, "Possible")]
    [InlineData(2, 5, 0, 4, 0, 4, null)]
    [InlineData(1, 5, 0, 2, 0, 6, "Possible")]
    [InlineData(2, 2, 0, 2, 0, 6, null)]
    [InlineData(1, 3, 2, 4, 2, 8, "Possible")]
    [InlineData(0, 0, 0, 0, 0, 0, null)]
    public void Judge_AtEachThreshold(int min, int max, int firstMin, int firstMax, int secondMin, int secondMax, string? expected)
    {
        var catalog = new TestCatalog().Build();
        var index = new Facts.CatalogIndex(TestCatalog.WithSettings(catalog, catalog.Settings with { DroughtRatio = 0.5m }));
        var history = new[] { new Facts.ReleaseCount(2018, firstMin, firstMax, []), new Facts.ReleaseCount(2019, secondMin, secondMax, []) };

        var drought = PR003ReleaseDroughtRule.Judge(index, new Facts.ReleaseCount(2020, min, max, []), history);

        Assert.Equal(expected, drought?.Confidence.ToString());
        Assert.Equal(expected is null ? null : 2020, drought?.Year);
    }

    [Fact]
    public void Judge_NoHistory_FindsNoDrought()
    {
        var index = new Facts.CatalogIndex(new TestCatalog().Build());

        Assert.Null(PR003ReleaseDroughtRule.Judge(index, new Facts.ReleaseCount(2020, 0, 0, []), []));
    }

    [Fact]
    public void Report_ARangeOfReleasesAndSeveralDisputes_NamesEachCountOnceAndEveryModel()
    {
        // Catalogued: 1 to 3 releases in 2020. Sources count 1, 2, 1 again and 3: the first three allow fewer than
        // the most (3) and dispute it, once per distinct count; 3 does not.
        var catalog = new TestCatalog()
            .Model("d1", released: "2020-03").Model("d2", released: "2019-12/2020-01").Model("d3", released: "2020-12/2021-01")
            .Add("SeriesCount", "one", "from-year: 2020\nto-year: 2020\ncount: 1\nsources: [s1]")
            .Add("SeriesCount", "two", "from-year: 2020\nto-year: 2020\ncount: 2\nsources: [s1]")
            .Add("SeriesCount", "again", "from-year: 2020\nto-year: 2020\ncount: 1\nsources: [s1]")
            .Add("SeriesCount", "three", "from-year: 2020\nto-year: 2020\ncount: 3\nsources: [s1]")
            .Build();
        var models = catalog.Models.ToList();
        var count = new Facts.ReleaseCount(2020, 1, 3, models);
        var history = new[] { new Facts.ReleaseCount(2019, 4, 6, []), new Facts.ReleaseCount(2018, 4, 4, []) };

        var finding = PR003ReleaseDroughtRule.Report(new Facts.CatalogIndex(catalog), new Facts.ReleaseDrought(2020, FindingConfidence.Possible, count), history);

        Assert.Equal("The catalog records 1 to 3 release(s) in 2020 against a trailing mean of 4.5 catalogued releases a year over 2018-2019; sources may name releases the catalog lacks. Sources count 1 or 2 in 2020, disputing d1, d2, d3.", finding.Message);
        Assert.Equal("1 to 3: d1, d2, d3", Evidence(finding, "catalogued-releases"));
        Assert.Equal("4 to 6", Evidence(finding, "catalogued-releases 2019"));
        Assert.Equal(["one", "two", "again"], finding.Evidence.Where(e => e.Field.StartsWith("sources-count ", System.StringComparison.Ordinal)).Select(e => e.Field["sources-count ".Length..]));
    }

    private static TestCatalog TwoAYear() => new TestCatalog()
        .Model("a1", released: "2017-03").Model("a2", released: "2017-09")
        .Model("b1", released: "2018-03").Model("b2", released: "2018-09")
        .Model("c1", released: "2019-03").Model("c2", released: "2019-09");
}
