using System.Linq;
using System.Text;

namespace PhoneRules.Cli.Output;

/// <summary>A Markdown report an analyst can paste into a note: a summary, then each rule's findings with evidence.</summary>
internal static class MarkdownRenderer
{
    public static string Render(FindingsReport report)
    {
        var md = new StringBuilder();
        md.Append("# PhoneRules findings\n\n");
        md.Append($"{Escape(report.Summary())}.\n\n");
        md.Append("| rule | findings |\n|---|---|\n");
        foreach (var group in report.Findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            md.Append($"| {group.Key.RuleId} {group.Key.RuleName} | {group.Count()} |\n");
        }

        foreach (var group in report.Findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            md.Append($"\n## {group.Key.RuleId} {group.Key.RuleName}\n\n");
            foreach (var finding in group)
            {
                var state = report.StateOf(finding) is { } known ? Words.Of(known) + ", " : string.Empty;
                md.Append($"- **{state}{Words.Of(finding.Severity)}, {Words.Of(finding.Confidence)}**: {Escape(finding.Message)} ");
                md.Append($"(`{finding.SubjectKey}`, {Escape(finding.Location.File)} line {finding.Location.Line})\n");
                foreach (var evidence in finding.Evidence)
                {
                    md.Append($"  - {Escape(evidence.Field)}: {Escape(evidence.Value)}");
                    if (evidence.Sources.Count > 0)
                    {
                        md.Append(" (sources: ").Append(string.Join(", ", evidence.Sources.Select(s => "`" + s + "`"))).Append(')');
                    }

                    md.Append('\n');
                }

                if (report.ExplanationOf(finding) is { } steps)
                {
                    md.Append("  - why:\n");
                    foreach (var step in steps)
                    {
                        md.Append("    - `").Append(step.Expression.Replace("`", "'", System.StringComparison.Ordinal)).Append("` ").Append(step.IsBinding ? "= " : "is ").Append(Escape(step.Result));
                        var values = step.Values.Where(v => v.Expression != step.Expression).Select(v => $"`{v.Expression}` = {Escape(v.Value)}").ToList();
                        if (values.Count > 0)
                        {
                            md.Append(" (").Append(string.Join("; ", values)).Append(')');
                        }

                        md.Append('\n');
                    }
                }
            }
        }

        var absent = report.Absent.ToList();
        if (absent.Count > 0)
        {
            md.Append("\n## Absent since the baseline\n\n");
            foreach (var finding in absent)
            {
                md.Append($"- {finding.RuleId} {finding.RuleName}: {Escape(finding.Message)} (`{finding.SubjectKey}`)\n");
            }
        }

        return md.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("*", "\\*", System.StringComparison.Ordinal)
            .Replace("_", "\\_", System.StringComparison.Ordinal)
            .Replace("|", "\\|", System.StringComparison.Ordinal)
            .Replace("~", "\\~", System.StringComparison.Ordinal)
            .Replace("<", "&lt;", System.StringComparison.Ordinal);
}
