using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Tests.Lsp;
using PhoneRules.Model;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// <c>phonerules watch</c> as a process, with saves made the way editors make them: a temporary file renamed over
/// the catalog, and truncate-and-rewrite. Reports are waited for by their content; no assertion is about time.
/// </summary>
public sealed class WatchCommandTests
{
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public void TwoQuickSaves_GiveOneReport_OfTheSettledText()
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", ShippedCatalog.Text);
        var badDate = ShippedCatalog.Replace(ShippedCatalog.Text, ShippedCatalog.ModelWithRelease().Get("released")!.Span, "2019-02-30");
        var model = ShippedCatalog.OfType("PhoneModel").First();
        var dangling = ShippedCatalog.Replace(ShippedCatalog.Text, model.Get("series")!.Span, "no-such-series");
        using var watch = new Watch(folder.Path, "watch", "--catalog", "catalog.yaml");
        Assert.Contains("valid", watch.Next(line => line.StartsWith("phonerules watch:", StringComparison.Ordinal)), StringComparison.Ordinal);

        // Within a few milliseconds: a temporary file renamed over the catalog, then truncate and rewrite.
        File.WriteAllText(catalog + ".tmp", badDate);
        File.Move(catalog + ".tmp", catalog, overwrite: true);
        File.WriteAllText(catalog, dangling);
        var report = watch.Next(line => line.StartsWith("== ", StringComparison.Ordinal));
        Assert.Equal("== catalog.yaml saved: 1 error (1 new)", report);
        Assert.Contains("error PRG008: no Series has key 'no-such-series'", watch.Next(_ => true), StringComparison.Ordinal);

        // Valid again: the findings are those of the last valid text, so none changed.
        using (var stream = new FileStream(catalog, FileMode.Truncate))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(ShippedCatalog.Text);
        }

        var valid = watch.Next(line => line.StartsWith("== ", StringComparison.Ordinal));
        Assert.EndsWith("none changed", valid, StringComparison.Ordinal);
        Assert.DoesNotContain(watch.Lines, line => line.Contains("PRG006", StringComparison.Ordinal));
        Assert.Equal(2, watch.Lines.Count(line => line.StartsWith("== ", StringComparison.Ordinal)));
    }

    [Fact]
    public void SaveThatRemovesAModel_PrintsTheFindingsThatChanged_AndRewritesTheReport()
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", ShippedCatalog.Text);
        var before = RuleRunner.Analyze(CatalogData.FromDocument(ShippedCatalog.Document));
        var subject = ShippedCatalog.OfType("PhoneModel").First(m => before.Any(f => f.SubjectKey == m.Key) && !ShippedCatalog.ReferencesTo("PhoneModel", m.Key).Any());
        var start = ShippedCatalog.Text.LastIndexOf('\n', subject.Span.StartOffset) + 1;
        var end = Regex.Match(ShippedCatalog.Text[subject.Span.EndOffset..], @"\n {0,4}\S").Index + subject.Span.EndOffset + 1;
        var without = ShippedCatalog.Text[..start] + ShippedCatalog.Text[end..];
        var after = RuleRunner.Analyze(CatalogData.FromDocument(ShippedCatalog.Read(without).Document!));
        var changes = Baseline.Compare(after, before).Where(r => r.State != BaselineState.Unchanged).ToList();
        Assert.Contains(changes, c => c.State == BaselineState.Absent && c.Finding.SubjectKey == subject.Key);

        using var watch = new Watch(folder.Path, "watch", "--catalog", "catalog.yaml", "--report", "report.html");
        watch.Next(line => line.StartsWith("phonerules watch:", StringComparison.Ordinal));
        Assert.Equal("wrote report.html", watch.Next(_ => true));
        File.Delete(Path.Combine(folder.Path, "report.html"));

        File.WriteAllText(catalog + ".tmp", without);
        File.Move(catalog + ".tmp", catalog, overwrite: true);
        int Count(BaselineState state) => changes.Count(c => c.State == state);
        Assert.Equal(
            $"== catalog.yaml saved: valid, {after.Count} findings: {Count(BaselineState.New)} new, {Count(BaselineState.Updated)} updated, {Count(BaselineState.Absent)} absent",
            watch.Next(line => line.StartsWith("== ", StringComparison.Ordinal)));
        foreach (var (finding, state) in changes)
        {
            var mark = state switch { BaselineState.New => "+", BaselineState.Absent => "-", _ => "~" };
            Assert.Equal($"{mark} {finding.RuleId} {Words.Of(finding.Severity)} {finding.SubjectKey} ({finding.Location.Line},{finding.Location.Column}): {finding.Message}", watch.Next(_ => true));
        }

        Assert.Equal("wrote report.html", watch.Next(_ => true));
        Assert.True(File.Exists(Path.Combine(folder.Path, "report.html")));
    }

    [Theory]
    [InlineData("--builtin")]
    [InlineData("--catalog", "-")]
    public void Watch_WithoutAFile_IsAUsageError(params string[] args)
    {
        var result = CliProcess.Run(["watch", .. args]);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("watch needs a catalog file", result.Error, StringComparison.Ordinal);
    }

    // The console running `watch`, its output read line by line as it comes.
    private sealed class Watch : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = [];
        private readonly List<string> _seen = [];

        public Watch(string folder, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            start.ArgumentList.Add(CliProcess.Dll);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["NO_COLOR"] = "1";
            _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    _lines.CompleteAdding();
                }
                else
                {
                    _lines.Add(e.Data);
                }
            };
            _process.BeginOutputReadLine();
        }

        public IReadOnlyList<string> Lines => _seen;

        public string Next(Func<string, bool> match)
        {
            while (true)
            {
                if (!_lines.TryTake(out var line, s_hangGuard))
                {
                    throw new TimeoutException("watch printed nothing more; so far:\n" + string.Join('\n', _seen));
                }

                _seen.Add(line);
                if (match(line))
                {
                    return line;
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
            _process.Dispose();
            _lines.Dispose();
        }
    }
}
