using System.CommandLine;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.JsonSchema;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules schema</c>: a JSON Schema of the catalog format, so YAML editors validate and complete catalog.yaml.</summary>
public sealed class SchemaCommand : CliCommand
{
    // schema reads no input, so its output option says nothing about bad input (the shared one does).
    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write to this file instead of standard output (- or no option: standard output).",
        HelpName = "file",
    };

    /// <summary>Creates the command.</summary>
    public SchemaCommand(CliConsole console)
        : base("schema", "Print a JSON Schema (draft-07) of the compiled catalog schema, for YAML editors.", console)
    {
        Options.Add(_output);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        SafeWriter.Write(parse.GetValue(_output), JsonSchemaWriter.Write(CatalogSource.CompiledSchema()), Console);
        return ExitCodes.Ok;
    }
}
