using System.CommandLine;
using System.IO;

namespace PhoneRules.Cli.Commands;

/// <summary>
/// The one rule for which catalog a command reads, shared by every command that reads one: <c>--catalog F</c>
/// when given, else <c>./catalog.yaml</c> when it exists, else nothing (an error that names both ways out).
/// The catalog compiled into the tool is read only when asked for with <c>--builtin</c>, and is then named
/// as such in every output.
/// </summary>
internal sealed class CatalogOptions
{
    /// <summary>The file read when neither <c>--catalog</c> nor <c>--builtin</c> is given.</summary>
    public const string DefaultFile = "catalog.yaml";

    /// <summary><c>--catalog F</c>.</summary>
    public Option<string?> Catalog { get; } = CommonOptions.Catalog();

    /// <summary><c>--builtin</c>.</summary>
    public Option<bool> Builtin { get; } = new("--builtin")
    {
        Description = "Read the catalog compiled into phonerules (the shipped North Korea catalog) instead of a file; outputs name it as the built-in catalog.",
    };

    /// <summary>Adds both options to <paramref name="command"/>, with the check that they exclude each other.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Catalog);
        command.Options.Add(Builtin);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Catalog) is not null && result.GetResult(Builtin) is not null)
            {
                result.AddError("--catalog and --builtin cannot be used together");
            }
        });
    }

    /// <summary>The catalog the parse result selects, by the one rule.</summary>
    public CatalogChoice Choose(ParseResult parse)
    {
        if (parse.GetValue(Builtin))
        {
            return CatalogChoice.BuiltinCatalog;
        }

        if (parse.GetValue(Catalog) is { } path)
        {
            return new CatalogChoice(path);
        }

        if (Path.Exists(DefaultFile))
        {
            return new CatalogChoice(DefaultFile);
        }

        throw new CliException(
            $"no {DefaultFile} in this folder ({Directory.GetCurrentDirectory()}); name a catalog with --catalog FILE, or read the one compiled into phonerules with --builtin");
    }
}
