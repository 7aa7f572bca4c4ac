using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR001LateAnnouncementRuleTests
{
    [Fact]
    public void Fire_UnveiledFiveMonthsAfterRelease_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-06-01").Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("m", finding.SubjectKey);
        Assert.Equal("151", Evidence(finding, "lag-days"));
        Assert.Equal("Model m was unveiled by state media 151 days after its market release (threshold 90 days).", finding.Message);
        Assert.Equal(["s1"], finding.Evidence[0].Sources);
    }

    [Fact]
    public void Fire_UnveiledOneMonthAfterRelease_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-02-01").Build();

        Assert.Empty(Fire<PR001LateAnnouncementRule>(catalog));
    }

    [Fact]
    public void Fire_LagExactlyAtThreshold_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-04-01").Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal("90", Evidence(finding, "lag-days"));
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
    }

    [Fact]
    public void Fire_LagOneDayBelowThreshold_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-03-31").Build();

        Assert.Empty(Fire<PR001LateAnnouncementRule>(catalog));
    }

    [Fact]
    public void Fire_FuzzyIntervalStraddlesThreshold_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01", unveiled: "2019-04-15").Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("74..104", Evidence(finding, "lag-days"));
    }

    [Fact]
    public void Fire_ThresholdComesFromSettings()
    {
        var catalog = new TestCatalog().Setting("late-announcement-days", "200").Model("m", released: "2019-01-01", unveiled: "2019-06-01").Build();

        Assert.Empty(Fire<PR001LateAnnouncementRule>(catalog));
    }

    [Fact]
    public void Fire_NoUnveilingDate_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01").Build();

        Assert.Empty(Fire<PR001LateAnnouncementRule>(catalog));
    }

    [Fact]
    public void Fire_ClaimedReleaseWidensTheLag_FiresPossibleWithEveryVersion()
    {
        // The catalog's release gives 151 days; a claim of 2019-04-01 gives 61: late for one version only.
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-06-01")
            .Add("DateClaim", "c", Claim("market-release", "2019-04-01"))
            .Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("61..151", Evidence(finding, "lag-days"));
        Assert.Equal("2019-04-01", Evidence(finding, "released claim c"));
        Assert.Equal("151", Evidence(finding, "lag-days released -> unveiled"));
        Assert.Equal("61", Evidence(finding, "lag-days released claim c -> unveiled"));
        Assert.Equal("Model m was unveiled by state media 61 to 151 days after its market release over 2 release date(s) and 1 unveiling date(s) (threshold 90 days).", finding.Message);
    }

    [Fact]
    public void Fire_EveryVersionLate_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-06-01")
            .Add("DateClaim", "c", Claim("market-release", "2019-03-03"))
            .Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("90..151", Evidence(finding, "lag-days"));
    }

    [Fact]
    public void Fire_OnlyAClaimedReleaseIsLate_FiresPossible()
    {
        // The catalog's dates give 31 days; a source's earlier release gives 151.
        var catalog = new TestCatalog().Model("m", released: "2019-05-01", unveiled: "2019-06-01")
            .Add("DateClaim", "c", Claim("market-release", "2019-01-01"))
            .Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("31..151", Evidence(finding, "lag-days"));
    }

    [Fact]
    public void Fire_ClaimedUnveilingCounts_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-02-01")
            .Add("DateClaim", "c", Claim("state-media-unveiling", "2019-06-01"))
            .Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal("31..151", Evidence(finding, "lag-days"));
        Assert.Equal("2019-06-01", Evidence(finding, "unveiled claim c"));
    }

    [Fact]
    public void Fire_ClaimAboutAnotherEvent_IsIgnored()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-02-01")
            .Add("DateClaim", "c", Claim("manufacture", "2018-01-01"))
            .Build();

        Assert.Empty(Fire<PR001LateAnnouncementRule>(catalog));
    }

    [Fact]
    public void Fire_QualifiedDateWellPastThreshold_FiresPossibleNotCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01~", unveiled: "2019-09").Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("yes, so not certain", Evidence(finding, "qualified-date"));
    }

    [Fact]
    public void Fire_QualifiedClaimOnly_FiresPossibleNotCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-09-01")
            .Add("DateClaim", "c", Claim("market-release", "2019-02?"))
            .Build();

        Assert.Equal(FindingConfidence.Possible, Assert.Single(Fire<PR001LateAnnouncementRule>(catalog)).Confidence);
    }

    private static string Claim(string dateEvent, string date) => $"model: m\nevent: {dateEvent}\ndate: {date}\nconfidence: medium\nsources: [s1]";

    [Fact]
    public void Report_AQualifiedVersion_CarriesItsWidenedInterval()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01~", unveiled: "2019-09").Build();

        var finding = Assert.Single(Fire<PR001LateAnnouncementRule>(catalog));

        var released = finding.Evidence.Single(e => e.Field == "released");
        Assert.Equal((new System.DateOnly(2018, 12, 1), new System.DateOnly(2019, 2, 28), true), (released.Min, released.Max, released.Qualified));
        var unveiled = finding.Evidence.Single(e => e.Field == "unveiled");
        Assert.Equal((new System.DateOnly(2019, 9, 1), new System.DateOnly(2019, 9, 30), false), (unveiled.Min, unveiled.Max, unveiled.Qualified));
    }
}
