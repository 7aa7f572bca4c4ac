using System.Collections.Generic;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Explanations;

/// <summary>Why a rule fired for a subject, or the conditions that held and the first that failed.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="SubjectKey">The subject.</param>
/// <param name="Finding">The finding, when the rule fired.</param>
/// <param name="Steps">The conditions in the order NRules evaluated them.</param>
public sealed record Explanation(RuleDescriptor Rule, string SubjectKey, Finding? Finding, IReadOnlyList<ConditionStep> Steps)
{
    /// <summary>Whether the rule fired for the subject.</summary>
    public bool Fired => Finding is not null;

    /// <summary>The first condition that failed (the near miss), when the rule did not fire.</summary>
    public ConditionStep? FailedAt => Fired ? null : Steps.FirstOrDefaultFailed();
}

internal static class StepExtensions
{
    public static ConditionStep? FirstOrDefaultFailed(this IReadOnlyList<ConditionStep> steps)
    {
        foreach (var step in steps)
        {
            if (!step.Passed)
            {
                return step;
            }
        }

        return null;
    }
}
