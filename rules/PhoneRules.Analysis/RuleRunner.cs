using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NRules;
using NRules.Fluent;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;

namespace PhoneRules.Analysis;

/// <summary>
/// Runs the rules over a catalog. The rule repository is compiled once per process; each analysis opens a
/// session, inserts the catalog's entities and one <see cref="CatalogIndex"/>, fires, and returns the
/// <see cref="Finding"/>s the rules handed to the session's <see cref="FindingSink"/>, in <see cref="FindingOrder"/>.
/// </summary>
public static class RuleRunner
{
    private static readonly Lazy<ISessionFactory> s_factory = new(Compile);

    // The partitioned analysis (AnalysisPartitions): one factory for the partitions' sessions, one for the
    // cross-partition rules' session; each compiled once per process.
    private static readonly Lazy<(ISessionFactory Partition, ISessionFactory Aggregate)> s_partitions = new(() => (
        Compile(spec => spec.From(typeof(RuleRunner).Assembly).Where(rule => !AnalysisPartitions.CrossPartitionRules.Contains(rule.RuleType))),
        Compile(AnalysisPartitions.CrossPartitionRules.ToArray())));

    /// <summary>Every reporting rule (support rules excluded), in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = typeof(RuleRunner).Assembly.GetTypes()
        .Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(SeverityAttribute), false).Length > 0)
        .Select(RuleDescriptor.Of)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Starts compiling the rules on another thread, so that a console can load its catalog meanwhile; the
    /// next <see cref="Analyze(CatalogData, AnalysisOptions?)"/> waits for it. It compiles the one-session rule
    /// set, which a catalog of the usual size needs.
    /// </summary>
    public static void PrepareInBackground() => PrepareInBackground(expectedFacts: 0);

    /// <summary>
    /// As <see cref="PrepareInBackground()"/>, for a catalog of about <paramref name="expectedFacts"/> models and
    /// lookups (a guess from the file's size will do): the rule sets an analysis of that size with the default
    /// options uses, the one-session set or the partitioned analysis's two. A wrong guess costs only time: the
    /// analysis compiles what it needs when it starts (<see cref="Prepare"/>).
    /// </summary>
    public static void PrepareInBackground(long expectedFacts) => _ = Task.Run(() => Compiled(UsesPartitions(expectedFacts, AnalysisOptions.Default)));

    /// <summary>
    /// Compiles, or waits for, the rule sets <see cref="Analyze(CatalogData, AnalysisOptions?)"/> uses for
    /// <paramref name="catalog"/> and <paramref name="options"/>, so that a caller can time the wait apart from the
    /// analysis (<c>--timings</c>); the analysis does it itself when not done.
    /// </summary>
    public static void Prepare(CatalogData catalog, AnalysisOptions? options = null) => Prepared(catalog, options);

    /// <summary>The compiled rule sets <see cref="Prepare"/> made ready: the one-session set, or the partitions' and the aggregate session's.</summary>
    internal static IReadOnlyList<ISessionFactory> Prepared(CatalogData catalog, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Compiled(UsesPartitions(Facts(catalog), options ?? AnalysisOptions.Default));
    }

    /// <summary>Whether an analysis of <paramref name="facts"/> models and lookups with <paramref name="options"/> runs partitioned.</summary>
    internal static bool UsesPartitions(long facts, AnalysisOptions options) => options.Partitions is not null || PartitionCount(facts, options) > 1;

    // The partitions asked for, or the default for this many models and lookups on this machine's cores.
    private static int PartitionCount(long facts, AnalysisOptions options) =>
        options.Partitions ?? AnalysisPartitions.DefaultCount((int)Math.Min(facts, int.MaxValue), Environment.ProcessorCount);

    private static long Facts(CatalogData catalog) => (long)catalog.Models.Count + catalog.ImeiLookups.Count;

    private static ISessionFactory[] Compiled(bool partitioned) => partitioned ? [s_partitions.Value.Partition, s_partitions.Value.Aggregate] : [s_factory.Value];

    /// <summary>The compiled rules, shared by every analysis.</summary>
    public static ISessionFactory SessionFactory => s_factory.Value;

    /// <summary>
    /// Analyses <paramref name="catalog"/> and returns the findings in a deterministic order. The catalog is cut
    /// into <see cref="AnalysisOptions.Partitions"/> partitions (one per core unless set; see
    /// <c>AnalysisPartitions</c>), each a session of its own, run in parallel beside the session of the
    /// cross-partition rules; the findings are the same as one session's.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="AnalysisOptions.Partitions"/> is less than 1.</exception>
    public static IReadOnlyList<Finding> Analyze(CatalogData catalog, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= AnalysisOptions.Default;
        var facts = Facts(catalog);
        var partitions = PartitionCount(facts, options);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1, nameof(options));
        if (!UsesPartitions(facts, options))
        {
            // A catalog too small to gain from more cores: one session of every rule (the same findings).
            return Analyze(SessionFactory, catalog, options);
        }

        var (partitionRules, aggregateRules) = s_partitions.Value;
        // The index and the partitions are built side by side: each reads only the catalog.
        CatalogIndex index = null!;
        AnalysisPartitions.Partition[] parts = null!;
        Parallel.Invoke(() => index = new CatalogIndex(catalog), () => parts = AnalysisPartitions.Split(catalog, partitions));
        var results = new List<Finding>[parts.Length + 1];

        // The aggregate session first: it is one of the larger (every model), so it starts early. Each session
        // selects and sorts its own findings on its thread; the sorted runs are merged at the end.
        void Run(int session) => results[session] = Select(
            session == 0
                ? Fire(aggregateRules, index, null, s =>
                {
                    InsertAll(s, catalog.Models);
                    InsertAll(s, catalog.Exhibitions);
                    InsertAll(s, catalog.SeriesCounts);
                    InsertAll(s, catalog.FactClaims);
                })
                : Fire(partitionRules, index, null, s => InsertPartition(s, parts[session - 1])),
            options);

        if (partitions == 1)
        {
            for (var session = 0; session < results.Length; session++)
            {
                Run(session);
            }
        }
        else
        {
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = partitions }, Run);
        }

        return Merge(results);
    }

    /// <summary>
    /// A one-shot analysis, as a console command runs it: <see cref="Analyze(CatalogData, AnalysisOptions?)"/> in a
    /// no-GC region sized for the catalog when the machine has room (<see cref="AnalysisMemory.Reserve(CatalogData)"/>),
    /// ended before this returns. Nearly all an analysis allocates lives until it ends, so collecting during it only
    /// copies; what the caller does next (writing the findings) allocates short-lived memory that collections reuse,
    /// where the region would take fresh memory for it (docs/performance.md, "eleventh pass"). Not for hosts that
    /// analyse side by side (the region is process-wide): they call <see cref="Analyze(CatalogData, AnalysisOptions?)"/>.
    /// </summary>
    public static IReadOnlyList<Finding> AnalyzeOnce(CatalogData catalog, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using (AnalysisMemory.Reserve(catalog))
        {
            return Analyze(catalog, options);
        }
    }

    /// <summary>Analyses <paramref name="catalog"/> with the rules compiled into <paramref name="factory"/>.</summary>
    public static IReadOnlyList<Finding> Analyze(ISessionFactory factory, CatalogData catalog, AnalysisOptions? options = null) =>
        Analyze(factory, catalog, options, configure: null);

    /// <summary>Analyses <paramref name="catalog"/>, letting <paramref name="configure"/> see the session first (to subscribe to its events).</summary>
    public static IReadOnlyList<Finding> Analyze(ISessionFactory factory, CatalogData catalog, AnalysisOptions? options, Action<ISession>? configure)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(catalog);
        var index = new CatalogIndex(catalog);
        var findings = Fire(factory, index, configure, session =>
        {
            InsertAll(session, index.GroupByTac());
            InsertAll(session, catalog.ImeiLookups);
            InsertCatalogFacts(session, index, catalog);
        });
        return Select(findings, options ?? AnalysisOptions.Default);
    }

    /// <summary>
    /// A session of <paramref name="factory"/> whose rules can report: their findings go to a sink that
    /// <see cref="FindingsOf"/> reads (for the benchmarks that time inserting and firing apart).
    /// </summary>
    public static ISession CreateSession(ISessionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var session = factory.CreateSession();
        FindingSink.AttachTo(session);
        return session;
    }

    /// <summary>The findings the rules of <paramref name="session"/> (from <see cref="CreateSession"/>) reported so far, in the order they fired.</summary>
    /// <exception cref="ArgumentException">When the session was not created by <see cref="CreateSession"/>.</exception>
    public static IReadOnlyList<Finding> FindingsOf(ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return SinkOf(session).Findings;
    }

    private static FindingSink SinkOf(ISession session) => session.DependencyResolver as FindingSink
        ?? throw new ArgumentException("The session was not created by RuleRunner.CreateSession, so its rules cannot report.", nameof(session));

    private static List<Finding> Fire(ISessionFactory factory, CatalogIndex index, Action<ISession>? configure, Action<ISession> insert)
    {
        var session = CreateSession(factory);
        configure?.Invoke(session);
        session.Insert(index);
        insert(session);
        session.Fire();
        return SinkOf(session).Findings;
    }

    private static void InsertPartition(ISession session, AnalysisPartitions.Partition part)
    {
        InsertAll(session, part.TacGroups());
        InsertAll(session, part.Lookups);
        InsertAll(session, part.ForeignModelGroups());
        InsertAll(session, part.Models);
        InsertAll(session, part.Matches);
        InsertAll(session, part.Claims);
        InsertAll(session, part.FactClaims);
    }

    private static void InsertCatalogFacts(ISession session, CatalogIndex index, CatalogData catalog)
    {
        InsertAll(session, index.GroupByReportedModel());
        InsertAll(session, catalog.Models);
        InsertAll(session, catalog.AppearanceMatches);
        InsertAll(session, catalog.DateClaims);
        InsertAll(session, catalog.Exhibitions);
        InsertAll(session, catalog.SeriesCounts);
        InsertAll(session, catalog.FactClaims);
    }

    private static List<Finding> Select(List<Finding> findings, AnalysisOptions options)
    {
        var wanted = options.RuleIds is { Count: > 0 } ids ? new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase) : null;
        var selected = wanted is null && options.MinSeverity == FindingSeverity.Note
            ? findings
            : findings.Where(f => f.Severity >= options.MinSeverity && (wanted is null || wanted.Contains(f.RuleId))).ToList();
        selected.Sort(FindingOrder.Instance);
        return selected;
    }

    // Merges runs each sorted in FindingOrder into one sorted list; ties keep the earlier run first.
    private static List<Finding> Merge(List<Finding>[] runs)
    {
        var merged = new List<Finding>(runs.Sum(r => r.Count));
        var next = new int[runs.Length];
        while (true)
        {
            var best = -1;
            for (var run = 0; run < runs.Length; run++)
            {
                if (next[run] < runs[run].Count && (best < 0 || FindingOrder.Instance.Compare(runs[run][next[run]], runs[best][next[best]]) < 0))
                {
                    best = run;
                }
            }

            if (best < 0)
            {
                return merged;
            }

            merged.Add(runs[best][next[best]++]);
        }
    }

    private static void InsertAll<T>(ISession session, IReadOnlyCollection<T> facts)
        where T : class
    {
        if (facts.Count > 0)
        {
            session.InsertAll(facts);
        }
    }

    /// <summary>Compiles the given rule classes alone (tests compile one rule and what it chains on).</summary>
    public static ISessionFactory Compile(params Type[] ruleTypes) => Compile(spec => spec.From(ruleTypes));

    private static ISessionFactory Compile() => Compile(spec => spec.From(typeof(RuleRunner).Assembly));

    private static ISessionFactory Compile(Action<NRules.Fluent.IRuleLoadSpec> load) => Compile(FastRuleExpressionCompiler.Instance, load);

    /// <summary>
    /// Compiles the rules the load spec selects with <paramref name="expressions"/> compiling their expressions
    /// (the benchmarks compare FastExpressionCompiler, the default, with NRules' own <c>Expression.Compile</c>).
    /// </summary>
    internal static ISessionFactory Compile(NRules.Extensibility.IExpressionCompiler expressions, Action<NRules.Fluent.IRuleLoadSpec> load)
    {
        var repository = new RuleRepository();
        repository.Load(load);
        var compiler = new RuleCompiler { ExpressionCompiler = expressions };

        // Facts are records: two equal ones are still two facts. NRules identifies facts by Equals by default.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(repository.GetRules());
    }
}
