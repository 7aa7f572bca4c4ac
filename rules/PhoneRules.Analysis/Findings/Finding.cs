using System;
using System.Collections.Generic;
using System.Threading;

namespace PhoneRules.Analysis.Findings;

/// <summary>
/// An anomaly a rule found, with the evidence and where its subject is in the catalog. A rule gives its
/// evidence as a function that builds it, so an analysis of a large catalog words only the evidence a reader
/// asks for (a report shows the first findings of each rule in full); the evidence is built once, on first
/// read, and is the same from any thread.
/// </summary>
public sealed record Finding
{
    private readonly EvidenceSource _evidence;

    /// <summary>A finding with its evidence already built.</summary>
    /// <param name="ruleId">The stable rule id, <c>PR001</c>.</param>
    /// <param name="ruleName">The rule's short name, <c>late-announcement</c>.</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="confidence">Certain or possible, from the fuzzy-date arithmetic.</param>
    /// <param name="subjectType">The subject's type: <c>PhoneModel</c>, <c>year</c>, <c>tac</c>.</param>
    /// <param name="subjectKey">The subject's key: <c>pyongyang-2425</c>, <c>2020</c>.</param>
    /// <param name="message">One sentence for people.</param>
    /// <param name="evidence">The values the finding rests on.</param>
    /// <param name="location">Where the subject is written in the catalog.</param>
    /// <param name="partner">See <see cref="Partner"/>.</param>
    public Finding(string ruleId, string ruleName, FindingSeverity severity, FindingConfidence confidence, string subjectType, string subjectKey, string message, IReadOnlyList<Evidence> evidence, FindingLocation location, string? partner = null)
        : this(ruleId, ruleName, severity, confidence, subjectType, subjectKey, message, new EvidenceSource(evidence ?? throw new ArgumentNullException(nameof(evidence))), location, partner)
    {
    }

    /// <summary>A finding whose evidence <paramref name="evidence"/> builds when it is first read.</summary>
    /// <param name="ruleId">The stable rule id, <c>PR001</c>.</param>
    /// <param name="ruleName">The rule's short name, <c>late-announcement</c>.</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="confidence">Certain or possible, from the fuzzy-date arithmetic.</param>
    /// <param name="subjectType">The subject's type: <c>PhoneModel</c>, <c>year</c>, <c>tac</c>.</param>
    /// <param name="subjectKey">The subject's key: <c>pyongyang-2425</c>, <c>2020</c>.</param>
    /// <param name="message">One sentence for people.</param>
    /// <param name="evidence">Builds the values the finding rests on; called at most once per finding that is read.</param>
    /// <param name="location">Where the subject is written in the catalog.</param>
    /// <param name="partner">See <see cref="Partner"/>.</param>
    public Finding(string ruleId, string ruleName, FindingSeverity severity, FindingConfidence confidence, string subjectType, string subjectKey, string message, Func<IReadOnlyList<Evidence>> evidence, FindingLocation location, string? partner = null)
        : this(ruleId, ruleName, severity, confidence, subjectType, subjectKey, message, new EvidenceSource(evidence ?? throw new ArgumentNullException(nameof(evidence))), location, partner)
    {
    }

    private Finding(string ruleId, string ruleName, FindingSeverity severity, FindingConfidence confidence, string subjectType, string subjectKey, string message, EvidenceSource evidence, FindingLocation location, string? partner)
    {
        RuleId = ruleId;
        RuleName = ruleName;
        Severity = severity;
        Confidence = confidence;
        SubjectType = subjectType;
        SubjectKey = subjectKey;
        Message = message;
        _evidence = evidence;
        Location = location;
        Partner = partner;
    }

    /// <summary>The stable rule id, <c>PR001</c>.</summary>
    public string RuleId { get; init; }

    /// <summary>The rule's short name, <c>late-announcement</c>.</summary>
    public string RuleName { get; init; }

    /// <summary>How much it matters.</summary>
    public FindingSeverity Severity { get; init; }

    /// <summary>Certain or possible, from the fuzzy-date arithmetic.</summary>
    public FindingConfidence Confidence { get; init; }

    /// <summary>The subject's type: <c>PhoneModel</c>, <c>year</c>, <c>tac</c>.</summary>
    public string SubjectType { get; init; }

    /// <summary>The subject's key: <c>pyongyang-2425</c>, <c>2020</c>.</summary>
    public string SubjectKey { get; init; }

    /// <summary>One sentence for people.</summary>
    public string Message { get; init; }

    /// <summary>The values the finding rests on (built on first read when the rule deferred them).</summary>
    public IReadOnlyList<Evidence> Evidence => _evidence.Value;

    /// <summary>
    /// The same values as <see cref="Evidence"/>, built again on each call when they were never kept: for a writer
    /// that reads each finding once (a report of a large catalog), so the evidence of the findings it has written can
    /// be collected instead of living as long as the findings. Evidence already kept is returned as it is.
    /// </summary>
    public IReadOnlyList<Evidence> EvidenceWithoutKeeping() => _evidence.WithoutKeeping();

    /// <summary>Where the subject is written in the catalog.</summary>
    public FindingLocation Location { get; init; }

    /// <summary>
    /// For a rule that can report one subject more than once (PR011: a claim against several dates), what tells
    /// the findings apart; null otherwise. Part of the finding's identity (<see cref="Fingerprints"/>).
    /// </summary>
    public string? Partner { get; init; }

    // Holds the evidence or the function that builds it. Compared by reference, like the list it replaces, so a
    // finding's equality and hash never change when its evidence is built.
    private sealed class EvidenceSource
    {
        private Func<IReadOnlyList<Evidence>>? _build;
        private IReadOnlyList<Evidence>? _value;

        public EvidenceSource(IReadOnlyList<Evidence> value) => _value = value;

        public EvidenceSource(Func<IReadOnlyList<Evidence>> build) => _build = build;

        // The function's result, not kept; when the function is gone (run and dropped, perhaps by another thread
        // between the two reads), the value it left.
        public IReadOnlyList<Evidence> WithoutKeeping() =>
            Volatile.Read(ref _value) ?? (Volatile.Read(ref _build) is { } build ? build() ?? [] : Volatile.Read(ref _value)!);

        public IReadOnlyList<Evidence> Value
        {
            get
            {
                if (Volatile.Read(ref _value) is { } value)
                {
                    return value;
                }

                // Another thread may have built it between the two reads: then the function is gone and the value set.
                if (Volatile.Read(ref _build) is not { } build)
                {
                    return Volatile.Read(ref _value)!;
                }

                Interlocked.CompareExchange(ref _value, build() ?? [], null);
                Volatile.Write(ref _build, null);
                return _value!;
            }
        }
    }
}
