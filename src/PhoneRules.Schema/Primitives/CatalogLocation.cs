using System.Globalization;

namespace PhoneRules;

/// <summary>Where an entity is written in its catalog file: 1-based line and column of its key.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct CatalogLocation(int Line, int Column)
{
    /// <summary>Formats as <c>(line,column)</c>.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1})", Line, Column);
}
