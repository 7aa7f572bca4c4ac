namespace PhoneRules.Analysis.Findings;

/// <summary>Where a finding's subject is written: the catalog file, line and column.</summary>
/// <param name="File">The catalog file, as the catalog names it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct FindingLocation(string File, int Line, int Column);
