using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using PhoneRules.Schema.Runtime;
using PhoneRules.Testing;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// A catalog compiled as data (<see cref="EmbeddedCatalog"/>): any well-formed text comes back byte for byte, in
/// Base64 that a UTF-8 literal holds as it is; damaged data, unknown limits and a catalog the reader refuses are
/// each one clear exception, never a wrong catalog.
/// </summary>
public sealed class EmbeddedCatalogTests
{
    private static readonly Gen<string> s_texts =
        Gen.OneOf(Gen.Const("a"), Gen.Const("key: value\n"), Gen.Const("\r\n"), Gen.Const("\u00E9"), Gen.Const("\u4E00"), Gen.Const("\U0001F4F1"), Gen.Const("\""), Gen.Const("\\"), Gen.Const("\uFEFF"), Gen.Const("\u0000"))
            .Array[0, 200]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void AnyWellFormedText_ComesBackByteForByte_InPlainBase64()
    {
        Property.Check(s_texts, text =>
        {
            var base64 = EmbeddedCatalog.Encode(text, out var length);

            var utf8 = new UTF8Encoding(false).GetBytes(text);
            Assert.Equal(utf8.Length, length);
            Assert.All(base64, c => Assert.True(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '=', $"'{c}'"));
            Assert.Equal(utf8, EmbeddedCatalog.Decode(Encoding.ASCII.GetBytes(base64), length));
        }, samples: 1000);
    }

    [Fact]
    public void ACatalog_IsSmallerEncoded_AndReadAsItsFile()
    {
        var base64 = EmbeddedCatalog.Encode(Small, out var length);

        var document = EmbeddedCatalog.Read(Encoding.ASCII.GetBytes(base64), length, "catalog.yaml", ReaderLimits.Default.Describe()[0]);

        Assert.True(base64.Length < Small.Length, $"{base64.Length} >= {Small.Length}");
        var expected = CatalogReader.ReadText(Small, "catalog.yaml").Document!;
        Assert.Equal("catalog.yaml", document.FilePath);
        Assert.Equal(expected.Entities.Select(e => (e.Type.Name, e.Key, e.Span.Line, e.Span.Column)), document.Entities.Select(e => (e.Type.Name, e.Key, e.Span.Line, e.Span.Column)));
        Assert.Equal(expected.Schema.Fingerprint, document.Schema.Fingerprint);
    }

    [Fact]
    public void DamagedData_IsAnInvalidDataException()
    {
        var text = string.Concat(Enumerable.Repeat(Small, 3));
        var base64 = EmbeddedCatalog.Encode(text, out var length);
        var bytes = Encoding.ASCII.GetBytes(base64);

        Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode(bytes, length - 1));
        Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode(bytes, length + 1));
        Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode(bytes.Take(bytes.Length - 8).ToArray(), length));
        Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode(bytes.Take(bytes.Length - 1).ToArray(), length));
        Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode([.. bytes.Take(4), (byte)'*', .. bytes.Skip(5)], length));
        Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode([], length));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmbeddedCatalog.Decode(bytes, -1));

        // A length no deflated data of this size can reach is refused before anything is allocated for it.
        var refused = Assert.Throws<InvalidDataException>(() => EmbeddedCatalog.Decode(bytes, int.MaxValue));
        Assert.StartsWith("The compiled catalog of ", refused.Message, StringComparison.Ordinal);

        // The most deflate can hold: a run of one byte inflates to about 1,000 times its deflated size, and is read.
        var run = new string('a', 1_000_000);
        var runBase64 = EmbeddedCatalog.Encode(run, out var runLength);
        Assert.True(Convert.FromBase64String(runBase64).Length * 900L < runLength);
        Assert.Equal(runLength, EmbeddedCatalog.Decode(Encoding.ASCII.GetBytes(runBase64), runLength).Length);
        Assert.Empty(EmbeddedCatalog.Decode(Encoding.ASCII.GetBytes(EmbeddedCatalog.Encode(string.Empty, out var none)), none));
    }

    [Fact]
    public void TextThatIsNotWellFormed_IsRefusedWhenEncoded()
    {
        Assert.ThrowsAny<ArgumentException>(() => EmbeddedCatalog.Encode("a\uD800b", out _));
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => EmbeddedCatalog.Encode(null!, out _)).ParamName);
        Assert.Equal("base64", Assert.Throws<ArgumentNullException>(() => EmbeddedCatalog.Decode(null!, 0)).ParamName);
    }

    [Fact]
    public void ReadingWhatCannotBeRead_IsOneInvalidOperationException_SayingWhy()
    {
        var base64 = Encoding.ASCII.GetBytes(EmbeddedCatalog.Encode(Small, out var length));

        var damaged = Assert.Throws<InvalidOperationException>(() => EmbeddedCatalog.Read(base64, length + 1, "catalog.yaml", string.Empty));
        Assert.StartsWith("The catalog compiled from catalog.yaml is damaged: The compiled catalog does not inflate to the ", damaged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidDataException>(damaged.InnerException);

        var limits = Assert.Throws<InvalidOperationException>(() => EmbeddedCatalog.Read(base64, length, "catalog.yaml", "max-things=1"));
        Assert.StartsWith("The catalog compiled from catalog.yaml has reader limits this PhoneRules.Schema does not know: 'max-things' is not a reader limit", limits.Message, StringComparison.Ordinal);

        var refused = Assert.Throws<InvalidOperationException>(() => EmbeddedCatalog.Read(base64, length, "catalog.yaml", "max-entities=1"));
        Assert.Contains("could not be read; is the program running with another version of PhoneRules.Schema than it was built with? catalog.yaml(", refused.Message, StringComparison.Ordinal);
        Assert.Contains("error PRG013: more than 1 entity", refused.Message, StringComparison.Ordinal);

        // Every error, in file order, each whole; none is left out.
        var twoErrors = Replace(Small, "country: CN", "country: XX").Replace("late-days: 90", "late-days: ninety", StringComparison.Ordinal);
        var expected = CatalogReader.ReadText(twoErrors, "catalog.yaml").Diagnostics;
        Assert.Equal(2, expected.Count);
        var both = Assert.Throws<InvalidOperationException>(() => EmbeddedCatalog.Read(Encoding.ASCII.GetBytes(EmbeddedCatalog.Encode(twoErrors, out var twoLength)), twoLength, "catalog.yaml", string.Empty));
        Assert.EndsWith("built with? " + expected[0] + "; " + expected[1], both.Message, StringComparison.Ordinal);
    }
}
