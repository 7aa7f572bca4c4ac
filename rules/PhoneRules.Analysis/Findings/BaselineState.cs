namespace PhoneRules.Analysis.Findings;

/// <summary>How a finding compares with a baseline: new, updated, unchanged or absent.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline.</summary>
    New,

    /// <summary>In the baseline, the same.</summary>
    Unchanged,

    /// <summary>In the baseline (same fingerprint), but its message, evidence, severity or confidence changed.</summary>
    Updated,

    /// <summary>In the baseline, no longer found.</summary>
    Absent,
}
