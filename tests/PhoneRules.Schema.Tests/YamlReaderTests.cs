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
    private const string NotClosedOnItsLine = "this quoted value is not closed on its line, and a line after it is not indented deeper than its key, so YAML cannot read it as more of the value: close the \" on this line (write \\\" for a \" inside it)";
    private const string ValueWithoutKey = "this line is a value without a key: write it as 'key: value', or as '- value' in a list";
    private const string AboveWithoutKey = "line {0} above is a value without a key, so YAML reads this line as more of that value: write line {0} as 'key: value', or remove it";
    private const string ItemInMapping = "this list item is indented by {0}, where the mapping around it expects a key: give a list a key of its own, and indent its items alike under that key";
    private const string LikeTheItem = "this line is indented like the list item on line {0} ({1}), so YAML expects another item here: start it with '- ', or indent it like the keys it belongs with";
    private const string LikeNeither = "this line is indented by {0}, like neither the list item on line {1} ({2}) nor what follows its '- ' ({3}): indent it like one of the two";
    private const string AfterQuote = "text after the closing {0} of a quoted value: only a comment may follow it on its line; remove the text, or put the whole value in quotes (write {1} for a {0} inside it)";
    private const string AfterList = "text after the closing ']' of a list: only a comment may follow it on its line; remove the text, or put the whole value in quotes";
    private const string AfterMapping = "text after the closing '}' of a mapping: only a comment may follow it on its line; remove the text, or put the whole value in quotes";
    private const string UnknownEscape = "'\\{0}' is not an escape YAML knows; inside double quotes a backslash starts one of \\\\ \\\" \\/ \\0 \\a \\b \\t \\n \\v \\f \\r \\e \\N \\_ \\L \\P \\xXX \\uXXXX \\UXXXXXXXX: write \\\\ for a backslash, or put the value in single quotes, where a backslash is plain text";
    private const string ShortEscape = "the escape '{0}' needs {1} hexadecimal digits after '{2}': write all {1} (such as '{3}'), write \\\\ for a backslash, or put the value in single quotes";
    private const string NoCharacter = "the escape '{0}' is not a Unicode character (a lone surrogate, or past \\U0010FFFF): write the character itself, or its code as one escape";

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
        { "key without a value", "a:\n  b: 1\n  c\n", ValueWithoutKey, 3, 3 },
        { "value without a key after a mapping", "a: b\nc", ValueWithoutKey, 2, 1 },
        { "value without a key after a list item", "- a\nb", ValueWithoutKey, 2, 1 },
        { "value without a key after a closed quote", "a: 'x'\n  y", ValueWithoutKey, 2, 3 },
        { "list item after a mapping", "a: 1\n- b", string.Format(ItemInMapping, "0 spaces"), 2, 1 },
        { "list item less indented than its list", "a:\n  b:\n    - x\n   - y", string.Format(ItemInMapping, "3 spaces"), 4, 4 },
        { "key indented wrongly after a comment", "a:\n# c\n   b: 1\n  c: 2", string.Format(NoKey, "2 spaces"), 4, 3 },
        { "key indented deeper after a comment", "a:\n  b: 1\n\n  # note\n    c: 2", string.Format(NoKey, "4 spaces"), 5, 5 },
        { "a '{' where a key is expected, a key above at its indentation", "   k: |\n    ---\n   {b: c\n   [b] c", "malformed YAML: While parsing a block mapping, did not find expected key.", 3, 4 },
        { "a value without a key that holds ': '", " \n: v\n   y z\n{b: c}}", "malformed YAML: While scanning a simple key, could not find expected ':'.", 4, 1 },
        { "key under a bare '-', less indented than the one above", "-\n  a: 1\n b: 2", "malformed YAML: While parsing a block collection, did not find expected '-' indicator.", 3, 2 },
        { "text after a quote in a list", "   -\n    \"x\" y\n   \"x\" y", string.Format(AfterQuote, "\"", "\\\""), 2, 9 },
        { "key indented deeper after a closed quote", "a: \"x\"\n  b: 1", string.Format(NoKey, "2 spaces"), 2, 3 },
        { "mapping after a list", "- a\nb: 1", string.Format(LikeTheItem, 1, "0 spaces"), 2, 1 },
        { "key after a nested list", "a:\n  - x\n  b: 1", string.Format(LikeTheItem, 2, "2 spaces"), 3, 3 },
        { "key after a comment after a list", "- a\n# c\nb: 1", string.Format(LikeTheItem, 1, "0 spaces"), 3, 1 },
        { "key of an item indented by one", "- a\n- b: c\n d: e", string.Format(LikeNeither, "1 space", 2, "0 spaces", "2 spaces"), 3, 2 },
        { "key of an indented item", "a:\n  -   b: c\n   d: e", string.Format(LikeNeither, "3 spaces", 2, "2 spaces", "6 spaces"), 3, 4 },
        { "a value holding ': '", "a: b: c", "a value here holds ': ', which YAML reads as the start of another key: put the value in quotes", 1, 5 },
        { "a list item's value holding ': '", "- a: b: c", "a value here holds ': ', which YAML reads as the start of another key: put the value in quotes", 1, 7 },
        { "key indented deeper than the one above", "a:\n  b: 1\n    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 3, 5 },
        { "key indented one deeper than the one above", "a: b\n c: d", string.Format(Deeper, 1, "1 space", "0 spaces"), 2, 2 },
        { "deeper after a blank line, CR LF", "a: 1\r\n\r\n  b: 2\r\n c: 3", string.Format(Deeper, 1, "2 spaces", "0 spaces"), 3, 3 },
        { "deeper after a blank line, lone CR", "a:\n  b: 1\r\r    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 4, 5 },
        { "key indented deeper after comments, CR LF", "a: 1\r\n# x\r\n  # y\r\n\r\n  b: 2", string.Format(NoKey, "2 spaces"), 5, 3 },
        { "deeper, the file starting with a blank line", "\n  b: 1\n    c: 2", string.Format(Deeper, 2, "4 spaces", "2 spaces"), 3, 5 },
        { "deeper than a key without a value", "a:\n  b:\n    c\n      d: 1", string.Format(AboveWithoutKey, 3), 4, 7 },
        { "key after a bare value", "x\na: 1", string.Format(AboveWithoutKey, 1), 2, 1 },
        { "key after a bare value and a blank line", "x\n\na: 1", string.Format(AboveWithoutKey, 1), 3, 1 },
        { "key after a value that goes on from a key", "a:\n  b\n  c: d", string.Format(AboveWithoutKey, 2), 3, 3 },
        { "key after a value without ': '", "a:\n  b:x\n    c: 2", string.Format(AboveWithoutKey, 2), 3, 5 },
        { "key after a list item's value", " - a\n  b: 1", string.Format(AboveWithoutKey, 1), 2, 3 },
        { "text after a closing single quote", "a: 'x'y", string.Format(AfterQuote, "'", "''"), 1, 7 },
        { "text after a closing double quote", "a: \"x\"y", string.Format(AfterQuote, "\"", "\\\""), 1, 7 },
        { "a second quoted value after the first", "a: 'x' 'y'", string.Format(AfterQuote, "'", "''"), 1, 8 },
        { "text after a quoted key", "\"a\" x: 1", string.Format(AfterQuote, "\"", "\\\""), 1, 5 },
        { "text after a closing quote, nested", "a:\n  b: 'x'y\n", string.Format(AfterQuote, "'", "''"), 2, 9 },
        { "a second ']'", "a: [b]]", AfterList, 1, 7 },
        { "a word after ']'", "a: [b] c", AfterList, 1, 8 },
        { "a comma after ']'", "a: [b],", AfterList, 1, 7 },
        { "a key after ']'", "a: [b]: c", AfterList, 1, 7 },
        { "a second '}'", "a: {b: c}}", AfterMapping, 1, 10 },
        { "unknown escape", "a: \"\\q\"", string.Format(UnknownEscape, "q"), 1, 5 },
        { "unknown escape after valid ones", "a:\n  b: \"x\\\\\\\"\\t\\ \\0\\z\"", string.Format(UnknownEscape, "z"), 2, 18 },
        { "Windows path in double quotes", "a: \"C:\\new\\dir\"", string.Format(UnknownEscape, "d"), 1, 11 },
        { "short \\x escape", "a: \"x\\x4g\"", string.Format(ShortEscape, "\\x4", 2, "\\x", "\\x0A"), 1, 6 },
        { "\\x escape at the closing quote", "a: \"\\x\"", string.Format(ShortEscape, "\\x", 2, "\\x", "\\x0A"), 1, 5 },
        { "short \\u escape", "a: \"\\u12\"", string.Format(ShortEscape, "\\u12", 4, "\\u", "\\u000A"), 1, 5 },
        { "short \\U escape", "a: \"\\U0001F60\"", string.Format(ShortEscape, "\\U0001F60", 8, "\\U", "\\U0000000A"), 1, 5 },
        { "lone surrogate", "a: \"\\uD800\"", string.Format(NoCharacter, "\\uD800"), 1, 5 },
        { "lone low surrogate", "a: \"ok \\u00e9 \\uDC00x\"", string.Format(NoCharacter, "\\uDC00"), 1, 15 },
        { "high surrogate before text", "a: \"\\uD83Dx\"", string.Format(NoCharacter, "\\uD83D"), 1, 5 },
        { "short escape at the end of the file", "a: \"\\x4", string.Format(ShortEscape, "\\x4", 2, "\\x", "\\x0A"), 1, 5 },
        { "surrogate pair, then an unknown escape", "a: \"\\uD83D\\uDE00 \\U0001F600 \\uD83D\\U0000DE00 \\q\"", string.Format(UnknownEscape, "q"), 1, 46 },
        { "high surrogate before another escape", "a: \"\\uD83D\\x41\"", string.Format(NoCharacter, "\\uD83D"), 1, 5 },
        { "high surrogate before hex digits", "a: \"\\uD800ab\"", string.Format(NoCharacter, "\\uD800"), 1, 5 },
        { "two low surrogates", "a: \"\\uDC00\\uDC00\"", string.Format(NoCharacter, "\\uDC00"), 1, 5 },
        { "code past U+10FFFF before a hex digit", "a: \"\\U0011FFFF0\"", string.Format(NoCharacter, "\\U0011FFFF"), 1, 5 },
        { "value without a key whose comment holds ': '", "a:\n  b: 1\n  c # x: y", ValueWithoutKey, 3, 3 },
        { "key without a value indented one too few", "a:\n  b: 1\n c:", string.Format(NoKey, "1 space"), 3, 2 },
        { "key with ':' at its end after a bare value", "x\na:", string.Format(AboveWithoutKey, 1), 2, 1 },
        { "quoted value running into '---' after '---x'", "a: 'x\n---x\n---\n'", "this quoted value is not closed before line 3, whose '---' marks the end of a YAML document: close the quote on its own line (write '' for a ' inside it)", 1, 4 },
        { "a list on the line of a list item's key", "- a: - b", "a list cannot start on the line of its key: put each '- ' item on a line of its own, indented under the key", 1, 6 },
        { "unclosed quote, the next line led by a tab", "a: 'x\n\ty", SingleQuote, 1, 4 },
        { "a character that starts no token, less indented than the first line", "  a: 1\n@x", "malformed YAML: While scanning for the next token, found character that cannot start any token.", 2, 1 },
        { "quoted value not closed, a key and '---' after it", "a:\n  b: \"x\nc: 1\n---\n", NotClosedOnItsLine, 2, 6 },
        { "closing quote at the start of a line, then text", "a: 'x\n' y", string.Format(AfterQuote, "'", "''"), 2, 3 },
        { "key under a bare '-', indented like nothing above", "-\n   a: 1\n  b: 2", "malformed YAML: While parsing a block collection, did not find expected '-' indicator.", 3, 3 },
        { "quoted value running into '---', CR LF", "a: 'x\r\n---\r\n'", "this quoted value is not closed before line 2, whose '---' marks the end of a YAML document: close the quote on its own line (write '' for a ' inside it)", 1, 4 },
        { "quoted value running into '---' and a tab", "a: 'x\n---\tx\n'", "this quoted value is not closed before line 2, whose '---' marks the end of a YAML document: close the quote on its own line (write '' for a ' inside it)", 1, 4 },
        { "a list after a closing quote", "a: 'b' - c", string.Format(AfterQuote, "'", "''"), 1, 8 },
        { "a list after a closing ']'", "[a] - b", AfterList, 1, 5 },
        { "unclosed '[' holding a closed one", "a: [b, [c], d", ListNotClosed, 1, 4 },
        { "unclosed '{' holding a closed '['", "a: {b: [c], d: e", MappingNotClosed, 1, 4 },
        { "the end of the file after a closing quote", "-\nx\n  [b\n [b] c\n    \"\\q\"", "malformed YAML: While parsing a block collection, did not find expected '-' indicator.", 5, 9 },
        { "text after a closing quote, an unknown escape after it", "a: 'x'y \"\\q\"", string.Format(AfterQuote, "'", "''"), 1, 7 },
        { "escaped backslash, then a letter, then an unknown escape", "a: \"\\\\q\\z\"", string.Format(UnknownEscape, "z"), 1, 8 },
        { "lowest surrogate pair, then an unknown escape", "a: \"\\uD800\\uDC00 \\q\"", string.Format(UnknownEscape, "q"), 1, 18 },
        { "highest surrogate pair, then an unknown escape", "a: \"\\uDBFF\\uDFFF \\q\"", string.Format(UnknownEscape, "q"), 1, 18 },
        { "surrogate pair right before an unknown escape", "a: \"\\uD83D\\uDE00\\q\"", string.Format(UnknownEscape, "q"), 1, 17 },
        { "highest lone surrogate", "a: \"\\uDFFF\"", string.Format(NoCharacter, "\\uDFFF"), 1, 5 },
        { "U+10FFFF, then an unknown escape", "a: \"\\U0010FFFF \\q\"", string.Format(UnknownEscape, "q"), 1, 16 },
        { "code past U+10FFFF", "a: \"\\U0011FFFF\"", string.Format(NoCharacter, "\\U0011FFFF"), 1, 5 },
        { "backslash at the end of the file", "a: \"x\\", DoubleQuote, 1, 4 },
        { "quoted value running into '---'", "a: \"x\n---\ny\"", "this quoted value is not closed before line 2, whose '---' marks the end of a YAML document: close the quote on its own line (write \\\" for a \" inside it)", 1, 4 },
        { "quoted value running into '...'", "a: 'x\n\n...\n'", "this quoted value is not closed before line 3, whose '...' marks the end of a YAML document: close the quote on its own line (write '' for a ' inside it)", 1, 4 },
        { "quoted value running into '---' at the end", "a: \"x\n---", "this quoted value is not closed before line 2, whose '---' marks the end of a YAML document: close the quote on its own line (write \\\" for a \" inside it)", 1, 4 },
        { "quoted value not closed, the next line a key", "a:\n  b: \"x\nc: 1", NotClosedOnItsLine, 2, 6 },
        { "quoted value going on at the key's indentation", "a: \"x\ny\"", NotClosedOnItsLine, 1, 4 },
        { "a list on the line of its key", "a: - b", "a list cannot start on the line of its key: put each '- ' item on a line of its own, indented under the key", 1, 4 },
        { "character that starts no token", "a: @x", "malformed YAML: While scanning for the next token, found character that cannot start any token.", 1, 4 },
        { "second line less indented than the first", "  a: 1\nb: 2", "this line is indented by 0 spaces, less than line 1 (2 spaces), where the file's top-level value starts, so it cannot belong to that value: indent it like line 1", 2, 1 },
        { "a key less indented than the first, after comments", "# a\n\n   # b\n   a: 1\n b: 2", "this line is indented by 1 space, less than line 4 (3 spaces), where the file's top-level value starts, so it cannot belong to that value: indent it like line 4", 5, 2 },
        { "a key after a value that is the whole file", "'a'\nb: 1", "malformed YAML: Did not find expected <document end>.", 2, 1 },
        { "closing bracket without an opening one", "a: }", "malformed YAML: While parsing a node, did not find expected node content.", 1, 4 },
        { "a version directive after a document without '...'", "---\nscalar1 # comment\n%YAML 1.2\n---\nscalar2", "malformed YAML: While parsing a document start node, could not find document end marker before version directive.", 3, 1 },
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
    [InlineData("\ta: 1", "1:1")]
    [InlineData("# c\n\ta: 1\n\tb: 2", "2:1 3:1")]
    [InlineData("\t- a", "1:1")]
    [InlineData("\t{a: 1}", "1:1")]
    [InlineData("a:\n  \tb: 1", "2:3")]
    [InlineData("a:\n \t b: 1\n \t c: 2", "2:2 3:2")]
    [InlineData("a: |\n  x\nb:\n\t- c", "4:1")]
    [InlineData("a: \"x\n  y\"\nb: [c,\n  d]\n\tc: 1", "5:1")]
    [InlineData("a:\r\n\tb: 1\r\n", "2:1")]
    [InlineData("a:\r\tb: 1", "2:1")]
    [InlineData("\ta: \"x\n  y\"", "1:1")]
    [InlineData("\t[a,\n\tb]", "1:1")]
    public void EveryTabThatIndentsALine_IsReported(string yaml, string places)
    {
        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.All(diagnostics, d => Assert.Equal(("PRG001", Tab), (d.Code, d.Message)));
        Assert.Equal(places, string.Join(" ", diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column}")));
    }

    [Theory]
    [InlineData("a: |\n  x\n  \ty")]
    [InlineData("a: >\n  x\n  \t\n  y")]
    [InlineData("a: \"x\n\ty\"")]
    [InlineData("a: 'x\n \t y'")]
    [InlineData("a: [b,\n\tc]")]
    [InlineData("a: {b: 1,\n\tc: 2}")]
    [InlineData("a: 1\n \t\nb: 2\n \t")]
    [InlineData(" \t\na: 1")]
    [InlineData("a: x\ty\nb: 1 \t\n")]
    [InlineData("a:\n  - |\n    x\n    \t\ty")]
    [InlineData("? |\n  x\n  \ty\n: 1")]
    public void TabThatIsPartOfAValueOrIndentsNothing_IsNotReported(string yaml)
    {
        Assert.DoesNotContain(CatalogReader.ReadText(yaml, File).Diagnostics, d => d.Code == "PRG001");
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

    [Fact]
    public void YamlDotNetsRoad_StopsWhenCancelled_WithinItsFirstThousandEvents()
    {
        // Cancellation is looked at every 1,024 events, so a long read stops early: 3,000 items are over 3,000 events.
        var text = "items:\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"  - item-{i}\n"));
        var diagnostics = new List<CatalogDiagnostic>();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CatalogYamlReader.ReadWithYamlDotNet(text, "t.yaml", ReaderLimits.Default, diagnostics, cancelled.Token));
        Assert.Empty(diagnostics);
        Assert.NotNull(CatalogYamlReader.ReadWithYamlDotNet(text, "t.yaml", ReaderLimits.Default, diagnostics, CancellationToken.None));
        Assert.Empty(diagnostics);
    }
}
