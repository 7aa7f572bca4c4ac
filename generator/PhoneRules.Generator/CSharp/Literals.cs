using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PhoneRules.Schema;

namespace PhoneRules.Generator.CSharp;

/// <summary>
/// The one writer of everything catalog text becomes in generated C#: string literals, doc text and
/// identifiers. Catalog values and names only ever reach a generated file through here, so no catalog can end
/// a line, a comment or a literal early: C# ends a line at CR, LF, NEL, LS and PS, and all five are escaped
/// in literals and split on in doc text; characters XML forbids never reach a doc comment (CS1570); bidi and
/// other invisible format characters are escaped, so generated code reads the way it compiles.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal holding exactly <paramref name="value"/>.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsVisibleAsIs(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A UTF-8 string literal (<c>"…"u8</c>) holding exactly the UTF-8 bytes of <paramref name="value"/>, which must
    /// be well-formed UTF-16 (no lone surrogate: the compiler refuses one in a UTF-8 literal).
    /// </summary>
    public static string Utf8String(string value) => String(value) + "u8";

    /// <summary>An <c>int</c> literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>decimal</c> literal, every digit and the scale kept.</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>A <c>bool</c> literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>
    /// <paramref name="text"/> as the lines of an XML doc comment's content: split at every line terminator
    /// C# knows (CR LF, CR, LF, NEL, LS, PS), XML-escaped, with characters XML forbids written as visible
    /// <c>\uXXXX</c> text and invisible format characters as character references. Each line is safe after
    /// <c>/// </c>. Blank lines at either end are dropped; there is always at least one line.
    /// </summary>
    public static IReadOnlyList<string> DocLines(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineTerminator(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                continue;
            }

            AppendXml(line, text, ref i);
        }

        lines.Add(line.ToString().TrimEnd());

        var first = 0;
        while (first < lines.Count - 1 && lines[first].Trim().Length == 0)
        {
            first++;
        }

        var last = lines.Count - 1;
        while (last > first && lines[last].Trim().Length == 0)
        {
            last--;
        }

        var result = lines.GetRange(first, last - first + 1);
        result[0] = result[0].TrimStart();
        return result;
    }

    /// <summary>
    /// <paramref name="name"/> as an identifier: it must already be one (letters, digits and underscores, not
    /// starting with a digit); a keyword gets an <c>@</c>. Anything else is a bug upstream, never written.
    /// </summary>
    public static string Identifier(string name)
    {
        if (!IsIdentifier(name))
        {
            throw new ArgumentException($"'{name}' is not a C# identifier.", nameof(name));
        }

        return SchemaNames.IsKeyword(name) ? "@" + name : name;
    }

    /// <summary>A dotted name (a namespace), each part an identifier.</summary>
    public static string QualifiedName(string name)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Identifier(parts[i]);
        }

        return string.Join(".", parts);
    }

    /// <summary>Whether C# ends a line at <paramref name="c"/>.</summary>
    public static bool IsLineTerminator(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    // Printable ASCII, and letters, marks, numbers, punctuation, symbols and spaces beyond it; never a control,
    // a line terminator, a format character (bidi controls, zero-width joiners, BOM), a surrogate, a private-use
    // or unassigned code point.
    private static bool IsVisibleAsIs(char c)
    {
        if (c < 0x80)
        {
            return c >= ' ' && c != '\u007F';
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return false;
            default:
                return true;
        }
    }

    private static void AppendXml(StringBuilder builder, string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '&': builder.Append("&amp;"); return;
            case '<': builder.Append("&lt;"); return;
            case '>': builder.Append("&gt;"); return;
            case '\t': builder.Append(' '); return;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            // A whole supplementary character is valid XML; write it as a reference so nothing invisible hides in it.
            builder.Append("&#x").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
            i++;
            return;
        }

        if (IsVisibleAsIs(c))
        {
            builder.Append(c);
        }
        else if (c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
        {
            // XML 1.0 has no such character, not even as a reference: show it as text.
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
        }
    }
}
