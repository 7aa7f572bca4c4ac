using System.CommandLine;
using System.Linq;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules validate [FILE]</c>: checks a catalog file and prints every error.</summary>
public sealed class ValidateCommand : CliCommand
{
    private readonly Argument<string> _file = new("file")
    {
        Description = "The catalog file to check.",
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
        var result = CatalogReader.ReadFile(path);
        var diagnostics = result.Diagnostics.ToList();
        if (!result.HasErrors && result.Schema is { } schema && schema.Fingerprint != CatalogData.SchemaFingerprint)
        {
            diagnostics.Add(new CatalogDiagnostic(DiagnosticCodes.SchemaMismatch.Id, CatalogSeverity.Error, "the schema in this file differs from the schema compiled into this program; rebuild the program with this schema, or edit the file's schema to match", path, SourceSpan.At(0, 1, 1)));
        }

        if (diagnostics.Count > 0)
        {
            throw new CliException(diagnostics);
        }

        var document = result.Document!;
        Console.Output.WriteLine($"{path}: valid ({document.Entities.Count} entities of {document.Schema.Types.Count} types; schema matches this build)");
        return ExitCodes.Ok;
    }
}
