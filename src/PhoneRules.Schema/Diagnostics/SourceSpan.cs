using System.Globalization;

namespace PhoneRules.Schema;

/// <summary>
/// A range in a catalog file: 0-based character offsets and 1-based lines and columns, as editors and
/// compilers print them.
/// </summary>
public readonly record struct SourceSpan(int StartOffset, int EndOffset, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>No known position.</summary>
    public static readonly SourceSpan None = new(0, 0, 0, 0, 0, 0);

    /// <summary>Whether this span points somewhere in the file.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>A zero-length span at a point.</summary>
    public static SourceSpan At(int offset, int line, int column) => new(offset, offset, line, column, line, column);

    /// <summary>Formats as <c>(line,column)</c>, the MSBuild convention.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1})", Line, Column);
}
