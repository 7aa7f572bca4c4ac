using System.Globalization;
using System.Linq;
using System.Text;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Output.Markdown;

/// <summary>A Markdown report an analyst can paste into a note: a summary, then each rule's findings with evidence.</summary>
internal static class MarkdownRenderer
{
    public static void Write(FindingsReport report, System.IO.TextWriter md)
    {
        md.Put("# PhoneRules findings\n\n");
        md.Put(string.Create(CultureInfo.InvariantCulture, $"{Escape(report.Summary())}.\n\n"));
        md.Put("| rule | findings |\n|---|---|\n");
        foreach (var group in report.Findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            md.Put(string.Create(CultureInfo.InvariantCulture, $"| {Escape(group.Key.RuleId)} {Escape(group.Key.RuleName)} | {group.Count()} |\n"));
        }

        foreach (var group in report.Findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            md.Put(string.Create(CultureInfo.InvariantCulture, $"\n## {Escape(group.Key.RuleId)} {Escape(group.Key.RuleName)}\n\n"));
            foreach (var finding in group)
            {
                var state = report.StateOf(finding) is { } known ? Words.Of(known) + ", " : string.Empty;
                md.Put(string.Create(CultureInfo.InvariantCulture, $"- **{state}{Words.Of(finding.Severity)}, {Words.Of(finding.Confidence)}**: {Escape(finding.Message)} "));
                md.Put(string.Create(CultureInfo.InvariantCulture, $"({Code(finding.SubjectKey)}, {Escape(finding.Location.File)} line {finding.Location.Line})\n"));
                foreach (var evidence in finding.EvidenceWithoutKeeping())
                {
                    md.Put(string.Create(CultureInfo.InvariantCulture, $"  - {Escape(evidence.Field)}: {Escape(EvidenceText.Of(evidence))}"));
                    if (evidence.Sources.Count > 0)
                    {
                        md.Put(" (sources: ").Put(string.Join(", ", evidence.Sources.Select(Code))).Put(')');
                    }

                    md.Put('\n');
                }

                if (report.ExplanationOf(finding) is { } steps)
                {
                    md.Put("  - why:\n");
                    foreach (var step in steps)
                    {
                        md.Put("    - ").Put(Code(step.Expression)).Put(' ').Put(step.IsBinding ? "= " : "is ").Put(Escape(step.Result));
                        var values = step.Values.Where(v => v.Expression != step.Expression).Select(v => $"{Code(v.Expression)} = {Escape(v.Value)}").ToList();
                        if (values.Count > 0)
                        {
                            md.Put(" (").Put(string.Join("; ", values)).Put(')');
                        }

                        md.Put('\n');
                    }
                }
            }
        }

        var absent = report.Absent.ToList();
        if (absent.Count > 0)
        {
            md.Put("\n## Absent since the baseline\n\n");
            foreach (var finding in absent)
            {
                md.Put(string.Create(CultureInfo.InvariantCulture, $"- {Escape(finding.RuleId)} {Escape(finding.RuleName)}: {Escape(finding.Message)} ({Code(finding.SubjectKey)})\n"));
            }
        }
    }

    // The one escape for Markdown: terminal controls, line breaks and bidirectional overrides spelled out
    // (TerminalText), so a value never starts a line (no heading, list or quote of its own); '<' and '&' as
    // entities (no raw HTML, no autolink such as <javascript:...>); and a backslash before each character
    // that opens inline syntax mid-line: links and images need '[', code spans '`', emphasis '*' or '_',
    // strikethrough '~', table cells '|'.
    internal static string Escape(string text)
    {
        var safe = TerminalText.Escape(text);
        var md = new StringBuilder(safe.Length + 8);
        foreach (var c in safe)
        {
            if (c is '<')
            {
                md.Append("&lt;");
            }
            else if (c is '&')
            {
                md.Append("&amp;");
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~')
                {
                    md.Append('\\');
                }

                md.Append(c);
            }
        }

        return md.ToString();
    }

    // A key or expression as a code span when it can be one (no backtick, nothing to escape, no cell
    // separator); otherwise escaped text, so it can never close the span early.
    internal static string Code(string text) =>
        text.Length > 0 && !text.Any(c => c is '`' or '|' || TerminalText.NeedsEscape(c)) ? "`" + text + "`" : Escape(text);
}
