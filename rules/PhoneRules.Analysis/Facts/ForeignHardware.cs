using System.Collections.Generic;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// PR002's judgement of one domestic model, which PR004 takes as its first condition: the lookups and matches
/// that point abroad. It holds the catalog's own records; PR002 words them only when it reports.
/// </summary>
/// <param name="Model">The model.</param>
/// <param name="Confidence">Certain when an IMEI lookup or a hardware, same-IMEI or rebadge match not graded low points abroad; possible otherwise.</param>
/// <param name="Lookups">The IMEI lookups whose TAC a foreign maker holds, each with the same-IMEI matches that restate it (same model, same maker), in file order.</param>
/// <param name="Matches">The other matches with a foreign phone (appearances included), in file order.</param>
/// <param name="TacHolders">The foreign makers that the lookups show holding the TAC, in file order.</param>
/// <param name="HardwareMatches">The hardware, same-IMEI and rebadge matches not restating a lookup.</param>
public sealed record ForeignHardware(
    PhoneModel Model,
    FindingConfidence Confidence,
    IReadOnlyList<(ImeiLookup Lookup, IReadOnlyList<AppearanceMatch> Restating)> Lookups,
    IReadOnlyList<AppearanceMatch> Matches,
    IReadOnlyList<Maker> TacHolders,
    IReadOnlyList<AppearanceMatch> HardwareMatches)
{
    /// <summary>Whether PR002 was certain.</summary>
    public bool IsCertain => Confidence == FindingConfidence.Certain;
}
