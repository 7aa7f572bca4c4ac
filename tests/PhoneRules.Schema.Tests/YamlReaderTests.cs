using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PhoneRules.Schema.Yaml;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The YAML layer: one test case per class of syntax error (code, message, line and column), the reader's
/// limits one under, at and one over, the constructs a catalog refuses, line and column arithmetic, and what
/// counts as YAML's null.
/// </summary>
public sealed class YamlReaderTests
{
    private const string File = "catalog.yaml";
    private const string ListNotClosed = "this '[' list is not closed: end it with ']' on its line, with ',' between items";
    private const string MappingNotClosed = "this '{' mapping is not closed: end it with '}' on its line, with ',' between entries (quote a value that holds a comma)";
    private const string SingleQuote = "this quoted value has no closing ': close it on the same line (write '' for a ' inside it)";
    private const string DoubleQuote = "this quoted value has no closing \": close it on the same line (write \\\" for a \" inside it)";
    private const string NoKey = "this line is indented by {0}, which matches no key of the mapping it is in: indent it exactly like the keys beside it";
    private const string Deeper = "this line is indented deeper than line {0} ({1} against {2}), so YAML reads it as the rest of line {0}'s value: give the two lines the same indentation";
    private const string Tab = "a tab indents this line; YAML indents with spaces only: replace the tab with spaces";

    public static TheoryData<string, string, string, int, int> SyntaxErrors => new()
    {
        { "unclosed '[' at the end of the file", "a: [b", ListNotClosed, 1, 4 },
        { "unclosed '[' followed by a line", "a: [b\nc: d", ListNotClosed, 1, 4 },
        { "unclosed '[' whose items go on", "a: [b,\nc: d]", ListNotClosed, 1, 4 },
        { "unclosed '[' at the start of the file", "[a", ListNotClosed, 1, 1 },
        { "unclosed '{' at the end of the file", "a: {b: c", MappingNotClosed, 1, 4 },
        { "unclosed '{' followed by a line", "a: {b\nc: d", MappingNotClosed, 1, 4 },
        { "unclosed '{' at the start of the file", "{a: b", MappingNotClosed, 1, 1 },
        { "unclosed '{' inside a closed-looking '['", "a: [b, {c", MappingNotClosed, 1, 8 },
        { "unclosed single quote", "a: 'x", SingleQuote, 1, 4 },
        { "unclosed double quote", "a: \"x", DoubleQuote, 1, 4 },
        { "unclosed single quote at the start", "'x", SingleQuote, 1, 1 },
        { "unclosed double quote at the start", "\"x", DoubleQuote, 1, 1 },
        { "key indented by one space too few", "a:\n  b: 1\n c: 2", string.Format(NoKey, "1 space"), 3, 2 },
        { "key without a value", "a:\n  b: 1\n  c\n", string.Format(NoKey, "2 spaces"), 3, 3 },
        { "list item after a mapping", "a: 1\n- b", string.Format(NoKey, "0 spaces"), 2, 1 },
        { "key indented wrongly after a comment", "a:\n# c\n   b: 1\n  c: 2", string.Format(NoKey, "2 spaces"), 4, 3 },
        { "key indented deeper after a comment", "a:\n  b: 1\n\n  # note\n    c: 2", string.Format(NoKey, "4 spaces"), 5, 5 },
        { "mapping after a list", "- a\nb: 1", "this list item is indented by 0 spaces, unlike the items before it: start every item with '- ' at the same indentation", 2, 1 },
        { "a value holding ': '", "a: b: c", "a value here holds ': ', which YAML reads as the start of another key: put the value in quotes", 1, 5 },
        { "key indented deeper than the one above", "a:\n  b: 1\n    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 3, 5 },
        { "deeper after a blank line, CR LF", "a: 1\r\n\r\n  b: 2\r\n c: 3", string.Format(Deeper, 1, "2 spaces", "0 spaces"), 3, 3 },
        { "deeper after a blank line, lone CR", "a:\n  b: 1\r\r    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 4, 5 },
        { "deeper, the file starting with a blank line", "\n  b: 1\n    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 3, 5 },
        { "deeper, the line above without ': '", "a:\n  b:x\n    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 3, 5 },
        { "deeper than one space", " - a\n  b: 1", string.Format(Deeper, 1, "2 spaces", "1 space"), 2, 3 },
        { "character that starts no token", "a: @x", "malformed YAML: While scanning for the next token, found character that cannot start any token.", 1, 4 },
        { "second line less indented than the first", "  a: 1\nb: 2", "malformed YAML: Did not find expected <document end>.", 2, 1 },
        { "closing bracket without an opening one", "a: }", "malformed YAML: While parsing a node, did not find expected node content.", 1, 4 },
        { "two version directives", "%YAML 1.1\n%YAML 1.1\n---\na: 1", "malformed YAML: While scanning a version directive, did not find preceding <document end>.", 2, 1 },
        { "tab indenting a list item", "a:\n\t- b", Tab, 2, 1 },
        { "tab indenting after a value that holds a tab", "a: x\ty\nb:\n\tc: 1", Tab, 3, 1 },
        { "tab indenting a block scalar", "a: |\n\tb", Tab, 2, 1 },
        { "tab after spaces indenting a list item", "a:\n  - b\n \t- c", Tab, 3, 2 },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void SyntaxError_EveryClass_HasItsCodeMessageAndPlace(string what, string yaml, string message, int line, int column)
    {
        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.True(
            ("PRG001", message, line, column) == (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column),
            $"{what}: {diagnostic.Code} {diagnostic.Span.Line}:{diagnostic.Span.Column} {diagnostic.Message}");
        Assert.Equal(File, diagnostic.FilePath);
    }

    [Theory]
    [InlineData("a:\n  b: 1\n\t\tc: 2", "3:1 3:2")]
    [InlineData("a: |\n\tb\n\tc", "2:1 3:1")]
    public void EveryTabThatIndentsALine_IsReported(string yaml, string places)
    {
        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.All(diagnostics, d => Assert.Equal(("PRG001", Tab), (d.Code, d.Message)));
        Assert.Equal(places, string.Join(" ", diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column}")));
    }

    public static TheoryData<string, string, string, int, int> RefusedConstructs => new()
    {
        { "alias", "a: *x", "alias '*x' is not allowed in a catalog; write the value out", 1, 4 },
        { "anchor", "&x a: 1", "anchor '&x' is not allowed in a catalog; write each value where it is used", 1, 1 },
        { "tag", "a: !!str x\nb: !!str y", "tag 'tag:yaml.org,2002:str' is not allowed in a catalog; the schema gives every value its type", 1, 4 },
        { "mapping as a key", "? {a: 1}\n: x", "a key must be a single value, not a mapping", 1, 3 },
        { "list as a key", "{[a]: 1}", "a key must be a single value, not a list", 1, 2 },
        { "second document", "a: b\n--- x\n", "a catalog is one YAML document; remove the second '---' and what follows it, or merge it into the first", 2, 1 },
        { "merge key", "a:\n  <<: {b: 1}", "merge keys ('<<') are not allowed in a catalog; write the fields out", 2, 3 },
    };

    [Theory]
    [MemberData(nameof(RefusedConstructs))]
    public void RefusedConstruct_StopsTheReadWithOnePRG014(string what, string yaml, string message, int line, int column)
    {
        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.True(
            ("PRG014", message, line, column) == (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column),
            $"{what}: {diagnostic.Code} {diagnostic.Span.Line}:{diagnostic.Span.Column} {diagnostic.Message}");
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, null)]
    [InlineData(6, "a value of 6 characters exceeds the limit of 5")]
    public void ScalarLength_OneUnderAtAndOneOverTheLimit(int length, string? message)
    {
        var diagnostics = new List<CatalogDiagnostic>();

        var root = CatalogYamlReader.Read("a: " + new string('x', length), File, new ReaderLimits { MaxScalarLength = 5 }, diagnostics, CancellationToken.None);

        if (message is null)
        {
            Assert.Empty(diagnostics);
            Assert.Equal(new string('x', length), Assert.IsType<YamlScalar>(Assert.Single(Assert.IsType<YamlMapping>(root).Entries).Value).Value);
        }
        else
        {
            Assert.Null(root);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(("PRG013", message, 1, 4), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Depth_OneUnderAtAndOneOverTheLimit(int depth)
    {
        // depth nested mappings: "k0:\n  k1:\n    k2: v" is three.
        var yaml = string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "k" + i + (i == depth - 1 ? ": v" : ":\n")));
        var diagnostics = new List<CatalogDiagnostic>();

        var root = CatalogYamlReader.Read(yaml, File, new ReaderLimits { MaxDepth = 3 }, diagnostics, CancellationToken.None);

        if (depth <= 3)
        {
            Assert.Empty(diagnostics);
            Assert.NotNull(root);
        }
        else
        {
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(("PRG013", "nesting deeper than 3 levels", 4, 7), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
        }
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void DuplicateKey_IsFound_InAMappingOfAnySize(int keys)
    {
        var yaml = string.Concat(Enumerable.Range(0, keys).Select(i => $"k{i}: {i}\n")) + "k0: again\n";
        var diagnostics = new List<CatalogDiagnostic>();

        Assert.Null(CatalogYamlReader.Read(yaml, File, ReaderLimits.Default, diagnostics, CancellationToken.None));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PRG007", "duplicate key 'k0' in this mapping", keys + 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void LongRead_ObservesCancellation()
    {
        var yaml = string.Concat(Enumerable.Range(0, 3000).Select(i => $"- {i}\n"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.NotNull(CatalogYamlReader.Read(yaml, File, ReaderLimits.Default, new List<CatalogDiagnostic>(), CancellationToken.None));
        Assert.ThrowsAny<OperationCanceledException>(() => CatalogYamlReader.Read(yaml, File, ReaderLimits.Default, new List<CatalogDiagnostic>(), cancelled.Token));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("~", true)]
    [InlineData("null", true)]
    [InlineData("Null", true)]
    [InlineData("NULL", true)]
    [InlineData("nULL", false)]
    [InlineData("'~'", false)]
    [InlineData("\"null\"", false)]
    public void YamlNull_IsAnAbsentOptionalValue_AndNothingElseIs(string value, bool isNull)
    {
        var yaml = Replace(Small, "units: 12", "units: " + value);

        var result = CatalogReader.ReadText(yaml, File);

        if (isNull)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Null(result.Document!.Entities.Single(e => e.Key == "pyongyang-2425").Get("units")?.Value);
        }
        else
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("PRG005", Position(yaml, "units: " + value).Line), (diagnostic.Code, diagnostic.Span.Line));
        }
    }

    [Theory]
    [InlineData("data: x", "'data' expects a mapping of type names to entities, not a single value")]
    [InlineData("data: [a]", "'data' expects a mapping of type names to entities, not a list")]
    [InlineData("data:\n  Maker: hi", "'Maker' in 'data' expects a mapping of keys to entities, not a single value")]
    [InlineData("data:\n  Maker: [a]", "'Maker' in 'data' expects a mapping of keys to entities, not a list")]
    [InlineData("data:\n  Maker: 'null'", "'Maker' in 'data' expects a mapping of keys to entities, not a single value")]
    public void WrongKindOfNode_IsNamedInWords(string data, string message)
    {
        var yaml = Small[..Small.IndexOf("data:", StringComparison.Ordinal)] + data;

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal(("PRG005", message), (diagnostic.Code, diagnostic.Message));
    }

    [Theory]
    [InlineData("~", "the catalog must be a mapping with 'schema', 'settings' and 'data', not nothing")]
    [InlineData("x", "the catalog must be a mapping with 'schema', 'settings' and 'data', not a single value")]
    [InlineData("[x]", "the catalog must be a mapping with 'schema', 'settings' and 'data', not a list")]
    public void CatalogThatIsNotAMapping_SaysWhatItIs(string yaml, string message)
    {
        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal(("PRG011", message, 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Theory]
    [InlineData("ab\ncd", -1, 0, 1, 1)]
    [InlineData("ab\ncd", -100, 0, 1, 1)]
    [InlineData("ab\ncd", 0, 0, 1, 1)]
    [InlineData("ab\ncd", 2, 2, 1, 3)]
    [InlineData("ab\ncd", 3, 3, 2, 1)]
    [InlineData("ab\ncd", 5, 5, 2, 3)]
    [InlineData("ab\ncd", 6, 5, 2, 3)]
    [InlineData("ab\ncd", 100, 5, 2, 3)]
    [InlineData("ab\r\ncd", 3, 3, 1, 4)]
    [InlineData("ab\r\ncd", 4, 4, 2, 1)]
    [InlineData("ab\rcd", 3, 3, 2, 1)]
    [InlineData("\r\r", 2, 2, 3, 1)]
    [InlineData("", 1, 0, 1, 1)]
    public void LineMap_At_ClampsIntoTheText_AndCountsEveryLineBreakStyle(string text, int offset, int clamped, int line, int column)
    {
        var span = new LineMap(text).At(offset);

        Assert.Equal((clamped, clamped, line, column, line, column), (span.StartOffset, span.EndOffset, span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Theory]
    [InlineData(1, 4, 1, 4, 1, 2, 2, 2)]
    [InlineData(4, 1, 4, 4, 2, 2, 2, 2)]
    [InlineData(-3, 100, 0, 5, 1, 1, 2, 3)]
    [InlineData(100, -3, 5, 5, 2, 3, 2, 3)]
    public void LineMap_Span_ClampsBothEnds_AndNeverEndsBeforeItStarts(int start, int end, int startOffset, int endOffset, int line, int column, int endLine, int endColumn)
    {
        var span = new LineMap("ab\ncd").Span(start, end);

        Assert.Equal((startOffset, endOffset, line, column, endLine, endColumn), (span.StartOffset, span.EndOffset, span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb\rc\n", 4)]
    public void LineMap_LineCount_IsOneMoreThanTheLineBreaks(string text, int count)
    {
        Assert.Equal(count, new LineMap(text).LineCount);
    }
}
