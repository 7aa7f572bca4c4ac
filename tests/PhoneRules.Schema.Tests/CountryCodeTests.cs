namespace PhoneRules.Schema.Tests;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("KP", true)]
    [InlineData("CN", true)]
    [InlineData("KR", true)]
    [InlineData("kp", false)]
    [InlineData("XX", false)]
    [InlineData("PRK", false)]
    [InlineData("", false)]
    public void TryParse_AcceptsAssignedUpperCaseCodesOnly(string text, bool ok)
    {
        Assert.Equal(ok, CountryCode.TryParse(text, out var code, out _));
        if (ok)
        {
            Assert.Equal(text, code.Value);
        }
    }
}
