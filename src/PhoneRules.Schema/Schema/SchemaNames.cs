using System;
using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>Names: scalar type names as written in the schema, and conversion of YAML names to C# identifiers.</summary>
public static class SchemaNames
{
    // The scalar type names and their kinds, in one place. Two arrays, not a dictionary over the FieldKind enum: that
    // dictionary was compiled afresh in each new compiler process (an instantiation over our enum is outside the
    // runtime's precompiled code), a cost on the generator's first run (#18 item 7) for ten names.
    private static readonly string[] s_scalarNames = ["string", "int", "decimal", "bool", "date", "fuzzy-date", "url", "country", "imei", "tac"];

    private static readonly FieldKind[] s_scalarKinds =
    [
        FieldKind.String, FieldKind.Int, FieldKind.Decimal, FieldKind.Bool, FieldKind.Date, FieldKind.FuzzyDate,
        FieldKind.Url, FieldKind.Country, FieldKind.Imei, FieldKind.Tac,
    ];

    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>The scalar type names, as written in a schema.</summary>
    public static IEnumerable<string> ScalarNames { get; } = Array.AsReadOnly(s_scalarNames);

    /// <summary>The scalar kind written <paramref name="name"/>, if any.</summary>
    public static bool TryGetScalarKind(string name, out FieldKind kind)
    {
        var index = Array.IndexOf(s_scalarNames, name);
        kind = index >= 0 ? s_scalarKinds[index] : default;
        return index >= 0;
    }

    /// <summary>The schema name of a scalar kind.</summary>
    public static string KindName(FieldKind kind)
    {
        for (var i = 0; i < s_scalarKinds.Length; i++)
        {
            if (s_scalarKinds[i] == kind)
            {
                return s_scalarNames[i];
            }
        }

        return kind.ToString();
    }

    /// <summary>
    /// Converts a YAML name to a PascalCase identifier: <c>pyongyang-2425</c> to <c>Pyongyang2425</c>,
    /// <c>imei_lookups</c> to <c>ImeiLookups</c>. A name that would start with a digit gets a leading
    /// underscore. The result starts with an upper-case letter or an underscore, so it is never a C# keyword
    /// (keywords are lower case).
    /// </summary>
    public static string ToIdentifier(string name)
    {
        // Written into one buffer per thread, kept: every entity's key comes through here.
        var length = name.Length + 1;
        var buffer = s_identifierBuffer is { } kept && kept.Length >= length ? kept : (s_identifierBuffer = new char[Math.Max(length, 64)]);
        var written = 1; // buffer[0] is kept for a leading '_'
        var upperNext = true;
        foreach (var c in name)
        {
            if (c == '-' || c == '_' || c == ' ' || c == '.' || !IsIdentifierPart(c))
            {
                upperNext = true;
                continue;
            }

            buffer[written++] = upperNext ? char.ToUpperInvariant(c) : c;
            upperNext = false;
        }

        if (written == 1 || char.IsDigit(buffer[1]))
        {
            buffer[0] = '_';
            return new string(buffer, 0, written);
        }

        return new string(buffer, 1, written - 1);
    }

    [ThreadStatic]
    private static char[]? s_identifierBuffer;

    /// <summary>Whether <paramref name="name"/> is a C# keyword (which an identifier can only be with an <c>@</c>).</summary>
    public static bool IsKeyword(string name) => s_keywords.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a plain C# identifier that is not a keyword.</summary>
    public static bool IsValidTypeName(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) && char.IsUpper(name[0])) || s_keywords.Contains(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="key"/> is a stable entity key: lower-case letters, digits, single inner hyphens.</summary>
    public static bool IsValidKey(string key)
    {
        if (key.Length == 0 || key.Length > 200 || key[0] == '-' || key[key.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && key[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The candidate closest to <paramref name="name"/> within two edits, for "did you mean" hints.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= 2 ? best : null;
    }

    private static bool IsIdentifierPart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return 3;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
