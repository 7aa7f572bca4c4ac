using System.Collections.Generic;

namespace PhoneRules.Analysis.Findings;

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
