namespace PhoneRules.Analysis.Findings;

/// <summary>Whether the whole fuzzy interval satisfies the rule, or only part of it.</summary>
public enum FindingConfidence
{
    /// <summary>Every date the fuzzy dates admit satisfies the rule.</summary>
    Certain = 0,

    /// <summary>Some dates the fuzzy dates admit satisfy the rule, some do not.</summary>
    Possible = 1,
}
