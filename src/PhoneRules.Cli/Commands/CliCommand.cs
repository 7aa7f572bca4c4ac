using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace PhoneRules.Cli.Commands;

/// <summary>A command: its options as fields, its work in <see cref="Execute"/>, and one place that maps failures to exit codes.</summary>
public abstract class CliCommand : Command
{
    /// <summary>Creates the command.</summary>
    protected CliCommand(string name, string description, CliConsole console)
        : base(name, description)
    {
        Console = console;
        SetAction(Run);
    }

    /// <summary>Where to write.</summary>
    protected CliConsole Console { get; }

    /// <summary>Does the work; throws <see cref="CliException"/> for bad input.</summary>
    protected abstract int Execute(ParseResult parse);

    private int Run(ParseResult parse)
    {
        try
        {
            return Execute(parse);
        }
        catch (CliException ex)
        {
            foreach (var line in ex.Lines.Take(DiagnosticLimit.MaxLines))
            {
                var one = OneLine(line);
                Console.Error.WriteLine(one.StartsWith("phonerules:", StringComparison.Ordinal) || one.Contains(": error ", StringComparison.Ordinal) ? one : "phonerules: error: " + one);
            }

            if (ex.Lines.Count > DiagnosticLimit.MaxLines)
            {
                Console.Error.WriteLine(DiagnosticLimit.AndMore(ex.Lines.Count - DiagnosticLimit.MaxLines));
            }

            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("phonerules: error: " + OneLine(ex.Message));
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine("phonerules: error: " + OneLine(ex.Message));
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The console never shows a stack trace: an unexpected failure is one line too.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine(InternalErrorLine(ex));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The one line an unexpected exception becomes: its type and message, never its stack.</summary>
    internal static string InternalErrorLine(Exception ex) =>
        $"phonerules: internal error: {ex.GetType().Name}: {OneLine(ex.Message)} (please report this with the command and catalog that caused it)";

    /// <summary>A message on one line, safe for a terminal: control and bidirectional-override characters are shown as escapes.</summary>
    internal static string OneLine(string message) => Output.Text.TerminalText.Escape(message);
}
