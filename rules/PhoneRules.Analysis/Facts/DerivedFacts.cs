using System.Collections.Generic;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Facts;

/// <summary>A year the release rules count, inserted from the settings' bounds.</summary>
/// <param name="Year">The calendar year.</param>
public sealed record AnalysisYear(int Year);

/// <summary>How many models were released in a year: at least <see cref="Min"/> (certainly), at most <see cref="Max"/> (possibly).</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Min">Models whose whole release interval lies in the year.</param>
/// <param name="Max">Models whose release interval touches the year.</param>
/// <param name="Models">The models counted in <see cref="Max"/>, in file order.</param>
public sealed record ReleaseCount(int Year, int Min, int Max, IReadOnlyList<PhoneModel> Models);

/// <summary>PR002's conclusion, which PR004 chains on: a domestic model with foreign hardware evidence.</summary>
/// <param name="Model">The model.</param>
/// <param name="Confidence">Certain when an IMEI lookup or a hardware, same-IMEI or rebadge match not graded low points abroad; possible otherwise.</param>
/// <param name="Evidence">The lookups and matches that point abroad, each fact once.</param>
/// <param name="TacHolders">The foreign makers that the lookups show holding the TAC, in file order.</param>
/// <param name="HardwareMatches">The hardware, same-IMEI and rebadge matches not restating a lookup.</param>
public sealed record ForeignHardware(PhoneModel Model, FindingConfidence Confidence, IReadOnlyList<Evidence> Evidence, IReadOnlyList<Maker> TacHolders, IReadOnlyList<AppearanceMatch> HardwareMatches)
{
    /// <summary>Whether PR002 was certain.</summary>
    public bool IsCertain => Confidence == FindingConfidence.Certain;
}

/// <summary>PR003's conclusion, which PR006 chains on: a year with far fewer releases than before.</summary>
/// <param name="Year">The drought year.</param>
/// <param name="Confidence">Certain or possible.</param>
/// <param name="Count">That year's release count.</param>
public sealed record ReleaseDrought(int Year, FindingConfidence Confidence, ReleaseCount Count);

/// <summary>
/// The sightings that report one TAC, grouped by <see cref="CatalogIndex"/> before the session starts:
/// grouping a million sightings inside the engine (an NRules GroupBy) cost seconds and gigabytes; the
/// judgement (how many distinct models share it) stays in PR009.
/// </summary>
/// <param name="Tac">The type allocation code.</param>
/// <param name="Lookups">The sightings reporting it, in file order.</param>
/// <param name="ModelCount">How many distinct models those sightings are of.</param>
public sealed record TacSightings(Tac Tac, IReadOnlyList<ImeiLookup> Lookups, int ModelCount);

/// <summary>
/// The IMEI lookups that report one foreign maker and model name, grouped by <see cref="CatalogIndex"/>
/// before the session starts (as <see cref="TacSightings"/> are); PR012 judges how many distinct models
/// share the result.
/// </summary>
/// <param name="Maker">The foreign maker the lookups report.</param>
/// <param name="ReportedModel">The model name the lookups report.</param>
/// <param name="Lookups">The lookups, in file order.</param>
/// <param name="ModelCount">How many distinct catalogued models those lookups are of.</param>
public sealed record ForeignModelSightings(Maker Maker, string ReportedModel, IReadOnlyList<ImeiLookup> Lookups, int ModelCount);
