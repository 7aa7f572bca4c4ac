using PhoneRules.Cli.Output.Json;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The JSON escaping decides printable ASCII without the Unicode tables: every character of the Basic
/// Multilingual Plane is written as itself exactly when the encoder's rule (<see cref="JsonTextEncoder.WillEncode"/>)
/// says so, and printable ASCII is escaped only for '"' and '\'.
/// </summary>
public sealed class JsonTextEncoderTests
{
    [Fact]
    public void EveryCharacter_IsEscapedExactlyWhenTheRuleSaysSo()
    {
        var encoder = JsonTextEncoder.Instance;
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var text = ((char)c).ToString();
            Assert.True(encoder.WillEncode(c) == (encoder.Encode(text) != text), $"U+{c:X4}");
        }
    }

    [Fact]
    public void PrintableAscii_IsWrittenAsItself_ButQuoteAndBackslash()
    {
        for (var c = ' '; c <= '~'; c++)
        {
            Assert.Equal(c is '"' or '\\', JsonTextEncoder.Instance.WillEncode(c));
        }
    }

    [Theory]
    [InlineData("plain ASCII, then \u200B a zero-width space", 18)]
    [InlineData("a \"quote\"", 2)]
    [InlineData("back\\slash", 4)]
    [InlineData("평양 2425", -1)]
    [InlineData("tab\there", 3)]
    public void TheFirstCharacterToEncode_IsFoundAfterAnyRunOfPlainAscii(string text, int expected)
    {
        var encoded = JsonTextEncoder.Instance.Encode(text);
        Assert.Equal(expected < 0, encoded == text);
        if (expected >= 0)
        {
            Assert.Equal(text[..expected], encoded[..expected]);
            Assert.NotEqual(text[expected..], encoded[expected..]);
        }
    }
}
