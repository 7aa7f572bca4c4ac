using System.CommandLine;
using PhoneRules.Rules;
using PhoneRules.Rules.Findings;
using Spectre.Console;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules rules</c>: lists the rules.</summary>
public sealed class RulesCommand : CliCommand
{
    /// <summary>Creates the command.</summary>
    public RulesCommand(CliConsole console)
        : base("rules", "List the rules: id, name, severity and what each flags.", console)
    {
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var table = new Table().Border(Console.OutputIsTerminal ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("id").AddColumn("name").AddColumn("severity").AddColumn("description");
        foreach (var rule in RuleRunner.Rules)
        {
            table.AddRow(Markup.Escape(rule.Id), Markup.Escape(rule.Name), FindingText.Word(rule.Severity), Markup.Escape(rule.Description));
        }

        Console.Ansi.Write(table);
        Console.Ansi.WriteLine("Run 'phonerules explain <id>' for a rule's documentation and an example.");
        return ExitCodes.Ok;
    }
}
