using System.Collections.Generic;
using System.Linq;
using System.Text;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// Bytes to text: UTF-8 only, a UTF-8 BOM dropped, UTF-16 refused, every class of invalid UTF-8 located by line
/// and column (lines end at LF, CR LF or a lone CR), and each sequence at the edge of a class accepted.
/// </summary>
public sealed class CatalogTextTests
{
    private const string File = "catalog.yaml";
    private const string Utf16 = "the file is UTF-16; save it as UTF-8";

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    public void Utf16ByteOrderMark_ReportsPRG015AtTheStart(byte[] bytes)
    {
        var diagnostic = Assert.Single(CatalogReader.ReadBytes(bytes, File).Diagnostics);

        Assert.Equal(("PRG015", Utf16, 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0xFF, 1, 1)]
    [InlineData(new byte[] { 0xFE }, 0xFE, 1, 1)]
    [InlineData(new byte[] { 0xFF, 0x61 }, 0xFF, 1, 1)]
    [InlineData(new byte[] { 0xFE, 0x61 }, 0xFE, 1, 1)]
    [InlineData(new byte[] { 0x61, 0xFE }, 0xFE, 1, 2)]
    [InlineData(new byte[] { 0x61, 0xFF }, 0xFF, 1, 2)]
    [InlineData(new byte[] { 0x80, 0x61 }, 0x80, 1, 1)]
    [InlineData(new byte[] { 0x61, 0x80 }, 0x80, 1, 2)]
    public void ByteThatOnlyHalfLooksLikeUtf16_IsInvalidUtf8_NotUtf16(byte[] bytes, int invalid, int line, int column)
    {
        var diagnostic = Assert.Single(CatalogReader.ReadBytes(bytes, File).Diagnostics);

        Assert.Equal(("PRG015", $"invalid UTF-8 byte 0x{invalid:X2}; save the file as UTF-8", line, column), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    public static TheoryData<string, byte[], int> InvalidSequences => new()
    {
        { "lone continuation byte", [0x80], 0x80 },
        { "byte that starts no sequence", [0xF8, 0x80, 0x80, 0x80], 0xF8 },
        { "two-byte sequence cut off at the end", [0xC3], 0xC3 },
        { "three-byte sequence cut off at the end", [0xE2, 0x82], 0xE2 },
        { "four-byte sequence cut off at the end", [0xF0, 0x9F, 0x98], 0xF0 },
        { "continuation byte missing", [0xC3, 0x41], 0xC3 },
        { "overlong two-byte NUL", [0xC0, 0x80], 0xC0 },
        { "overlong two-byte, largest", [0xC1, 0xBF], 0xC1 },
        { "overlong three-byte", [0xE0, 0x9F, 0xBF], 0xE0 },
        { "overlong four-byte", [0xF0, 0x8F, 0xBF, 0xBF], 0xF0 },
        { "first surrogate U+D800", [0xED, 0xA0, 0x80], 0xED },
        { "last surrogate U+DFFF", [0xED, 0xBF, 0xBF], 0xED },
        { "past U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 0xF4 },
    };

    [Theory]
    [MemberData(nameof(InvalidSequences))]
    public void InvalidUtf8_EveryClass_IsReportedAtItsFirstByte(string what, byte[] sequence, int first)
    {
        // After "a: b\nc: " the sequence starts at line 2, column 4; the same sequence at the very start is at 1:1.
        foreach (var (prefix, line, column) in new[] { ("a: b\nc: ", 2, 4), (string.Empty, 1, 1) })
        {
            var bytes = Encoding.UTF8.GetBytes(prefix).Concat(sequence).ToArray();

            var diagnostic = Assert.Single(CatalogReader.ReadBytes(bytes, File).Diagnostics);

            Assert.True(
                ("PRG015", $"invalid UTF-8 byte 0x{first:X2}; save the file as UTF-8", line, column) == (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column),
                $"{what} after '{prefix}': {diagnostic.Code} {diagnostic.Span.Line}:{diagnostic.Span.Column} {diagnostic.Message}");
        }
    }

    [Theory]
    [InlineData("U+007E, last printable one-byte", new byte[] { 0x7E }, "~")]
    [InlineData("U+00A0, first printable two-byte", new byte[] { 0xC2, 0xA0 }, "\u00A0")]
    [InlineData("U+07FF, last two-byte", new byte[] { 0xDF, 0xBF }, "\u07FF")]
    [InlineData("U+0800, first three-byte", new byte[] { 0xE0, 0xA0, 0x80 }, "\u0800")]
    [InlineData("U+D7FF, just below the surrogates", new byte[] { 0xED, 0x9F, 0xBF }, "\uD7FF")]
    [InlineData("U+E000, just above the surrogates", new byte[] { 0xEE, 0x80, 0x80 }, "\uE000")]
    [InlineData("U+FFFC, last three-byte the format allows", new byte[] { 0xEF, 0xBF, 0xBC }, "\uFFFC")]
    [InlineData("U+10000, first four-byte", new byte[] { 0xF0, 0x90, 0x80, 0x80 }, "\U00010000")]
    [InlineData("U+10FFFF, last code point", new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, "\U0010FFFF")]
    public void ValidUtf8_AtTheEdgeOfEveryClass_Decodes(string what, byte[] sequence, string expected)
    {
        // At the end of the bytes, so a sequence that ends exactly at the end is not mistaken for a cut-off one.
        var diagnostics = new List<CatalogDiagnostic>();

        var text = CatalogText.Decode(Encoding.UTF8.GetBytes("a: ").Concat(sequence).ToArray(), File, diagnostics);

        Assert.True(diagnostics.Count == 0, what + ": " + string.Join("; ", diagnostics.Select(d => d.Message)));
        Assert.Equal("a: " + expected, text);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F }, "U+007F")]
    [InlineData(new byte[] { 0xC2, 0x80 }, "U+0080")]
    [InlineData(new byte[] { 0xC2, 0x9F }, "U+009F")]
    public void ControlCharacterAtTheEdgeOfAUtf8Class_DecodesAndIsNamed_NotCalledInvalidUtf8(byte[] sequence, string name)
    {
        var bytes = Encoding.UTF8.GetBytes("a: ").Concat(sequence).ToArray();

        var diagnostic = Assert.Single(CatalogReader.ReadBytes(bytes, File).Diagnostics);

        Assert.Equal(("PRG015", $"the file holds control character {name}, which YAML does not allow", 1, 4), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Utf8ByteOrderMark_IsDropped_EvenWhenItIsTheWholeFile()
    {
        var diagnostics = new List<CatalogDiagnostic>();

        Assert.Equal(string.Empty, CatalogText.Decode([0xEF, 0xBB, 0xBF], File, diagnostics));
        Assert.Equal("a", CatalogText.Decode([0xEF, 0xBB, 0xBF, 0x61], File, diagnostics));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("ab", 1, 3)]
    [InlineData("a\nbc", 2, 3)]
    [InlineData("a\r\nbc", 2, 3)]
    [InlineData("a\rbc", 2, 3)]
    [InlineData("a\r\rbc", 3, 3)]
    [InlineData("\u00E9\u00E9", 1, 3)]
    [InlineData("\U0001F600x", 1, 4)]
    public void InvalidByteAfterAUtf8ByteOrderMark_IsLocatedInCharactersAfterTheMark(string before, int line, int column)
    {
        // The mark is not a column; columns count UTF-16 characters, as the reader's other positions do.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(before)).Concat(new byte[] { 0x80 }).ToArray();

        var diagnostic = Assert.Single(CatalogReader.ReadBytes(bytes, File).Diagnostics);

        Assert.Equal(("PRG015", "invalid UTF-8 byte 0x80; save the file as UTF-8", line, column), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }
}
