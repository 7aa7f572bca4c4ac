using System.Globalization;
using System.Text;

namespace PhoneRules.Cli.Output.Text;

/// <summary>
/// The one escape for text bound for a terminal or a diagnostics line: a catalog value can never move the
/// cursor, ring the bell, start a new (fake) line, erase one, or reorder what follows. C0 and C1 controls,
/// DEL, line and paragraph separators, and the bidirectional controls become a visible <c>\u{XXXX}</c>;
/// a backslash stays as it is, so ordinary text reads unchanged.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every character a terminal would act on spelled out.</summary>
    public static string Escape(string text)
    {
        // A default struct's string (FindingLocation's File) is null despite its type: print nothing.
        if (text is null)
        {
            return string.Empty;
        }

        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                escaped.Append("\\u{").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>The text escaped for a terminal, then for Spectre.Console markup: every value shown through Spectre.</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(Escape(text));

    /// <summary>Whether a terminal or a text viewer would act on <paramref name="c"/> instead of showing it.</summary>
    public static bool NeedsEscape(char c) =>
        char.IsControl(c)                       // C0 (ESC, BEL, CR, LF, TAB...), DEL, C1 (CSI 0x9B...)
        || c is '\u2028' or '\u2029'            // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E'     // LRE, RLE, PDF, LRO, RLO
        || c is >= '\u2066' and <= '\u2069'     // LRI, RLI, FSI, PDI
        || c is '\u200E' or '\u200F' or '\u061C'; // LRM, RLM, ALM
}
