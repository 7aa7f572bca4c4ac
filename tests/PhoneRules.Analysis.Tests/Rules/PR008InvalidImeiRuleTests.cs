using System.Linq;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR008InvalidImeiRuleTests
{
    [Fact]
    public void Fire_WrongCheckDigit_Fires()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000008", illustrative: false).Build();

        var finding = Assert.Single(Fire<PR008InvalidImeiRule>(catalog));

        Assert.Equal("l", finding.SubjectKey);
        Assert.Equal("The IMEI reported for Model m is invalid: its check digit is 8, not 7.", finding.Message);
        Assert.Equal("860000010000008", Evidence(finding, "imei"));
    }

    [Fact]
    public void Fire_WrongCheckDigitButIllustrative_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000008", illustrative: true).Build();

        Assert.Empty(Fire<PR008InvalidImeiRule>(catalog));
    }

    [Fact]
    public void Fire_ValidImei_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000007", illustrative: false).Build();

        Assert.Empty(Fire<PR008InvalidImeiRule>(catalog));
    }

    [Fact]
    public void Fire_UnallocatedReportingBody_Fires()
    {
        // 77000001 000000 with its correct check digit: only the reporting body is wrong.
        var imei = PhoneRules.Imei.Create(PhoneRules.Tac.Parse("77000001"), 0).ToString();
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", imei, illustrative: false).Build();

        var finding = Assert.Single(Fire<PR008InvalidImeiRule>(catalog));

        Assert.Equal("77", Evidence(finding, "reporting-body"));
    }

    [Fact]
    public void Fire_LookupWithoutImei_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", null, illustrative: false).Build();

        Assert.Empty(Fire<PR008InvalidImeiRule>(catalog));
    }

    [Fact]
    public void Fire_WrongCheckDigitOnly_NamesTheCheckDigitAndNoReportingBody()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "860000010000008", illustrative: false).Build();

        var finding = Assert.Single(Fire<PR008InvalidImeiRule>(catalog));

        Assert.Equal(["imei", "luhn"], finding.Evidence.Select(e => e.Field));
        Assert.Equal("fails", Evidence(finding, "luhn"));
    }

    [Fact]
    public void Fire_UnallocatedReportingBodyOnly_NamesTheReportingBodyAndNoCheckDigit()
    {
        // 77000001 000000 with its correct check digit, 6.
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "770000010000006", illustrative: false).Build();

        var finding = Assert.Single(Fire<PR008InvalidImeiRule>(catalog));

        Assert.Equal("The IMEI reported for Model m is invalid: its TAC 77000001 starts with 77, no allocated reporting body.", finding.Message);
        Assert.Equal(["imei", "reporting-body"], finding.Evidence.Select(e => e.Field));
        Assert.Equal("770000010000006", Evidence(finding, "imei"));
    }

    [Fact]
    public void Fire_BothProblems_NamesBothInOrder()
    {
        // 77000001 000000 takes check digit 6; 9 is wrong too.
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", "770000010000009", illustrative: false).Build();

        var finding = Assert.Single(Fire<PR008InvalidImeiRule>(catalog));

        Assert.Equal("The IMEI reported for Model m is invalid: its check digit is 9, not 6; its TAC 77000001 starts with 77, no allocated reporting body.", finding.Message);
        Assert.Equal(["imei", "luhn", "reporting-body"], finding.Evidence.Select(e => e.Field));
        Assert.Equal("fails", Evidence(finding, "luhn"));
        Assert.Equal("77", Evidence(finding, "reporting-body"));
        Assert.Equal(["s1"], finding.Evidence[0].Sources);
    }
}
