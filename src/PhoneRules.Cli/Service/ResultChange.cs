using System.Collections.Generic;
using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Service;

/// <summary>
/// What changed from one analysis of a catalog to the next, as <c>phonerules watch</c> prints it: the errors
/// that are new, and, for a valid text, the findings that are new, updated or absent against the last valid
/// text (a finding's identity is its baseline fingerprint, as for <c>analyze --baseline</c>).
/// </summary>
/// <param name="Result">The newer analysis.</param>
/// <param name="NewErrors">Its errors that the older analysis did not have (same code, message and place).</param>
/// <param name="Findings">For a valid text, its new and updated findings, then the absent ones; empty otherwise.</param>
public sealed record ResultChange(AnalysisResult Result, IReadOnlyList<CatalogDiagnostic> NewErrors, IReadOnlyList<BaselineResult> Findings)
{
    /// <summary>The change from <paramref name="before"/> (the analysis last reported) to <paramref name="now"/>, given the last valid analysis before it.</summary>
    public static ResultChange Between(AnalysisResult? before, AnalysisResult? lastGood, AnalysisResult now)
    {
        var old = (before?.Diagnostics ?? []).Select(Identity).ToHashSet();
        var newErrors = now.Diagnostics.Where(d => !old.Contains(Identity(d))).ToList();
        IReadOnlyList<BaselineResult> findings = now.IsGood
            ? [.. Baseline.Compare(now.Findings, lastGood?.Findings ?? []).Where(r => r.State != BaselineState.Unchanged)]
            : [];
        return new ResultChange(now, newErrors, findings);
    }

    private static (string, string, int, int) Identity(CatalogDiagnostic d) => (d.Code, d.Message, d.Span.Line, d.Span.Column);
}
