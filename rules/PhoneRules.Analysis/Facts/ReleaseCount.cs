using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>How many models were released in a year: at least <see cref="Min"/> (certainly), at most <see cref="Max"/> (possibly).</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Min">Models whose whole release interval lies in the year.</param>
/// <param name="Max">Models whose release interval touches the year.</param>
/// <param name="Models">The models counted in <see cref="Max"/>, in file order.</param>
public sealed record ReleaseCount(int Year, int Min, int Max, IReadOnlyList<PhoneModel> Models);
