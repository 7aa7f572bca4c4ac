using System.Linq;
using PhoneRules.Analysis.Findings;
using Spectre.Console;

namespace PhoneRules.Cli.Output.Text;

/// <summary>Findings for people: grouped by rule, severity coloured on a terminal, evidence and sources under each.</summary>
internal static class TextRenderer
{
    /// <summary>Plain text, the same lines the snapshot tests pin, then a summary line, written as it goes.</summary>
    public static void Write(FindingsReport report, System.IO.TextWriter writer)
    {
        System.Func<Finding, string>? tag = report.HasBaseline ? f => Words.Of(report.StateOf(f) ?? BaselineState.New) : null;
        System.Func<Finding, string>? after = report.Explanations is null ? null
            : f => report.ExplanationOf(f) is { } steps ? "    why:\n" + ExplanationText.FormatSteps(steps, "      ") : string.Empty;
        FindingText.Write(writer, report.Findings, tag, after);
        var absent = report.Absent.ToList();
        if (absent.Count > 0)
        {
            writer.Put("Absent since the baseline:\n\n");
            FindingText.Write(writer, absent, _ => "absent", null);
        }

        writer.Put(TerminalText.Escape(report.Summary())).Put('\n');
    }

    /// <summary>Writes the same text with colour to a terminal.</summary>
    public static void Write(IAnsiConsole console, FindingsReport report)
    {
        foreach (var group in report.Findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            console.MarkupLine($"[bold]{TerminalText.Markup(group.Key.RuleId)}[/] {TerminalText.Markup(group.Key.RuleName)}");
            foreach (var finding in group)
            {
                var severity = Words.Of(finding.Severity);
                var color = finding.Severity switch
                {
                    FindingSeverity.Error => "red",
                    FindingSeverity.Warning => "yellow",
                    _ => "blue",
                };
                var state = report.StateOf(finding) is { } known ? $"[bold]{Words.Of(known)}[/] " : string.Empty;
                console.MarkupLine($"  {state}[{color}]{severity}[/] {Words.Of(finding.Confidence)} {TerminalText.Markup(finding.SubjectType)} [bold]{TerminalText.Markup(finding.SubjectKey)}[/] [dim]({TerminalText.Markup(finding.Location.File)}:{finding.Location.Line}:{finding.Location.Column})[/]");
                console.MarkupLine("    " + TerminalText.Markup(finding.Message));
                foreach (var evidence in finding.EvidenceWithoutKeeping())
                {
                    var sources = evidence.Sources.Count > 0 ? " [dim][[" + TerminalText.Markup(string.Join(", ", evidence.Sources)) + "]][/]" : string.Empty;
                    console.MarkupLine($"    - {TerminalText.Markup(evidence.Field)}: {TerminalText.Markup(EvidenceText.Of(evidence))}{sources}");
                }

                if (report.ExplanationOf(finding) is { } steps)
                {
                    console.MarkupLine("    [dim]why:[/]");
                    console.Write(new Spectre.Console.Text(ExplanationText.FormatSteps(steps, "      ")));
                }
            }

            console.WriteLine();
        }

        console.MarkupLine("[bold]" + TerminalText.Markup(report.Summary()) + "[/]");
    }
}
