using System.Linq;
using System.Threading.Tasks;
using PhoneRules.Model;
using PhoneRules.Analysis;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Analysis.Findings;
using PhoneRules.Schema;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Benchmarks.Tests;

/// <summary>The comparisons in docs/performance.md are honest only if every engine computes the same findings.</summary>
public sealed class BaselineEquivalenceTests
{
    private static readonly string Shipped = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));
    private static readonly CatalogData s_catalog = SyntheticCatalog.Create(2_000, 20_000).Data;

    [Fact]
    public void LinqBaseline_FindsExactlyWhatNRulesFinds_OnASyntheticCatalog()
    {
        var nrules = RuleRunner.Analyze(s_catalog);
        var linq = LinqBaseline.Analyze(s_catalog);

        Assert.True(nrules.Count > 1_000, "the synthetic catalog should give many findings");
        Assert.Equal(RuleRunner.Rules.Select(r => r.Id), nrules.Select(f => f.RuleId).Distinct().Order());
        Assert.Equal(FindingText.Format(nrules), FindingText.Format(linq));
    }

    [Fact]
    public void RulesBenchmarks_InsertThenFire_FindWhatTheRunnerFinds()
    {
        // The benchmarks that time inserting and firing apart insert what the runner inserts.
        var bench = new RulesBenchmarks { Models = 1_000 };
        bench.Setup();
        bench.InsertedSession();

        bench.Fire();

        var runner = RuleRunner.Analyze(RuleRunner.SessionFactory, Sizes.Catalog(1_000));
        Assert.True(runner.Count > 1_000, "the synthetic catalog should give many findings");
        Assert.Equal(FindingText.Format(runner), FindingText.Format(bench.Fired.Order(FindingOrder.Instance).ToList()));
    }

    [Fact]
    public void LinqBaseline_FindsExactlyWhatNRulesFinds_OnTheShippedCatalog()
    {
        Assert.Equal(FindingText.Format(RuleRunner.Analyze(Catalog.Data)), FindingText.Format(LinqBaseline.Analyze(Catalog.Data)));
    }

    [Fact]
    public async Task RulesEnginePeer_FindsWhatNRulesFinds_ForTheRulesItExpresses()
    {
        var nrules = RuleRunner.Analyze(s_catalog, new AnalysisOptions { RuleIds = RulesEnginePeer.RuleIds });
        var peer = await new RulesEnginePeer().AnalyzeAsync(s_catalog);

        Assert.NotEmpty(peer);
        Assert.Equal(FindingText.Format(nrules), FindingText.Format(peer));
    }

    [Fact]
    public void SyntheticCatalog_IsDeterministic_AndItsYamlIsAValidCatalog()
    {
        var first = SyntheticCatalog.Create(300, 600).ToYaml(Shipped);
        var second = SyntheticCatalog.Create(300, 600).ToYaml(Shipped);

        var result = CatalogReader.ReadText(first, "synthetic.yaml", new ReaderLimits { MaxFileBytes = 64L << 20 });

        Assert.Equal(first, second);
        Assert.Empty(result.Diagnostics);
        var loaded = CatalogData.FromDocument(result.Document!);
        Assert.Equal(300, loaded.Models.Count);
        Assert.Equal(600, loaded.ImeiLookups.Count);
    }

    [Fact]
    public void SyntheticYaml_GivesTheSameFindingsAsTheRecords_ApartFromLocations()
    {
        var synthetic = SyntheticCatalog.Create(300, 600);
        var loaded = CatalogData.FromDocument(CatalogReader.ReadText(synthetic.ToYaml(Shipped), "synthetic.yaml").Document!);

        static string WithoutLocations(System.Collections.Generic.IEnumerable<Finding> findings) =>
            FindingText.Format(findings.Select(f => f with { Location = default }));

        Assert.Equal(WithoutLocations(RuleRunner.Analyze(synthetic.Data)), WithoutLocations(RuleRunner.Analyze(loaded)));
    }
}
