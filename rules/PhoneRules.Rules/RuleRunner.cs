using System;
using System.Collections.Generic;
using System.Linq;
using NRules;
using NRules.Fluent;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;

namespace PhoneRules.Rules;

/// <summary>What to analyse and report.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: every rule, every severity.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Report only these rule ids (all when null or empty). Every rule still runs, so chained rules see their inputs.</summary>
    public IReadOnlyCollection<string>? RuleIds { get; init; }

    /// <summary>Report only findings at or above this severity.</summary>
    public FindingSeverity MinSeverity { get; init; } = FindingSeverity.Note;
}

/// <summary>
/// Runs the rules over a catalog. The rule repository is compiled once per process; each analysis opens a
/// session, inserts the catalog's entities and one <see cref="CatalogIndex"/>, fires, and reads the
/// <see cref="Finding"/> facts the rules inserted, in <see cref="FindingOrder"/>.
/// </summary>
public static class RuleRunner
{
    private static readonly Lazy<ISessionFactory> s_factory = new(Compile);

    /// <summary>Every reporting rule (support rules excluded), in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = typeof(RuleRunner).Assembly.GetTypes()
        .Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(SeverityAttribute), false).Length > 0)
        .Select(RuleDescriptor.Of)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The compiled rules, shared by every analysis.</summary>
    public static ISessionFactory SessionFactory => s_factory.Value;

    /// <summary>Analyses <paramref name="catalog"/> and returns the findings in a deterministic order.</summary>
    public static IReadOnlyList<Finding> Analyze(CatalogData catalog, AnalysisOptions? options = null) =>
        Analyze(SessionFactory, catalog, options);

    /// <summary>Analyses <paramref name="catalog"/> with the rules compiled into <paramref name="factory"/>.</summary>
    public static IReadOnlyList<Finding> Analyze(ISessionFactory factory, CatalogData catalog, AnalysisOptions? options = null) =>
        Analyze(factory, catalog, options, configure: null);

    /// <summary>Analyses <paramref name="catalog"/>, letting <paramref name="configure"/> see the session first (to subscribe to its events).</summary>
    public static IReadOnlyList<Finding> Analyze(ISessionFactory factory, CatalogData catalog, AnalysisOptions? options, Action<ISession>? configure)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= AnalysisOptions.Default;
        var session = factory.CreateSession();
        configure?.Invoke(session);
        var index = new CatalogIndex(catalog);
        session.Insert(index);
        InsertAll(session, index.GroupByTac());
        InsertAll(session, catalog.Models);
        InsertAll(session, catalog.ImeiLookups);
        InsertAll(session, catalog.AppearanceMatches);
        InsertAll(session, catalog.DateClaims);
        InsertAll(session, catalog.Exhibitions);
        InsertAll(session, catalog.SeriesCounts);
        session.Fire();

        var wanted = options.RuleIds is { Count: > 0 } ids ? new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase) : null;
        var findings = session.Query<Finding>().AsEnumerable()
            .Where(f => f.Severity >= options.MinSeverity && (wanted is null || wanted.Contains(f.RuleId)))
            .ToList();
        findings.Sort(FindingOrder.Instance);
        return findings;
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

    private static ISessionFactory Compile(Action<NRules.Fluent.IRuleLoadSpec> load)
    {
        var repository = new RuleRepository();
        repository.Load(load);
        var compiler = new RuleCompiler();

        // Facts are records: two equal ones are still two facts. NRules identifies facts by Equals by default.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(repository.GetRules());
    }
}
