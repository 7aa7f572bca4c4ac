using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Analysis.Findings;

/// <summary>Compares findings with the findings of an earlier analysis.</summary>
public static class Baseline
{
    /// <summary>
    /// Every current finding with its state, in the current order, then the baseline's findings that are
    /// gone, marked absent, in their order.
    /// </summary>
    public static IReadOnlyList<BaselineResult> Compare(IReadOnlyList<Finding> current, IReadOnlyList<Finding> baseline)
    {
        var before = new Dictionary<string, Finding>();
        foreach (var finding in baseline)
        {
            before.TryAdd(Fingerprints.Of(finding), finding);
        }

        var seen = new HashSet<string>();
        var results = new List<BaselineResult>(current.Count);
        foreach (var finding in current)
        {
            var fingerprint = Fingerprints.Of(finding);
            seen.Add(fingerprint);
            var state = !before.TryGetValue(fingerprint, out var old) ? BaselineState.New
                : Fingerprints.Content(old) == Fingerprints.Content(finding) ? BaselineState.Unchanged
                : BaselineState.Updated;
            results.Add(new BaselineResult(finding, state));
        }

        results.AddRange(baseline.Where(f => !seen.Contains(Fingerprints.Of(f))).Select(f => new BaselineResult(f, BaselineState.Absent)));
        return results;
    }
}
