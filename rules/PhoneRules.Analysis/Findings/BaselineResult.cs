namespace PhoneRules.Analysis.Findings;

/// <summary>A finding and how it compares with the baseline.</summary>
/// <param name="Finding">The finding (for an absent one, as the baseline recorded it).</param>
/// <param name="State">Its state.</param>
public sealed record BaselineResult(Finding Finding, BaselineState State);
