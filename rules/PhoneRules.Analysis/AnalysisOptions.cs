using System.Collections.Generic;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis;

/// <summary>What to analyse and report.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: every rule, every severity.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Report only these rule ids (all when null or empty). Every rule still runs, so chained rules see their inputs.</summary>
    public IReadOnlyCollection<string>? RuleIds { get; init; }

    /// <summary>Report only findings at or above this severity.</summary>
    public FindingSeverity MinSeverity { get; init; } = FindingSeverity.Note;

    /// <summary>
    /// How many partitions the catalog is cut into, each analysed in a session of its own on its own thread
    /// (1: every session one after another on the calling thread); null for the default: one per core, but
    /// none of fewer than 5,000 models and lookups (a smaller catalog is analysed in one session of every
    /// rule). The findings are the same for every value.
    /// </summary>
    public int? Partitions { get; init; }
}
