using System.Linq;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR002ForeignHardwareRuleTests
{
    [Fact]
    public void Fire_DomesticModelWithForeignImei_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000007").Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("860000010000007 (illustrative) -> TAC held by Abroad Maker (CN), confidence high", Evidence(finding, "imei-lookup"));
        Assert.Equal("Model m is sold as domestic, but an IMEI lookup shows the TAC of its IMEI is held by Abroad Maker (CN).", finding.Message);
    }

    [Fact]
    public void Fire_MediumConfidenceLookup_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", null, confidence: "medium").Build();

        Assert.Equal(FindingConfidence.Certain, Assert.Single(Fire<PR002ForeignHardwareRule>(catalog)).Confidence);
    }

    [Fact]
    public void Fire_LowConfidenceLookup_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", null, confidence: "low").Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("TAC held by Abroad Maker (CN), confidence low", Evidence(finding, "imei-lookup"));
    }

    [Fact]
    public void Fire_LowConfidenceRebadge_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone X\nforeign-maker: abroad\nkind: rebadge\nconfidence: low\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("Model m is sold as domestic, but its hardware is reported to match the Phone X (CN).", finding.Message);
    }

    [Fact]
    public void Fire_MediumConfidenceHardwareMatch_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone X\nforeign-maker: abroad\nkind: hardware\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("Phone X (Abroad Maker, CN), confidence medium", Evidence(finding, "match-hardware"));
    }

    [Fact]
    public void Fire_SameImeiMatchRestatingALookup_CountsOnce()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", null, confidence: "low")
            .Add("Source", "s2", "publisher: Q\ntitle: U\nconfidence: medium")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone X\nforeign-maker: abroad\nkind: same-imei\nconfidence: high\nsources: [s2]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        // The match restates the lookup: one piece of evidence with both sources, graded as the lookup.
        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Equal("imei-lookup", evidence.Field);
        Assert.Equal(["s1", "s2"], evidence.Sources);
    }

    [Fact]
    public void Fire_SameImeiMatchOfAnotherMaker_CountsSeparately()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", null, confidence: "low")
            .Add("Maker", "other", "name: Other Maker\ncountry: CN\nsources: [s1]")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone Y\nforeign-maker: other\nkind: same-imei\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal(2, finding.Evidence.Count);
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
    public void Fire_HighConfidenceAppearanceOnly_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone X\nforeign-maker: abroad\nkind: appearance\nconfidence: high\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal(FindingConfidence.Possible, finding.Confidence);
        Assert.Equal("Phone X (Abroad Maker, CN), confidence high", Evidence(finding, "match-appearance"));
        Assert.Equal("Model m is sold as domestic, but looks like a foreign phone.", finding.Message);
    }

    [Fact]
    public void Fire_DomesticCountryComesFromSettings()
    {
        var catalog = new TestCatalog().Setting("domestic-country", "CN").Model("m").Lookup("l", "m", "860000010000007").Build();

        Assert.Empty(Fire<PR002ForeignHardwareRule>(catalog));
    }

    [Fact]
    public void Fire_LookupsOfTwoForeignMakers_NamesBothHolders()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("Maker", "far", "name: Far Maker\ncountry: TW\nsources: [s1]")
            .Lookup("l1", "m", null)
            .Lookup("l2", "m", null, maker: "far")
            .Lookup("l3", "m", null)
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal("Model m is sold as domestic, but an IMEI lookup shows the TAC of its IMEI is held by Abroad Maker (CN) and Far Maker (TW).", finding.Message);
    }

    [Fact]
    public void Fire_TwoHardwareMatches_NamesBothDevices()
    {
        var catalog = new TestCatalog().Model("m")
            .Add("Maker", "far", "name: Far Maker\ncountry: TW\nsources: [s1]")
            .Add("AppearanceMatch", "a", "model: m\nforeign-device: Phone X\nforeign-maker: abroad\nkind: hardware\nconfidence: medium\nsources: [s1]")
            .Add("AppearanceMatch", "b", "model: m\nforeign-device: Phone Y\nforeign-maker: far\nkind: rebadge\nconfidence: medium\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal("Model m is sold as domestic, but its hardware is reported to match the Phone X (CN) and Phone Y (TW).", finding.Message);
    }

    [Fact]
    public void Fire_ALookupNotIllustrative_ShowsTheImeiWithoutTheWord()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000007", illustrative: false).Build();

        var finding = Assert.Single(Fire<PR002ForeignHardwareRule>(catalog));

        Assert.Equal("860000010000007 -> TAC held by Abroad Maker (CN), confidence high", Evidence(finding, "imei-lookup"));
    }

    [Fact]
    public void PublicHelpers_NullArguments_Throw()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", null).Build();
        var index = new CatalogIndex(catalog);
        var foreign = PR002ForeignHardwareRule.Find(index, catalog.Models.Single())!;

        Assert.Throws<System.ArgumentNullException>(() => PR002ForeignHardwareRule.EvidenceOf(null!));
        Assert.Throws<System.ArgumentNullException>(() => PR002ForeignHardwareRule.Report(null!, foreign));
        Assert.Throws<System.ArgumentNullException>(() => PR002ForeignHardwareRule.Report(index, null!));
        Assert.Throws<System.ArgumentNullException>(() => PR002ForeignHardwareRule.Find(null!, catalog.Models.Single()));
        Assert.Throws<System.ArgumentNullException>(() => PR002ForeignHardwareRule.Find(index, null!));
    }
}
