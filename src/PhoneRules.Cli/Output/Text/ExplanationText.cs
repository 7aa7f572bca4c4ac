using System.Collections.Generic;
using System.Linq;
using System.Text;
using PhoneRules.Analysis.Explanations;

namespace PhoneRules.Cli.Output.Text;

/// <summary>Plain text of explanations, for the console and the snapshot tests; every value escaped once, here (<see cref="TerminalText"/>).</summary>
public static class ExplanationText
{
    /// <summary>A whole explanation: the verdict, each condition with its values, the finding's evidence.</summary>
    public static string Format(Explanation explanation)
    {
        var text = new StringBuilder();
        var rule = explanation.Rule;
        text.Append($"{rule.Id} {rule.Name} for {E(explanation.SubjectKey)}: ");
        if (explanation.Finding is { } finding)
        {
            text.Append($"fired ({Words.Of(finding.Severity)}, {Words.Of(finding.Confidence)})\n");
            text.Append("  ").Append(E(finding.Message)).Append('\n');
        }
        else if (explanation.Steps.Count == 0)
        {
            text.Append("did not fire: no condition of the rule was evaluated for this subject (it is not the kind of subject the rule looks at, or lacks what the rule matches on)\n");
        }
        else
        {
            var failed = explanation.FailedAt;
            text.Append(failed is null ? "did not fire, though every condition evaluated held\n" : "did not fire (near miss)\n");
        }

        text.Append("\nConditions, as NRules evaluated them:\n");
        AppendSteps(text, explanation.Steps, "  ", explanation.FailedAt);
        if (explanation.Finding is { } fired)
        {
            text.Append("\nEvidence:\n");
            foreach (var evidence in fired.Evidence)
            {
                text.Append("  - ").Append(E(evidence.Field)).Append(": ").Append(E(EvidenceText.Of(evidence)));
                if (evidence.Sources.Count > 0)
                {
                    text.Append(" [").Append(E(string.Join(", ", evidence.Sources))).Append(']');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The conditions alone, indented, for the reasoning under each finding of <c>analyze --explain</c>.</summary>
    public static string FormatSteps(IReadOnlyList<ConditionStep> steps, string indent)
    {
        var text = new StringBuilder();
        AppendSteps(text, steps, indent, null);
        return text.ToString();
    }

    private static void AppendSteps(StringBuilder text, IReadOnlyList<ConditionStep> steps, string indent, ConditionStep? failed)
    {
        var number = 0;
        foreach (var step in steps)
        {
            number++;
            text.Append(indent).Append(number).Append(". ");
            text.Append(step.IsBinding ? $"let {E(step.Expression)} = {E(step.Result)}" : $"{E(step.Expression)} -> {E(step.Result)}");
            if (ReferenceEquals(step, failed))
            {
                text.Append("   <- the first condition that failed");
            }

            text.Append('\n');
            foreach (var value in step.Values.Where(v => v.Expression != step.Expression))
            {
                text.Append(indent).Append("     ").Append(E(value.Expression)).Append(" = ").Append(E(value.Value));
                if (value.Sources.Count > 0)
                {
                    text.Append(" [").Append(E(string.Join(", ", value.Sources))).Append(']');
                }

                text.Append('\n');
            }
        }
    }

    private static string E(string value) => TerminalText.Escape(value);
}
