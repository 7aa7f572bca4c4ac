using System.Collections.Generic;

namespace PhoneRules.Analysis.Findings;

/// <summary>The one order findings are reported in: rule id, subject key, then message (all ordinal).</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The comparer.</summary>
    public static FindingOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byRule = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (byRule != 0)
        {
            return byRule;
        }

        var bySubject = string.CompareOrdinal(x.SubjectKey, y.SubjectKey);
        return bySubject != 0 ? bySubject : string.CompareOrdinal(x.Message, y.Message);
    }
}
