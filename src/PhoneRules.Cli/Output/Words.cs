using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output;

/// <summary>
/// The one table of the words the console writes for the analysis layer's values: in text, Markdown, HTML,
/// JSON and SARIF (whose levels and baseline states are these same lower-case words), and read back from
/// baselines and options.
/// </summary>
public static class Words
{
    /// <summary>The severities, least first, as options and baselines spell them.</summary>
    public static readonly string[] Severities = ["note", "warning", "error"];

    /// <summary>The confidences as baselines spell them.</summary>
    public static readonly string[] Confidences = ["certain", "possible"];

    /// <summary>The lower-case word for a severity (SARIF's level).</summary>
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The lower-case word for a confidence.</summary>
    public static string Of(FindingConfidence confidence) => confidence == FindingConfidence.Certain ? "certain" : "possible";

    /// <summary>The lower-case word for a baseline state (SARIF's baselineState).</summary>
    public static string Of(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        BaselineState.Updated => "updated",
        _ => "absent",
    };

    /// <summary>The confidence a word names, or null.</summary>
    public static FindingConfidence? Confidence(string? word) => word switch
    {
        "certain" => FindingConfidence.Certain,
        "possible" => FindingConfidence.Possible,
        _ => null,
    };

    /// <summary>The severity a word names, or null.</summary>
    public static FindingSeverity? Severity(string? word) => word switch
    {
        "note" => FindingSeverity.Note,
        "warning" => FindingSeverity.Warning,
        "error" => FindingSeverity.Error,
        _ => null,
    };
}
