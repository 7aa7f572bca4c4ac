using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR010CountMismatchRuleTests
{
    [Fact]
    public void Fire_FewerModelsThanStated_Fires()
    {
        var catalog = new TestCatalog().Model("a", released: "2017").Model("b", released: "2018").Add("SeriesCount", "c", Count(3)).Build();

        var finding = Assert.Single(Fire<PR010CountMismatchRule>(catalog));

        Assert.Equal("Sources count 3 Line models released in 2017-2019; the catalog has 2: the catalog is incomplete or a model is unidentified.", finding.Message);
        Assert.Equal("catalog incomplete", Evidence(finding, "reading"));
    }

    [Fact]
    public void Fire_CountsAgree_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("a", released: "2017").Model("b", released: "2018").Add("SeriesCount", "c", Count(2)).Build();

        Assert.Empty(Fire<PR010CountMismatchRule>(catalog));
    }

    [Fact]
    public void Fire_MoreModelsThanStated_Fires()
    {
        var catalog = new TestCatalog().Model("a", released: "2017").Model("b", released: "2018").Add("SeriesCount", "c", Count(1)).Build();

        var finding = Assert.Single(Fire<PR010CountMismatchRule>(catalog));

        Assert.Equal("Sources count 1 Line models released in 2017-2019; the catalog has 2: the source is wrong, or the catalog's dates or models are.", finding.Message);
        Assert.Equal("source or catalog wrong", Evidence(finding, "reading"));
    }

    [Fact]
    public void Fire_UndatedModelCouldMakeUpTheCount_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("a", released: "2017").Model("b", released: "2018").Model("u").Add("SeriesCount", "c", Count(3)).Build();

        Assert.Empty(Fire<PR010CountMismatchRule>(catalog));
    }

    [Fact]
    public void Fire_ReleaseStraddlingTheSpan_CountsAsPossible()
    {
        var catalog = new TestCatalog().Model("a", released: "2016/2017").Add("SeriesCount", "c", Count(2)).Build();

        var finding = Assert.Single(Fire<PR010CountMismatchRule>(catalog));

        Assert.Equal("a", Evidence(finding, "catalog-undated-or-straddling"));
        Assert.Equal("Sources count 2 Line models released in 2017-2019; the catalog has 0 to 1: the catalog is incomplete or a model is unidentified.", finding.Message);
    }

    [Fact]
    public void Fire_NoReleaseClaimAgainstADatedRelease_NamesTheModel()
    {
        var catalog = new TestCatalog().Model("old", released: "2019").Model("new", released: "2020-01/2020-04").Add("SeriesCount", "none", Every(2020, 2020, "count: 0")).Build();

        var finding = Assert.Single(Fire<PR010CountMismatchRule>(catalog));

        Assert.Equal("none", finding.SubjectKey);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("Sources count 0 models (of any series) released in 2020; the catalog has 1: the source is wrong, or the catalog's dates or models are.", finding.Message);
        Assert.Equal("new", Evidence(finding, "catalog-certain"));
        Assert.Equal("2020-01/2020-04", Evidence(finding, "released new"));
        Assert.Equal("source or catalog wrong", Evidence(finding, "reading"));
    }

    [Fact]
    public void Fire_NoReleaseClaimAgainstAStraddlingRelease_DoesNotFire()
    {
        // 2019-12/2020-01 may lie wholly in 2019: it may count, so "none in 2020" is not contradicted.
        var catalog = new TestCatalog().Model("edge", released: "2019-12/2020-01").Add("SeriesCount", "none", Every(2020, 2020, "count: 0")).Build();

        Assert.Empty(Fire<PR010CountMismatchRule>(catalog));
    }

    [Fact]
    public void Fire_ClaimOfEverySeries_CountsEverySeries()
    {
        var catalog = new TestCatalog()
            .Add("Series", "other", "name: Other\nsources: [s1]")
            .Model("a", released: "2018").Model("b", released: "2018", series: "other")
            .Add("SeriesCount", "two", Every(2018, 2018, "count: 2"))
            .Add("SeriesCount", "one", "series: line\nfrom-year: 2018\nto-year: 2018\ncount: 1\nsources: [s1]")
            .Build();

        Assert.Empty(Fire<PR010CountMismatchRule>(catalog));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Fire_RangeClaim_FiresOnlyAboveItsMost(int models, bool fires)
    {
        var builder = new TestCatalog();
        for (var i = 0; i < models; i++)
        {
            builder.Model("m" + i, released: "2018");
        }

        var catalog = builder.Add("SeriesCount", "range", Every(2018, 2018, "count: 1\ncount-max: 3")).Build();

        Assert.Equal(fires, Fire<PR010CountMismatchRule>(catalog).Count == 1);
    }

    [Fact]
    public void Fire_RangeClaimAboveTheCatalog_SaysTheCatalogIsIncomplete()
    {
        var catalog = new TestCatalog().Model("a", released: "2018").Add("SeriesCount", "range", Every(2018, 2018, "count: 2\ncount-max: 3")).Build();

        var finding = Assert.Single(Fire<PR010CountMismatchRule>(catalog));

        Assert.Equal("Sources count 2 to 3 models (of any series) released in 2018; the catalog has 1: the catalog is incomplete or a model is unidentified.", finding.Message);
        Assert.Equal("2 to 3", Evidence(finding, "stated-count"));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Fire_EachYearClaim_AllowsItsCountTimesTheYears(int models, bool fires)
    {
        var builder = new TestCatalog();
        for (var i = 0; i < models; i++)
        {
            builder.Model("m" + i, released: "2018");
        }

        var catalog = builder.Add("SeriesCount", "yearly", Every(2017, 2018, "count: 0\ncount-max: 1\neach-year: true")).Build();

        var findings = Fire<PR010CountMismatchRule>(catalog);

        Assert.Equal(fires, findings.Count == 1);
        if (fires)
        {
            Assert.Equal("Sources count 0 to 1 models (of any series) released in each year of 2017-2018 (0 to 2 in all); the catalog has 3: the source is wrong, or the catalog's dates or models are.", findings[0].Message);
        }
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Fire_ClaimBelowTheSourcesCountsBySeries_SaysTheSourcesDisagree(int otherCount, bool fires)
    {
        // Two to three a year over 2017-2019 allows 9 in all; counts by series of 5 and otherCount add up.
        var catalog = new TestCatalog()
            .Add("Series", "other", "name: Other\nsources: [s1]")
            .Model("a", released: "2017").Model("b", released: "2017").Model("c", released: "2018").Model("d", released: "2018").Model("e", released: "2019").Model("f", released: "2019")
            .Add("SeriesCount", "yearly", Every(2017, 2019, "count: 2\ncount-max: 3\neach-year: true"))
            .Add("SeriesCount", "line-5", "series: line\nfrom-year: 2017\nto-year: 2019\ncount: 5\nsources: [s1]")
            .Add("SeriesCount", "line-3", "series: line\nfrom-year: 2017\nto-year: 2019\ncount: 3\nsources: [s1]")
            .Add("SeriesCount", "other-n", $"series: other\nfrom-year: 2017\nto-year: 2019\ncount: {otherCount}\nsources: [s1]")
            .Add("SeriesCount", "outside", "series: other\nfrom-year: 2016\nto-year: 2019\ncount: 50\nsources: [s1]")
            .Build();

        var finding = Fire<PR010CountMismatchRule>(catalog).SingleOrDefault(f => f.SubjectKey == "yearly");

        Assert.Equal(fires, finding is not null);
        if (finding is not null)
        {
            Assert.Equal("sources disagree", Evidence(finding, "reading"));
            Assert.Equal("Line 5 in 2017-2019", Evidence(finding, "series-count line-5"));
            Assert.Equal("Sources count 2 to 3 models (of any series) released in each year of 2017-2019 (6 to 9 in all); the catalog has 6; the sources' counts by series add up to 10: the sources contradict each other.", finding.Message);
        }
    }

    [Theory]
    [InlineData("2020-02~")]
    [InlineData("2020-02?")]
    [InlineData("2020-02%")]
    [InlineData("2020~")]
    public void Fire_AQualifiedDateInsideTheSpan_CountsOnlyAsPossible(string released)
    {
        // However the qualifier widens it, a qualified date never counts for sure: "none in 2020" stands.
        var catalog = new TestCatalog().Model("q", released: released).Add("SeriesCount", "none", Every(2020, 2020, "count: 0")).Build();

        Assert.Empty(Fire<PR010CountMismatchRule>(catalog));
    }

    [Fact]
    public void Fire_AnApproximateDateWidenedIntoTheSpan_MayCount()
    {
        // 2019-12~ admits January 2020: it may make up a count of one in 2020.
        var catalog = new TestCatalog().Model("q", released: "2019-12~").Add("SeriesCount", "one", Every(2020, 2020, "count: 1")).Build();

        Assert.Empty(Fire<PR010CountMismatchRule>(catalog));
    }

    [Fact]
    public void Range_OfARecordMadeInCode_NeverOverflowsAndIgnoresAMaxBelowTheCount()
    {
        var catalog = new TestCatalog().Add("SeriesCount", "c", Count(3)).Build();
        var claim = catalog.SeriesCounts.Single() with { Count = int.MaxValue, CountMax = 1, EachYear = true, FromYear = int.MinValue, ToYear = int.MaxValue };

        var range = PR010CountMismatchRule.Range(claim);

        Assert.Equal((long)int.MaxValue * ((long)int.MaxValue - int.MinValue + 1), range.Least);
        Assert.Equal(range.Least, range.Most);
    }

    [Theory]
    [InlineData(10, "m00, m01, m02, m03, m04, m05, m06, m07, m08, m09", 10)]
    [InlineData(12, "m00, m01, m02, m03, m04, m05, m06, m07, m08, m09, and 2 more", 10)]
    public void Report_LongLists_StopAtABoundAndCountTheRest(int models, string listed, int dated)
    {
        var builder = new TestCatalog();
        for (var i = 0; i < models; i++)
        {
            builder.Model($"m{i:D2}", released: "2020-03");
        }

        var finding = Assert.Single(Fire<PR010CountMismatchRule>(builder.Add("SeriesCount", "none", Every(2020, 2020, "count: 0")).Build()));

        Assert.Equal(listed, Evidence(finding, "catalog-certain"));
        Assert.Equal(dated, finding.Evidence.Count(e => e.Field.StartsWith("released ", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Report_DatesCarryTheIntervalTheyAdmit()
    {
        var catalog = new TestCatalog().Model("a", released: "2020-03").Add("SeriesCount", "none", Every(2020, 2020, "count: 0")).Build();

        var released = Assert.Single(Assert.Single(Fire<PR010CountMismatchRule>(catalog)).Evidence, e => e.Field == "released a");

        Assert.Equal((new System.DateOnly(2020, 3, 1), new System.DateOnly(2020, 3, 31), false), (released.Min, released.Max, released.Qualified));
    }

    [Fact]
    public void Fire_TwoReadings_GivesBothInOrder()
    {
        // One a year over 2017-2019 is 3 in all: the catalog has 6 certain, and the counts by series add up to 10.
        var catalog = new TestCatalog()
            .Add("Series", "other", "name: Other\nsources: [s1]")
            .Model("a", released: "2017").Model("b", released: "2017").Model("c", released: "2018").Model("d", released: "2018").Model("e", released: "2019").Model("f", released: "2019")
            .Add("SeriesCount", "yearly", Every(2017, 2019, "count: 1\neach-year: true"))
            .Add("SeriesCount", "line-5", "series: line\nfrom-year: 2017\nto-year: 2019\ncount: 5\nsources: [s1]")
            .Add("SeriesCount", "other-5", "series: other\nfrom-year: 2017\nto-year: 2019\ncount: 5\nsources: [s1]")
            .Build();

        var finding = Fire<PR010CountMismatchRule>(catalog).Single(f => f.SubjectKey == "yearly");

        Assert.Equal("source or catalog wrong; sources disagree", Evidence(finding, "reading"));
        Assert.Equal("Sources count 1 models (of any series) released in each year of 2017-2019 (3 in all); the catalog has 6; the sources' counts by series add up to 10: the source is wrong, or the catalog's dates or models are; and the sources contradict each other.", finding.Message);
    }

    private static string Every(int from, int to, string count) => $"from-year: {from}\nto-year: {to}\n{count}\nsources: [s1]";

    private static string Count(int count) => $"series: line\nfrom-year: 2017\nto-year: 2019\ncount: {count}\nsources: [s1]";
}
