using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The catalog's grammar: the parsers and the patterns published for the JSON Schema agree on every text (numbers,
/// keys, dates and fuzzy dates), so the editor's schema never refuses what the tool reads, nor accepts a form it
/// refuses; only the calendar and an interval's order are left to the reader.
/// </summary>
public sealed class CatalogGrammarTests
{
    private static readonly Regex s_int = new(CatalogGrammar.IntPattern, RegexOptions.CultureInvariant);
    private static readonly Regex s_decimal = new(CatalogGrammar.DecimalPattern, RegexOptions.CultureInvariant);
    private static readonly Regex s_key = new(CatalogGrammar.KeyPattern, RegexOptions.CultureInvariant);
    private static readonly Regex s_date = new(CatalogGrammar.DatePattern, RegexOptions.CultureInvariant);
    private static readonly Regex s_fuzzy = new(CatalogGrammar.FuzzyDatePattern, RegexOptions.CultureInvariant);
    private static readonly Regex s_url = new(CatalogGrammar.UrlPattern, RegexOptions.CultureInvariant);

    // Texts near the date grammar: parts of the right shape with months and days from 00 to 39, qualifiers and
    // intervals, and the same with a character of the alphabet put in, dropped or doubled.
    private static readonly Gen<string> s_dateTexts =
        Gen.OneOf(
            Gen.Select(Part(), Gen.Bool, Part(), (a, interval, b) => interval ? a + "/" + b : a),
            Gen.OneOf(Gen.Const('0'), Gen.Const('1'), Gen.Const('2'), Gen.Const('3'), Gen.Const('9'), Gen.Const('-'), Gen.Const('/'), Gen.Const('?'), Gen.Const('~'), Gen.Const('%'), Gen.Const(' '), Gen.Const('x'))
                .Array[0, 24].Select(a => new string(a)),
            Gen.Select(Part(), Gen.Int[0, 12], Gen.OneOf(Gen.Const("-"), Gen.Const("/"), Gen.Const("?"), Gen.Const("0"), Gen.Const(" "), Gen.Const(string.Empty)), (p, at, c) => p.Insert(System.Math.Min(at, p.Length), c)));

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0", true)]
    [InlineData("90", true)]
    [InlineData("-2147483648", true)]
    [InlineData("2147483647", true)]
    [InlineData("2147483648", false)]
    [InlineData("007", false)]
    [InlineData("+5", false)]
    [InlineData("5.0", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData(" 5", false)]
    public void Int_AcceptsExactlyItsGrammarWithin32Bits(string text, bool accepted) =>
        Assert.Equal(accepted, CatalogGrammar.TryParseInt(text, out _, out _));

    [Theory]
    [InlineData("80.7", "80.7")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("1.50", "1.50")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Decimal_KeepsEveryDigitAndTheScale(string text, string written)
    {
        Assert.True(CatalogGrammar.TryParseDecimal(text, out var value, out _));
        Assert.Equal(written, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(".5")]
    [InlineData("-.5")]
    [InlineData("5.")]
    [InlineData("+5")]
    [InlineData("1e3")]
    [InlineData("00.5")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("9.2345678901234567890123456789")]
    public void Decimal_RefusesWhatItWouldMisreadOrRound(string text) =>
        Assert.False(CatalogGrammar.TryParseDecimal(text, out _, out _));

    [Theory]
    [InlineData("2019", true)]
    [InlineData("2019-10/2019-12", true)]
    [InlineData("2021-01-28?", true)]
    [InlineData("2020-04~", true)]
    [InlineData("2019%/2020", true)]
    [InlineData("2019-13", false)]
    [InlineData("2019-00", false)]
    [InlineData("2019-1-5", false)]
    [InlineData("late 2019", false)]
    [InlineData("12/03/2019", false)]
    [InlineData("2019/2020/2021", false)]
    public void FuzzyDatePattern_IsTheReadersGrammar(string text, bool accepted)
    {
        Assert.Equal(accepted, s_fuzzy.IsMatch(text));
        Assert.Equal(accepted, FuzzyDate.TryParse(text, out _));
    }

    [Fact]
    public void Property_FuzzyDate_ParserAndPatternAgree_UpToTheCalendar()
    {
        Property.Check(
            s_dateTexts,
            text =>
            {
                var parsed = FuzzyDate.TryParse(text, out var value, out var error);
                if (parsed)
                {
                    Assert.Matches(s_fuzzy, text);
                }
                else if (s_fuzzy.IsMatch(text))
                {
                    Assert.True(error.EndsWith("is not a calendar date", System.StringComparison.Ordinal) || error.EndsWith("ends before it starts", System.StringComparison.Ordinal), $"'{text}' fits the pattern but is refused: {error}");
                }

                // A date field is a fuzzy date of one day, unqualified.
                var isDate = parsed && text.Length == 10 && value.Precision == DatePrecision.Day && !value.IsQualified;
                Assert.True(!isDate || s_date.IsMatch(text), $"the date '{text}' does not fit the date pattern");
                Assert.True(isDate || !s_date.IsMatch(text) || (!parsed && error.EndsWith("is not a calendar date", System.StringComparison.Ordinal)), $"'{text}' fits the date pattern but is no date");
            },
            20_000);
    }

    [Fact]
    public void Property_Key_ParserAndPatternAgree()
    {
        var chars = Gen.OneOf(Gen.Const('a'), Gen.Const('z'), Gen.Const('0'), Gen.Const('9'), Gen.Const('-'), Gen.Const('A'), Gen.Const('_'), Gen.Const(' '), Gen.Const('é'));
        var texts = Gen.OneOf(
            chars.Array[0, 12].Select(a => new string(a)),
            Gen.Select(Gen.Int[190, 210], chars.Array[0, 3], (n, tail) => new string('a', n) + new string(tail)));
        Property.Holds(texts, text => SchemaNames.IsValidKey(text) == s_key.IsMatch(text), 20_000);
    }

    [Theory]
    [InlineData("https://www.dailynk.com/北-평양-스마트폰-시장에-지속-출시-2428도-나왔다/", true)]
    [InlineData("http://example.org", true)]
    [InlineData("HTTPS://example.org/a?b#c", true)]
    [InlineData("www.dailynk.com/english/", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("https:///path", false)]
    [InlineData("javascript:alert(1)", false)]
    public void UrlPattern_AcceptsAnAbsoluteHttpAddress_AsTheReaderDoes(string text, bool accepted)
    {
        Assert.Equal(accepted, s_url.IsMatch(text));
        Assert.Equal(accepted, System.Uri.TryCreate(text, System.UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }

    [Fact]
    public void Property_ParserAndPatternAgree_AndAcceptedValuesRoundTrip()
    {
        var chars = Gen.OneOf(Gen.Const('0'), Gen.Const('1'), Gen.Const('9'), Gen.Const('-'), Gen.Const('.'), Gen.Const('+'), Gen.Const('e'), Gen.Char['0', '9']);
        var texts = chars.Array[0, 32].Select(a => new string(a));
        Property.Holds(
            texts,
            text =>
            {
                var isInt = CatalogGrammar.TryParseInt(text, out var i, out _);
                var isDecimal = CatalogGrammar.TryParseDecimal(text, out var d, out _);

                // The pattern is the grammar; the parser adds only the range (int) and the precision (decimal).
                return (!isInt || (s_int.IsMatch(text) && i.ToString(CultureInfo.InvariantCulture) == (text == "-0" ? "0" : text)))
                    && (isInt || !s_int.IsMatch(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                    && (!isDecimal || (s_decimal.IsMatch(text) && decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == d))
                    && (isDecimal || !s_decimal.IsMatch(text) || text.TrimStart('-').Replace(".", string.Empty, System.StringComparison.Ordinal).TrimStart('0').Length > 27);
            },
            20_000);
    }

    private static Gen<string> Part() =>
        Gen.Select(
            Gen.OneOf(Gen.Const("2019"), Gen.Const("0000"), Gen.Const("9999"), Gen.Int[1000, 2100].Select(y => y.ToString(CultureInfo.InvariantCulture)), Gen.Const("201")),
            Gen.Int[-1, 39],
            Gen.Int[-1, 39],
            Gen.OneOf(Gen.Const(string.Empty), Gen.Const("?"), Gen.Const("~"), Gen.Const("%")),
            (year, month, day, qualifier) => year
                + (month < 0 ? string.Empty : "-" + month.ToString("00", CultureInfo.InvariantCulture) + (day < 0 ? string.Empty : "-" + day.ToString("00", CultureInfo.InvariantCulture)))
                + qualifier);
}
