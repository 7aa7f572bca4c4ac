using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// The sightings that report one TAC, grouped by <see cref="CatalogIndex"/> before the session starts:
/// grouping a million sightings inside the engine (an NRules GroupBy) cost seconds and gigabytes; the
/// judgement (how many distinct models share it) stays in PR009.
/// </summary>
/// <param name="Tac">The type allocation code.</param>
/// <param name="Lookups">The sightings reporting it, in file order.</param>
/// <param name="ModelCount">How many distinct models those sightings are of.</param>
public sealed record TacSightings(Tac Tac, IReadOnlyList<ImeiLookup> Lookups, int ModelCount);
