using System.Globalization;

namespace PhoneRules.Schema;

/// <summary>
/// How a catalog writes numbers: JSON's grammar without exponents, the same in the build, the console and
/// the JSON Schema. An <c>int</c> is <c>-?(0|[1-9][0-9]*)</c> within 32 bits; a <c>decimal</c> adds an optional
/// <c>.</c> and at least one digit, and must keep every digit (a decimal holds 28 or 29 significant digits; a
/// value that would round is refused, not rounded). So <c>.5</c>, <c>-.5</c>, <c>5.</c>, <c>+5</c>, <c>007</c> and
/// <c>1e3</c> are all refused, each with the form to write instead.
/// </summary>
public static class CatalogGrammar
{
    /// <summary>The <c>int</c> grammar as a regular expression (for JSON Schema <c>pattern</c>).</summary>
    public const string IntPattern = "^-?(0|[1-9][0-9]*)$";

    /// <summary>The <c>decimal</c> grammar as a regular expression (for JSON Schema <c>pattern</c>).</summary>
    public const string DecimalPattern = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

    /// <summary>The entity key grammar as a regular expression: lower-case letters and digits, single inner hyphens, 200 characters at most.</summary>
    public const string KeyPattern = "^(?=.{1,200}$)[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>
    /// The <c>date</c> grammar as a regular expression: <c>YYYY-MM-DD</c>, months 01 to 12, days 01 to 31 (the
    /// calendar, such as 2019-02-30, is checked by the reader, not by the pattern).
    /// </summary>
    public const string DatePattern = "^" + YearPattern + "-" + MonthPattern + "-" + DayPattern + "$";

    /// <summary>
    /// The <c>fuzzy-date</c> grammar as a regular expression (EDTF level 1, as <see cref="FuzzyDate"/> reads it):
    /// <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, each with an optional <c>?</c>, <c>~</c> or <c>%</c>,
    /// alone or as an interval <c>start/end</c>. The calendar and an interval's order are checked by the reader.
    /// </summary>
    public const string FuzzyDatePattern = "^" + FuzzyPartPattern + "(/" + FuzzyPartPattern + ")?$";

    /// <summary>
    /// The <c>url</c> grammar's scheme as a regular expression: an absolute http or https address (the rest of
    /// it is an IRI: a Korean path is written as it is, not percent-encoded).
    /// </summary>
    public const string UrlPattern = "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+";

    private const string YearPattern = "[0-9]{4}";
    private const string MonthPattern = "(0[1-9]|1[0-2])";
    private const string DayPattern = "(0[1-9]|[12][0-9]|3[01])";
    private const string FuzzyPartPattern = "(" + YearPattern + "(-" + MonthPattern + "(-" + DayPattern + ")?)?[?~%]?)";

    /// <summary>Reads an <c>int</c>; <paramref name="error"/> says what is wrong when it is not one.</summary>
    public static bool TryParseInt(string text, out int value, out string error)
    {
        value = 0;
        if (!Matches(text, allowFraction: false))
        {
            error = "a whole number";
            return false;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            error = "a whole number from -2147483648 to 2147483647";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Reads a <c>decimal</c>, every digit kept; <paramref name="error"/> says what is wrong when it is not one.</summary>
    public static bool TryParseDecimal(string text, out decimal value, out string error)
    {
        value = 0;
        if (!Matches(text, allowFraction: true))
        {
            error = "a number such as 80.7";
            return false;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || !RoundTrips(text, value))
        {
            value = 0;
            error = "a number of at most 28 significant digits";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static bool RoundTrips(string text, decimal value)
    {
        var written = value.ToString(CultureInfo.InvariantCulture);
        return written == text || (value == 0m && text[0] == '-' && written == text.Substring(1)) || (value == 0m && written == "-" + text);
    }

    private static bool Matches(string text, bool allowFraction)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        var integerDigits = i - digitsStart;
        if (integerDigits == 0 || (integerDigits > 1 && text[digitsStart] == '0'))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.' && allowFraction)
        {
            i++;
            var fractionStart = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            if (i == fractionStart)
            {
                return false;
            }
        }

        return i == text.Length;
    }
}
