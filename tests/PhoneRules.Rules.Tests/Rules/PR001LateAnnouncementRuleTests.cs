using PhoneRules.Rules.Findings;
using PhoneRules.Rules.Rules;
using static PhoneRules.Rules.Tests.RuleFixture;

namespace PhoneRules.Rules.Tests.Rules;

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
}
