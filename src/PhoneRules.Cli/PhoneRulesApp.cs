using System;
using System.CommandLine;
using System.Linq;
using PhoneRules.Cli.Commands;

namespace PhoneRules.Cli;

/// <summary>The command line: parses, dispatches, and turns every failure into an exit code and one line per problem.</summary>
public static class PhoneRulesApp
{
    /// <summary>Runs the console with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("PhoneRules: a sourced catalog of North Korea's smartphones, and rules that flag anomalies in it.")
        {
            new AnalyzeCommand(console),
            new RulesCommand(console),
            new ExplainCommand(console),
            new ValidateCommand(console),
            new CatalogCommand(console),
            new SchemaCommand(console),
            new InitCommand(console),
            new ReportCommand(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                // One line per error: System.CommandLine lists allowed values on separate lines.
                var message = string.Join(" ", error.Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
                console.Error.WriteLine("phonerules: error: " + message.Replace("' '", "', '", StringComparison.Ordinal));
            }

            console.Error.WriteLine("Run 'phonerules --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
    }
}
