using System.CommandLine;
using System.IO;
using System.Linq;
using PhoneRules.Schema;

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
    public Option<string?> Catalog { get; } = new("--catalog", "-c")
    {
        Description = $"A catalog file with the compiled schema, read at run time; - reads standard input (default: ./{DefaultFile} when there is one; --builtin reads the catalog compiled into phonerules).",
        HelpName = "file",
    };

    /// <summary><c>--builtin</c>.</summary>
    public Option<bool> Builtin { get; } = new("--builtin")
    {
        Description = "Read the catalog compiled into phonerules (the shipped North Korea catalog) instead of a file; outputs name it as the built-in catalog.",
    };

    /// <summary><c>--limit name=value</c>, repeatable: a reader limit for this run (the same settings as the build's <c>PhoneRulesLimits</c>).</summary>
    public Option<string[]> Limit { get; } = new("--limit")
    {
        Description = "Change a reader limit for this run, as name=value (repeatable): " + string.Join(", ", ReaderLimits.Names) + ". 'phonerules validate' prints the limits in effect.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "name=value",
    };

    /// <summary>Adds the options to <paramref name="command"/>, with the check that --catalog and --builtin exclude each other.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Catalog);
        command.Options.Add(Builtin);
        command.Options.Add(Limit);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Catalog) is not null && result.GetResult(Builtin) is not null)
            {
                result.AddError("--catalog and --builtin cannot be used together");
            }

            if (result.GetResult(Limit) is { } limits && ReaderLimits.Default.Parse(limits.Tokens.Select(t => t.Value), out var error) is null)
            {
                result.AddError("--limit: " + error);
            }
        });
    }

    /// <summary>The catalog the parse result selects, by the one rule, with the reader limits it asks for.</summary>
    public CatalogChoice Choose(ParseResult parse) => Choose(parse, path: null);

    /// <summary>The catalog file <paramref name="path"/> when given (validate's argument), else the one the options select; with the reader limits asked for.</summary>
    public CatalogChoice Choose(ParseResult parse, string? path) => (path is null ? ChooseFile(parse) : new CatalogChoice(path)) with { Limits = Limits(parse) };

    /// <summary>The reader limits <c>--limit</c> asks for; an unknown name or a bad value is a usage error.</summary>
    public ReaderLimits Limits(ParseResult parse) =>
        ReaderLimits.Default.Parse(parse.GetValue(Limit) ?? [], out var error) ?? throw new CliException("--limit: " + error);

    private CatalogChoice ChooseFile(ParseResult parse)
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
