using System.Globalization;

namespace PhoneRules;

/// <summary>A range of day counts, from <see cref="Min"/> to <see cref="Max"/> inclusive.</summary>
/// <param name="Min">The smallest count the dates admit.</param>
/// <param name="Max">The largest count the dates admit.</param>
public readonly record struct DayRange(int Min, int Max)
{
    /// <summary>Formats as <c>min..max</c>, or one number when both are equal.</summary>
    public override string ToString() => Min == Max
        ? Min.ToString(CultureInfo.InvariantCulture)
        : Min.ToString(CultureInfo.InvariantCulture) + ".." + Max.ToString(CultureInfo.InvariantCulture);
}
