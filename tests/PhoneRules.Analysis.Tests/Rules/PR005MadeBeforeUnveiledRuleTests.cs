using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR005MadeBeforeUnveiledRuleTests
{
    [Fact]
    public void Fire_MadeHalfAYearBeforeUnveiling_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01-01", unveiled: "2019-07-01").Build();

        var finding = Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("181", Evidence(finding, "lag-days"));
    }

    [Fact]
    public void Fire_LagExactlyAtThreshold_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01-01", unveiled: "2019-03-02").Build();

        var finding = Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog));

        Assert.Equal("60", Evidence(finding, "lag-days"));
    }

    [Fact]
    public void Fire_LagBelowThreshold_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01-01", unveiled: "2019-03-01").Build();

        Assert.Empty(Fire<PR005MadeBeforeUnveiledRule>(catalog));
    }

    [Fact]
    public void Fire_FuzzyDatesStraddleThreshold_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-10/2019-12", unveiled: "2020-01/2020-03").Build();

        var finding = Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("1..182", Evidence(finding, "lag-days"));
    }

    [Fact]
    public void Fire_ClaimedManufactureWidensTheLag_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01-01", unveiled: "2019-06-01")
            .Add("DateClaim", "c", "model: m\nevent: manufacture\ndate: 2019-05-01\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("31..151", Evidence(finding, "lag-days"));
        Assert.Equal("2019-05-01", Evidence(finding, "manufactured claim c"));
    }

    [Fact]
    public void Fire_QualifiedManufactureDate_FiresPossibleNotCertain()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01~", unveiled: "2019-09").Build();

        Assert.Equal(FindingConfidence.Possible, Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog)).Confidence);
    }

    [Fact]
    public void Fire_OnePairOfDates_SaysTheLagAlone()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01-01", unveiled: "2019-07-01").Build();

        var finding = Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog));

        Assert.Equal("Model m was made 181 days before state media unveiled it (threshold 60 days).", finding.Message);
    }

    [Fact]
    public void Fire_SeveralPairsOfDates_SaysHowManyOfEach()
    {
        var catalog = new TestCatalog().Model("m", manufactured: "2019-01-01", unveiled: "2019-06-01")
            .Add("DateClaim", "c", "model: m\nevent: manufacture\ndate: 2019-05-01\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR005MadeBeforeUnveiledRule>(catalog));

        Assert.Equal("Model m was made 31 to 151 days before state media unveiled it over 2 manufacture date(s) and 1 unveiling date(s) (threshold 60 days).", finding.Message);
    }
}
