using System;
using System.Collections.Generic;
using System.Globalization;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// YAML syntax errors in plain words, each with its fix, at the line to fix. YamlDotNet's own texts describe
/// its parser's state ("While parsing a block mapping, did not find expected key."); a catalog's author needs
/// to know what is wrong with the line and what to write instead. Tabs are reported at every tab that
/// indents a line, not only the first.
/// </summary>
internal static class YamlSyntaxErrors
{
    /// <summary>The diagnostics for a syntax error YamlDotNet reported (or threw without a message of its own).</summary>
    public static IEnumerable<(string Message, SourceSpan Span)> Explain(string raw, string text, SourceSpan span, LineMap lines)
    {
        if (raw.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var found = false;
            foreach (var tab in IndentationTabs(text, lines))
            {
                found = true;
                yield return ("a tab indents this line; YAML indents with spaces only: replace the tab with spaces", tab);
            }

            if (found)
            {
                yield break;
            }
        }

        var unclosed = raw.IndexOf("current state", StringComparison.Ordinal) >= 0 || raw.IndexOf("did not find expected ',' or", StringComparison.Ordinal) >= 0;
        if (unclosed && OpenBracketBefore(text, span, lines) is { } bracket)
        {
            // YamlDotNet points past the value, or throws without a message of its own: point at the bracket.
            span = bracket;
        }

        var at = span.StartOffset < text.Length ? text[span.StartOffset] : '\0';
        if (raw.IndexOf("did not find expected ',' or ']'", StringComparison.Ordinal) >= 0 || (at == '[' && raw.IndexOf("current state", StringComparison.Ordinal) >= 0))
        {
            yield return ("this '[' list is not closed: end it with ']' on its line, with ',' between items", span);
        }
        else if (raw.IndexOf("did not find expected ',' or '}'", StringComparison.Ordinal) >= 0 || (at == '{' && raw.IndexOf("current state", StringComparison.Ordinal) >= 0))
        {
            yield return ("this '{' mapping is not closed: end it with '}' on its line, with ',' between entries (quote a value that holds a comma)", span);
        }
        else if (raw.IndexOf("quoted scalar", StringComparison.Ordinal) >= 0)
        {
            var quote = at is '"' or '\'' ? at : '"';
            yield return ($"this quoted value has no closing {quote}: close it on the same line (write {(quote == '"' ? "\\\"" : "''")} for a {quote} inside it)", span);
        }
        else if (raw.IndexOf("did not find expected key", StringComparison.Ordinal) >= 0)
        {
            var (line, column) = ContentStart(text, lines, span);
            yield return ($"this line is indented by {Spaces(column - 1)}, which matches no key of the mapping it is in: indent it exactly like the keys beside it", line);
        }
        else if (raw.IndexOf("did not find expected '-' indicator", StringComparison.Ordinal) >= 0)
        {
            var (line, column) = ContentStart(text, lines, span);
            yield return ($"this list item is indented by {Spaces(column - 1)}, unlike the items before it: start every item with '- ' at the same indentation", line);
        }
        else if (raw.IndexOf("found invalid mapping", StringComparison.Ordinal) >= 0 || raw.IndexOf("Mapping values are not allowed", StringComparison.Ordinal) >= 0)
        {
            var (line, column) = ContentStart(text, lines, span);
            var lineText = LineText(text, line.StartOffset);
            var firstColon = lineText.IndexOf(": ", StringComparison.Ordinal) is var c && c >= 0 ? c : lineText.IndexOf(':');
            if (firstColon >= 0 && line.StartOffset + firstColon == span.StartOffset && Previous(text, lines, line) is { } previous)
            {
                yield return (string.Format(
                    CultureInfo.InvariantCulture,
                    "this line is indented deeper than line {0} ({1} against {2}), so YAML reads it as the rest of line {0}'s value: give the two lines the same indentation",
                    previous.Line,
                    Spaces(column - 1),
                    Spaces(previous.Column - 1)), line);
            }
            else
            {
                yield return ("a value here holds ': ', which YAML reads as the start of another key: put the value in quotes", span);
            }
        }
        else
        {
            yield return ("malformed YAML: " + raw, span);
        }
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : count.ToString(CultureInfo.InvariantCulture) + " spaces";

    // The last '[' or '{' at or before the span on its line.
    private static SourceSpan? OpenBracketBefore(string text, SourceSpan span, LineMap lines)
    {
        for (var i = Math.Min(span.StartOffset, text.Length - 1); i >= 0 && !LineMap.IsLineBreak(text[i]); i--)
        {
            if (text[i] is '[' or '{')
            {
                return lines.At(i);
            }
        }

        return null;
    }

    /// <summary>Every tab in the whitespace that starts a line.</summary>
    private static IEnumerable<SourceSpan> IndentationTabs(string text, LineMap lines)
    {
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (LineMap.IsLineBreak(c))
            {
                atLineStart = true;
            }
            else if (c == '\t' && atLineStart)
            {
                yield return lines.At(i);
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }
        }
    }

    // The first character that is not a space on the span's line, as a span, and its column.
    private static (SourceSpan Span, int Column) ContentStart(string text, LineMap lines, SourceSpan span)
    {
        var start = span.StartOffset - (span.Column - 1);
        if (start < 0 || start > text.Length)
        {
            return (span, span.Column);
        }

        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var at = lines.At(i);
        return (at, at.Column);
    }

    private static string LineText(string text, int start)
    {
        var end = start;
        while (end < text.Length && !LineMap.IsLineBreak(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    // The nearest line above that holds more than spaces and is not a comment, at its first character.
    private static SourceSpan? Previous(string text, LineMap lines, SourceSpan line)
    {
        var i = line.StartOffset - line.Column;
        while (i > 0)
        {
            var end = i;
            while (i > 0 && !LineMap.IsLineBreak(text[i - 1]))
            {
                i--;
            }

            var content = i;
            while (content < end && text[content] == ' ')
            {
                content++;
            }

            if (content < end && text[content] != '#')
            {
                return lines.At(content);
            }

            i--;
            if (i > 0 && text[i] == '\n' && text[i - 1] == '\r')
            {
                i--;
            }
        }

        return null;
    }
}
