using System.CommandLine;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Html;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules report --output report.html</c>: one self-contained page with a summary, the timeline, every finding and the sources.</summary>
public sealed class ReportCommand : CliCommand
{
    private readonly CatalogOptions _catalog = new();
    private readonly Option<string?> _output = CommonOptions.Output();

    private readonly Option<int?> _from = new("--from")
    {
        Description = "The first year of the timeline (default: the first year a model is dated in).",
        HelpName = "year",
    };

    private readonly Option<int?> _until = new("--until")
    {
        Description = "The last year of the timeline (default: the last year of any date, drought, event or trade figure).",
        HelpName = "year",
    };

    private readonly BaselineOptions _baseline = new("the summary counts new, updated, unchanged and absent findings");

    private readonly Option<bool> _timings = Timings.Option();

    // The axis of a catalog with no dated model, event or trade figure, when no year is given: a fixed year, so
    // the page does not depend on the day it is made.
    private const int NoDates = 2000;

    /// <summary>Creates the command.</summary>
    public ReportCommand(CliConsole console)
        : base("report", "Write a self-contained HTML report: a summary, a timeline per series, context, trade, the findings and their sources.", console)
    {
        _catalog.AddTo(this);
        Options.Add(_output);
        Options.Add(_from);
        Options.Add(_until);
        _baseline.AddTo(this, _catalog);
        Options.Add(_timings);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var from = parse.GetValue(_from);
        var until = parse.GetValue(_until);
        if (from is < 1900 or > 2100 || until is < 1900 or > 2100 || (from is { } f && until is { } u && f > u))
        {
            throw new CliException($"--from {from} and --until {until} must be years from 1900 to 2100, in order");
        }

        var timings = Timings.Start(Console, parse.GetValue(_timings));
        var choice = _catalog.Choose(parse);

        // Compiling the rules is most of a cold start: on another core, while the catalog is read (the rule sets an
        // analysis of a catalog that size uses); "rules" is what is left to wait for once it is read.
        RuleRunner.PrepareInBackground(CatalogSource.ExpectedFacts(choice));
        var catalogPath = choice.Path;
        var catalog = timings.Time("read", () => CatalogSource.Load(choice, Console));
        var baseline = _baseline.Load(parse, catalogPath, options: null, Console, timings);

        timings.Time("rules", () => RuleRunner.Prepare(catalog));
        var findings = timings.Time("analysis", () => RuleRunner.AnalyzeOnce(catalog));

        var report = new FindingsReport(catalogPath ?? catalog.SourcePath, findings, RuleRunner.Rules, CatalogSource.Version)
        {
            Builtin = choice.IsBuiltin,
            Baseline = baseline is null ? null : timings.Time("comparison", () => Baseline.Compare(findings, baseline)),
        };

        // The axis starts at the first dated year unless asked otherwise; one bound given moves the other along.
        var years = HtmlReportRenderer.DefaultYears(catalog, findings) ?? (from ?? until ?? NoDates, until ?? from ?? NoDates);
        var first = from ?? (until is { } last && last < years.First ? last : years.First);
        var end = until ?? (years.Last < first ? first : years.Last);
        timings.Time("write", () => SafeWriter.Write(parse.GetValue(_output), HtmlReportRenderer.Render(catalog, report, first, end), Console, input: catalogPath));
        if (parse.GetValue(_output) is { } path and not SafeWriter.StandardOutput)
        {
            Console.Output.WriteLine($"wrote {path}: {Count(catalog.Models.Count, "model")}, {Count(findings.Count, "finding")}, from {choice.DisplayName}");
        }

        timings.End();

        return ExitCodes.Ok;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
