using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>One source's version of a dated event: the catalog's own date, or a <see cref="DateClaim"/>.</summary>
/// <param name="Label">The evidence field: <c>released</c>, <c>unveiled</c> or <c>manufactured</c>, then <c>claim KEY</c> for a claim.</param>
/// <param name="Date">The date this version gives.</param>
/// <param name="Sources">The sources of this version.</param>
public sealed record DateVersion(string Label, FuzzyDate Date, IReadOnlyList<Source> Sources);
