using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

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
