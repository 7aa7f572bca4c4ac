using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Input;

namespace PhoneRules.Cli.Commands;

/// <summary>
/// The one rule for a baseline, shared by every command that compares with one (<c>analyze</c>, <c>report</c>):
/// <c>--baseline F</c> (an earlier <c>analyze --format json</c>) or <c>--baseline-rev R</c> (the catalog file as it
/// was at a git revision, analysed now), never both; standard input is read once, and a revision needs a catalog
/// file in a repository. Each command checks and reads them here, so each refuses the same things in the same words.
/// </summary>
internal sealed class BaselineOptions
{
    /// <summary>Options whose descriptions end with what the command does with the comparison.</summary>
    public BaselineOptions(string comparison)
    {
        Baseline = new("--baseline")
        {
            Description = "Compare with the findings of an earlier 'analyze --format json': " + comparison + ".",
            HelpName = "file",
        };
    }

    /// <summary><c>--baseline F</c>.</summary>
    public Option<string?> Baseline { get; }

    /// <summary><c>--baseline-rev R</c>.</summary>
    public Option<string?> BaselineRev { get; } = new("--baseline-rev")
    {
        Description = "Compare with the findings on the catalog as it was at this git revision (HEAD~1, a tag, a commit).",
        HelpName = "revision",
    };

    /// <summary>Adds the options to <paramref name="command"/>, with the checks against each other and against <paramref name="catalog"/>'s options.</summary>
    public void AddTo(Command command, CatalogOptions catalog)
    {
        command.Options.Add(Baseline);
        command.Options.Add(BaselineRev);
        command.Validators.Add(result =>
        {
            // GetResult, not GetValue: a value that failed to parse must stay a parse error, not throw here.
            if (result.GetResult(Baseline) is not null && result.GetResult(BaselineRev) is not null)
            {
                result.AddError("--baseline and --baseline-rev cannot be used together");
            }

            // Standard input can be read once, and a revision needs a file in a repository.
            var catalogIsInput = Tokens(result.GetResult(catalog.Catalog)).Contains(InputFile.StandardInput);
            if (catalogIsInput && Tokens(result.GetResult(Baseline)).Contains(InputFile.StandardInput))
            {
                result.AddError("--catalog - and --baseline - cannot both read standard input");
            }

            if (catalogIsInput && result.GetResult(BaselineRev) is not null)
            {
                result.AddError("--baseline-rev needs --catalog to name a file in a git repository, not -");
            }

            if (result.GetResult(catalog.Builtin) is not null && result.GetResult(BaselineRev) is not null)
            {
                result.AddError("--baseline-rev needs --catalog to name a file in a git repository, not --builtin");
            }
        });
    }

    /// <summary>
    /// The baseline's findings, or null when none is asked for: read from <c>--baseline</c>'s file, or the catalog at
    /// <c>--baseline-rev</c> analysed with <paramref name="options"/> (none when the file did not exist then; git's note
    /// is one line on standard error). Timed as the phase <c>baseline</c>.
    /// </summary>
    public IReadOnlyList<Finding>? Load(ParseResult parse, string? catalogPath, AnalysisOptions? options, CliConsole console, Timings timings)
    {
        if (parse.GetValue(Baseline) is { } path)
        {
            return timings.Time("baseline", () => BaselineReader.Read(path));
        }

        if (parse.GetValue(BaselineRev) is not { } revision)
        {
            return null;
        }

        string? note = null;
        var findings = timings.Time("baseline", () =>
        {
            // The validator has made sure there is a catalog file when a revision is asked for.
            var atRevision = GitRevision.LoadCatalog(catalogPath!, revision, out note);
            return atRevision is null ? [] : RuleRunner.Analyze(atRevision, options);
        });
        if (note is not null)
        {
            console.Error.WriteLine("phonerules: note: " + CliCommand.OneLine(note));
        }

        return findings;
    }

    private static IEnumerable<string> Tokens(OptionResult? option) => option?.Tokens.Select(t => t.Value) ?? [];
}
