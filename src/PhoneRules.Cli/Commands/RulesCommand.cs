using System.CommandLine;
using PhoneRules.Analysis;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Json;
using PhoneRules.Cli.Output.Text;
using Spectre.Console;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules rules</c>: lists the rules.</summary>
public sealed class RulesCommand : CliCommand
{
    private readonly Option<bool> _coverage = new("--coverage")
    {
        Description = "Show, per rule, how many subjects have the catalog fields it reads filled in.",
    };

    private readonly CatalogOptions _catalog = new();

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => "text",
        HelpName = "format",
    };

    /// <summary>Creates the command.</summary>
    public RulesCommand(CliConsole console)
        : base("rules", "List the rules: id, name, severity and what each flags.", console)
    {
        Options.Add(_coverage);
        _catalog.AddTo(this);
        _format.AcceptOnlyFromAmong("text", "json");
        Options.Add(_format);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        if (parse.GetValue(_coverage))
        {
            var choice = _catalog.Choose(parse);
            var catalog = CatalogSource.Load(choice, Console);
            if (Json(parse))
            {
                Console.Output.Write(RulesJson.Coverage(PhoneRules.Analysis.Explanations.RuleCoverage.Compute(catalog), choice, CatalogSource.Version));
                return ExitCodes.Ok;
            }

            return Coverage(catalog, choice);
        }

        if (Json(parse))
        {
            Console.Output.Write(RulesJson.Rules(RuleRunner.Rules, CatalogSource.Version));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(Console.OutputIsTerminal ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("id").AddColumn("name").AddColumn("severity").AddColumn("description");
        foreach (var rule in RuleRunner.Rules)
        {
            table.AddRow(TerminalText.Markup(rule.Id), TerminalText.Markup(rule.Name), Words.Of(rule.Severity), TerminalText.Markup(rule.Description));
        }

        Console.Ansi.Write(table);
        Console.Ansi.WriteLine("Run 'phonerules explain <id>' for a rule's documentation and an example.");
        return ExitCodes.Ok;
    }

    private bool Json(ParseResult parse) => parse.GetValue(_format) == "json";

    private int Coverage(PhoneRules.Model.CatalogData catalog, CatalogChoice choice)
    {
        Console.Ansi.MarkupLine("Coverage of " + TerminalText.Markup(choice.DisplayName) + ":");
        var table = new Table().Border(Console.OutputIsTerminal ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("id").AddColumn("name").AddColumn("reads").AddColumn(new TableColumn("filled").RightAligned()).AddColumn(new TableColumn("of").RightAligned());
        foreach (var row in PhoneRules.Analysis.Explanations.RuleCoverage.Compute(catalog))
        {
            table.AddRow(
                TerminalText.Markup(row.Rule.Id),
                TerminalText.Markup(row.Rule.Name),
                TerminalText.Markup(row.TypeName + "." + string.Join(" + ", row.Fields)),
                row.Filled.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Console.Ansi.Write(table);
        Console.Ansi.WriteLine("A rule can speak only about subjects that have the fields it reads; few filled means little to go on.");
        return ExitCodes.Ok;
    }
}
