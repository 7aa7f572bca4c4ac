using System;
using System.CommandLine;
using PhoneRules.Cli.Output;
using PhoneRules.Analysis;
using PhoneRules.Cli.Output.Html;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules report --output report.html</c>: one self-contained page with the timeline and the findings.</summary>
public sealed class ReportCommand : CliCommand
{
    private readonly CatalogOptions _catalog = new();
    private readonly Option<string?> _output = CommonOptions.Output();

    private readonly Option<int> _from = new("--from")
    {
        Description = "The first year of the timeline.",
        DefaultValueFactory = _ => 2013,
        HelpName = "year",
    };

    private readonly Option<int?> _until = new("--until")
    {
        Description = "The last year of the timeline (default: this year).",
        HelpName = "year",
    };

    /// <summary>Creates the command.</summary>
    public ReportCommand(CliConsole console)
        : base("report", "Write a self-contained HTML report: a timeline per series, context, trade, and the findings.", console)
    {
        _catalog.AddTo(this);
        Options.Add(_output);
        Options.Add(_from);
        Options.Add(_until);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var from = parse.GetValue(_from);
        var until = parse.GetValue(_until) ?? DateTime.UtcNow.Year;
        if (from < 1900 || until > 2100 || from > until)
        {
            throw new CliException($"--from {from} and --until {until} must be years from 1900 to 2100, in order");
        }

        // Compiling the rules is most of a cold start: on another core, while the catalog is read.
        RuleRunner.PrepareInBackground();
        var choice = _catalog.Choose(parse);
        var catalogPath = choice.Path;
        var catalog = CatalogSource.Load(choice, Console);
        var findings = RuleRunner.Analyze(catalog);
        var report = new FindingsReport(catalogPath ?? catalog.SourcePath, findings, RuleRunner.Rules, CatalogSource.Version) { Builtin = choice.IsBuiltin };
        var html = HtmlReportRenderer.Render(catalog, report, from, until);
        SafeWriter.Write(parse.GetValue(_output), html, Console, input: catalogPath);
        if (parse.GetValue(_output) is { } path and not SafeWriter.StandardOutput)
        {
            Console.Output.WriteLine($"wrote {path}: {catalog.Models.Count} models, {findings.Count} findings, from {choice.DisplayName}");
        }

        return ExitCodes.Ok;
    }
}
