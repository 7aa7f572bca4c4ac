using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR004SanctionsExposureRuleTests
{
    [Fact]
    public void Fire_ForeignHardwareOnSaleAfterResolution_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-05").Lookup("l", "m", "860000010000007").Build();

        var finding = Assert.Single(Fire<PR004SanctionsExposureRule>(catalog, typeof(PR002ForeignHardwareRule)));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("UNSCR 2397, 2017-12-22", Evidence(finding, "sanctions-event"));
        Assert.Equal("Model m, with foreign hardware, was on sale after UNSCR 2397 (2017-12-22): released 2019-05; when its parts were imported is not recorded.", finding.Message);
    }

    [Fact]
    public void Fire_OnSaleBeforeResolution_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2016").Lookup("l", "m", "860000010000007").Build();

        Assert.Empty(Fire<PR004SanctionsExposureRule>(catalog, typeof(PR002ForeignHardwareRule)));
    }

    [Fact]
    public void Fire_OnSaleOnTheDayOfTheResolution_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2017-12-22").Lookup("l", "m", "860000010000007").Build();

        Assert.Empty(Fire<PR004SanctionsExposureRule>(catalog, typeof(PR002ForeignHardwareRule)));
    }

    [Fact]
    public void Fire_ReleaseMonthStraddlesResolution_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m", released: "2017-12").Lookup("l", "m", "860000010000007").Build();

        var finding = Assert.Single(Fire<PR004SanctionsExposureRule>(catalog, typeof(PR002ForeignHardwareRule)));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
    }

    [Fact]
    public void Fire_DomesticHardware_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-05").Lookup("l", "m", "860000010000007", maker: "home").Build();

        Assert.Empty(Fire<PR004SanctionsExposureRule>(catalog, typeof(PR002ForeignHardwareRule)));
    }
}
