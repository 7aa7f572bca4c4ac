using System.CommandLine;
using System.Linq;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Explanations;
using PhoneRules.Cli.Output.Json;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules explain ID</c>: a rule's documentation and example, or a diagnostic code's.</summary>
public sealed class ExplainCommand : CliCommand
{
    private readonly Argument<string> _id = new("id") { Description = "A rule id or a diagnostic code (both listed by 'phonerules rules')." };

    private readonly Option<string?> _subject = new("--subject", "-s")
    {
        Description = "Explain the rule for this subject (a key such as pyongyang-2425, or a year, or a TAC): why it fired, or the first condition that failed.",
        HelpName = "key",
    };

    private readonly CatalogOptions _catalog = new();

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format for --subject: text or json.",
        DefaultValueFactory = _ => "text",
        HelpName = "format",
    };

    /// <summary>Creates the command.</summary>
    public ExplainCommand(CliConsole console)
        : base("explain", "Explain a rule (by its id), a rule's verdict on one subject (ID --subject KEY), or a catalog diagnostic code.", console)
    {
        _format.AcceptOnlyFromAmong("text", "json");
        Arguments.Add(_id);
        Options.Add(_subject);
        _catalog.AddTo(this);
        Options.Add(_format);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var id = (parse.GetValue(_id) ?? string.Empty).Trim().ToUpperInvariant();
        var rule = RuleRunner.Rules.FirstOrDefault(r => r.Id == id);
        if (rule is not null && parse.GetValue(_subject) is { } subject)
        {
            var choice = _catalog.Choose(parse);
            var catalog = CatalogSource.Load(choice, Console);
            var explanation = Explainer.Explain(catalog, rule, subject);
            if (explanation.Steps.Count == 0 && !catalog.Entities.Any(e => e.Key == subject))
            {
                throw new CliException($"no subject '{subject}' in {choice.DisplayName} for {rule.Id}; subjects are entity keys (pyongyang-2425), years (2020) or TACs");
            }

            Console.Output.Write(parse.GetValue(_format) == "json" ? ExplanationJson.Render(explanation, choice.DisplayName) : ExplanationText.Format(explanation) + "Catalog: " + TerminalText.Escape(choice.DisplayName) + "\n");
            return ExitCodes.Ok;
        }

        if (rule is not null)
        {
            Console.Output.Write(RuleDocs.Get(rule));
            return ExitCodes.Ok;
        }

        var code = DiagnosticCodes.All.FirstOrDefault(c => c.Id == id);
        if (code is not null)
        {
            Console.Output.Write(DiagnosticSection(code));
            return ExitCodes.Ok;
        }

        throw new CliException($"unknown rule or diagnostic '{parse.GetValue(_id)}'; rules are {RuleRunner.Rules[0].Id}-{RuleRunner.Rules[^1].Id}, diagnostics {DiagnosticCodes.All[0].Id}-{DiagnosticCodes.All[^1].Id} (see 'phonerules rules')");
    }

    /// <summary>The section of docs/diagnostics.md (embedded) about <paramref name="code"/>.</summary>
    internal static string DiagnosticSection(DiagnosticCode code)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream("diagnostics.md")
            ?? throw new CliException("the console was built without its diagnostics.md resource");
        using var reader = new System.IO.StreamReader(stream);
        var text = reader.ReadToEnd();
        var start = text.IndexOf("\n## " + code.Id + " ", System.StringComparison.Ordinal);
        if (start < 0)
        {
            return $"## {code.Id} {code.Title}\n\n{code.Cause}\n";
        }

        var end = text.IndexOf("\n## ", start + 1, System.StringComparison.Ordinal);
        return text[(start + 1)..(end < 0 ? text.Length : end + 1)];
    }
}
