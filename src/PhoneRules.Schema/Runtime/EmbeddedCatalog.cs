using System;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace PhoneRules.Schema.Runtime;

/// <summary>
/// A catalog compiled into a program as data instead of code: its UTF-8 bytes, deflated, in Base64, so that they fit
/// in UTF-8 string literals (which the compiler turns into data byte by byte: the fewer bytes, the faster the build).
/// The generator encodes a catalog of more entities than it compiles one by one; the generated <c>Catalog</c> reads it
/// back, with the limits the build validated it with, when <c>Catalog</c> is first used. Not meant for hand-written
/// code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EmbeddedCatalog
{
    private const long MaxDeflateRatio = 1032;

    /// <summary>
    /// <paramref name="text"/> (well-formed UTF-16, as a validated catalog is) as Base64 of its deflated UTF-8 bytes;
    /// <paramref name="length"/> is the number of those UTF-8 bytes.
    /// </summary>
    public static string Encode(string text, out int length)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var bytes = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
        length = bytes.Length;
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(deflated.GetBuffer(), 0, (int)deflated.Length);
    }

    /// <summary>
    /// The UTF-8 bytes <see cref="Encode"/> was given, from its Base64 as ASCII bytes and the length it reported.
    /// Throws <see cref="InvalidDataException"/> when they cannot be what it wrote: not Base64, not deflated data, or
    /// not inflating to exactly <paramref name="length"/> bytes. (Bytes after the deflated data's last block are
    /// not read.)
    /// </summary>
    public static byte[] Decode(byte[] base64, int length)
    {
        if (base64 is null)
        {
            throw new ArgumentNullException(nameof(base64));
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A length is not negative.");
        }

        byte[] deflated;
        try
        {
            deflated = Convert.FromBase64String(Encoding.ASCII.GetString(base64));
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException("The compiled catalog is not Base64: " + ex.Message, ex);
        }

        // Deflate cannot expand past 1,032 to 1 (RFC 1951's longest match for three bits), so a larger length is no
        // length of these bytes, and is refused before it is allocated.
        if (length > (deflated.LongLength * MaxDeflateRatio) + 1)
        {
            throw new InvalidDataException($"The compiled catalog of {deflated.Length} deflated bytes cannot inflate to {length} bytes.");
        }

        var bytes = new byte[length];
        using var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        var read = 0;
        int count;
        while (read < length && (count = inflate.Read(bytes, read, length - read)) > 0)
        {
            read += count;
        }

        if (read != length || inflate.ReadByte() >= 0)
        {
            throw new InvalidDataException($"The compiled catalog does not inflate to the {length} bytes it was compiled from.");
        }

        return bytes;
    }

    /// <summary>
    /// Decodes a compiled catalog and reads it as <paramref name="filePath"/> with the reader limits in
    /// <paramref name="limitSettings"/> (<see cref="ReaderLimits.Parse"/>). The build validated the same bytes, so
    /// this fails only when the program runs with a PhoneRules.Schema that judges them otherwise, or the data was
    /// damaged: it throws <see cref="InvalidOperationException"/> saying which (which the generated <c>Catalog</c>,
    /// reading in its type initializer, hands on inside a <see cref="TypeInitializationException"/>).
    /// </summary>
    public static CatalogDocument Read(byte[] base64, int length, string filePath, string limitSettings)
    {
        var limits = ReaderLimits.Default.Parse([limitSettings], out var error)
            ?? throw new InvalidOperationException($"The catalog compiled from {filePath} has reader limits this PhoneRules.Schema does not know: {error}");
        byte[] bytes;
        try
        {
            bytes = Decode(base64, length);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidOperationException($"The catalog compiled from {filePath} is damaged: {ex.Message}", ex);
        }

        // A document with errors holds only what could be read; a compiled catalog is whole or not at all.
        var result = CatalogReader.ReadBytes(bytes, filePath, limits);
        return result.Document is { } document && !result.HasErrors
            ? document
            : throw new InvalidOperationException($"The catalog compiled from {filePath} could not be read; is the program running with another version of PhoneRules.Schema than it was built with? " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == CatalogSeverity.Error).Select(d => d.ToString())));
    }
}
