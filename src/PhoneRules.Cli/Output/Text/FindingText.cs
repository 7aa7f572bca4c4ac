using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.IO;

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
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, findings, tag, after);
        return writer.ToString();
    }

    /// <summary>Writes what <see cref="Format(IEnumerable{Finding}, System.Func{Finding, string}?, System.Func{Finding, string}?)"/> returns, as it goes.</summary>
    public static void Write(TextWriter writer, IEnumerable<Finding> findings, System.Func<Finding, string>? tag, System.Func<Finding, string>? after)
    {
        foreach (var group in findings.GroupBy(f => (f.RuleId, f.RuleName)))
        {
            writer.Put(E(group.Key.RuleId)).Put(' ').Put(E(group.Key.RuleName)).Put('\n');
            foreach (var finding in group)
            {
                writer.Put("  ");
                if (tag is not null)
                {
                    writer.Put(tag(finding)).Put(' ');
                }

                writer.Put(string.Create(CultureInfo.InvariantCulture, $"{Words.Of(finding.Severity)} {Words.Of(finding.Confidence)} {E(finding.SubjectType)} {E(finding.SubjectKey)} ({E(finding.Location.File)}:{finding.Location.Line}:{finding.Location.Column})\n"));
                writer.Put("    ").Put(E(finding.Message)).Put('\n');
                foreach (var evidence in finding.EvidenceWithoutKeeping())
                {
                    writer.Put("    - ").Put(E(evidence.Field)).Put(": ").Put(E(EvidenceText.Of(evidence)));
                    if (evidence.Sources.Count > 0)
                    {
                        writer.Put(" [").Put(E(string.Join(", ", evidence.Sources))).Put(']');
                    }

                    writer.Put('\n');
                }

                if (after is not null)
                {
                    writer.Put(after(finding));
                }
            }

            writer.Put('\n');
        }
    }

    private static string E(string value) => TerminalText.Escape(value);
}
