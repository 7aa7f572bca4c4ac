using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// Diagnostics stop at a cap: however many problems a catalog has, the console prints at most
/// <see cref="DiagnosticLimit.MaxLines"/> of them and one "... and N more" line, and N counts the rest
/// exactly. Tested at three sizes of generated input: the output stays the same length, N grows linearly.
/// </summary>
public sealed class DiagnosticLimitTests
{
    private static readonly string s_shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));

    [Fact]
    public void UnknownKeys_AtThreeSizes_PrintACappedListThatCountsTheRest()
    {
        var totals = new[] { 500, 1_000, 2_000 }.Select(keys =>
        {
            using var folder = new TempFolder();
            var catalog = folder.File("catalog.yaml", WithUnknownKeys(keys));

            var result = ParseTests.RunInProcess("validate", catalog);

            var lines = result.Error.TrimEnd('\n').Split('\n');
            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Equal(DiagnosticLimit.MaxLines + 1, lines.Length);
            Assert.All(lines.Take(DiagnosticLimit.MaxLines), line => Assert.Contains("error PRG003:", line, StringComparison.Ordinal));
            var more = Regex.Match(lines[^1], @"^phonerules: error: \.\.\. and (\d+) more$");
            Assert.True(more.Success, lines[^1]);
            return DiagnosticLimit.MaxLines + int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }).ToList();

        // Every unknown key is counted once, printed or not.
        Assert.Equal(2 * totals[0], totals[1]);
        Assert.Equal(2 * totals[1], totals[2]);
    }

    [Fact]
    public void FewProblems_AreAllPrintedWithoutACountLine()
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", WithUnknownKeys(3));

        var result = ParseTests.RunInProcess("validate", catalog);

        Assert.Equal(3, result.Error.TrimEnd('\n').Split('\n').Length);
        Assert.DoesNotContain("... and", result.Error, StringComparison.Ordinal);
    }

    // The shipped catalog with `keys` unknown fields on its first model.
    private static string WithUnknownKeys(int keys)
    {
        var marker = "      released: 2019-01~\n";
        var extra = new StringBuilder();
        for (var i = 0; i < keys; i++)
        {
            extra.Append("      unknown-").Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append(": x\n");
        }

        Assert.Contains(marker, s_shipped, StringComparison.Ordinal);
        return s_shipped.Replace(marker, marker + extra, StringComparison.Ordinal);
    }
}
