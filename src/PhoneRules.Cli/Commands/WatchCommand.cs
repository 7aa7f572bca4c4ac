using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Input;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Html;
using PhoneRules.Cli.Service;
using PhoneRules.Model;

namespace PhoneRules.Cli.Commands;

/// <summary>
/// <c>phonerules watch</c>: re-validates and re-analyses the catalog on every save, on the analysis service, and
/// prints only what changed: new errors with their lines, and new, updated and absent findings. A save is
/// taken once it has settled (no more file events for <see cref="Settle"/>), so an editor's temporary file and
/// rename, or truncate and rewrite, is one change; a save that leaves the text as it was prints nothing.
/// </summary>
public sealed class WatchCommand : CliCommand
{
    /// <summary>How long the file must be quiet before a save is read.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    private readonly CatalogOptions _catalog = new();

    private readonly Option<string?> _report = new("--report")
    {
        Description = "Rewrite this HTML report (as 'phonerules report --output') after every save that leaves the catalog valid.",
        HelpName = "file",
    };

    /// <summary>Creates the command.</summary>
    public WatchCommand(CliConsole console)
        : base("watch", "Re-validate and re-analyse the catalog on every save; print only what changed (new errors, new and absent findings).", console)
    {
        _catalog.AddTo(this);
        Options.Add(_report);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var path = _catalog.Choose(parse).Path is { } chosen and not InputFile.StandardInput
            ? chosen
            : throw new CliException("watch needs a catalog file to watch, not --builtin or -");
        var report = parse.GetValue(_report);
        var full = Path.GetFullPath(path);
        var service = new AnalysisService(_catalog.Limits(parse));
        using var changed = new AutoResetEvent(false);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => changed.Set();
        watcher.Created += (_, _) => changed.Set();
        watcher.Deleted += (_, _) => changed.Set();
        watcher.Renamed += (_, _) => changed.Set();
        watcher.EnableRaisingEvents = true;

        var first = Read(service, path) ?? throw new CliException($"catalog file '{path}' cannot be read");
        var last = first;
        var lastGood = first.IsGood ? first : null;
        Console.Output.WriteLine(first.IsGood
            ? $"phonerules watch: {OneLine(path)}: valid, {Count(first.Findings.Count, "finding")}; watching for saves (Ctrl+C stops)"
            : $"phonerules watch: {OneLine(path)}: {Count(first.Diagnostics.Count, "error")}; watching for saves (Ctrl+C stops)");
        foreach (var error in first.Diagnostics.Take(DiagnosticLimit.MaxLines))
        {
            Console.Output.WriteLine(OneLine(error.ToString()));
        }

        WriteReport(report, first, path);
        Console.Output.Flush();
        while (true)
        {
            changed.WaitOne();
            while (changed.WaitOne(Settle))
            {
                // Still being written: wait until the file is quiet.
            }

            if (Read(service, path) is not { } now || ReferenceEquals(now, last))
            {
                continue;
            }

            Print(ResultChange.Between(last, lastGood, now), path);
            last = now;
            if (now.IsGood)
            {
                lastGood = now;
                WriteReport(report, now, path);
            }

            Console.Output.Flush();
        }
    }

    private void Print(ResultChange change, string path)
    {
        var result = change.Result;
        if (!result.IsGood)
        {
            Console.Output.WriteLine($"== {OneLine(path)} saved: {Count(result.Diagnostics.Count, "error")} ({change.NewErrors.Count} new)");
            foreach (var error in change.NewErrors.Take(DiagnosticLimit.MaxLines))
            {
                Console.Output.WriteLine(OneLine(error.ToString()));
            }

            return;
        }

        int Of(BaselineState state) => change.Findings.Count(f => f.State == state);
        Console.Output.WriteLine(change.Findings.Count == 0
            ? $"== {OneLine(path)} saved: valid, {Count(result.Findings.Count, "finding")}, none changed"
            : $"== {OneLine(path)} saved: valid, {Count(result.Findings.Count, "finding")}: {Of(BaselineState.New)} new, {Of(BaselineState.Updated)} updated, {Of(BaselineState.Absent)} absent");
        foreach (var (finding, state) in change.Findings)
        {
            var mark = state switch { BaselineState.New => "+", BaselineState.Absent => "-", _ => "~" };
            Console.Output.WriteLine(OneLine($"{mark} {finding.RuleId} {Words.Of(finding.Severity)} {finding.SubjectKey} ({finding.Location.Line},{finding.Location.Column}): {finding.Message}"));
        }
    }

    // The file as the console reads it (a regular file, never past the size limit); null while it is missing
    // (between an editor's delete and rename), which the next file event ends.
    private static AnalysisResult? Read(AnalysisService service, string path)
    {
        var bytes = InputFile.Read(path, service.Limits.MaxFileBytes, System.Console.OpenStandardInput, out _);
        return bytes is null ? null : service.Analyze(path, bytes, CancellationToken.None);
    }

    private void WriteReport(string? report, AnalysisResult result, string path)
    {
        if (report is null || result.Document is null)
        {
            return;
        }

        var catalog = CatalogData.FromDocument(result.Document);
        var findingsReport = new FindingsReport(path, result.Findings, RuleRunner.Rules, CatalogSource.Version);
        SafeWriter.Write(report, HtmlReportRenderer.Render(catalog, findingsReport, 2013, DateTime.UtcNow.Year), Console, input: path);
        Console.Output.WriteLine($"wrote {OneLine(report)}");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
