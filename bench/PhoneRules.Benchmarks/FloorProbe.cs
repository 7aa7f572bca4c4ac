using System;
using System.Collections.Generic;
using System.Globalization;
using NRules;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Benchmarks;

/// <summary>
/// The least an analysis that reports <c>n</c> findings can cost, apart from any rule of ours
/// (<c>phonerules-bench floor-probe [N]</c>; docs/performance.md, "sixteenth pass"). Each measure runs in a no-GC
/// region, as the console's analysis runs:
/// <list type="bullet">
/// <item>the findings alone: <c>n</c> <see cref="Finding"/>s built in a loop, each with a message as long as the
/// analysis's average and its evidence left to a closure, as the rules build theirs;</item>
/// <item>one NRules activation per finding, from the subject alone (<see cref="SubjectFloorRule"/>) or joined first to
/// the one fact every rule of ours joins, as <c>CatalogIndex</c> (<see cref="FloorRule"/>), over <c>n</c> subjects
/// inserted into one session compiled as <see cref="RuleRunner"/> compiles ours;</item>
/// <item>one activation for every subject, collected (<see cref="CollectedFloorRule"/>): the least NRules holds for a
/// subject it matches;</item>
/// <item><see cref="FloorRule"/> in a session per core side by side, the subjects dealt in turn, as the partitioned
/// analysis runs.</item>
/// </list>
/// Every finding of ours has a subject of its own, so an analysis inserts at least one fact per finding.
/// </summary>
internal static class FloorProbe
{
    /// <summary>The average length of a finding's message at 100,000 models (docs/performance.md, seventh pass).</summary>
    public const int MessageLength = 140;

    private const string Prefix = "The floor probe reports a finding, in a sentence about as long as the analysis's average, about ";

    private static readonly string s_padding = new('.', MessageLength);

    [ThreadStatic]
    private static List<Finding>? t_found;

    /// <summary><paramref name="count"/> subjects, keyed as the catalog's entities are.</summary>
    public static Subject[] Subjects(int count)
    {
        var subjects = new Subject[count];
        for (var i = 0; i < count; i++)
        {
            subjects[i] = new Subject(i, "subject-" + i.ToString(CultureInfo.InvariantCulture));
        }

        return subjects;
    }

    /// <summary>The finding about <paramref name="subject"/>, as a rule's report builds one.</summary>
    public static Finding Report(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        // One string, as an interpolated message is: the prefix, the key, and padding to the average length (never
        // longer than s_padding, which is the whole length).
        var padding = Math.Max(1, MessageLength - Prefix.Length - subject.Key.Length);
        var message = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{subject.Key}{s_padding.AsSpan(0, padding)}");
        return new Finding("PR000", "floor", FindingSeverity.Warning, FindingConfidence.Certain, nameof(Subject), subject.Key, message, () => [new Evidence("subject", subject.Key, [])], new FindingLocation("catalog.yaml", subject.Id + 1, 1));
    }

    /// <summary>The findings alone: one <see cref="Report"/> per subject, in a loop.</summary>
    public static List<Finding> FindingsAlone(IReadOnlyList<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var findings = new List<Finding>();
        foreach (var subject in subjects)
        {
            findings.Add(Report(subject));
        }

        return findings;
    }

    /// <summary>
    /// A rule of <see cref="OneActivationEach"/>, compiled as the analysis's rules are: <see cref="FloorRule"/> (the
    /// index, then the subject) when <paramref name="joined"/>, else <see cref="SubjectFloorRule"/> (the subject alone).
    /// </summary>
    public static ISessionFactory Compile(bool joined) => RuleRunner.Compile(joined ? typeof(FloorRule) : typeof(SubjectFloorRule));

    /// <summary>
    /// <see cref="CollectedFloorRule"/>, compiled as the analysis's rules are: the subjects collected, one activation
    /// reporting each (the decision about each subject could still be an NRules condition of the collected pattern).
    /// </summary>
    public static ISessionFactory CompileCollected() => RuleRunner.Compile(typeof(CollectedFloorRule));

    /// <summary>The findings of the rule compiled into <paramref name="factory"/> (<see cref="Compile"/>, <see cref="CompileCollected"/>), in one session over every subject.</summary>
    public static List<Finding> OneActivationEach(ISessionFactory factory, IReadOnlyList<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(subjects);
        t_found = [];
        try
        {
            var session = factory.CreateSession();
            session.Insert(new Anchor());
            session.InsertAll(subjects);
            session.Fire();
            return t_found;
        }
        finally
        {
            t_found = null;
        }
    }

    /// <summary>
    /// As <see cref="OneActivationEach"/>, the subjects dealt in turn to <paramref name="sessions"/> sessions that run
    /// side by side, one a thread, as the partitioned analysis runs (no aggregate session: nothing crosses them).
    /// </summary>
    public static List<Finding> SideBySide(ISessionFactory factory, IReadOnlyList<Subject> subjects, int sessions)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1);
        var shares = new List<Subject>[sessions];
        for (var i = 0; i < sessions; i++)
        {
            shares[i] = new List<Subject>((subjects.Count / sessions) + 1);
        }

        for (var i = 0; i < subjects.Count; i++)
        {
            shares[i % sessions].Add(subjects[i]);
        }

        var results = new List<Finding>[sessions];
        System.Threading.Tasks.Parallel.For(0, sessions, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = sessions }, i => results[i] = OneActivationEach(factory, shares[i]));
        var all = new List<Finding>(subjects.Count);
        foreach (var result in results)
        {
            all.AddRange(result);
        }

        return all;
    }

    /// <summary>Runs each, <paramref name="rounds"/> times, each in a no-GC region; one line a round.</summary>
    public static IEnumerable<string> Measure(int count, int rounds)
    {
        var subjects = Subjects(count);
        var single = Compile(joined: false);
        var joined = Compile(joined: true);
        var collecting = CompileCollected();
        for (var round = 1; round <= rounds; round++)
        {
            var alone = Measured.Run(() => FindingsAlone(subjects), (long)count * 1_024);
            var one = Measured.Run(() => OneActivationEach(single, subjects), (long)count * 4_096);
            var two = Measured.Run(() => OneActivationEach(joined, subjects), (long)count * 4_096);
            var collected = Measured.Run(() => OneActivationEach(collecting, subjects), (long)count * 4_096);
            var halves = Measured.Run(() => SideBySide(joined, subjects, Environment.ProcessorCount), (long)count * 4_096);
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}, {count} findings: alone {Line(alone)}; an activation each, the subject alone {Line(one)}; joined to the index {Line(two)}; one activation, the subjects collected {Line(collected)}; joined to the index in {Environment.ProcessorCount} sessions side by side {Line(halves)}, {(double)two.Ms / Math.Max(1, halves.Ms):F2}x");
        }

        string Line((List<Finding> Result, long Ms, long Bytes) run) =>
            string.Create(CultureInfo.InvariantCulture, $"{run.Ms} ms, {run.Bytes / (1024 * 1024)} MB ({run.Bytes / Math.Max(1, count)} B a finding, {run.Result.Count} findings)");
    }

    /// <summary>Hands a finding over from <see cref="FloorRule"/>'s action.</summary>
    internal static void Found(Finding finding) => (t_found ?? throw new InvalidOperationException("FloorRule fired outside OneActivationEach.")).Add(finding);

    /// <summary>Hands over a finding for each of <paramref name="subjects"/> from <see cref="CollectedFloorRule"/>'s action.</summary>
    internal static void FoundEach(IEnumerable<Subject> subjects)
    {
        foreach (var subject in subjects)
        {
            Found(Report(subject));
        }
    }

    /// <summary>A subject of one finding, as a catalog entity is.</summary>
    public sealed record Subject(int Id, string Key);

    /// <summary>The one fact the rule joins first, as every rule of ours joins <c>CatalogIndex</c>.</summary>
    public sealed class Anchor;
}

/// <summary>One activation for every subject, collected: a finding per subject in the collection.</summary>
[Name("PR000 floor-collected")]
public sealed class CollectedFloorRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        FloorProbe.Anchor anchor = default!;
        IEnumerable<FloorProbe.Subject> subjects = default!;

        When()
            .Match(() => anchor)
            .Query(() => subjects, q => q.Match<FloorProbe.Subject>().Collect());

        Then()
            .Do(ctx => FloorProbe.FoundEach(subjects));
    }
}

/// <summary>One finding per subject, from the subject alone: the least a rule can be.</summary>
[Name("PR000 floor-subject")]
public sealed class SubjectFloorRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        FloorProbe.Subject subject = default!;

        When()
            .Match(() => subject);

        Then()
            .Do(ctx => FloorProbe.Found(FloorProbe.Report(subject)));
    }
}

/// <summary>One finding per subject: the shape of every rule of ours (the index, then the subject), with no condition.</summary>
[Name("PR000 floor")]
public sealed class FloorRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        FloorProbe.Anchor anchor = default!;
        FloorProbe.Subject subject = default!;

        When()
            .Match(() => anchor)
            .Match(() => subject);

        Then()
            .Do(ctx => FloorProbe.Found(FloorProbe.Report(subject)));
    }
}
