using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// CI that explains itself, run as CI runs it: a failing --fail-on or --fail-on-new says why in one line on
/// standard error even when the results go to a file; the commit that adds the catalog has an empty baseline;
/// a shallow clone is named as the reason HEAD~1 is missing.
/// </summary>
public sealed class CiTests
{
    private static readonly string s_shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));

    [Fact]
    public void FailOn_WithResultsInAFile_PrintsOneVerdictLineNamingTheFindings()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run("analyze", "--rule", "PR001", "--fail-on", "warning", "--format", "sarif", "--output", Path.Combine(folder.Path, "results.sarif"));

        Assert.Equal(ExitCodes.FindingsFound, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal("phonerules: failed: 5 findings at or above warning (--fail-on warning): PR001 chollyong-201, PR001 chollyong-202, PR001 jindallae-6, PR001 jindallae-7, PR001 pyongyang-2425\n", result.Error);
    }

    [Fact]
    public void FailOn_ManyFindings_NamesFiveAndCountsTheRest()
    {
        var result = CliProcess.Run("analyze", "--rule", "PR002", "--fail-on", "warning", "--format", "json");

        Assert.Equal(ExitCodes.FindingsFound, result.ExitCode);
        Assert.Equal("phonerules: failed: 7 findings at or above warning (--fail-on warning): PR002 arirang-as1201, PR002 chollyong-201, PR002 jindallae-7, PR002 kildongmu, PR002 pyongyang-2418 and 2 more\n", result.Error);
    }

    [Fact]
    public void FailOn_NothingAtTheSeverity_PrintsNothingOnStandardError()
    {
        var result = CliProcess.Run("analyze", "--rule", "PR007", "--fail-on", "warning", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void FailOnNew_TheCommitThatAddsTheCatalog_IsAllNewAndSaysSo()
    {
        using var folder = new TempFolder();
        folder.File("catalog.yaml", s_shipped);
        BaselineTests.Git(folder.Path, "init", "-q");
        BaselineTests.Git(folder.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "before the catalog");
        BaselineTests.Git(folder.Path, "add", "catalog.yaml");
        BaselineTests.Git(folder.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", "the catalog");

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", "catalog.yaml", "--rule", "PR004", "--format", "sarif", "--output", "results.sarif", "--baseline-rev", "HEAD~1", "--fail-on-new", "warning");

        Assert.Equal(ExitCodes.FindingsFound, result.ExitCode);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches("^phonerules: note: catalog.yaml does not exist at HEAD~1 \\(commit [0-9a-f]{12}\\): the baseline is empty, so every finding is new$", lines[0]);
        Assert.Equal("phonerules: failed: 5 new findings at or above warning (--fail-on-new warning): PR004 chollyong-201, PR004 jindallae-7, PR004 kildongmu, PR004 pyongyang-2423, PR004 pyongyang-2425", lines[1]);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "results.sarif")));
        var states = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("baselineState").GetString()).ToList();
        Assert.Equal(5, states.Count);
        Assert.All(states, s => Assert.Equal("new", s));
    }

    [Fact]
    public void BaselineRev_InAShallowClone_SaysTheCloneIsShallow()
    {
        using var origin = new TempFolder();
        origin.File("catalog.yaml", s_shipped);
        BaselineTests.Git(origin.Path, "init", "-q");
        BaselineTests.Git(origin.Path, "add", "catalog.yaml");
        BaselineTests.Git(origin.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", "one");
        BaselineTests.Git(origin.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "two");
        using var clone = new TempFolder();
        BaselineTests.Git(clone.Path, "clone", "-q", "--depth", "1", "file://" + origin.Path, "c");
        var shallow = Path.Combine(clone.Path, "c");

        var result = CliProcess.RunIn(shallow, "analyze", "--catalog", "catalog.yaml", "--baseline-rev", "HEAD~1");
        var full = CliProcess.RunIn(origin.Path, "analyze", "--catalog", "catalog.yaml", "--baseline-rev", "HEAD~2");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("phonerules: error: --baseline-rev 'HEAD~1' is not a commit in the repository of 'catalog.yaml'; the clone is shallow, so earlier commits are missing: fetch them (git fetch --deepen=1, or fetch-depth: 2 in actions/checkout)\n", result.Error);
        Assert.Equal(ExitCodes.BadInput, full.ExitCode);
        Assert.Equal("phonerules: error: --baseline-rev 'HEAD~2' is not a commit in the repository of 'catalog.yaml'\n", full.Error);
    }
}
