using System.Collections.Generic;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Explanations;

/// <summary>One value inside a condition, as the rule saw it, with the sources behind it when it is a sourced fact.</summary>
/// <param name="Expression">The sub-expression, as written in the rule (<c>lag.Max</c>).</param>
/// <param name="Value">Its value, formatted invariantly.</param>
/// <param name="Sources">Source keys behind the value, when it is a catalog fact with sources.</param>
public sealed record ConditionValue(string Expression, string Value, IReadOnlyList<string> Sources);

/// <summary>One condition of a rule as NRules evaluated it for the subject: a test (true or false) or a binding (a value).</summary>
/// <param name="Expression">The condition, as written in the rule.</param>
/// <param name="IsBinding">Whether it binds a value (<c>Let</c>) rather than tests one.</param>
/// <param name="Result">The result: true or false for a test, the value for a binding.</param>
/// <param name="Passed">For a test, whether it held; bindings always pass.</param>
/// <param name="Values">The values inside it.</param>
public sealed record ConditionStep(string Expression, bool IsBinding, string Result, bool Passed, IReadOnlyList<ConditionValue> Values);

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
