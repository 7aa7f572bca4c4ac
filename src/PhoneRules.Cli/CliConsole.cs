using System;
using System.IO;
using Spectre.Console;

namespace PhoneRules.Cli;

/// <summary>
/// Where the console writes: standard output and error, and whether each is an interactive terminal.
/// Colour is used only on an interactive terminal and never when NO_COLOR is set, so redirected output
/// (pipes, files, tests) is plain text.
/// </summary>
public sealed class CliConsole
{
    /// <summary>Creates a console over the given writers.</summary>
    public CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal, bool noColor)
    {
        Output = output;
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        UseColor = outputIsTerminal && !noColor;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = UseColor ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = outputIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!outputIsTerminal)
        {
            // Redirected output has no width; pick one wide enough that tables do not wrap.
            Ansi.Profile.Width = 160;
        }
    }

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard output is an interactive terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether standard error is an interactive terminal (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Whether to colour standard output.</summary>
    public bool UseColor { get; }

    /// <summary>Spectre.Console over standard output.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>The process's console.</summary>
    public static CliConsole FromSystem() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Writes one progress line to standard error, only when it is a terminal.</summary>
    public void Progress(string message)
    {
        if (ErrorIsTerminal)
        {
            Error.WriteLine("phonerules: " + PhoneRules.Cli.Output.Text.TerminalText.Escape(message));
        }
    }
}
