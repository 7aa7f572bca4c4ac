using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// Every PRG001 message tells the truth about the text at its place: small broken documents, drawn from a fixed
/// seed out of lines that hold the ways a catalog's author gets YAML wrong, are read, and each claim a message
/// makes (an indentation, a line it names and that line's text, a missing quote, an escape, the character at its
/// place) is read back from the text. A message that no rule here knows fails the test, so a new message comes
/// with its check.
/// </summary>
public sealed class SyntaxMessageTests
{
    private static readonly string[] s_pieces =
    [
        "a: 1", "b:", "c: d", "- x", "- k: v", "-", "x", "y z", "'q'", "\"q\"", "'x'y", "\"x\" y", "[b]]", "[b] c", "{b: c}}",
        "[b", "{b: c", "k: [b", "\"\\q\"", "k: \"\\x4\"", "k: \"C:\\dir\"", "k: \"\\uD800\"", "k: 'x", "k: \"x", "k: v: w",
        "- a: b: c", "k: - x", "# c", "", "---", "...", "k: 'x' # c", "k: \"a\\tb\\zc\"", "k: |", "k: >", "? k", ": v",
    ];

    private static readonly Gen<string> s_documents =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 12], Gen.Int[0, s_pieces.Length - 1], (spaces, tab, piece) => (tab == 0 ? "\t" : string.Empty) + new string(' ', spaces) + s_pieces[piece])
            .Array[1, 5]
            .SelectMany(lines => Gen.Int[0, 3].Select(style => string.Join(style == 0 ? "\r\n" : "\n", lines)));

    [Fact]
    public void Property_EverySyntaxMessage_IsTrueOfTheText()
    {
        var messages = 0;
        Property.Check(
            s_documents,
            yaml =>
            {
                foreach (var diagnostic in CatalogReader.ReadText(yaml, "c.yaml").Diagnostics.Where(d => d.Code == "PRG001"))
                {
                    messages++;
                    var problem = Untrue(yaml, diagnostic);
                    Assert.True(problem is null, $"{Show(yaml)}: {diagnostic.Span.Line}:{diagnostic.Span.Column} {diagnostic.Message}: {problem}");
                }
            },
            samples: 3_000);

        Assert.True(messages > 1_000, $"only {messages} syntax errors in 3,000 documents");
    }

    [Theory]
    [InlineData("a: 1\n  b: 2", "this line is indented by 2 spaces, which matches no key of the mapping it is in: indent it exactly like the keys beside it", 2, 1, "not at the line's start")]
    [InlineData("a: 1\nb: 2", "this line is indented by 2 spaces, which matches no key of the mapping it is in: indent it exactly like the keys beside it", 2, 1, "the line is indented by 0")]
    [InlineData("a:\n  b: 1\n  c: 2", "this line is indented by 2 spaces, which matches no key of the mapping it is in: indent it exactly like the keys beside it", 3, 3, "line 2 is a key")]
    [InlineData("a: 1\n  b: 2", "this line is indented deeper than line 1 (2 spaces against 1 space), so YAML reads it as the rest of line 1's value: give the two lines the same indentation", 2, 3, "line 1 is indented by 0")]
    [InlineData("a:\n\n  b: 2", "this line is indented deeper than line 2 (2 spaces against 0 spaces), so YAML reads it as the rest of line 2's value: give the two lines the same indentation", 3, 3, "line 2 is not the")]
    [InlineData("a: 1\n  b: 2", "line 1 above is a value without a key, so YAML reads this line as more of that value: write line 1 as 'key: value', or remove it", 2, 3, "line 1 has a key")]
    [InlineData("- a\nb: 1", "this line is a value without a key: write it as 'key: value', or as '- value' in a list", 2, 1, "this line has a key or is a list item")]
    [InlineData("a: 'x\nb", "this quoted value has no closing ': close it on the same line (write '' for a ' inside it)", 1, 3, "no ' at")]
    [InlineData("a: 'x'' b'", "this quoted value has no closing ': close it on the same line (write '' for a ' inside it)", 1, 4, "closed")]
    [InlineData("a: \"x\\\" b\"", "this quoted value has no closing \": close it on the same line (write \\\" for a \" inside it)", 1, 4, "closed")]
    [InlineData("a: [b]", "this '[' list is not closed: end it with ']' on its line, with ',' between items", 1, 1, "no '[' at")]
    [InlineData("a: 'x'y", "text after the closing ' of a quoted value: only a comment may follow it on its line; remove the text, or put the whole value in quotes (write '' for a ' inside it)", 1, 6, "no ' before")]
    [InlineData("a: \"\\q\"", "'\\z' is not an escape YAML knows; inside double quotes", 1, 5, "no '\\z' at")]
    [InlineData("a: \"\\q\"", "the escape '\\x4' needs 2 hexadecimal digits", 1, 5, "no '\\x4' at")]
    [InlineData("a: - b", "a list cannot start on the line of its key: put each '- ' item on a line of its own, indented under the key", 1, 1, "no '-' at")]
    [InlineData("a: x", "a tab indents this line; YAML indents with spaces only: replace the tab with spaces", 1, 1, "no tab at")]
    [InlineData("- a\n- b", "this line is indented like the list item on line 1 (2 spaces), so YAML expects another item here: start it with '- ', or indent it like the keys it belongs with", 2, 1, "the lines are indented by 0 and 0")]
    [InlineData("- a\n - b", "this line is indented by 1 space, like neither the list item on line 1 (0 spaces) nor what follows its '- ' (1 space): indent it like one of the two", 2, 2, "what follows its '- ' is at 2")]
    [InlineData("a: 1", "some message nobody wrote", 1, 1, "no rule knows")]
    [InlineData("# c\n a: 1\n  b: 2\nc: 3", "this line is indented by 0 spaces, less than line 3 (2 spaces), where the file's top-level value starts, so it cannot belong to that value: indent it like line 3", 4, 1, "line 2 is the first")]
    [InlineData(" a: 1\n  b: 2", "this line is indented by 2 spaces, less than line 1 (1 space), where the file's top-level value starts, so it cannot belong to that value: indent it like line 1", 2, 3, "not less")]
    [InlineData("a: 1\n", "YAML reads this line as more of the value that goes on from line 1, so its ': ' cannot start a key: indent it like the keys it belongs with, or put the value in quotes", 2, 1, "no ':' on the line")]
    [InlineData("a: 1\n  # c\n  b: 2", "this line is indented by 2 spaces, less than line 2 (2 spaces), where the file's top-level value starts, so it cannot belong to that value: indent it like line 2", 3, 3, "line 1 is the first")]
    public void Untrue_FindsEveryFalseClaim(string yaml, string message, int line, int column, string problem)
    {
        // The checker itself: each false claim is caught (a checker that passes everything proves nothing).
        var offset = new Yaml.LineMap(yaml).StartOf(line) + column - 1;
        var diagnostic = new CatalogDiagnostic("PRG001", CatalogSeverity.Error, message, "c.yaml", SourceSpan.At(offset, line, column));

        Assert.Contains(problem, Untrue(yaml, diagnostic) ?? "(none)", StringComparison.Ordinal);
    }

    // Why the diagnostic's message is not true of the text at its place, or null when every claim holds.
    private static string? Untrue(string yaml, CatalogDiagnostic diagnostic)
    {
        var lines = yaml.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var lineNumber = diagnostic.Span.Line;
        if (lineNumber < 1 || lineNumber > lines.Length)
        {
            return "no such line";
        }

        var line = lines[lineNumber - 1];
        var at = diagnostic.Span.StartOffset;
        var here = at < yaml.Length ? yaml[at] : '\0';
        var message = diagnostic.Message;
        Match m;

        if (message == YamlSyntaxTab)
        {
            return here == '\t' && line[..(diagnostic.Span.Column - 1)].All(c => c is ' ' or '\t') ? null : "no tab at the start of the line";
        }

        if ((m = Regex.Match(message, @"^this line is indented deeper than line (\d+) \((\d+) spaces? against (\d+) spaces?\)")).Success)
        {
            var above = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return Check(
                (above == ContentLineAbove(lines, lineNumber), $"line {above} is not the line above"),
                (Indent(line) == Number(m, 2), $"this line is indented by {Indent(line)}"),
                (Indent(lines[above - 1]) == Number(m, 3), $"line {above} is indented by {Indent(lines[above - 1])}"),
                (Number(m, 2) > Number(m, 3), "not deeper"),
                (IsKey(lines[above - 1]), $"line {above} has no key"),
                (diagnostic.Span.Column == Indent(line) + 1, "not at the line's start"));
        }

        if ((m = Regex.Match(message, @"^line (\d+) above is a value without a key")).Success)
        {
            var above = Number(m, 1);
            return Check(
                (above == ContentLineAbove(lines, lineNumber), $"line {above} is not the line above"),
                (!IsKey(lines[above - 1]), $"line {above} has a key"));
        }

        if ((m = Regex.Match(message, @"^this line is indented by (\d+) spaces?, less than line (\d+) \((\d+) spaces?\), where the file's top-level value starts")).Success)
        {
            var first = Enumerable.Range(1, lines.Length).First(l => lines[l - 1].Trim(' ') is { Length: > 0 } t && t[0] != '#');
            return Check(
                (Number(m, 2) == first, $"line {first} is the first"),
                (Indent(line) == Number(m, 1) && Indent(lines[first - 1]) == Number(m, 3), "indentation"),
                (Number(m, 1) < Number(m, 3), "not less"),
                (diagnostic.Span.Column == Indent(line) + 1, "not at the line's start"));
        }

        if ((m = Regex.Match(message, @"^YAML reads this line as more of the value that goes on from line (\d+), so its ': '")).Success)
        {
            return Check((Number(m, 1) == ContentLineAbove(lines, lineNumber), $"line {m.Groups[1].Value} is not the line above"), (line.Contains(':', StringComparison.Ordinal), "no ':' on the line"));
        }

        if ((m = Regex.Match(message, @"^this line is indented by (\d+) spaces?, which matches no key")).Success)
        {
            var indent = Number(m, 1);
            var sibling = KeyAtIndentAbove(lines, lineNumber, indent);
            return Check(
                (Indent(line) == indent, $"the line is indented by {Indent(line)}"),
                (sibling is null, $"line {sibling} is a key at that indentation"),
                (diagnostic.Span.Column == indent + 1, "not at the line's start"));
        }

        if ((m = Regex.Match(message, @"^this list item is indented by (\d+) spaces?, where the mapping")).Success)
        {
            return Check((Indent(line) == Number(m, 1), $"the line is indented by {Indent(line)}"), (IsItem(line), "the line is not a list item"));
        }

        if ((m = Regex.Match(message, @"^this line is indented like the list item on line (\d+) \((\d+) spaces?\)")).Success)
        {
            var item = lines[Number(m, 1) - 1];
            return Check(
                (Number(m, 1) < lineNumber && IsItem(item), $"line {m.Groups[1].Value} is not a list item above"),
                (Indent(item) == Number(m, 2) && Indent(line) == Number(m, 2), $"the lines are indented by {Indent(item)} and {Indent(line)}"));
        }

        if ((m = Regex.Match(message, @"^this line is indented by (\d+) spaces?, like neither the list item on line (\d+) \((\d+) spaces?\) nor what follows its '- ' \((\d+) spaces?\)")).Success)
        {
            var item = lines[Number(m, 2) - 1];
            var follows = Indent(item) + 1 + item[(Indent(item) + 1)..].TakeWhile(c => c == ' ').Count();
            return Check(
                (Number(m, 2) < lineNumber && IsItem(item), $"line {m.Groups[2].Value} is not a list item above"),
                (Indent(line) == Number(m, 1) && Indent(item) == Number(m, 3), "indentation"),
                (follows == Number(m, 4), $"what follows its '- ' is at {follows}"),
                (Number(m, 1) != Number(m, 3) && Number(m, 1) != Number(m, 4), "it is like one of them"));
        }

        if (message.StartsWith("this line is a value without a key", StringComparison.Ordinal))
        {
            return Check((!IsKey(line) && !IsItem(line), "this line has a key or is a list item"), (diagnostic.Span.Column == Indent(line) + 1, "not at the line's start"));
        }

        if ((m = Regex.Match(message, "^this quoted value has no closing (.)")).Success)
        {
            var quote = m.Groups[1].Value[0];
            return Check((here == quote, $"no {quote} at the place"), (ClosingQuote(yaml, at) < 0, "the value is closed"));
        }

        if ((m = Regex.Match(message, "^this quoted value is not closed on its line, .* close the (.) on this line")).Success)
        {
            var close = ClosingQuote(yaml, at);
            return Check((here == m.Groups[1].Value[0], "no quote at the place"), (close < 0 || close > LineEnd(yaml, at), "the value is closed on its line"));
        }

        if ((m = Regex.Match(message, "^this quoted value is not closed before line (\\d+), whose '(---|\\.\\.\\.)'")).Success)
        {
            var close = ClosingQuote(yaml, at);
            var marker = Number(m, 1);
            return Check(
                (here is '"' or '\'', "no quote at the place"),
                (marker > lineNumber && lines[marker - 1].StartsWith(m.Groups[2].Value, StringComparison.Ordinal), $"line {marker} holds no marker"),
                (close < 0 || close > new Yaml.LineMap(yaml).StartOf(marker), "the value is closed before it"));
        }

        if ((m = Regex.Match(message, "^this '(.)' (list|mapping) is not closed")).Success)
        {
            return here == m.Groups[1].Value[0] ? null : $"no '{m.Groups[1].Value}' at the place";
        }

        if ((m = Regex.Match(message, "^text after the closing (.|'.') of a")).Success)
        {
            var closer = m.Groups[1].Value.Trim('\'') is { Length: 1 } c ? c[0] : '\'';
            var before = line[..(diagnostic.Span.Column - 1)].TrimEnd();
            return Check((before.Length > 0 && before[^1] == closer, $"no {closer} before the place"), (here is not (' ' or '\r' or '\n' or '\0'), "no text at the place"));
        }

        if ((m = Regex.Match(message, @"^'(\\.)' is not an escape YAML knows")).Success || (m = Regex.Match(message, "^the escape '([^']*)'")).Success)
        {
            var escape = m.Groups[1].Value;
            return string.CompareOrdinal(yaml, at, escape, 0, escape.Length) == 0 && line[..(diagnostic.Span.Column - 1)].Contains('"', StringComparison.Ordinal) ? null : $"no '{escape}' at the place";
        }

        if (message.StartsWith("a list cannot start on the line of its key", StringComparison.Ordinal))
        {
            return here == '-' && line[..(diagnostic.Span.Column - 1)].TrimEnd().EndsWith(':') ? null : "no '-' at the place after a key";
        }

        if (message.StartsWith("a value here holds ': '", StringComparison.Ordinal))
        {
            return line.Contains(": ", StringComparison.Ordinal) ? null : "no ': ' on the line";
        }

        // YamlDotNet's own words for what has no words of ours yet: true of its parser, named as such.
        return message.StartsWith("malformed YAML: ", StringComparison.Ordinal) ? null : "no rule knows this message";
    }

    private const string YamlSyntaxTab = "a tab indents this line; YAML indents with spaces only: replace the tab with spaces";

    private static string? Check(params (bool Holds, string Otherwise)[] claims) => claims.FirstOrDefault(c => !c.Holds).Otherwise;

    private static int Number(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Indent(string line) => line.TakeWhile(c => c == ' ').Count();

    private static bool IsItem(string line) => line.TrimStart(' ') is var t && (t == "-" || t.StartsWith("- ", StringComparison.Ordinal));

    private static bool IsKey(string line)
    {
        var code = line.Contains(" #", StringComparison.Ordinal) ? line[..line.IndexOf(" #", StringComparison.Ordinal)] : line;
        return code.Contains(": ", StringComparison.Ordinal) || code.TrimEnd().EndsWith(':');
    }

    // The nearest line above that is neither blank nor a comment.
    private static int ContentLineAbove(string[] lines, int lineNumber)
    {
        for (var above = lineNumber - 1; above >= 1; above--)
        {
            var t = lines[above - 1].Trim(' ');
            if (t.Length > 0 && t[0] != '#')
            {
                return above;
            }
        }

        return 0;
    }

    // A key line at exactly `indent` among the lines above, back to the first line indented less (the parent).
    private static int? KeyAtIndentAbove(string[] lines, int lineNumber, int indent)
    {
        for (var above = lineNumber - 1; above >= 1; above--)
        {
            var text = lines[above - 1];
            if (text.Trim(' ').Length == 0 || text.TrimStart(' ')[0] == '#')
            {
                continue;
            }

            if (Indent(text) < indent)
            {
                return null;
            }

            if (Indent(text) == indent && IsKey(text) && !IsItem(text))
            {
                return above;
            }
        }

        return null;
    }

    // The offset of the quote that closes the quoted value opening at `open`, or -1.
    private static int ClosingQuote(string yaml, int open)
    {
        var quote = yaml[open];
        for (var i = open + 1; i < yaml.Length; i++)
        {
            if (quote == '"' && yaml[i] == '\\')
            {
                i++;
            }
            else if (quote == '\'' && yaml[i] == '\'' && i + 1 < yaml.Length && yaml[i + 1] == '\'')
            {
                i++;
            }
            else if (yaml[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    private static int LineEnd(string yaml, int offset)
    {
        var end = yaml.IndexOfAny(['\r', '\n'], offset);
        return end < 0 ? yaml.Length : end;
    }

    private static string Show(string yaml) => yaml.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
