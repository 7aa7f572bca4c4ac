using System.Globalization;
using System.Text;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Output.Github;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> line per finding,
/// on the subject's YAML line, so a pull request shows it as an annotation without code scanning; then the
/// summary as a plain line. Every value is escaped for a terminal first (the log is one), then as GitHub
/// reads workflow commands: <c>%</c>, CR and LF in the message, and also <c>:</c> and <c>,</c> in properties.
/// </summary>
internal static class GithubRenderer
{
    public static void Write(FindingsReport report, System.IO.TextWriter text)
    {
        foreach (var finding in report.Findings)
        {
            var state = report.StateOf(finding) is { } known ? $" ({Words.Of(known)})" : string.Empty;
            var title = $"{finding.RuleId} {finding.RuleName}{state}";
            // Each value is escaped for a terminal on its own; the renderer's line breaks between them stay, as %0A.
            var message = new StringBuilder().Append(E(finding.Message));
            foreach (var evidence in finding.EvidenceWithoutKeeping())
            {
                message.Append("\n- ").Append(E(evidence.Field)).Append(": ").Append(E(EvidenceText.Of(evidence)));
                if (evidence.Sources.Count > 0)
                {
                    message.Append(" [").Append(E(string.Join(", ", evidence.Sources))).Append(']');
                }
            }

            text.Put(string.Create(CultureInfo.InvariantCulture, $"::{Command(finding.Severity)} file={Property(report.Repository is null ? finding.Location.File : report.RepositoryRelativePath)},line={finding.Location.Line},col={finding.Location.Column},title={Property(title)}::{Workflow(message.ToString())}\n"));
        }

        text.Put(TerminalText.Escape(report.Summary())).Put('\n');
    }

    /// <summary>GitHub's command for a severity: a note is a notice.</summary>
    private static string Command(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>GitHub's escaping of a workflow command's message: '%', CR and LF (GitHub shows %0A as a line break).</summary>
    internal static string Workflow(string value) =>
        value.Replace("%", "%25", System.StringComparison.Ordinal).Replace("\r", "%0D", System.StringComparison.Ordinal).Replace("\n", "%0A", System.StringComparison.Ordinal);

    /// <summary>A property value: escaped for a terminal, then as a message, and ':' and ',' too, which would end the value.</summary>
    internal static string Property(string value) =>
        Workflow(E(value)).Replace(":", "%3A", System.StringComparison.Ordinal).Replace(",", "%2C", System.StringComparison.Ordinal);

    private static string E(string value) => TerminalText.Escape(value);
}
