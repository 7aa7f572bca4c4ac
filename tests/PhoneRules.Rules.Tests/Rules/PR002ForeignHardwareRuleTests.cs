using PhoneRules.Rules.Findings;
using PhoneRules.Rules.Rules;
using static PhoneRules.Rules.Tests.RuleFixture;

namespace PhoneRules.Rules.Tests.Rules;

public sealed class PR002ForeignHardwareRuleTests
{
    [Fact]
    public void Fire_DomesticModelWithForeignImei_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000007").Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("860000010000007 (illustrative) -> Abroad Maker (CN)", Evidence(finding, "imei-lookup"));
    }

    [Fact]
    public void Fire_LookupNamesADomesticMaker_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000007", maker: "home").Build();

        Assert.Empty(Fire<PR002ForeignHardwareRule>(catalog));
    }

    [Fact]
    public void Fire_NotSoldAsDomestic_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m", domestic: false).Lookup("l", "m", "860000010000007").Build();

        Assert.Empty(Fire<PR002ForeignHardwareRule>(catalog));
    }

    [Fact]
    public void Fire_AppearanceOnly_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone X\nforeign-maker: abroad\nkind: appearance\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("Phone X (Abroad Maker, CN)", Evidence(finding, "match-appearance"));
    }

    [Fact]
    public void Fire_DomesticCountryComesFromSettings()
    {
        var catalog = new TestCatalog().Setting("domestic-country", "CN").Model("m").Lookup("l", "m", "860000010000007").Build();

        Assert.Empty(Fire<PR002ForeignHardwareRule>(catalog));
    }
}
