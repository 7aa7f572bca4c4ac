using System.Collections.Generic;
using System.Text;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Turns catalog bytes into text strictly: UTF-8 only (a BOM is allowed and dropped), and no control
/// characters YAML forbids. Problems are located by line and column, not by byte index.
/// </summary>
internal static class CatalogText
{
    /// <summary>Decodes <paramref name="bytes"/>; returns null after reporting a PRG015 when they are not valid UTF-8.</summary>
    public static string? Decode(byte[] bytes, string filePath, ICollection<CatalogDiagnostic> diagnostics)
    {
        var start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            start = 3;
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Error(filePath, SourceSpan.At(0, 1, 1), "the file is UTF-16; save it as UTF-8"));
            return null;
        }

        var invalid = FindInvalidUtf8(bytes, start);
        if (invalid >= 0)
        {
            var prefix = Encoding.UTF8.GetString(bytes, start, invalid - start);
            var span = Locate(prefix, prefix.Length);
            diagnostics.Add(Error(filePath, span, $"invalid UTF-8 byte 0x{bytes[invalid]:X2}; save the file as UTF-8"));
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        return CheckCharacters(text, filePath, diagnostics) ? text : null;
    }

    /// <summary>
    /// Checks that <paramref name="text"/> holds only characters a catalog allows: YAML's printable set,
    /// without U+FFFD and without the line separators NEL, LS and PS. The build and the console check the same
    /// set, so they accept the same files. U+FFFD is refused because the compiler hands the generator files it
    /// decoded leniently, in which it stands for bytes that were not UTF-8; the console refuses it too. NEL, LS
    /// and PS are refused because YAML 1.1 parsers, Roslyn and some editors end a line there and others do not,
    /// so no line number after one could be right for everyone. Text handed over already decoded may hold half a
    /// surrogate pair, which is no character and has no UTF-8 form (bytes never decode to one): it is refused too.
    /// </summary>
    public static bool CheckCharacters(string text, string filePath, ICollection<CatalogDiagnostic> diagnostics)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - ' ') < 0x5F || c == '\n')
            {
                // Printable ASCII and line feeds, nearly every character of a catalog: allowed, and no surrogate.
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                diagnostics.Add(Error(filePath, Locate(text, i), $"the file holds U+{(int)c:X4}, half of a surrogate pair without the other half, which is no character; save the file as UTF-8"));
                return false;
            }

            if (!IsAllowed(c))
            {
                diagnostics.Add(Error(filePath, Locate(text, i), "the file holds " + Describe(c)));
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a catalog may hold <paramref name="c"/> (see <see cref="CheckCharacters"/>).</summary>
    public static bool IsAllowed(char c)
    {
        if (c is '\t' or '\n' or '\r')
        {
            return true;
        }

        // YAML 1.2's printable set: everything from space up except DEL, the C1 controls and the
        // non-characters U+FFFE and U+FFFF; then this format's own exclusions.
        return !(c < ' ' || c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || c is '\uFFFE' or '\uFFFF' or '\uFFFD' or '\u2028' or '\u2029');
    }

    private static string Describe(char c) => c switch
    {
        '\uFFFD' => "U+FFFD, the replacement character that bytes which are not valid UTF-8 turn into; save the file as UTF-8 and remove it",
        '\u0085' or '\u2028' or '\u2029' => $"U+{(int)c:X4}, a line separator that tools disagree on; use a plain line break",
        _ => $"control character U+{(int)c:X4}, which YAML does not allow",
    };

    /// <summary>
    /// The 1-based line and column of character <paramref name="offset"/> in <paramref name="text"/>; lines end
    /// at LF, CR LF or a lone CR.
    /// </summary>
    public static SourceSpan Locate(string text, int offset) => new LineMap(text).At(offset);

    private static CatalogDiagnostic Error(string filePath, SourceSpan span, string message) =>
        new(DiagnosticCodes.InvalidEncoding.Id, CatalogSeverity.Error, message, filePath, span);

    private static int FindInvalidUtf8(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            int min;
            if ((b & 0xE0) == 0xC0)
            {
                length = 2;
                min = 0x80;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                length = 3;
                min = 0x800;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                length = 4;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var code = b & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                var next = bytes[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    return i;
                }

                code = (code << 6) | (next & 0x3F);
            }

            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
