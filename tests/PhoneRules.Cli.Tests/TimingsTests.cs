using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// <c>--timings</c>: each command that reads a catalog and works on it writes one line per phase, in the order the
/// phases run, then a total with the peak working set, to standard error and only there, terminal or not; without the
/// option, no such line; standard output is the same either way. The numbers are checked for their form and for
/// adding up, never against a time.
/// </summary>
public sealed partial class TimingsTests
{
    // {shipped} is the shipped catalog's file, {baseline} the built-in catalog's findings as JSON in the test's folder.
    public static TheoryData<string[], string[]> Cases() => new()
    {
        { ["validate", "--builtin"], ["read"] },
        { ["validate", "{shipped}"], ["read"] },
        { ["analyze", "--builtin"], ["read", "rules", "analysis", "write"] },
        { ["analyze", "--catalog", "{shipped}", "--format", "json"], ["read", "rules", "analysis", "write"] },
        { ["analyze", "--builtin", "--format", "sarif", "--explain"], ["read", "rules", "analysis", "explanation", "write"] },
        { ["analyze", "--builtin", "--baseline", "{baseline}", "--format", "markdown"], ["read", "baseline", "rules", "analysis", "comparison", "write"] },
        { ["report", "--builtin"], ["read", "rules", "analysis", "write"] },
        { ["report", "--catalog", "{shipped}", "--baseline", "{baseline}"], ["read", "baseline", "rules", "analysis", "comparison", "write"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Timings_APhaseLineEach_InOrder_ThenTheTotal_AndTheSameOutput(string[] arguments, string[] phases)
    {
        using var folder = new TempFolder();
        var baseline = folder.File("baseline.json", ParseTests.RunInProcess("analyze", "--builtin", "--format", "json").Output);
        var command = arguments.Select(a => a.Replace("{shipped}", ShippedCatalog, StringComparison.Ordinal).Replace("{baseline}", baseline, StringComparison.Ordinal)).ToArray();

        var timed = ParseTests.RunInProcess([.. command, "--timings"]);
        var plain = ParseTests.RunInProcess(command);

        Assert.Equal(0, timed.ExitCode);
        Assert.Equal(plain.Output, timed.Output);
        Assert.Equal(plain.Error, string.Concat(Lines(timed.Error).Where(l => !l.StartsWith(Timings.Prefix, StringComparison.Ordinal)).Select(l => l + "\n")));
        Assert.DoesNotContain("timing", plain.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("timing", timed.Output, StringComparison.Ordinal);

        var lines = Lines(timed.Error).Where(l => l.StartsWith(Timings.Prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(phases.Length + 1, lines.Count);
        var took = new List<long>();
        for (var i = 0; i < phases.Length; i++)
        {
            var phase = PhaseLine().Match(lines[i]);
            Assert.True(phase.Success, lines[i]);
            Assert.Equal(phases[i], phase.Groups["phase"].Value);
            took.Add(long.Parse(phase.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var total = TotalLine().Match(lines[^1]);
        Assert.True(total.Success, lines[^1]);
        // The phases run one after another inside the total: whole milliseconds, so the sum of the parts never exceeds it.
        Assert.True(long.Parse(total.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture) >= took.Sum(), string.Join(" | ", lines));
        // The runtime tells the peak working set on Linux and Windows; on macOS it reports none, and the line says so.
        if (OperatingSystem.IsMacOS())
        {
            Assert.True(total.Groups["peak"].Success, lines[^1]);
        }
        else
        {
            Assert.True(long.Parse(total.Groups["mib"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, lines[^1]);
        }
    }

    [Fact]
    public void Timings_FromTheConsoleProcess_GoToStandardErrorOnly()
    {
        var timed = CliProcess.Run("validate", "--builtin", "--timings");
        var plain = CliProcess.Run("validate", "--builtin");

        Assert.Equal(0, timed.ExitCode);
        Assert.Equal(plain.Output, timed.Output);
        Assert.Empty(plain.Error);
        Assert.Collection(
            Lines(timed.Error),
            line => Assert.Matches(PhaseLine(), line),
            line => Assert.Matches(TotalLine(), line));
    }

    [Fact]
    public void Timings_OnABadCatalog_OnlyTheError()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.yaml", "schema: [\n");

        foreach (var command in new[] { new[] { "validate", bad }, ["analyze", "--catalog", bad], ["report", "--catalog", bad] })
        {
            var result = ParseTests.RunInProcess([.. command, "--timings"]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Empty(result.Output);
            Assert.DoesNotContain(Timings.Prefix, result.Error, StringComparison.Ordinal);
            Assert.Contains("error PRG", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Timings_OnABadBaseline_ThePhasesFinished_ThenTheError_AndNoTotal()
    {
        using var folder = new TempFolder();
        var bad = folder.File("baseline.json", "{ not json");

        foreach (var command in new[] { "analyze", "report" })
        {
            var result = ParseTests.RunInProcess(command, "--builtin", "--baseline", bad, "--timings");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Empty(result.Output);
            var lines = Lines(result.Error);
            Assert.Equal(2, lines.Count);
            Assert.Equal("read", PhaseLine().Match(lines[0]).Groups["phase"].Value);
            Assert.StartsWith("phonerules: error: " + bad + "(1,", lines[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Timings_IsOfferedByTheCommandsThatReadAndWork_AndDescribed()
    {
        var root = PhoneRulesApp.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null, outputIsTerminal: false, errorIsTerminal: false, noColor: true));

        var offering = root.Subcommands.Where(c => c.Options.Any(o => o.Name == "--timings")).Select(c => c.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["analyze", "report", "validate"], offering);
        Assert.All(
            root.Subcommands.SelectMany(c => c.Options).Where(o => o.Name == "--timings"),
            option => Assert.Contains("standard error", option.Description, StringComparison.Ordinal));
    }

    private static string ShippedCatalog => Path.Combine(AppContext.BaseDirectory, "catalog.yaml");

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"^phonerules: timing: (?<phase>[a-z]+) (?<ms>[0-9]+) ms$")]
    private static partial Regex PhaseLine();

    [GeneratedRegex(@"^phonerules: timing: total (?<ms>[0-9]+) ms \([0-9]+ ms since the process started\), peak working set (?:(?<mib>[0-9]+) MiB|(?<peak>unknown on this platform))$")]
    private static partial Regex TotalLine();
}
