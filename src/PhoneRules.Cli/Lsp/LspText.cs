using System;
using System.Collections.Generic;
using System.Text;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Cli.Output.Markdown;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Schema;
using Range = PhoneRules.Cli.Lsp.Protocol.Range;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// Positions between the catalog's spans (1-based lines and UTF-16 columns, lines ending at LF, CR LF or CR)
/// and the protocol's (0-based, UTF-16), lines of a text, and the escapes every text bound for the editor
/// goes through: the console's terminal escape for plain text, its Markdown escape for hovers and docs.
/// </summary>
internal static class LspText
{
    /// <summary>The protocol range of <paramref name="span"/>; the start of the file for an unknown one.</summary>
    public static Range ToRange(SourceSpan span) =>
        span.IsKnown
            ? new Range(new Position(span.Line - 1, span.Column - 1), new Position(Math.Max(span.EndLine, span.Line) - 1, span.EndLine > span.Line ? span.EndColumn - 1 : Math.Max(span.EndColumn, span.Column) - 1))
            : new Range(new Position(0, 0), new Position(0, 0));

    /// <summary>Plain text for the editor: controls, line separators and bidirectional overrides spelled out.</summary>
    public static string Plain(string text) => TerminalText.Escape(text);

    /// <summary>A value inside Markdown: the console's Markdown escape.</summary>
    public static string Markdown(string text) => MarkdownRenderer.Escape(text);

    /// <summary>A key or expression as a Markdown code span when it can be one, escaped text otherwise.</summary>
    public static string Code(string text) => MarkdownRenderer.Code(text);

    /// <summary>The offsets at which each line of <paramref name="text"/> starts.</summary>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    /// <summary>The text of line <paramref name="line"/> (0-based), without its line break; empty past the end.</summary>
    public static string Line(string text, int line)
    {
        var starts = LineStarts(text);
        if (line < 0 || line >= starts.Length)
        {
            return string.Empty;
        }

        var end = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        while (end > starts[line] && text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return text[starts[line]..end];
    }

    /// <summary>The offset of <paramref name="position"/>, clamped into the text and its line.</summary>
    public static int Offset(string text, int[] starts, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= starts.Length)
        {
            return text.Length;
        }

        var lineEnd = position.Line + 1 < starts.Length ? starts[position.Line + 1] : text.Length;
        return Math.Clamp(starts[position.Line] + Math.Max(0, position.Character), starts[position.Line], lineEnd);
    }

    /// <summary>The text after the client's changes: each replaces its range, or the whole text when it has none.</summary>
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
                continue;
            }

            var starts = LineStarts(text);
            var start = Offset(text, starts, change.Range.Start);
            var end = Math.Max(start, Offset(text, starts, change.Range.End));
            text = new StringBuilder(text.Length + (change.Text?.Length ?? 0)).Append(text, 0, start).Append(change.Text).Append(text, end, text.Length - end).ToString();
        }

        return text;
    }
}
