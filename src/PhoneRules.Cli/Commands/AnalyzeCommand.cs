using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Input;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules analyze</c>: runs the rules and prints the findings.</summary>
public sealed class AnalyzeCommand : CliCommand
{
    private readonly CatalogOptions _catalog = new();
    private readonly Option<string?> _output = CommonOptions.Output();

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: " + string.Join(", ", Renderers.Formats) + ".",
        DefaultValueFactory = _ => "text",
        HelpName = "format",
    };

    private readonly Option<string> _minSeverity = new("--min-severity")
    {
        Description = "Report only findings at or above this severity: note, warning or error.",
        DefaultValueFactory = _ => Words.Of(FindingSeverity.Note),
        HelpName = "severity",
    };

    private readonly Option<string?> _failOn = new("--fail-on")
    {
        Description = "Exit with 1 when a finding at or above this severity is found: note, warning or error.",
        HelpName = "severity",
    };

    private readonly BaselineOptions _baseline = new("mark each finding new, updated, unchanged or absent");

    private readonly Option<string?> _failOnNew = new("--fail-on-new")
    {
        Description = "Exit with 1 when a finding new since the baseline is at or above this severity: note, warning or error.",
        HelpName = "severity",
    };

    private readonly Option<bool> _explain = new("--explain")
    {
        Description = "Add under each finding the rule's conditions as NRules evaluated them, with their values.",
    };

    private readonly Option<bool> _timings = Timings.Option();

    private readonly Option<string[]> _rules = new("--rule", "-r")
    {
        Description = "Report only these rules, by id (repeat, or list them: --rule ID ID; 'phonerules rules' lists the ids).",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "id",
    };

    /// <summary>Creates the command.</summary>
    public AnalyzeCommand(CliConsole console)
        : base("analyze", "Run the rules over the catalog and print the findings.", console)
    {
        _format.AcceptOnlyFromAmong(Renderers.Formats);
        _minSeverity.AcceptOnlyFromAmong(Words.Severities);
        _failOn.AcceptOnlyFromAmong(Words.Severities);
        _failOnNew.AcceptOnlyFromAmong(Words.Severities);
        _catalog.AddTo(this);
        Options.Add(_format);
        Options.Add(_output);
        Options.Add(_minSeverity);
        Options.Add(_failOn);
        Options.Add(_rules);
        _baseline.AddTo(this, _catalog);
        Options.Add(_failOnNew);
        Options.Add(_explain);
        Options.Add(_timings);
        Validators.Add(result =>
        {
            if (result.GetResult(_failOnNew) is not null && result.GetResult(_baseline.Baseline) is null && result.GetResult(_baseline.BaselineRev) is null)
            {
                result.AddError("--fail-on-new needs --baseline or --baseline-rev");
            }
        });
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var timings = Timings.Start(Console, parse.GetValue(_timings));
        var ruleIds = RuleIds(parse.GetValue(_rules) ?? []);
        var choice = _catalog.Choose(parse);

        // Compiling the rules is most of a cold start: on another core, while the catalog is read (the rule sets an
        // analysis of a catalog that size uses); "rules" is what is left to wait for once it is read.
        RuleRunner.PrepareInBackground(CatalogSource.ExpectedFacts(choice));
        var catalogPath = choice.Path;
        var catalog = timings.Time("read", () => CatalogSource.Load(choice, Console));
        var options = new AnalysisOptions { RuleIds = ruleIds };
        var baseline = _baseline.Load(parse, catalogPath, options, Console, timings);

        timings.Time("rules", () => RuleRunner.Prepare(catalog, options));

        // A one-shot analysis: without collections when the machine has room, the region ended with the analysis.
        var findings = timings.Time("analysis", () => RuleRunner.AnalyzeOnce(catalog, options));

        Console.Progress($"analysed {catalog.Models.Count} models in {timings.LastMilliseconds} ms");

        var minSeverity = Words.Severity(parse.GetValue(_minSeverity)) ?? FindingSeverity.Note;
        var format = parse.GetValue(_format) ?? "text";
        var reported = findings.Where(f => f.Severity >= minSeverity).ToList();
        var comparison = baseline is null ? null : timings.Time("comparison", () => Baseline.Compare(findings, baseline.Where(f => ruleIds is null || ruleIds.Contains(f.RuleId)).ToList()));
        var report = new FindingsReport(catalogPath ?? catalog.SourcePath, reported, RuleRunner.Rules, CatalogSource.Version)
        {
            Builtin = choice.IsBuiltin,
            // Only the formats that name files from the repository's root ask git where the catalog is.
            Repository = format is "sarif" or "github" && catalogPath is not null and not InputFile.StandardInput ? GitRevision.RepositoryPath(catalogPath) : null,
            Baseline = comparison?.Where(r => r.Finding.Severity >= minSeverity).ToList(),
            Explanations = parse.GetValue(_explain) ? timings.Time("explanation", () => PhoneRules.Analysis.Explanations.Explainer.ExplainAll(catalog, reported)) : null,
        };
        var output = parse.GetValue(_output);
        timings.Time("write", () =>
        {
            if (format == "text" && output is null or SafeWriter.StandardOutput && Console.UseColor)
            {
                TextRenderer.Write(Console.Ansi, report);
            }
            else
            {
                SafeWriter.Write(output, Renderers.Writer(format, report), Console, input: catalogPath);
            }
        });

        Console.Progress($"wrote {reported.Count} findings as {format} in {timings.LastMilliseconds} ms");
        timings.End();

        var failOn = Words.Severity(parse.GetValue(_failOn));
        var failOnNew = Words.Severity(parse.GetValue(_failOnNew));
        var verdicts = new List<string>();
        if (failOn is { } threshold && findings.Where(f => f.Severity >= threshold).ToList() is { Count: > 0 } failing)
        {
            verdicts.Add(Verdict(failing, string.Empty, $"--fail-on {Words.Of(threshold)}"));
        }

        if (failOnNew is { } newThreshold
            && comparison!.Where(r => r.State == BaselineState.New && r.Finding.Severity >= newThreshold).Select(r => r.Finding).ToList() is { Count: > 0 } failingNew)
        {
            verdicts.Add(Verdict(failingNew, "new ", $"--fail-on-new {Words.Of(newThreshold)}"));
        }

        if (verdicts.Count == 0)
        {
            return ExitCodes.Ok;
        }

        // One line on standard error, whatever --output says: a CI log shows why the step failed.
        Console.Error.WriteLine("phonerules: failed: " + OneLine(string.Join("; ", verdicts)));
        return ExitCodes.FindingsFound;
    }

    // "2 new findings at or above warning (--fail-on-new warning): PR001 late-one, PR004 x": at most five named.
    private static string Verdict(List<Finding> failing, string kind, string option)
    {
        const int Named = 5;
        var names = string.Join(", ", failing.Take(Named).Select(f => $"{f.RuleId} {f.SubjectKey}"));
        var more = failing.Count > Named ? $" and {failing.Count - Named} more" : string.Empty;
        var noun = failing.Count == 1 ? "finding" : "findings";
        return $"{failing.Count} {kind}{noun} at or above {option.Split(' ')[1]} ({option}): {names}{more}";
    }

    private static List<string>? RuleIds(string[] requested)
    {
        if (requested.Length == 0)
        {
            return null;
        }

        var known = RuleRunner.Rules.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = requested.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException($"unknown rule '{unknown[0]}'; the rules are {string.Join(", ", RuleRunner.Rules.Select(r => r.Id))} (see 'phonerules rules')");
        }

        return requested.Select(id => id.ToUpperInvariant()).ToList();
    }
}
