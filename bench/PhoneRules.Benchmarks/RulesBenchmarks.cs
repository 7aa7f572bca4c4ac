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
    public ISession CreateSession() => RuleRunner.CreateSession(RuleRunner.SessionFactory);

    [IterationSetup(Target = nameof(Insert))]
    public void NewSession() => _session = RuleRunner.CreateSession(RuleRunner.SessionFactory);

    [Benchmark(Description = "NRules: insert")]
    public void Insert() => InsertFacts(_session!, _catalog);

    [IterationSetup(Target = nameof(Fire))]
    public void InsertedSession()
    {
        _session = RuleRunner.CreateSession(RuleRunner.SessionFactory);
        InsertFacts(_session, _catalog);
    }

    [Benchmark(Description = "NRules: fire")]
    public int Fire() => _session!.Fire();

    /// <summary>What the last <see cref="Fire"/> found (a test compares it with <c>RuleRunner.Analyze</c>).</summary>
    public IReadOnlyList<Finding> Fired => RuleRunner.FindingsOf(_session!);

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
        session.InsertAll(catalog.ImeiLookups);
        session.InsertAll(index.GroupByReportedModel());
        session.InsertAll(catalog.Models);
        session.InsertAll(catalog.AppearanceMatches);
        session.InsertAll(catalog.DateClaims);
        session.InsertAll(catalog.Exhibitions);
        session.InsertAll(catalog.SeriesCounts);
        session.InsertAll(catalog.FactClaims);
    }
}
