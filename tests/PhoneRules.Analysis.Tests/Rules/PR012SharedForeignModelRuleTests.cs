using System.Linq;
using CsCheck;
using PhoneRules.Analysis.Facts;
using PhoneRules.Testing;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR012SharedForeignModelRuleTests
{
    [Fact]
    public void Fire_TwoModelsLookUpAsTheSameForeignModel_FiresCertain()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", null, reportedModel: "2417", confidence: "medium").Lookup("l2", "m2", "860000010000007", reportedModel: "2417")
            .Build();

        var finding = Assert.Single(Fire<PR012SharedForeignModelRule>(catalog));

        Assert.Equal("reported-model", finding.SubjectType);
        Assert.Equal("abroad 2417", finding.SubjectKey);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("IMEI lookups of 2 models (Model m1, Model m2) all report Abroad Maker (CN) model 2417.", finding.Message);
        Assert.Equal("m2 -> Abroad Maker model 2417", Evidence(finding, "imei-lookup l2"));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(40)]
    public void Fire_ManyModelsLookUpAsOneForeignModel_NamesTenInTheMessageAndEveryLookupInTheEvidence(int models)
    {
        var catalog = new TestCatalog();
        for (var i = 0; i < models; i++)
        {
            catalog.Model($"m{i:D2}").Lookup($"l{i:D2}", $"m{i:D2}", null, reportedModel: "2417");
        }

        var finding = Assert.Single(Fire<PR012SharedForeignModelRule>(catalog.Build()));

        Assert.Equal($"IMEI lookups of {models} models ({NamedModels(models)}) all report Abroad Maker (CN) model 2417.", finding.Message);
        Assert.Equal(models, finding.Evidence.Count(e => e.Field.StartsWith("imei-lookup ", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Fire_OneLookupGradedLow_FiresPossible()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", null, reportedModel: "2417").Lookup("l2", "m2", null, reportedModel: "2417", confidence: "low")
            .Build();

        Assert.Equal(FindingConfidence.Possible, Assert.Single(Fire<PR012SharedForeignModelRule>(catalog)).Confidence);
    }

    [Fact]
    public void Fire_OneModelLookedUpTwice_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1")
            .Lookup("l1", "m1", null, reportedModel: "2417").Lookup("l2", "m1", null, reportedModel: "2417")
            .Build();

        Assert.Empty(Fire<PR012SharedForeignModelRule>(catalog));
    }

    [Fact]
    public void Fire_DifferentReportedModels_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", null, reportedModel: "2413").Lookup("l2", "m2", null, reportedModel: "2417")
            .Build();

        Assert.Empty(Fire<PR012SharedForeignModelRule>(catalog));
    }

    [Fact]
    public void Fire_SameModelNameFromDifferentMakers_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Add("Maker", "other", "name: Other Maker\ncountry: CN\nsources: [s1]")
            .Lookup("l1", "m1", null, reportedModel: "2417").Lookup("l2", "m2", null, maker: "other", reportedModel: "2417")
            .Build();

        Assert.Empty(Fire<PR012SharedForeignModelRule>(catalog));
    }

    [Fact]
    public void Fire_SharedResultNamesADomesticMaker_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", null, maker: "home", reportedModel: "2417").Lookup("l2", "m2", null, maker: "home", reportedModel: "2417")
            .Build();

        Assert.Empty(Fire<PR012SharedForeignModelRule>(catalog));
    }

    [Fact]
    public void Fire_LookupsWithoutAReportedModel_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("l1", "m1", null).Lookup("l2", "m2", null)
            .Build();

        Assert.Empty(Fire<PR012SharedForeignModelRule>(catalog));
    }

    [Fact]
    public void Report_ListsTheLookupsByLineThenKey_WhateverTheOrderGiven()
    {
        var catalog = new TestCatalog().Model("m1").Model("m2")
            .Lookup("la", "m1", null, reportedModel: "2417").Lookup("lb", "m2", null, reportedModel: "2417").Lookup("lc", "m1", null, reportedModel: "2417").Lookup("ld", "m2", null, reportedModel: "2417")
            .Build();
        var index = new CatalogIndex(catalog);
        var lookups = catalog.ImeiLookups.ToList();
        var maker = lookups[0].ReportedMaker;

        // Lines and the order handed over are drawn; keys break ties of line.
        Property.Check(Gen.Select(Gen.Int[1, 3].Array[lookups.Count], Gen.Int[0, 23], (lines, rotation) => (lines, rotation)), drawn =>
        {
            var placed = lookups.Select((l, i) => l with { Location = new PhoneRules.CatalogLocation(drawn.lines[i], 5) }).ToList();
            var given = placed.Skip(drawn.rotation % placed.Count).Concat(placed.Take(drawn.rotation % placed.Count)).Reverse().ToList();
            var sightings = new ForeignModelSightings(maker, "2417", given, 2);

            var finding = PR012SharedForeignModelRule.Report(index, sightings, FindingConfidence.Certain);

            var expected = placed.OrderBy(l => l.Location.Line).ThenBy(l => l.Key, System.StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Select(l => "imei-lookup " + l.Key), finding.Evidence.Select(e => e.Field));
            Assert.Equal(expected[0].Location.Line, finding.Location.Line);
        }, samples: 200);
    }
}
