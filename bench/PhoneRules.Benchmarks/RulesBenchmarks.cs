using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NRules;
using PhoneRules.Model;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Benchmarks;

/// <summary>
/// The rules on catalogs of growing size (models; ten IMEI sightings per model): the NRules runner whole and
/// split into session creation, insertion and firing; the hand-written LINQ baseline; and the four rules
/// RulesEngine can express, against the same four in NRules.
/// </summary>
[MemoryDiagnoser]

public class RulesBenchmarks
{
    private static readonly ISessionFactory s_fourRules = RuleRunner.Compile(
        typeof(PhoneRules.Analysis.Rules.PR001LateAnnouncementRule),
        typeof(PhoneRules.Analysis.Rules.PR002ForeignHardwareRule),
        typeof(PhoneRules.Analysis.Rules.PR005MadeBeforeUnveiledRule),
        typeof(PhoneRules.Analysis.Rules.PR008InvalidImeiRule));

    private readonly RulesEnginePeer _peer = new();
    private CatalogData _catalog = Catalog.Data;
    private ISession? _session;

    /// <summary>Models in the catalog; 0 is the shipped catalog.</summary>
    [Params(Sizes.Shipped, 1_000, 10_000, 100_000)]
    public int Models { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = Sizes.Catalog(Models);
        _ = RuleRunner.SessionFactory;
    }

    [Benchmark(Baseline = true, Description = "NRules: analyze")]
    public IReadOnlyList<Finding> NRules() => RuleRunner.Analyze(_catalog);

    [Benchmark(Description = "LINQ baseline")]
    public IReadOnlyList<Finding> Linq() => LinqBaseline.Analyze(_catalog);

    [Benchmark(Description = "NRules: create session")]
    public ISession CreateSession() => RuleRunner.SessionFactory.CreateSession();

    [IterationSetup(Target = nameof(Insert))]
    public void NewSession() => _session = RuleRunner.SessionFactory.CreateSession();

    [Benchmark(Description = "NRules: insert")]
    public void Insert() => InsertFacts(_session!, _catalog);

    [IterationSetup(Target = nameof(Fire))]
    public void InsertedSession()
    {
        _session = RuleRunner.SessionFactory.CreateSession();
        InsertFacts(_session, _catalog);
    }

    [Benchmark(Description = "NRules: fire")]
    public int Fire() => _session!.Fire();

    [Benchmark(Description = "NRules: 4 rules")]
    public IReadOnlyList<Finding> NRulesFourRules() => RuleRunner.Analyze(s_fourRules, _catalog);

    [Benchmark(Description = "RulesEngine: 4 rules")]
    public Task<IReadOnlyList<Finding>> RulesEngine() => _peer.AnalyzeAsync(_catalog);

    // The runner's insertion, step by step (RuleRunner.Analyze does the same and then fires).
    private static void InsertFacts(ISession session, CatalogData catalog)
    {
        var index = new CatalogIndex(catalog);
        session.Insert(index);
        session.InsertAll(index.GroupByTac());
        session.InsertAll(index.GroupByReportedModel());
        session.InsertAll(catalog.Models);
        session.InsertAll(catalog.ImeiLookups);
        session.InsertAll(catalog.AppearanceMatches);
        session.InsertAll(catalog.DateClaims);
        session.InsertAll(catalog.Exhibitions);
        session.InsertAll(catalog.SeriesCounts);
    }
}
