using System.CommandLine;

namespace PhoneRules.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output (- or no option: standard output; nothing is written when the input is bad).",
        HelpName = "file",
    };
}
