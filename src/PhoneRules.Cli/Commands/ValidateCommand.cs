using System.CommandLine;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules validate [FILE]</c>: checks a catalog file and prints every error.</summary>
public sealed class ValidateCommand : CliCommand
{
    private readonly Argument<string> _file = new("file")
    {
        Description = "The catalog file to check (- reads standard input).",
        DefaultValueFactory = _ => "catalog.yaml",
    };

    /// <summary>Creates the command.</summary>
    public ValidateCommand(CliConsole console)
        : base("validate", "Check a catalog file; print every error as file(line,col): error CODE: message.", console)
    {
        Arguments.Add(_file);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var path = parse.GetValue(_file) ?? "catalog.yaml";
        var document = CatalogSource.ReadMatching(path, out var diagnostics) ?? throw new CliException(diagnostics);
        Console.Output.WriteLine($"{path}: valid ({document.Entities.Count} entities of {document.Schema.Types.Count} types; schema matches this build)");
        return ExitCodes.Ok;
    }
}
