using System.Linq;
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

    // The qualified-date line appears when any version of the release is qualified (~ or ?), not only when all are.
    [Theory]
    [InlineData("2019-05", "2019-06", false)]
    [InlineData("2019-05", "2019-06~", true)]
    [InlineData("2019-05~", "2019-06", true)]
    [InlineData("2019-05~", "2019-06?", true)]
    public void Fire_AnyQualifiedVersion_SaysSoAndIsNotCertain(string released, string claimed, bool qualified)
    {
        var catalog = new TestCatalog().Model("m", released: released).Lookup("l", "m", "860000010000007")
            .Add("DateClaim", "c", $"model: m\nevent: market-release\ndate: {claimed}\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR004SanctionsExposureRule>(catalog, typeof(PR002ForeignHardwareRule)));

        Assert.Equal(qualified ? ["yes, so not certain"] : [], finding.Evidence.Where(e => e.Field == "qualified-date").Select(e => e.Value));
        Assert.Equal(qualified ? FindingConfidence.Possible : FindingConfidence.Certain, finding.Confidence);
        Assert.Equal($"Model m, with foreign hardware, was on sale after UNSCR 2397 (2017-12-22): released {released} or {claimed}; when its parts were imported is not recorded.", finding.Message);
    }
}
