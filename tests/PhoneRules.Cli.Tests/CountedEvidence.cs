using System;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Tests;

/// <summary>Findings whose evidence counts how often it is built: what shows whether a writer kept it.</summary>
internal static class CountedEvidence
{
    /// <summary>The same finding, its evidence built by a function that calls <paramref name="built"/> first, then gives the finding's own.</summary>
    public static Finding Of(Finding finding, Action built) => new(
        finding.RuleId,
        finding.RuleName,
        finding.Severity,
        finding.Confidence,
        finding.SubjectType,
        finding.SubjectKey,
        finding.Message,
        () =>
        {
            built();
            return finding.Evidence;
        },
        finding.Location,
        finding.Partner);
}
