using System;
using CsCheck;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

public sealed class ImeiTests
{
    [Theory]
    [InlineData("490154203237518", true)]
    [InlineData("356938035643809", true)]
    [InlineData("490154203237519", false)]
    [InlineData("356938035643800", false)]
    public void HasValidCheckDigit_KnownNumbers(string text, bool valid)
    {
        var imei = Imei.Parse(text);

        Assert.Equal(valid, imei.HasValidCheckDigit);
        Assert.Equal(text, imei.ToString());
    }

    [Fact]
    public void Parts_AreTacSerialAndCheckDigit()
    {
        var imei = Imei.Parse("490154203237518");

        Assert.Equal("49015420", imei.Tac.ToString());
        Assert.Equal(49, imei.Tac.ReportingBody);
        Assert.True(imei.Tac.HasKnownReportingBody);
        Assert.Equal(323751, imei.Serial);
        Assert.Equal(8, imei.CheckDigit);
    }

    [Fact]
    public void LeadingZeros_AreKept()
    {
        var imei = Imei.Parse("010000000000005");

        Assert.Equal("010000000000005", imei.ToString());
        Assert.Equal("01000000", imei.Tac.ToString());
        Assert.Equal(1, imei.Tac.ReportingBody);
    }

    [Theory]
    [InlineData("49015420323751", "'49015420323751' is not an IMEI: an IMEI is exactly 15 digits")]
    [InlineData("4901542032375188", "'4901542032375188' is not an IMEI: an IMEI is exactly 15 digits")]
    [InlineData("49015420323751a", "'49015420323751a' is not an IMEI: an IMEI is exactly 15 digits")]
    [InlineData("４90154203237518", "'４90154203237518' is not an IMEI: an IMEI is exactly 15 digits")]
    [InlineData("", "'' is not an IMEI: an IMEI is exactly 15 digits")]
    public void TryParse_Malformed_FailsWithReason(string text, string reason)
    {
        Assert.False(Imei.TryParse(text, out _, out var error));
        Assert.Equal(reason, error);
        Assert.Throws<FormatException>(() => Imei.Parse(text));
    }

    [Theory]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("8600001x", false)]
    [InlineData("86000001", true)]
    public void Tac_Parse_RequiresEightDigits(string text, bool ok)
    {
        Assert.Equal(ok, Tac.TryParse(text, out _, out _));
    }

    [Fact]
    public void Tac_UnknownReportingBody_IsFlagged()
    {
        Assert.False(Tac.Parse("77000001").HasKnownReportingBody);
        Assert.True(Tac.Parse("86000001").HasKnownReportingBody);
        Assert.True(Tac.Parse("35000001").HasKnownReportingBody);
    }

    [Fact]
    public void Property_CreatedImeis_PassLuhn_AndAnyOneDigitChangeFails()
    {
        Property.Holds(Gen.Select(Gen.Int[0, 99_999_999], Gen.Int[0, 999_999], Gen.Int[0, 14], Gen.Int[1, 9]), t =>
        {
            var (tac, serial, position, delta) = t;
            var imei = Imei.Create(new Tac(tac), serial);
            var text = imei.ToString();
            var digits = text.ToCharArray();
            digits[position] = (char)('0' + ((digits[position] - '0' + delta) % 10));
            var changed = Imei.Parse(new string(digits));
            return imei.HasValidCheckDigit && Imei.Parse(text).Equals(imei) && !changed.HasValidCheckDigit;
        }, 20_000);
    }

    [Fact]
    public void Property_LuhnMatchesReferenceImplementation()
    {
        Property.Holds(Gen.Long[0, 99_999_999_999_999], body =>
        {
            var text = body.ToString("D14", System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 14; i++)
            {
                var d = text[i] - '0';
                if (i % 2 == 1)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
            }

            return Imei.ComputeCheckDigit(body) == (10 - (sum % 10)) % 10;
        }, 20_000);
    }
}
