using System;
using System.Collections.Generic;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// The one definition of a line in a catalog file: a line ends at LF, at CR LF, or at a lone CR, as YAML,
/// editors and the Language Server Protocol count them. Every line and column the reader, the generator
/// and the console report comes from here, computed from a character offset; YamlDotNet's own line counts
/// are never used. (NEL, LS and PS, which some tools count as line breaks and others do not, are refused
/// as PRG015 before anything is located.)
/// </summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Whether <paramref name="c"/> ends a line (alone, or as the CR of CR LF).</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>The number of lines: one more than the number of line breaks.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset at which line <paramref name="line"/> (1 to <see cref="LineCount"/>) starts.</summary>
    public int StartOf(int line) => _lineStarts[line - 1];

    /// <summary>A zero-length span at character <paramref name="offset"/>, clamped into the text.</summary>
    public SourceSpan At(int offset)
    {
        var (line, column) = Position(offset);
        var clamped = Clamp(offset);
        return new SourceSpan(clamped, clamped, line, column, line, column);
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>, both clamped into the text.</summary>
    public SourceSpan Span(int start, int end)
    {
        start = Clamp(start);
        end = Math.Max(start, Clamp(end));
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end, line, column, endLine, endColumn);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;

    private (int Line, int Column) Position(int offset)
    {
        offset = Clamp(offset);

        // The second half of a CR LF belongs to the line the CR ends.
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
