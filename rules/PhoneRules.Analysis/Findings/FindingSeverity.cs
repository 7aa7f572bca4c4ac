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
