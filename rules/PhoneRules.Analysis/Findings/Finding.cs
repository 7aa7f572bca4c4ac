using System.Collections.Generic;

namespace PhoneRules.Analysis.Findings;

/// <summary>How much a finding matters: note, warning or error.</summary>
public enum FindingSeverity
{
    /// <summary>Context worth knowing.</summary>
    Note = 0,

    /// <summary>An anomaly worth checking.</summary>
    Warning = 1,

    /// <summary>An anomaly with legal or factual weight (sanctions, contradictions).</summary>
    Error = 2,
}

/// <summary>Whether the whole fuzzy interval satisfies the rule, or only part of it.</summary>
public enum FindingConfidence
{
    /// <summary>Every date the fuzzy dates admit satisfies the rule.</summary>
    Certain = 0,

    /// <summary>Some dates the fuzzy dates admit satisfy the rule, some do not.</summary>
    Possible = 1,
}

/// <summary>
/// One value a finding rests on, and the sources that give it. A date also carries the interval it admits
/// (<see cref="Min"/>, <see cref="Max"/>, widened by its qualifiers as <c>DateQualifiers</c> defines), so
/// that structured outputs need not parse <see cref="Value"/>.
/// </summary>
/// <param name="Field">What the value is (<c>released</c>, <c>lag-days</c>, <c>threshold</c>).</param>
/// <param name="Value">The value, formatted invariantly.</param>
/// <param name="Sources">The keys of the sources behind the value; empty for computed values and settings.</param>
public sealed record Evidence(string Field, string Value, IReadOnlyList<string> Sources)
{
    /// <summary>For a date: the first day it admits; null otherwise.</summary>
    public System.DateOnly? Min { get; init; }

    /// <summary>For a date: the last day it admits; null otherwise.</summary>
    public System.DateOnly? Max { get; init; }

    /// <summary>For a date: whether it is qualified (<c>~</c>, <c>?</c>, <c>%</c>), so that its interval is wider than written or uncertain.</summary>
    public bool Qualified { get; init; }
}

/// <summary>Where a finding's subject is written: the catalog file, line and column.</summary>
/// <param name="File">The catalog file, as the catalog names it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct FindingLocation(string File, int Line, int Column);

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
