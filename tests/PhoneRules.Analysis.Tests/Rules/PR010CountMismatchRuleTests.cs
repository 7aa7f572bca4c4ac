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

    private static string Count(int count) => $"series: line\nfrom-year: 2017\nto-year: 2019\ncount: {count}\nsources: [s1]";
}
