using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Linq;
using PhoneRules.Cli.Commands;

namespace PhoneRules.Cli;

/// <summary>The command line: parses, dispatches, and turns every failure into an exit code and one line per problem.</summary>
public static class PhoneRulesApp
{
    // No response files: "@name" is an ordinary value, never a file read for more arguments.
    private static readonly ParserConfiguration s_parser = new() { ResponseFileTokenReplacer = null };

    /// <summary>Runs the console with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var root = CreateRoot(console);
            var parsed = root.Parse(args, s_parser);
            // An empty or control-character value is reported as such, not as whatever the parser made of it.
            var errors = ValueErrors(parsed).ToList();
            if (errors.Count == 0)
            {
                errors = Suggestions.Apply(parsed, parsed.Errors.Select(e => e.Message).ToList());
            }

            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    // One line per error: System.CommandLine lists allowed values on separate lines.
                    var message = string.Join(" ", error.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
                    console.Error.WriteLine("phonerules: error: " + CliCommand.OneLine(message.Replace("' '", "', '", StringComparison.Ordinal)) + " (see 'phonerules --help')");
                }

                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The console never shows a stack trace: an unexpected failure is one line and its own exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteLine(CliCommand.InternalErrorLine(ex));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree, every command with its options: the parse-level tests enumerate it.</summary>
    public static RootCommand CreateRoot(CliConsole console)
    {
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
            new SynthCommand(console),
            new LspCommand(console),
            new WatchCommand(console),
        };

        // --version prints the version and the commit the tool was built from.
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(console);
        return root;
    }

    // An empty value means nothing useful anywhere ("--baseline-rev ''" would silently compare with the git
    // index), and no option takes a control character (a path or key with ESC or a newline is an attack or a
    // mistake): both are usage errors, named by the option.
    private static IEnumerable<string> ValueErrors(ParseResult parsed)
    {
        for (SymbolResult? result = parsed.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command)
            {
                continue;
            }

            foreach (var child in command.Children)
            {
                var (name, tokens) = child switch
                {
                    OptionResult option => (option.Option.Name, option.Tokens),
                    ArgumentResult argument => ("<" + argument.Argument.Name + ">", argument.Tokens),
                    _ => (string.Empty, (IReadOnlyList<Token>)[]),
                };
                foreach (var token in tokens)
                {
                    if (token.Value.Length == 0)
                    {
                        yield return $"{name} needs a value; an empty one is not allowed";
                    }
                    else if (token.Value.Any(Output.Text.TerminalText.NeedsEscape))
                    {
                        yield return $"{name} '{Output.Text.TerminalText.Escape(token.Value)}' has a control character";
                    }
                }
            }
        }
    }

    private sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            console.Output.WriteLine(CatalogSource.VersionWithCommit);
            return ExitCodes.Ok;
        }
    }
}
