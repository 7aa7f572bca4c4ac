using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

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

    [Theory]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(2_000)]
    public void Fire_ManyClaimsAboutOneRelease_ReportsOneFindingWithTheOmittedCount(int claims)
    {
        var builder = new TestCatalog().Model("m");
        for (var i = 0; i < claims; i++)
        {
            builder.Add("DateClaim", $"c{i:D4}", Claim(i % 2 == 0 ? "2018-01" : "2019-01"));
        }

        var finding = Assert.Single(Fire<PR011SourceConflictRule>(builder.Build()));

        // Every 2018 claim conflicts with every 2019 claim: (n/2)^2 pairs, one of them reported.
        var others = claims - 2;
        Assert.Equal("c0000", finding.SubjectKey);
        Assert.Equal("claim c0001", finding.Evidence.ElementAt(1).Field);
        Assert.Equal($"{(claims / 2) * (claims / 2) - 1} (claims c0002, c0003, c0004, c0005, c0006 and {others - 5} more)", Evidence(finding, "other-conflicting-pairs"));
        Assert.Equal(5, finding.Evidence.Count);
    }

    [Fact]
    public void Fire_ClaimsAboutTwoEvents_OneFindingPerEvent()
    {
        var catalog = new TestCatalog().Model("m", released: "2018-10", unveiled: "2019-06")
            .Add("DateClaim", "a", Claim("2019-01"))
            .Add("DateClaim", "b", Claim("2019-02"))
            .Add("DateClaim", "c", "model: m\nevent: state-media-unveiling\ndate: 2020-01\nconfidence: medium\nsources: [s1]")
            .Build();

        var findings = Fire<PR011SourceConflictRule>(catalog);

        Assert.Equal(["b", "c"], findings.Select(f => f.SubjectKey).Order());
        Assert.Equal("2 (claims a)", Evidence(findings.Single(f => f.SubjectKey == "b"), "other-conflicting-pairs"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("-2147483648")]
    public void Fire_GapSettingZeroOrNegative_NeedsADayBetweenAndDoesNotThrow(string setting)
    {
        // The schema refuses such a setting (1 to 3650); records made in code can still hold one.
        var valid = new TestCatalog().Model("m", released: "2018-10")
            .Add("DateClaim", "same", Claim("2018-10"))
            .Add("DateClaim", "next", Claim("2018-11"))
            .Build();
        var catalog = TestCatalog.WithSettings(valid, valid.Settings with { ConflictMinGapDays = int.Parse(setting, System.Globalization.CultureInfo.InvariantCulture) });

        var finding = Assert.Single(Fire<PR011SourceConflictRule>(catalog));

        Assert.Equal("next", finding.SubjectKey);
        Assert.Equal("1", Evidence(finding, "gap-days"));
    }

    // The widest pair is early (2018-09) against late (2019-01): the latest start is 2019-01-01 and the earliest
    // end 2018-09-30, and the gap is 30 days. zlate (2019-01 again) conflicts with early, so other pairs are
    // counted. A claim in another conflicting pair is named when it ends at least the gap before the latest
    // start, or starts at least the gap after the earliest end; a day less on either side and it is not.
    [Theory]
    [InlineData("2018-10-01/2018-12-02", "3 (claims mid, zlate)")]
    [InlineData("2018-10-01/2018-12-03", "1 (claims zlate)")]
    [InlineData("2018-10-30/2018-12-31", "2 (claims mid, zlate)")]
    [InlineData("2018-10-29/2018-12-31", "1 (claims zlate)")]
    public void Fire_OtherConflictingClaims_AreNamedFromTheGapOn(string mid, string others)
    {
        var catalog = new TestCatalog().Setting("conflict-min-gap-days", "30").Model("m")
            .Add("DateClaim", "early", Claim("2018-09"))
            .Add("DateClaim", "late", Claim("2019-01"))
            .Add("DateClaim", "mid", Claim(mid))
            .Add("DateClaim", "zlate", Claim("2019-01"))
            .Build();

        var finding = Assert.Single(Fire<PR011SourceConflictRule>(catalog));

        Assert.Equal("early", finding.SubjectKey);
        Assert.Equal(others, Evidence(finding, "other-conflicting-pairs"));
    }

    [Theory]
    [InlineData("state-media-unveiling", "state-media unveiling")]
    [InlineData("manufacture", "manufacture date")]
    [InlineData("market-release", "market release")]
    public void Fire_EachEvent_IsNamedInTheMessage(string kind, string word)
    {
        var catalog = new TestCatalog().Model("m")
            .Add("DateClaim", "a", $"model: m\nevent: {kind}\ndate: 2018-10\nconfidence: medium\nsources: [s1]")
            .Add("DateClaim", "b", $"model: m\nevent: {kind}\ndate: 2019-01\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR011SourceConflictRule>(catalog));

        Assert.Equal($"Sources disagree on the {word} of Model m: 2018-10 against 2019-01 (claim b), 62 days apart.", finding.Message);
    }

    // The count of other conflicting pairs: alone when no other claim is in them (only the catalog's date), with
    // the claims named, and with how many more there are than named.
    [Theory]
    [InlineData(2L, null, 0, "2")]
    [InlineData(2L, new string[0], 0, "2")]
    [InlineData(3L, new[] { "x", "y" }, 2, "3 (claims x, y)")]
    [InlineData(9L, new[] { "x", "y" }, 5, "9 (claims x, y and 3 more)")]
    public void Report_OtherConflictingPairs_CountsAndNamesTheClaims(long pairs, string[]? named, int otherClaims, string expected)
    {
        var catalog = new TestCatalog().Model("m", released: "2018-10").Add("DateClaim", "c", Claim("2019-01")).Build();
        var claim = catalog.DateClaims.Single();

        var finding = PR011SourceConflictRule.Report(new Facts.CatalogIndex(catalog), claim, catalog.Models.Single().Released!.Value, "the catalog's market release", [], pairs, named, otherClaims);

        Assert.Equal(expected, Evidence(finding, "other-conflicting-pairs"));
    }

    [Fact]
    public void Report_NoOtherConflictingPair_HasNoSuchLine()
    {
        var catalog = new TestCatalog().Model("m", released: "2018-10").Add("DateClaim", "c", Claim("2019-01")).Build();

        var finding = PR011SourceConflictRule.Report(new Facts.CatalogIndex(catalog), catalog.DateClaims.Single(), catalog.Models.Single().Released!.Value, "the catalog's market release", [], 0, ["x"], 1);

        Assert.DoesNotContain(finding.Evidence, e => e.Field == "other-conflicting-pairs");
    }

    private static string Claim(string date) => $"model: m\nevent: market-release\ndate: {date}\nconfidence: medium\nsources: [s1]";
}
