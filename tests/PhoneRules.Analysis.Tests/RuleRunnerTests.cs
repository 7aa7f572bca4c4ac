using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Analysis.Tests;

public sealed class RuleRunnerTests
{
    [Fact]
    public void Rules_AreTheFourteenWithStableIds()
    {
        Assert.Equal(
            ["PR001", "PR002", "PR003", "PR004", "PR005", "PR006", "PR007", "PR008", "PR009", "PR010", "PR011", "PR012", "PR013", "PR014"],
            RuleRunner.Rules.Select(r => r.Id));
        Assert.All(RuleRunner.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.Equal("late-announcement", RuleRunner.Rules[0].Name);
    }

    [Fact]
    public void EveryRule_HasDocumentationHeadedWithItsIdNameAndSeverity()
    {
        foreach (var rule in RuleRunner.Rules)
        {
            var doc = RuleDocs.Get(rule);
            Assert.StartsWith($"# {rule.Id} {rule.Name} ({Words.Of(rule.Severity)})\n", doc, System.StringComparison.Ordinal);
            Assert.Contains("Example", doc, System.StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(100, null)]
    [InlineData(30_000, null)]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    public void Prepare_CompilesTheRuleSetsTheAnalysisUses(int models, int? partitions)
    {
        // A synthetic catalog of 30,000 models and 30,000 sightings is partitioned on a machine of two cores or more.
        var catalog = models == 0 ? Catalog.Data : PhoneRules.Cli.Synthetic.SyntheticCatalog.Create(models, models).Data;
        var options = new AnalysisOptions { Partitions = partitions };
        var partitioned = RuleRunner.UsesPartitions(catalog.Models.Count + catalog.ImeiLookups.Count, options);

        var prepared = RuleRunner.Prepared(catalog, options);

        Assert.Equal(partitions is not null || (System.Environment.ProcessorCount > 1 && models >= 30_000), partitioned);
        if (partitioned)
        {
            // The partitions' set and the aggregate session's, compiled once per process.
            Assert.Equal(2, prepared.Count);
            Assert.Equal(prepared, RuleRunner.Prepared(catalog, options));
            Assert.DoesNotContain(RuleRunner.SessionFactory, prepared);
            Assert.NotSame(prepared[0], prepared[1]);
        }
        else
        {
            Assert.Same(RuleRunner.SessionFactory, Assert.Single(prepared));
        }
    }

    [Fact]
    public void Prepare_WithoutACatalog_Throws()
    {
        Assert.Throws<System.ArgumentNullException>(() => RuleRunner.Prepare(null!));
    }

    [Fact]
    public void UsesPartitions_IsTheDefaultCountUnlessPartitionsAreAsked()
    {
        foreach (var facts in new long[] { 0, 1, 4_999, 5_000, 9_999, 10_000, 10_001, 1_100_000, long.MaxValue })
        {
            var cores = System.Environment.ProcessorCount;
            Assert.Equal(AnalysisPartitions.DefaultCount((int)System.Math.Min(facts, int.MaxValue), cores) > 1, RuleRunner.UsesPartitions(facts, AnalysisOptions.Default));
            Assert.True(RuleRunner.UsesPartitions(facts, new AnalysisOptions { Partitions = 1 }));
        }
    }

    [Fact]
    public void Analyze_IsDeterministic()
    {
        var first = FindingText.Format(RuleRunner.Analyze(Catalog.Data));
        var second = FindingText.Format(RuleRunner.Analyze(Catalog.Data));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Analyze_ReturnsFindingsInRuleThenSubjectOrder()
    {
        var findings = RuleRunner.Analyze(Catalog.Data);

        Assert.Equal(findings.OrderBy(f => f, FindingOrder.Instance), findings);
    }

    [Fact]
    public void Analyze_FiltersByRuleAndSeverity_WithoutBreakingChains()
    {
        var onlyContext = RuleRunner.Analyze(Catalog.Data, new AnalysisOptions { RuleIds = ["PR006"] });
        var warnings = RuleRunner.Analyze(Catalog.Data, new AnalysisOptions { MinSeverity = FindingSeverity.Warning });

        Assert.Equal("PR006", Assert.Single(onlyContext).RuleId);
        Assert.NotEmpty(warnings);
        Assert.All(warnings, f => Assert.NotEqual(FindingSeverity.Note, f.Severity));
    }

    [Fact]
    public void TwoParallelSessions_FindWhatOneSessionFinds()
    {
        var catalog = new TestCatalog().Model("m1", released: "2019-01-01", unveiled: "2019-06-01").Model("m2")
            .Lookup("l1", "m1", "860000010000008", illustrative: false).Lookup("l2", "m2", "860000010000015", illustrative: false).Lookup("l3", "m2", "860000020000005", illustrative: false)
            .Build();

        Assert.Equal(FindingText.Format(RuleRunner.Analyze(RuleRunner.SessionFactory, catalog)), FindingText.Format(RuleRunner.Analyze(catalog)));
        Assert.Equal(FindingText.Format(RuleRunner.Analyze(RuleRunner.SessionFactory, Catalog.Data)), FindingText.Format(RuleRunner.Analyze(Catalog.Data)));
        Assert.Contains(RuleRunner.Analyze(catalog), f => f.RuleId == "PR009");
        Assert.Contains(RuleRunner.Analyze(catalog), f => f.RuleId == "PR008");
    }

    [Fact]
    public void Session_TakesEqualRecordsAsDistinctFacts()
    {
        // Records compare by value; NRules identifies facts by Equals unless told otherwise, and would
        // throw on two equal records in one InsertAll.
        var lookup = Catalog.ImeiLookups.All[0];
        var session = RuleRunner.SessionFactory.CreateSession();

        session.InsertAll(new[] { lookup, lookup with { } });

        Assert.Equal(2, session.Query<ImeiLookup>().Count());
    }
}
