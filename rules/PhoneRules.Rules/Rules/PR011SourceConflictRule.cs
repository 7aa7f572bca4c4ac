using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;
using static PhoneRules.Rules.RuleSupport;

namespace PhoneRules.Rules.Rules;

/// <summary>PR011: two sources give non-overlapping dates for the same event.</summary>
[Name("PR011 source-conflict")]
[Description("A source's date for an event does not overlap the catalog's date for it, or another source's, by at least conflict-min-gap-days.")]
[Tag("sources")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(DateClaim), "date")]
public sealed class PR011SourceConflictRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR011SourceConflictRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        DateClaim claim = default!;
        IReadOnlyList<Finding> conflicts = default!;

        When()
            .Match(() => index)
            .Match(() => claim)
            .Let(() => conflicts, () => Conflicts(index, claim))
            .Having(() => conflicts.Count > 0);

        Then()
            .Do(ctx => ctx.InsertAll(conflicts));
    }

    // The claim against the catalog's own date for the event, and against later claims about the same event
    // (each pair once). A pair conflicts when the gap between the intervals is at least the setting; it is
    // certain unless either date is marked approximate or uncertain.
    internal static List<Finding> Conflicts(CatalogIndex index, DateClaim claim)
    {
        var findings = new List<Finding>();
        var recorded = Recorded(claim.Model, claim.Event);
        if (recorded is { } other && Gap(claim.Date, other.Date) >= index.Settings.ConflictMinGapDays)
        {
            findings.Add(Report(index, claim, other.Date, "the catalog's " + Word(claim.Event), other.Sources));
        }

        foreach (var later in index.ClaimsAbout(claim.Model).Where(c => c.Event == claim.Event && string.CompareOrdinal(c.Key, claim.Key) > 0))
        {
            if (Gap(claim.Date, later.Date) >= index.Settings.ConflictMinGapDays)
            {
                findings.Add(Report(index, claim, later.Date, "claim " + later.Key, later.Sources));
            }
        }

        return findings;
    }

    private static (FuzzyDate Date, IReadOnlyList<Source> Sources)? Recorded(PhoneModel model, DateEvent kind) => kind switch
    {
        DateEvent.MarketRelease when model.Released is { } date => (date, model.ReleasedBy),
        DateEvent.StateMediaUnveiling when model.Unveiled is { } date => (date, model.UnveiledBy),
        DateEvent.Manufacture when model.Manufactured is { } date => (date, model.ManufacturedBy),
        _ => null,
    };

    private static int Gap(FuzzyDate a, FuzzyDate b)
    {
        var forward = FuzzyDate.DaysBetween(a, b).Min;
        var backward = FuzzyDate.DaysBetween(b, a).Min;
        return System.Math.Max(forward, backward);
    }

    internal static Finding Report(CatalogIndex index, DateClaim claim, FuzzyDate other, string otherName, IReadOnlyList<Source> otherSources)
    {
        var gap = Gap(claim.Date, other);
        var certain = !claim.Date.IsQualified && !other.IsQualified;
        return About(
            s_rule,
            index,
            claim,
            nameof(DateClaim),
            Grade(certain),
            $"Sources disagree on the {Word(claim.Event)} of {claim.Model.Name}: {claim.Date} against {other} ({otherName}), {Number(gap)} days apart.",
            [
                new Evidence("claim " + claim.Key, claim.Date.ToString(), Keys(claim.Sources)),
                new Evidence(otherName, other.ToString(), Keys(otherSources)),
                Computed("gap-days", Number(gap)),
                Setting("conflict-min-gap-days", index.Settings.ConflictMinGapDays),
            ],
            partner: otherName);
    }

    private static string Word(DateEvent kind) => kind switch
    {
        DateEvent.MarketRelease => "market release",
        DateEvent.StateMediaUnveiling => "state-media unveiling",
        _ => "manufacture date",
    };
}
