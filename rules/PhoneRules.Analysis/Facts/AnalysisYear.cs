namespace PhoneRules.Analysis.Facts;

/// <summary>A year the release rules count, inserted from the settings' bounds.</summary>
/// <param name="Year">The calendar year.</param>
public sealed record AnalysisYear(int Year);
