using System.IO;
using System.Linq;
using System.Text.Json;
using Snapshooter.Xunit;

namespace PhoneRules.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_Text_PrintsFindingsGroupedByRule()
    {
        var result = CliProcess.Run("analyze");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.DoesNotContain("\u001b[", result.Output, System.StringComparison.Ordinal);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Analyze_Json_HasTheDocumentedShape()
    {
        var result = CliProcess.Run("analyze", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("phonerules", root.GetProperty("tool").GetProperty("name").GetString());
        var findings = root.GetProperty("findings");
        Assert.Equal(root.GetProperty("summary").GetProperty("total").GetInt32(), findings.GetArrayLength());
        Assert.Equal(Analysis.RuleRunner.Analyze(Model.Catalog.Data).Count, findings.GetArrayLength());
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Analyze_Markdown_MatchesSnapshot()
    {
        var result = CliProcess.Run("analyze", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Output);
    }

    [Theory]
    [InlineData("note", 1)]
    [InlineData("warning", 1)]
    [InlineData("error", 0)] // no rule reports errors since PR004 became a warning (issue #15)
    public void Analyze_FailOn_ExitsOneWhenFindingsReachIt(string severity, int expected)
    {
        Assert.Equal(expected, CliProcess.Run("analyze", "--fail-on", severity).ExitCode);
    }

    [Fact]
    public void Analyze_FailOnAboveEveryFinding_ExitsZero()
    {
        // PR007 reports notes only.
        var result = CliProcess.Run("analyze", "--rule", "PR007", "--fail-on", "warning");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PR007 exhibition-silence", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MinSeverityAndRules_Filter()
    {
        var errors = CliProcess.Run("analyze", "--min-severity", "error", "--format", "json");
        var two = CliProcess.Run("analyze", "--rule", "PR001", "PR004", "--format", "json");

        using var errorsJson = JsonDocument.Parse(errors.Output);
        Assert.All(errorsJson.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        using var twoJson = JsonDocument.Parse(two.Output);
        Assert.Equal(["PR001", "PR004"], twoJson.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Distinct());
    }

    [Fact]
    public void Analyze_Output_WritesTheFileAndNothingToStdout()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "findings.md");

        var result = CliProcess.Run("analyze", "--format", "markdown", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(CliProcess.Run("analyze", "--format", "markdown").Output, File.ReadAllText(path));
    }

    [Fact]
    public void Analyze_CatalogFileWithTheCompiledSchema_GivesTheSameFindings()
    {
        var compiled = CliProcess.Run("analyze", "--format", "json");
        var loaded = CliProcess.Run("analyze", "--format", "json", "--catalog", "catalog.yaml");

        Assert.Equal(0, loaded.ExitCode);
        Assert.Equal(compiled.Output, loaded.Output);
    }
}
