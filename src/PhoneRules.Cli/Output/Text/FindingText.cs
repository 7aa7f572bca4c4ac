using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output.Text;

/// <summary>
/// Plain, culture-invariant text of findings: grouped by rule, each with its evidence and sources. The
/// snapshot tests pin this text, and the console prints it when colour is off. Every value from the catalog
/// or a baseline goes through <see cref="TerminalText.Escape"/> once, here.
/// </summary>
public static class FindingText
{
    /// <summary>Formats <paramref name="findings"/>, which should already be in <see cref="FindingOrder"/>.</summary>
    public static string Format(IEnumerable<Finding> findings) => Format(findings, null, null);

    /// <summary>
    /// Formats <paramref name="findings"/>, each headed by a <paramref name="tag"/> (a baseline state) and
    /// followed by <paramref name="after"/> (its reasoning) when given.
    /// </summary>
    public static string Format(IEnumerable<Finding> findings, System.Func<Finding, string>? tag, System.Func<Finding, string>? after)
    {
        var builder = new StringBuilder();
        foreach (var group in findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            builder.Append(E(group.Key.RuleId)).Append(' ').Append(E(group.Key.RuleName)).Append('\n');
            foreach (var finding in group)
            {
                builder.Append("  ");
                if (tag is not null)
                {
                    builder.Append(tag(finding)).Append(' ');
                }

                builder.Append(CultureInfo.InvariantCulture, $"{Words.Of(finding.Severity)} {Words.Of(finding.Confidence)} {E(finding.SubjectType)} {E(finding.SubjectKey)} ({E(finding.Location.File)}:{finding.Location.Line}:{finding.Location.Column})\n");
                builder.Append("    ").Append(E(finding.Message)).Append('\n');
                foreach (var evidence in finding.Evidence)
                {
                    builder.Append("    - ").Append(E(evidence.Field)).Append(": ").Append(E(EvidenceText.Of(evidence)));
                    if (evidence.Sources.Count > 0)
                    {
                        builder.Append(" [").Append(E(string.Join(", ", evidence.Sources))).Append(']');
                    }

                    builder.Append('\n');
                }

                if (after is not null)
                {
                    builder.Append(after(finding));
                }
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string E(string value) => TerminalText.Escape(value);
}
