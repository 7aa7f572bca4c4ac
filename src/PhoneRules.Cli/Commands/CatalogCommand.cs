using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PhoneRules.Cli.Output.Text;
using Spectre.Console;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules catalog</c>: the models as a table, and a release and unveiling timeline per year.</summary>
public sealed class CatalogCommand : CliCommand
{
    private readonly CatalogOptions _catalog = new();

    private readonly Option<bool> _timeline = new("--timeline") { Description = "Show only the timeline, per series and year (the text form of 'phonerules report')." };

    /// <summary>Creates the command.</summary>
    public CatalogCommand(CliConsole console)
        : base("catalog", "Show the catalog's models as a table and a release and unveiling timeline per year.", console)
    {
        _catalog.AddTo(this);
        Options.Add(_timeline);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var choice = _catalog.Choose(parse);
        var catalog = CatalogSource.Load(choice, Console);
        if (parse.GetValue(_timeline))
        {
            TimelineBySeries(catalog, choice);
            return ExitCodes.Ok;
        }

        var border = Console.OutputIsTerminal ? TableBorder.Rounded : TableBorder.Ascii;
        var table = new Table().Border(border).Title(TerminalText.Markup("Models in " + choice.DisplayName))
            .AddColumn("key").AddColumn("name").AddColumn("series").AddColumn("released").AddColumn("unveiled").AddColumn("manufactured").AddColumn("confidence");
        foreach (var model in catalog.Models.OrderBy(m => m.Released?.Earliest ?? System.DateTime.MaxValue).ThenBy(m => m.Key, System.StringComparer.Ordinal))
        {
            table.AddRow(
                TerminalText.Markup(model.Key),
                TerminalText.Markup(model.Name),
                TerminalText.Markup(model.Series.Name),
                TerminalText.Markup(model.Released?.ToString() ?? "-"),
                TerminalText.Markup(model.Unveiled?.ToString() ?? "-"),
                TerminalText.Markup(model.Manufactured?.ToString() ?? "-"),
                model.Confidence.ToString().ToLowerInvariant());
        }

        Console.Ansi.Write(table);
        Console.Ansi.WriteLine();
        Console.Ansi.MarkupLine("[bold]Timeline[/] (R released, U unveiled by state media, M manufactured; ~ approximate, ? uncertain)");
        // One pass over the years that have marks; a run of empty years is one line, so a date in 9999 is
        // not 8,000 lines of "(none)", and the work is one grouping, not years times marks.
        var byYear = Marks(catalog.Models).GroupBy(e => e.Date.Earliest.Year).OrderBy(g => g.Key).ToList();
        for (var i = 0; i < byYear.Count; i++)
        {
            if (i > 0 && byYear[i].Key - byYear[i - 1].Key > 1)
            {
                var (from, to) = (byYear[i - 1].Key + 1, byYear[i].Key - 1);
                Console.Ansi.MarkupLine(from == to ? $"  [bold]{from}[/]  (none)" : $"  [bold]{from}-{to}[/]  (none)");
            }

            Console.Ansi.MarkupLine($"  [bold]{byYear[i].Key}[/]");
            foreach (var (kind, model, date) in byYear[i])
            {
                Console.Ansi.MarkupLine($"    {kind} {TerminalText.Markup(date.ToString()),-24} {TerminalText.Markup(model.Name)}");
            }
        }

        return ExitCodes.Ok;
    }

    // The same marks as the HTML report, in text: per series, each model's dates by year.
    private void TimelineBySeries(PhoneRules.Model.CatalogData catalog, CatalogChoice choice)
    {
        Console.Ansi.MarkupLine($"[bold]Timeline by series[/] of {TerminalText.Markup(choice.DisplayName)} (R released, U unveiled by state media, M manufactured; ~ approximate, ? uncertain)");
        var modelsBySeries = catalog.Models.ToLookup(m => m.Series, ReferenceEqualityComparer.Instance);
        foreach (var series in catalog.Series.OrderBy(s => s.Name, System.StringComparer.Ordinal))
        {
            var models = modelsBySeries[series].ToList();
            if (models.Count == 0)
            {
                continue;
            }

            Console.Ansi.MarkupLine($"[bold]{TerminalText.Markup(series.Name)}[/]");
            var marks = Marks(models);
            foreach (var year in marks.GroupBy(e => e.Date.Earliest.Year))
            {
                Console.Ansi.MarkupLine($"  {year.Key}  " + TerminalText.Markup(string.Join("; ", year.Select(e => $"{e.Kind} {e.Model.Name} {e.Date}"))));
            }

            var undated = models.Where(m => m.Released is null && m.Unveiled is null && m.Manufactured is null).Select(m => m.Name).ToList();
            if (undated.Count > 0)
            {
                Console.Ansi.MarkupLine("  no dates: " + TerminalText.Markup(string.Join(", ", undated)));
            }
        }

        foreach (var context in catalog.ContextEvents.OrderBy(e => e.Date))
        {
            Console.Ansi.MarkupLine(TerminalText.Markup($"| {context.Date:yyyy-MM-dd} {context.Name}"));
        }
    }

    // Every dated event of the models: R released, U unveiled, M manufactured, in date order.
    private static System.Collections.Generic.List<(char Kind, PhoneRules.Model.PhoneModel Model, PhoneRules.FuzzyDate Date)> Marks(System.Collections.Generic.IEnumerable<PhoneRules.Model.PhoneModel> models) =>
        models
            .SelectMany(m => new[] { ('R', m, m.Released), ('U', m, m.Unveiled), ('M', m, m.Manufactured) })
            .Where(e => e.Item3.HasValue)
            .Select(e => (Kind: e.Item1, Model: e.m, Date: e.Item3!.Value))
            .OrderBy(e => e.Date).ThenBy(e => e.Model.Key, System.StringComparer.Ordinal).ThenBy(e => e.Kind)
            .ToList();
}
