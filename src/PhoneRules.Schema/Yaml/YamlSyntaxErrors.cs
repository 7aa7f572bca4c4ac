using System;
using System.Collections.Generic;
using System.Globalization;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// YAML syntax errors in plain words, each with its fix, at the line to fix. YamlDotNet's own texts describe
/// its parser's state ("While parsing a block mapping, did not find expected key."); a catalog's author needs
/// to know what is wrong with the line and what to write instead. Every claim a message makes (an indentation,
/// a missing quote, an escape, a line number) is read from the text at the place it names, so a message
/// never describes a problem other than the one there. Tabs are reported at every tab that indents a line,
/// not only the first (<see cref="IndentationTabs(string, YamlNode, LineMap)"/> does the same for YAML that
/// YamlDotNet accepts).
/// </summary>
internal static class YamlSyntaxErrors
{
    /// <summary>The message for a tab in the whitespace that starts a line.</summary>
    public const string TabMessage = "a tab indents this line; YAML indents with spaces only: replace the tab with spaces";

    private const string ValidEscapes = "\\\\ \\\" \\/ \\0 \\a \\b \\t \\n \\v \\f \\r \\e \\N \\_ \\L \\P \\xXX \\uXXXX \\UXXXXXXXX";

    /// <summary>The diagnostics for a syntax error YamlDotNet reported (or threw without a message of its own).</summary>
    public static IEnumerable<(string Message, SourceSpan Span)> Explain(string raw, string text, SourceSpan span, LineMap lines)
    {
        if (Has(raw, "tab"))
        {
            var found = false;
            foreach (var tab in IndentationTabs(text, lines))
            {
                found = true;
                yield return (TabMessage, tab);
            }

            if (found)
            {
                yield break;
            }
        }

        var unclosed = Has(raw, "current state") || Has(raw, "did not find expected ',' or");
        if (unclosed && OpenBracketBefore(text, span, lines) is { } bracket)
        {
            // YamlDotNet points past the value, or throws without a message of its own: point at the bracket.
            span = bracket;
        }

        var at = span.StartOffset < text.Length ? text[span.StartOffset] : '\0';
        if (unclosed && at == '[')
        {
            yield return ("this '[' list is not closed: end it with ']' on its line, with ',' between items", span);
        }
        else if (unclosed && at == '{')
        {
            yield return ("this '{' mapping is not closed: end it with '}' on its line, with ',' between entries (quote a value that holds a comma)", span);
        }
        else if (Has(raw, "quoted scalar"))
        {
            yield return Quoted(raw, text, at, span, lines);
        }
        else if (Has(raw, "surrogate") && BadEscape(text, span.StartOffset, lines) is { } escape)
        {
            // YamlDotNet throws ArgumentOutOfRangeException, without a place, for "\uDC00\uDC00".
            yield return escape;
        }
        else if (Has(raw, "did not find expected key") || Has(raw, "Mapping values are not allowed"))
        {
            yield return AfterClosing(text, span, lines) ?? ExpectedKey(raw, text, span, lines);
        }
        else if (Has(raw, "did not find expected '-' indicator"))
        {
            yield return AfterClosing(text, span, lines) ?? ExpectedItem(raw, text, span, lines);
        }
        else if (Has(raw, "could not find expected ':'") && ContentStart(text, lines, span) is var (valueLine, _) && LineText(text, valueLine.StartOffset) is var content && !IsKey(content) && !IsItem(content))
        {
            yield return (ValueWithoutKey, valueLine);
        }
        else if (Has(raw, "found invalid mapping"))
        {
            yield return InvalidMapping(text, span, lines);
        }
        else if (Has(raw, "Block sequence entries are not allowed") && ListHere(text, span, lines) is { } listHere)
        {
            yield return listHere;
        }
        else if (Has(raw, "<document end>") && ContentStart(text, lines, span) is var (line, column) && FirstContent(text, lines) is { } first && column < first.Column)
        {
            yield return (string.Format(
                CultureInfo.InvariantCulture,
                "this line is indented by {0}, less than line {1} ({2}), where the file's top-level value starts, so it cannot belong to that value: indent it like line {1}",
                Spaces(column - 1),
                first.Line,
                Spaces(first.Column - 1)), line);
        }
        else
        {
            yield return ("malformed YAML: " + raw, span);
        }
    }

    /// <summary>
    /// The tabs that indent a line of YAML that YamlDotNet accepted (it allows a tab before the first key, for
    /// one): every tab in the whitespace that starts a line that holds more than whitespace, except on a line
    /// that a value started above goes on over (a block scalar or a quoted value, whose whitespace is its own, or
    /// a '[' list or '{' mapping, whose lines YAML does not read by their indentation).
    /// </summary>
    public static List<SourceSpan> IndentationTabs(string text, YamlNode root, LineMap lines)
    {
        var tabs = new List<SourceSpan>();
        foreach (var tab in IndentationTabs(text, lines))
        {
            var end = tab.StartOffset;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            if (end < text.Length && !LineMap.IsLineBreak(text[end]))
            {
                tabs.Add(tab);
            }
        }

        // The values whose lines after their first hold whitespace of their own (or none YAML reads as indentation).
        var values = new List<SourceSpan>();
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is YamlScalar || text[node.Span.StartOffset] is '[' or '{')
            {
                values.Add(node.Span);
            }

            if (node is YamlMapping mapping)
            {
                foreach (var entry in mapping.Entries)
                {
                    values.Add(entry.Key.Span);
                    pending.Push(entry.Value);
                }
            }
            else if (node is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    pending.Push(item);
                }
            }
        }

        tabs.RemoveAll(tab => values.Exists(value => value.Line < tab.Line && tab.StartOffset < value.EndOffset));
        return tabs;
    }

    private static bool Has(string raw, string part) => raw.IndexOf(part, StringComparison.Ordinal) >= 0;

    private const string ValueWithoutKey = "this line is a value without a key: write it as 'key: value', or as '- value' in a list";

    private static string Spaces(int count) => count == 1 ? "1 space" : count.ToString(CultureInfo.InvariantCulture) + " spaces";

    private static string Quote(char quote) => quote == '"' ? "\\\"" : "''";

    // A quoted value: not closed, or holding an escape YAML does not know.
    private static (string, SourceSpan) Quoted(string raw, string text, char at, SourceSpan span, LineMap lines)
    {
        var quote = at == '\'' ? '\'' : '"';
        if (Has(raw, "escape") || Has(raw, "hexadecimal") || Has(raw, "Unicode"))
        {
            return BadEscape(text, span.StartOffset + 1, lines) ?? ($"this quoted value has no closing {quote}: close it on the same line (write {Quote(quote)} for a {quote} inside it)", span);
        }

        if (Has(raw, "document indicator") && DocumentMarkerAfter(text, span, lines) is { } marker)
        {
            return (string.Format(
                CultureInfo.InvariantCulture,
                "this quoted value is not closed before line {0}, whose '{1}' marks the end of a YAML document: close the quote on its own line (write {2} for a {3} inside it)",
                marker.Line,
                text.Substring(marker.StartOffset, 3),
                Quote(quote),
                quote), span);
        }

        if (Has(raw, "wrong indentation"))
        {
            return ($"this quoted value is not closed on its line, and a line after it is not indented deeper than its key, so YAML cannot read it as more of the value: close the {quote} on this line (write {Quote(quote)} for a {quote} inside it)", span);
        }

        return ($"this quoted value has no closing {quote}: close it on the same line (write {Quote(quote)} for a {quote} inside it)", span);
    }

    // The first escape from `start` on (the inside of a double-quoted value) that YAML does not know, at its backslash.
    private static (string, SourceSpan)? BadEscape(string text, int start, LineMap lines)
    {
        for (var i = start; i + 1 < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var code = text[i + 1];
            var digits = code switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits == 0)
            {
                if ("0abt\tnvfre \"/\\N_LP\r\n".IndexOf(code) < 0)
                {
                    return ($"'\\{code}' is not an escape YAML knows; inside double quotes a backslash starts one of {ValidEscapes}: write \\\\ for a backslash, or put the value in single quotes, where a backslash is plain text", lines.At(i));
                }

                i++;
                continue;
            }

            var found = 0;
            var value = 0L;
            while (found < digits && i + 2 + found < text.Length && Uri.IsHexDigit(text[i + 2 + found]))
            {
                value = (value << 4) + Convert.ToInt32(text[i + 2 + found].ToString(), 16);
                found++;
            }

            var escape = text.Substring(i, 2 + found);
            if (found < digits)
            {
                return ($"the escape '{escape}' needs {digits} hexadecimal digits after '\\{code}': write all {digits} (such as '\\{code}{new string('0', digits - 1)}A'), write \\\\ for a backslash, or put the value in single quotes", lines.At(i));
            }

            var pair = value is >= 0xD800 and <= 0xDBFF && i + 2 + digits < text.Length - 1 && text[i + 2 + digits] == '\\' && text[i + 3 + digits] is 'u' or 'U';
            if ((value is >= 0xD800 and <= 0xDFFF && !pair) || value > 0x10FFFF)
            {
                return ($"the escape '{escape}' is not a Unicode character (a lone surrogate, or past \\U0010FFFF): write the character itself, or its code as one escape", lines.At(i));
            }

            // A pair's second escape is its low half, read with it.
            i += 1 + digits + (pair ? (text[i + 3 + digits] == 'u' ? 6 : 10) : 0);
        }

        return null;
    }

    // Text after the closing quote or bracket of a value on the same line.
    private static (string, SourceSpan)? AfterClosing(string text, SourceSpan span, LineMap lines)
    {
        var lineStart = lines.StartOf(span.Line);
        var before = span.StartOffset - 1;
        while (before >= lineStart && text[before] == ' ')
        {
            before--;
        }

        if (before < lineStart || span.StartOffset == text.Length || LineMap.IsLineBreak(text[span.StartOffset]))
        {
            return null;
        }

        return text[before] switch
        {
            '\'' or '"' => ($"text after the closing {text[before]} of a quoted value: only a comment may follow it on its line; remove the text, or put the whole value in quotes (write {Quote(text[before])} for a {text[before]} inside it)", span),
            ']' => ("text after the closing ']' of a list: only a comment may follow it on its line; remove the text, or put the whole value in quotes", span),
            '}' => ("text after the closing '}' of a mapping: only a comment may follow it on its line; remove the text, or put the whole value in quotes", span),
            _ => null,
        };
    }

    // A mapping expected a key: the line is a list item, a value without a key, or a key at a column no key of the mapping has.
    private static (string, SourceSpan) ExpectedKey(string raw, string text, SourceSpan span, LineMap lines)
    {
        var (line, column) = ContentStart(text, lines, span);
        var content = LineText(text, line.StartOffset);
        if (IsItem(content))
        {
            return ($"this list item is indented by {Spaces(column - 1)}, where the mapping around it expects a key: give a list a key of its own, and indent its items alike under that key", line);
        }

        if (!IsKey(content))
        {
            return (ValueWithoutKey, line);
        }

        if (Has(raw, "Mapping values"))
        {
            return ("a value here holds ': ', which YAML reads as the start of another key: put the value in quotes", span);
        }

        // A key above at this indentation, back to the line that holds the mapping: then the indentation is not
        // what is wrong, and only YamlDotNet's words are true.
        for (var above = Previous(text, lines, line); above is { } key && key.Column >= column; above = Previous(text, lines, key))
        {
            var keyText = LineText(text, key.StartOffset);
            if (key.Column == column && IsKey(keyText) && !IsItem(keyText))
            {
                return ("malformed YAML: " + raw, span);
            }
        }

        return ($"this line is indented by {Spaces(column - 1)}, which matches no key of the mapping it is in: indent it exactly like the keys beside it", line);
    }

    // A list expected another item ('- '): the line is indented like the last item above it, or like neither
    // that item's '-' nor what follows it.
    private static (string, SourceSpan) ExpectedItem(string raw, string text, SourceSpan span, LineMap lines)
    {
        var (line, column) = ContentStart(text, lines, span);
        for (var above = Previous(text, lines, line); above is { } item; above = Previous(text, lines, item))
        {
            var itemText = LineText(text, item.StartOffset);
            if (!IsItem(itemText))
            {
                continue;
            }

            if (item.Column == column)
            {
                return (string.Format(
                    CultureInfo.InvariantCulture,
                    "this line is indented like the list item on line {0} ({1}), so YAML expects another item here: start it with '- ', or indent it like the keys it belongs with",
                    item.Line,
                    Spaces(column - 1)), line);
            }

            var inside = 1;
            while (inside < itemText.Length && itemText[inside] == ' ')
            {
                inside++;
            }

            if (inside == itemText.Length || item.Column + inside == column)
            {
                // Nothing follows the '-' on its line, or this line is indented like what does: no words of ours are true.
                break;
            }

            return (string.Format(
                CultureInfo.InvariantCulture,
                "this line is indented by {0}, like neither the list item on line {1} ({2}) nor what follows its '- ' ({3}): indent it like one of the two",
                Spaces(column - 1),
                item.Line,
                Spaces(item.Column - 1),
                Spaces(item.Column - 1 + inside)), line);
        }

        return ("malformed YAML: " + raw, span);
    }

    // ': ' inside a plain value: the value goes on from a line above, or holds ': ' itself.
    private static (string, SourceSpan) InvalidMapping(string text, SourceSpan span, LineMap lines)
    {
        var (line, column) = ContentStart(text, lines, span);
        var lineText = LineText(text, line.StartOffset);
        var firstColon = lineText.IndexOf(": ", StringComparison.Ordinal) is var c && c >= 0 ? c : lineText.IndexOf(':');
        if (line.StartOffset + firstColon != span.StartOffset || Previous(text, lines, line) is not { } previous)
        {
            return ("a value here holds ': ', which YAML reads as the start of another key: put the value in quotes", span);
        }

        var above = LineText(text, previous.StartOffset);
        if (!IsKey(above))
        {
            return (string.Format(
                CultureInfo.InvariantCulture,
                "line {0} above is a value without a key, so YAML reads this line as more of that value: write line {0} as 'key: value', or remove it",
                previous.Line), line);
        }

        return column > previous.Column
            ? (string.Format(
                CultureInfo.InvariantCulture,
                "this line is indented deeper than line {0} ({1} against {2}), so YAML reads it as the rest of line {0}'s value: give the two lines the same indentation",
                previous.Line,
                Spaces(column - 1),
                Spaces(previous.Column - 1)), line)
            : (string.Format(
                CultureInfo.InvariantCulture,
                "YAML reads this line as more of the value that goes on from line {0}, so its ': ' cannot start a key: indent it like the keys it belongs with, or put the value in quotes",
                previous.Line), line);
    }

    // A list item: '-' then a space or the end of the line.
    private static bool IsItem(string content) => content.Length > 0 && content[0] == '-' && (content.Length == 1 || content[1] == ' ');

    // A line that holds a key: ': ' in it, or ':' at its end (comments aside).
    private static bool IsKey(string content)
    {
        var comment = content.IndexOf(" #", StringComparison.Ordinal);
        var code = (comment >= 0 ? content.Substring(0, comment) : content).TrimEnd();
        return code.IndexOf(": ", StringComparison.Ordinal) >= 0 || code.EndsWith(":", StringComparison.Ordinal);
    }

    // The first line after the span's that starts with '---' or '...' as a document marker, at its start.
    private static SourceSpan? DocumentMarkerAfter(string text, SourceSpan span, LineMap lines)
    {
        for (var line = span.Line + 1; line <= lines.LineCount; line++)
        {
            var start = lines.StartOf(line);
            if ((string.CompareOrdinal(text, start, "---", 0, 3) == 0 || string.CompareOrdinal(text, start, "...", 0, 3) == 0)
                && (start + 3 == text.Length || text[start + 3] is ' ' or '\t' or '\r' or '\n'))
            {
                return lines.At(start);
            }
        }

        return null;
    }

    // A '- ' where no list may start: after a closing quote or bracket, or on the line of its key.
    private static (string, SourceSpan)? ListHere(string text, SourceSpan span, LineMap lines)
    {
        if (AfterClosing(text, span, lines) is { } after)
        {
            return after;
        }

        var start = lines.StartOf(span.Line);
        return text.Substring(start, span.StartOffset - start).TrimEnd().EndsWith(":", StringComparison.Ordinal)
            ? ("a list cannot start on the line of its key: put each '- ' item on a line of its own, indented under the key", span)
            : null;
    }

    // The '[' or '{' before the span that nothing after it closes (brackets in quotes and comments count too).
    private static SourceSpan? OpenBracketBefore(string text, SourceSpan span, LineMap lines)
    {
        var closed = 0;
        for (var i = Math.Min(span.StartOffset, text.Length - 1); i >= 0; i--)
        {
            if (text[i] is ']' or '}')
            {
                closed++;
            }
            else if (text[i] is '[' or '{' && closed-- == 0)
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
        var i = lines.StartOf(span.Line);
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

    // The first line that holds more than spaces and is not a comment, at its first character.
    private static SourceSpan? FirstContent(string text, LineMap lines)
    {
        for (var line = 1; line <= lines.LineCount; line++)
        {
            var content = lines.StartOf(line);
            while (content < text.Length && text[content] == ' ')
            {
                content++;
            }

            if (content < text.Length && !LineMap.IsLineBreak(text[content]) && text[content] != '#')
            {
                return lines.At(content);
            }
        }

        return null;
    }

    // The nearest line above that holds more than spaces and is not a comment, at its first character.
    private static SourceSpan? Previous(string text, LineMap lines, SourceSpan line)
    {
        for (var above = line.Line - 1; above >= 1; above--)
        {
            var content = lines.StartOf(above);
            while (text[content] == ' ')
            {
                content++;
            }

            if (!LineMap.IsLineBreak(text[content]) && text[content] != '#')
            {
                return lines.At(content);
            }
        }

        return null;
    }
}
