using System.Linq;
using PhoneRules.Rules.Findings;
using PhoneRules.Rules.Rules;
using static PhoneRules.Rules.Tests.RuleFixture;

namespace PhoneRules.Rules.Tests.Rules;

public sealed class PR011SourceConflictRuleTests
{
    [Fact]
    public void Fire_ClaimThreeMonthsAfterRecordedRelease_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2018-10").Add("DateClaim", "c", Claim("2019-01")).Build();

        var finding = Assert.Single(Fire<PR011SourceConflictRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("62", Evidence(finding, "gap-days"));
        Assert.Equal("Sources disagree on the market release of Model m: 2019-01 against 2018-10 (the catalog's market release), 62 days apart.", finding.Message);
    }

    [Fact]
    public void Fire_OverlappingDates_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2018-10/2018-12").Add("DateClaim", "c", Claim("2018-12")).Build();

        Assert.Empty(Fire<PR011SourceConflictRule>(catalog));
    }

    [Fact]
    public void Fire_GapExactlyAtThreshold_Fires()
    {
        var catalog = new TestCatalog().Setting("conflict-min-gap-days", "62").Model("m", released: "2018-10").Add("DateClaim", "c", Claim("2019-01")).Build();

        Assert.Single(Fire<PR011SourceConflictRule>(catalog));
    }

    [Fact]
    public void Fire_GapBelowThreshold_DoesNotFire()
    {
        var catalog = new TestCatalog().Setting("conflict-min-gap-days", "63").Model("m", released: "2018-10").Add("DateClaim", "c", Claim("2019-01")).Build();

        Assert.Empty(Fire<PR011SourceConflictRule>(catalog));
    }

    [Fact]
    public void Fire_ApproximateDate_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m", released: "2018-10~").Add("DateClaim", "c", Claim("2019-01")).Build();

        Assert.Equal(FindingConfidence.Possible, Assert.Single(Fire<PR011SourceConflictRule>(catalog)).Confidence);
    }

    [Fact]
    public void Fire_TwoClaimsDisagree_ReportsThePairOnce()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("DateClaim", "c1", Claim("2018-01"))
            .Add("DateClaim", "c2", Claim("2019-01"))
            .Build();

        var finding = Assert.Single(Fire<PR011SourceConflictRule>(catalog));

        Assert.Equal("c1", finding.SubjectKey);
        Assert.Equal("claim c2", finding.Evidence.ElementAt(1).Field);
    }

    private static string Claim(string date) => $"model: m\nevent: market-release\ndate: {date}\nconfidence: medium\nsources: [s1]";
}
