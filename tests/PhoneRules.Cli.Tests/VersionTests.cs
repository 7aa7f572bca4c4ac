using System;
using System.Text.RegularExpressions;

namespace PhoneRules.Cli.Tests;

/// <summary><c>--version</c> names the version and the commit the tool was built from.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Version_PrintsTheVersionAndACommitOfThisRepository()
    {
        var result = CliProcess.Run("--version");

        Assert.Equal(0, result.ExitCode);
        var match = Regex.Match(result.Output, "^" + Regex.Escape(CatalogSource.Version) + "\\+([0-9a-f]{7,40})\n$");
        Assert.True(match.Success, "--version printed: " + result.Output);
        // The hash names a commit of the repository the tests were built in, not just any hex.
        BaselineTests.Git(AppContext.BaseDirectory, "cat-file", "-e", match.Groups[1].Value + "^{commit}");
    }
}
