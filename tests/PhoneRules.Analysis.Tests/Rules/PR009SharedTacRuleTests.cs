using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR009SharedTacRuleTests
{
    [Fact]
    public void Fire_OneTacForTwoModels_Fires()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", "860000010000007", illustrative: false).Lookup("l2", "m2", "860000010000015", illustrative: false)
            .Build();

        var finding = Assert.Single(Fire<PR009SharedTacRule>(catalog));

        Assert.Equal("86000001", finding.SubjectKey);
        Assert.Equal("TAC 86000001 is reported for 2 models: Model m1, Model m2.", finding.Message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(40)]
    public void Fire_OneTacForManyModels_NamesTenInTheMessageAndEveryLookupInTheEvidence(int models)
    {
        var catalog = new TestCatalog();
        for (var i = 0; i < models; i++)
        {
            var body = 86000001_000000L + i;
            catalog.Model($"m{i:D2}").Lookup($"l{i:D2}", $"m{i:D2}", $"{body}{Imei.ComputeCheckDigit(body)}", illustrative: false);
        }

        var finding = Assert.Single(Fire<PR009SharedTacRule>(catalog.Build()));

        Assert.Equal($"TAC 86000001 is reported for {models} models: {NamedModels(models)}.", finding.Message);
        Assert.Equal(models, finding.Evidence.Count(e => e.Field.StartsWith("imei-lookup ", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Fire_OneTacForOneModelTwice_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1")
            .Lookup("l1", "m1", "860000010000007", illustrative: false).Lookup("l2", "m1", "860000010000015", illustrative: false)
            .Build();

        Assert.Empty(Fire<PR009SharedTacRule>(catalog));
    }

    [Fact]
    public void Fire_DifferentTacs_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", "860000010000007", illustrative: false).Lookup("l2", "m2", "860000020000005", illustrative: false)
            .Build();

        Assert.Empty(Fire<PR009SharedTacRule>(catalog));
    }

    [Fact]
    public void Fire_OneTacForTwoModelsButIllustrative_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", "860000010000007").Lookup("l2", "m2", "860000010000015", illustrative: false)
            .Build();

        Assert.Empty(Fire<PR009SharedTacRule>(catalog));
    }

    [Fact]
    public void Fire_OneTacForTwoModels_ShowsEachLookupAsEvidence()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l2", "m2", "860000010000015", illustrative: false).Lookup("l1", "m1", "860000010000007", illustrative: false)
            .Build();

        var finding = Assert.Single(Fire<PR009SharedTacRule>(catalog));

        Assert.Equal("tac", finding.SubjectType);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal(
            ["imei-lookup l1=860000010000007 m1", "imei-lookup l2=860000010000015 m2"],
            finding.Evidence.Select(e => e.Field + "=" + e.Value));
        Assert.Equal(["s1"], finding.Evidence[0].Sources);
    }
}
