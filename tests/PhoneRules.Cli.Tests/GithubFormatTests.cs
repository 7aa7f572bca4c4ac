using System;
using System.IO;
using PhoneRules.Cli.Output.Github;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// <c>--format github</c>: workflow commands GitHub Actions turns into annotations on the YAML lines. It is in
/// the one registry of formats, so <see cref="EscapingTests"/> renders a hostile report with it too.
/// </summary>
public sealed class GithubFormatTests
{
    [Fact]
    public void Analyze_Github_WritesOneAnnotationPerFindingOnItsLine()
    {
        var result = SarifTests.OutsideGit("analyze", "--format", "github", "--rule", "PR005", "PR013");
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));

        // Each annotation on its subject's key line, found here in the catalog the test runs on.
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"::notice file=catalog.yaml,line={KeyLine(shipped, "chollyong-201")},col=5,title=PR005 made-before-unveiled::Chollyong 201 was made 1 to 212 days before state media unveiled it (threshold 60 days).%0A- manufactured: 2019-10/2019-12 [dnk-2021-no-new]%0A- unveiled: 2020-01/2020-04 [dnk-2021-no-new, dnk-c201-china]%0A- lag-days: 1..212%0A- made-before-unveiled-days: 60\n"
            + $"::warning file=catalog.yaml,line={KeyLine(shipped, "chollyong-201-name-meari")},col=5,title=PR013 fact-conflict::Sources give Chollyong 201's name as \"Chollyong 21\"; the catalog records \"Chollyong 201\".%0A- claim chollyong-201-name-meari: Chollyong 21 [nke-meari-2020]%0A- name: Chollyong 201 [dnk-2021-no-new, dnk-c201-china]\n"
            + $"::warning file=catalog.yaml,line={KeyLine(shipped, "chollyong-202-name-meari")},col=5,title=PR013 fact-conflict::Sources give Chollyong 202's name as \"Chollyong 22\"; the catalog records \"Chollyong 202\".%0A- claim chollyong-202-name-meari: Chollyong 22 [nke-meari-2020]%0A- name: Chollyong 202 [dnk-2021-no-new]\n"
            + "3 findings (0 error, 2 warning, 1 note) in catalog.yaml\n",
            result.Output);
    }

    internal static int KeyLine(string catalog, string key) => PhoneRules.Testing.TestCatalogs.Position(catalog, "\n    " + key + ":\n").Line + 1;

    [Fact]
    public void Analyze_Github_EscapesPropertiesAndMessagesAsGithubReadsThem()
    {
        using var folder = new TempFolder();
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));
        folder.File("my,cat:100%.yaml", shipped.Replace("      name: Pyongyang 2425\n", "      name: \"P: 100%, 2425\"\n", StringComparison.Ordinal));

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", "my,cat:100%.yaml", "--format", "github", "--rule", "PR001", "--min-severity", "warning");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            $"::warning file=my%2Ccat%3A100%25.yaml,line={KeyLine(shipped, "pyongyang-2425")},col=5,title=PR001 late-announcement::P: 100%25, 2425 was unveiled by state media 32 to 241 days",
            result.Output,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
    [InlineData("a:b,c", "a:b,c")]
    public void Workflow_EscapesPercentCarriageReturnAndLineFeed(string value, string expected) =>
        Assert.Equal(expected, GithubRenderer.Workflow(value));

    [Theory]
    [InlineData("a:b,c%d", "a%3Ab%2Cc%25d")]
    [InlineData("x\r\ny", "x\\u{000D}\\u{000A}y")]
    public void Property_EscapesColonAndCommaToo(string value, string expected) =>
        Assert.Equal(expected, GithubRenderer.Property(value));
}
