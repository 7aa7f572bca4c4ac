using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR008: an IMEI that fails the Luhn check or whose TAC names no known reporting body. Illustrative IMEIs are
/// stand-ins the catalog chose, not reported numbers, so they are skipped.
/// </summary>
[Name("PR008 invalid-imei")]
[Description("A reported (not illustrative) IMEI whose check digit fails the Luhn check, or whose TAC starts with no allocated reporting body.")]
[Tag("imei")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(ImeiLookup), nameof(ImeiLookup.Imei))]
public sealed class PR008InvalidImeiRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR008InvalidImeiRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        ImeiLookup lookup = default!;

        When()
            .Match(() => index)
            .Match(() => lookup, l => !l.Illustrative && l.Imei.HasValue && (!l.Imei.Value.HasValidCheckDigit || !l.Imei.Value.Tac.HasKnownReportingBody));

        Then()
            .Do(ctx => ctx.Found(Report(index, lookup)));
    }

    /// <summary>The finding for a lookup whose IMEI fails its check digit or whose TAC has no known reporting body.</summary>
    public static Finding Report(CatalogIndex index, ImeiLookup lookup)
    {
        var imei = lookup.Imei!.Value;
        var problems = new List<string>();
        if (!imei.HasValidCheckDigit)
        {
            problems.Add($"its check digit is {Number(imei.CheckDigit)}, not {Number(Imei.ComputeCheckDigit(long.Parse(imei.ToString()[..14], System.Globalization.CultureInfo.InvariantCulture)))}");
        }

        if (!imei.Tac.HasKnownReportingBody)
        {
            problems.Add($"its TAC {imei.Tac} starts with {imei.Tac.ReportingBody:D2}, no allocated reporting body");
        }

        return About(
            rule: s_rule,
            index: index,
            subject: lookup,
            subjectType: nameof(ImeiLookup),
            confidence: FindingConfidence.Certain,
            message: $"The IMEI reported for {lookup.Model.Name} is invalid: {string.Join("; ", problems)}.",
            evidence: BuildEvidence);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence> { new("imei", imei.ToString(), Keys(lookup.Sources)) };
            if (!imei.HasValidCheckDigit)
            {
                evidence.Add(Computed("luhn", "fails"));
            }

            if (!imei.Tac.HasKnownReportingBody)
            {
                evidence.Add(Computed("reporting-body", imei.Tac.ReportingBody.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
            }

            return evidence;
        }
    }
}
