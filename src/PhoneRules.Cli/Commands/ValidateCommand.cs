using System.CommandLine;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules validate [FILE]</c>: checks a catalog file and prints every error.</summary>
public sealed class ValidateCommand : CliCommand
{
    private readonly Argument<string?> _file = new("file")
    {
        Description = "The catalog file to check (- reads standard input; default: --catalog, or ./catalog.yaml).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly CatalogOptions _catalog = new();
    private readonly Option<bool> _timings = Timings.Option();

    /// <summary>Creates the command.</summary>
    public ValidateCommand(CliConsole console)
        : base("validate", "Check a catalog file; print every error as file(line,col): error CODE: message.", console)
    {
        Arguments.Add(_file);
        _catalog.AddTo(this);
        Options.Add(_timings);
        Validators.Add(result =>
        {
            if (result.GetResult(_file) is { Tokens.Count: > 0 } && (result.GetResult(_catalog.Catalog) is not null || result.GetResult(_catalog.Builtin) is not null))
            {
                result.AddError("validate takes a file or --catalog or --builtin, not two of them");
            }
        });
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var timings = Timings.Start(Console, parse.GetValue(_timings));
        var choice = _catalog.Choose(parse, parse.GetValue(_file));
        var document = timings.Time("read", () => choice.Path is { } path
            ? CatalogSource.ReadMatching(path, choice.Limits, out var diagnostics) ?? throw new CliException(diagnostics)
            : Builtin());
        Console.Output.WriteLine($"{choice.DisplayName}: valid ({document.Entities.Count} entities of {document.Schema.Types.Count} types; schema matches this build)");
        Console.Output.WriteLine("reader limits: " + string.Join(" ", choice.Limits.Describe()));
        timings.End();
        return ExitCodes.Ok;
    }

    // The catalog.yaml embedded in the console, the text the built-in catalog was compiled from.
    private static CatalogDocument Builtin() =>
        CatalogReader.Match(CatalogReader.ReadBytes(CatalogSource.EmbeddedCatalog(), "catalog.yaml"), "catalog.yaml", CatalogData.SchemaFingerprint, CatalogData.SchemaText, out var diagnostics)
        ?? throw new CliException(diagnostics);
}
