using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

/// <summary>The number grammar: the parser, the published pattern and the values agree on every text.</summary>
public sealed class CatalogGrammarTests
{
    private static readonly Regex s_int = new(CatalogGrammar.IntPattern, RegexOptions.CultureInvariant);
    private static readonly Regex s_decimal = new(CatalogGrammar.DecimalPattern, RegexOptions.CultureInvariant);

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
}
