using System.Collections.Generic;

namespace PhoneRules.Analysis.Findings;

/// <summary>An anomaly a rule found, with the evidence and where its subject is in the catalog.</summary>
/// <param name="RuleId">The stable rule id, <c>PR001</c>.</param>
/// <param name="RuleName">The rule's short name, <c>late-announcement</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Confidence">Certain or possible, from the fuzzy-date arithmetic.</param>
/// <param name="SubjectType">The subject's type: <c>PhoneModel</c>, <c>year</c>, <c>tac</c>.</param>
/// <param name="SubjectKey">The subject's key: <c>pyongyang-2425</c>, <c>2020</c>.</param>
/// <param name="Message">One sentence for people.</param>
/// <param name="Evidence">The values the finding rests on.</param>
/// <param name="Location">Where the subject is written in the catalog.</param>
/// <param name="Partner">
/// For a rule that can report one subject more than once (PR011: a claim against several dates), what tells
/// the findings apart; null otherwise. Part of the finding's identity (<see cref="Fingerprints"/>).
/// </param>
public sealed record Finding(
    string RuleId,
    string RuleName,
    FindingSeverity Severity,
    FindingConfidence Confidence,
    string SubjectType,
    string SubjectKey,
    string Message,
    IReadOnlyList<Evidence> Evidence,
    FindingLocation Location,
    string? Partner = null);
