using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output;

/// <summary>
/// The one way the console words an evidence value for people, in every format that writes text (terminal,
/// plain text, Markdown, HTML, GitHub annotations): the value, and for a qualified date the interval it admits.
/// Each renderer escapes the result for its format; JSON and SARIF write the parts as fields instead.
/// </summary>
public static class EvidenceText
{
    /// <summary>
    /// The value as people read it: <c>2019-01~ (admits 2018-12-01 to 2019-02-28)</c> for a qualified date,
    /// the value alone otherwise.
    /// </summary>
    public static string Of(Evidence evidence)
    {
        System.ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Qualified && evidence.Min is { } min && evidence.Max is { } max
            ? evidence.Value + System.FormattableString.Invariant($" (admits {min:yyyy-MM-dd} to {max:yyyy-MM-dd})")
            : evidence.Value;
    }
}
