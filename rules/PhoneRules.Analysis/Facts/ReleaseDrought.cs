using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Facts;

/// <summary>PR003's conclusion, which PR006 chains on: a year with far fewer releases than before.</summary>
/// <param name="Year">The drought year.</param>
/// <param name="Confidence">Certain or possible.</param>
/// <param name="Count">That year's release count.</param>
public sealed record ReleaseDrought(int Year, FindingConfidence Confidence, ReleaseCount Count);
