using System.Globalization;
using System.Text.Encodings.Web;

namespace PhoneRules.Cli.Output.Json;

/// <summary>
/// The JSON outputs' string escaping: what JSON requires (quotes, backslashes, control characters) and the
/// invisible characters that could disguise a value on a screen (format and bidirectional controls, line and
/// paragraph separators, unpaired surrogates), nothing more. Apostrophes, <c>+</c>, <c>&lt;</c> and Korean
/// titles are written as themselves: JSON is not HTML, and the HTML report escapes for itself.
/// </summary>
internal sealed class JsonTextEncoder : JavaScriptEncoder
{
    public static JsonTextEncoder Instance { get; } = new();

    private static readonly JavaScriptEncoder s_relaxed = UnsafeRelaxedJsonEscaping;

    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override bool WillEncode(int unicodeScalar) =>
        s_relaxed.WillEncode(unicodeScalar) || IsInvisible(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];

            // Printable ASCII other than '"' and '\\' is written as itself (JsonTextEncoderTests checks each):
            // decided here without asking the relaxed encoder or the Unicode tables, for most of every report.
            if (c is >= ' ' and <= '~' && c is not ('"' or '\\'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                if (WillEncode(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || WillEncode(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsInvisible(unicodeScalar))
        {
            return s_relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        var text = unicodeScalar > 0xFFFF
            ? Escape(char.ConvertFromUtf32(unicodeScalar)[0]) + Escape(char.ConvertFromUtf32(unicodeScalar)[1])
            : Escape((char)unicodeScalar);
        if (text.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        numberOfCharactersWritten = text.Length;
        return true;
    }

    private static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsInvisible(int scalar) =>
        scalar is >= 0xD800 and <= 0xDFFF
        || CharUnicodeInfo.GetUnicodeCategory(scalar) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
}
