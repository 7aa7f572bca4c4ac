using System.IO;
using System.Linq;
using System.Text.Json;

namespace PhoneRules.Cli.Tests;

/// <summary>analyze --baseline over two versions of a catalog: added model, removed claim, changed date.</summary>
public sealed class BaselineTests
{
    private static readonly string s_shipped = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));

    [Fact]
    public void SameCatalog_EveryFindingIsUnchanged()
    {
        using var folder = new TempFolder();
        var baseline = Path.Combine(folder.Path, "previous.json");
        CliProcess.Run("analyze", "--format", "json", "--output", baseline);

        var result = CliProcess.Run("analyze", "--format", "json", "--baseline", baseline);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("unchanged", f.GetProperty("baselineState").GetString()));
        Assert.Equal(0, json.RootElement.GetProperty("absent").GetArrayLength());
        Assert.Equal(PhoneRules.Analysis.RuleRunner.Analyze(PhoneRules.Model.Catalog.Data).Count, json.RootElement.GetProperty("summary").GetProperty("baseline").GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public void EditedCatalog_MarksNewUpdatedAndAbsent()
    {
        using var folder = new TempFolder();
        var baseline = Path.Combine(folder.Path, "previous.json");
        CliProcess.Run("analyze", "--format", "json", "--output", baseline);
        var edited = s_shipped
            .Replace("      unveiled: 2019-04\n", "      unveiled: 2019-06\n", System.StringComparison.Ordinal) // pyongyang-2425: a changed date
            .Replace("  DateClaim:\n    pyongyang-2425-release-seed:\n      model: pyongyang-2425\n      event: market-release\n      date: 2018-10~\n      confidence: low\n      sources: [dnk-2021-no-new, hani-2019-11]\n      note: The seed's version - unveiled \"a full six months after it was released\"; the month comes from Hankyoreh's April 2019 unveiling. Derived, so low.\n", "  DateClaim:\n", System.StringComparison.Ordinal)
            .Replace("\n  ImeiLookup:\n", "\n    late-one:\n      name: Late One\n      series: pyongyang\n      sold-as-domestic: false\n      released: 2019-01\n      released-by: [dnk-2021-no-new]\n      unveiled: 2019-09\n      unveiled-by: [dnk-2021-no-new]\n      confidence: low\n      sources: [dnk-2021-no-new]\n\n  ImeiLookup:\n", System.StringComparison.Ordinal);
        Assert.NotEqual(s_shipped, edited);
        var catalog = folder.File("catalog.yaml", edited);

        var result = CliProcess.Run("analyze", "--catalog", catalog, "--format", "json", "--baseline", baseline, "--rule", "PR001", "PR011");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var states = json.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("subject").GetProperty("key").GetString(), f => f.GetProperty("baselineState").GetString());
        Assert.Equal("new", states["PR001 late-one"]);
        Assert.Equal("updated", states["PR001 pyongyang-2425"]);
        Assert.Equal("unchanged", states["PR001 jindallae-6"]);
        var absent = Assert.Single(json.RootElement.GetProperty("absent").EnumerateArray());
        Assert.Equal("PR011", absent.GetProperty("ruleId").GetString());
        Assert.Equal("absent", absent.GetProperty("baselineState").GetString());
    }

    [Fact]
    public void FailOnNew_FailsOnlyWhenANewFindingReachesTheSeverity()
    {
        using var folder = new TempFolder();
        var baseline = Path.Combine(folder.Path, "previous.json");
        CliProcess.Run("analyze", "--format", "json", "--output", baseline, "--rule", "PR001");
        // The baseline has only PR001's findings, so every other rule's findings are new against it.
        var nothingNew = CliProcess.Run("analyze", "--baseline", baseline, "--rule", "PR001", "--fail-on-new", "note");
        var newWarnings = CliProcess.Run("analyze", "--baseline", baseline, "--fail-on-new", "warning");
        var newNotesOnly = CliProcess.Run("analyze", "--baseline", baseline, "--rule", "PR007", "--fail-on-new", "warning");

        Assert.Equal(0, nothingNew.ExitCode);
        Assert.Equal(1, newWarnings.ExitCode);
        Assert.Equal(0, newNotesOnly.ExitCode);
    }

    [Fact]
    public void Sarif_CarriesBaselineStateAndFingerprints()
    {
        using var folder = new TempFolder();
        var baseline = Path.Combine(folder.Path, "previous.json");
        CliProcess.Run("analyze", "--format", "json", "--output", baseline, "--rule", "PR001");

        var result = CliProcess.Run("analyze", "--format", "sarif", "--baseline", baseline, "--rule", "PR001", "PR004");

        using var json = JsonDocument.Parse(result.Output);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Matches("^[0-9a-f]{16}$", r.GetProperty("partialFingerprints").GetProperty("phonerules/v1").GetString()!));
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() == "PR001"), r => Assert.Equal("unchanged", r.GetProperty("baselineState").GetString()));
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() == "PR004"), r => Assert.Equal("new", r.GetProperty("baselineState").GetString()));
    }

    [Fact]
    public void Text_TagsEachFindingWithItsState()
    {
        using var folder = new TempFolder();
        var baseline = Path.Combine(folder.Path, "previous.json");
        CliProcess.Run("analyze", "--format", "json", "--output", baseline, "--rule", "PR007");

        var result = CliProcess.Run("analyze", "--baseline", baseline, "--rule", "PR007");

        Assert.Contains("  unchanged note possible Exhibition it-successes-2020", result.Output, System.StringComparison.Ordinal);
        Assert.EndsWith("; against the baseline: 0 new, 0 updated, 1 unchanged, 0 absent\n", result.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.json", null, "baseline '")]
    [InlineData("broken.json", "{ \"findings\": [", "error: the baseline is not valid JSON")]
    [InlineData("other.json", "{ \"results\": [] }", "has no 'findings' array")]
    public void BadBaseline_ExitsTwo(string name, string? content, string expected)
    {
        using var folder = new TempFolder();
        var path = content is null ? Path.Combine(folder.Path, name) : folder.File(name, content);

        var result = CliProcess.Run("analyze", "--baseline", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, System.StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void FailOnNewWithoutBaseline_IsAUsageError()
    {
        var result = CliProcess.Run("analyze", "--fail-on-new", "warning");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fail-on-new needs --baseline or --baseline-rev", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineRev_ComparesWithTheCatalogAtAGitRevision()
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", s_shipped);
        Git(folder.Path, "init", "-q");
        Git(folder.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "empty");
        Git(folder.Path, "add", "catalog.yaml");
        Git(folder.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", "catalog");
        File.WriteAllText(catalog, s_shipped.Replace("      unveiled: 2019-04\n", "      unveiled: 2019-06\n", System.StringComparison.Ordinal));

        var result = CliProcess.Run("analyze", "--catalog", catalog, "--baseline-rev", "HEAD", "--rule", "PR001", "--format", "json");
        var missing = CliProcess.Run("analyze", "--catalog", catalog, "--baseline-rev", "HEAD~1");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var updated = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("baselineState").GetString() == "updated");
        Assert.Equal("pyongyang-2425", updated.GetProperty("subject").GetProperty("key").GetString());
        // The commit before has no catalog: an empty baseline, every finding new, and a note that says so.
        Assert.Equal(0, missing.ExitCode);
        Assert.Matches("^phonerules: note: catalog.yaml does not exist at HEAD~1 \\(commit [0-9a-f]{12}\\): the baseline is empty, so every finding is new\n$", missing.Error);
        Assert.EndsWith($"; against the baseline: {PhoneRules.Analysis.RuleRunner.Analyze(PhoneRules.Model.Catalog.Data).Count} new, 0 updated, 0 unchanged, 0 absent\n", missing.Output, System.StringComparison.Ordinal);
    }

    internal static void Git(string directory, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "git " + string.Join(' ', args) + ": " + process.StandardError.ReadToEnd());
    }
}
