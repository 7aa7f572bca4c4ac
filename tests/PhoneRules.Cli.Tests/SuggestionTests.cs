namespace PhoneRules.Cli.Tests;

/// <summary>A mistyped command or option gets one line naming the one meant; the lines that only follow from the typo are left out.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData("unknown command 'analyse'; did you mean 'analyze'?", "analyse")]
    [InlineData("unknown command 'validat'; did you mean 'validate'?", "validat")]
    [InlineData("unknown option '--formt'; did you mean '--format'?", "analyze", "--builtin", "--formt", "json")]
    [InlineData("unknown option '--fromat'; did you mean '--format'?", "analyze", "--builtin", "--fromat", "json")]
    [InlineData("unknown option '--catalgo'; did you mean '--catalog'?", "analyze", "--catalgo", "catalog.yaml")]
    [InlineData("unknown option '--coverag'; did you mean '--coverage'?", "rules", "--coverag")]
    public void Typo_IsOneLineNamingTheKnownName(string expected, params string[] args)
    {
        var result = CliProcess.Run(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal("phonerules: error: " + expected + " (see 'phonerules --help')\n", result.Error);
    }

    [Fact]
    public void NothingClose_KeepsTheParsersMessages()
    {
        var result = CliProcess.Run("frobnicate");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(
            "phonerules: error: Required command was not provided. (see 'phonerules --help')\nphonerules: error: Unrecognized command or argument 'frobnicate'. (see 'phonerules --help')\n",
            result.Error);
    }
}
