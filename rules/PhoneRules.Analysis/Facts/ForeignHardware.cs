using System.Collections.Generic;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

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
