using System;
using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>PR011: two sources give non-overlapping dates for the same event.</summary>
[Name("PR011 source-conflict")]
[Description("A source's date for an event does not overlap the catalog's date for it, or another source's, by at least conflict-min-gap-days.")]
[Tag("sources")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(DateClaim), nameof(DateClaim.Date))]
public sealed class PR011SourceConflictRule : Rule
{
    /// <summary>How many other conflicting claims a finding names before it only counts them.</summary>
    internal const int NamedOthers = 5;

    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR011SourceConflictRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        IGrouping<(PhoneModel Model, DateEvent Event), DateClaim> claims = default!;
        ConflictDates dates = default!;
        ConflictPair widest = default!;

        // Each decision a separate condition, so that explanations show the versions, the widest pair and its
        // gap against the threshold.
        When()
            .Match(() => index)
            .Query(() => claims, q => q.Match<DateClaim>().GroupBy(c => ValueTuple.Create(c.Model, c.Event)))
            .Let(() => dates, () => Dates(claims))
            .Having(() => dates.Versions.Count >= 2)
            .Let(() => widest, () => Widest(dates))
            .Having(() => widest.Gap >= Math.Max(1, index.Settings.ConflictMinGapDays));

        Then()
            .Do(ctx => ctx.Found(Report(index, dates, widest)));
    }

    /// <summary>The catalog's date of the claims' model and event (if any), then every claim, by key.</summary>
    public static ConflictDates Dates(IEnumerable<DateClaim> group)
    {
        var claims = group.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var dates = new List<Dated>(claims.Count + 1);
        if (claims.Count > 0 && Recorded(claims[0].Model, claims[0].Event) is { } recorded)
        {
            dates.Add(new Dated(recorded.Date, "the catalog's " + Word(claims[0].Event), recorded.Sources, null));
        }

        dates.AddRange(claims.Select(c => new Dated(c.Date, "claim " + c.Key, c.Sources, c)));
        return new ConflictDates(dates);
    }

    /// <summary>The widest pair of <paramref name="dates"/> and its gap in days (the smallest the widened dates admit).</summary>
    public static ConflictPair Widest(ConflictDates dates) =>
        Widest(dates.Versions) is { } pair ? new ConflictPair(pair.Earlier, pair.Later, Gap(pair.Earlier.Date, pair.Later.Date)) : new ConflictPair(null, null, int.MinValue);

    /// <summary>
    /// The one finding for a (model, event) whose widest pair conflicts, however many claims: 2,000 claims about one
    /// release were 2,000,000 findings. It reports the widest conflicting pair among the catalog's date and the
    /// claims, and counts (and names a few of) the claims in the other conflicting pairs. The work is O(n log n):
    /// the widest pair comes from the extremes, the count of pairs from a sorted list of starts.
    /// </summary>
    public static Finding Report(CatalogIndex index, ConflictDates conflictDates, ConflictPair widest)
    {
        var dates = conflictDates.Versions;
        var gap = Math.Max(1, index.Settings.ConflictMinGapDays);

        var pairs = ConflictingPairs(dates, gap);
        var earlier = widest.Earlier!;
        var later = widest.Later!;
        var (subject, other) = earlier.Claim is null || (later.Claim is { } laterClaim && string.CompareOrdinal(laterClaim.Key, earlier.Claim.Key) < 0)
            ? (later, earlier)
            : (earlier, later);
        var latestStart = dates.Max(d => DateQualifiers.EarliestDay(d.Date));
        var earliestEnd = dates.Min(d => DateQualifiers.LatestDay(d.Date));
        var others = dates.Where(d => d.Claim is not null && !ReferenceEquals(d, subject) && !ReferenceEquals(d, other)
            && (latestStart - (long)DateQualifiers.LatestDay(d.Date) >= gap || DateQualifiers.EarliestDay(d.Date) - (long)earliestEnd >= gap)).ToList();
        return Report(index, subject.Claim!, other.Date, other.Name, other.Sources, pairs - 1, others.Take(NamedOthers).Select(d => d.Claim!.Key).ToList(), others.Count);
    }

    private static (PhoneRules.FuzzyDate Date, IReadOnlyList<Source> Sources)? Recorded(PhoneModel model, DateEvent kind) => kind switch
    {
        DateEvent.MarketRelease when model.Released is { } date => (date, model.ReleasedBy),
        DateEvent.StateMediaUnveiling when model.Unveiled is { } date => (date, model.UnveiledBy),
        DateEvent.Manufacture when model.Manufactured is { } date => (date, model.ManufacturedBy),
        _ => null,
    };

    // The pair with the widest gap: the latest start against the earliest end, taking the runner-up when
    // both are the same date; ties go to the first in the list (the catalog's date, then claims by key).
    private static (Dated Earlier, Dated Later)? Widest(IReadOnlyList<Dated> dates)
    {
        if (dates.Count < 2)
        {
            return null;
        }

        var byStart = dates.Select((d, i) => (d, i)).OrderByDescending(x => DateQualifiers.EarliestDay(x.d.Date)).ThenBy(x => x.i).Take(2).ToList();
        var byEnd = dates.Select((d, i) => (d, i)).OrderBy(x => DateQualifiers.LatestDay(x.d.Date)).ThenBy(x => x.i).Take(2).ToList();
        (Dated Earlier, Dated Later)? best = null;
        foreach (var later in byStart)
        {
            foreach (var earlier in byEnd.Where(e => e.i != later.i))
            {
                if (best is null || DateQualifiers.EarliestDay(later.d.Date) - DateQualifiers.LatestDay(earlier.d.Date) > DateQualifiers.EarliestDay(best.Value.Later.Date) - DateQualifiers.LatestDay(best.Value.Earlier.Date))
                {
                    best = (earlier.d, later.d);
                }
            }
        }

        return best;
    }

    // Pairs (a, b) with b starting at least `gap` days after a ends; with gap >= 1 no pair counts twice.
    private static long ConflictingPairs(IReadOnlyList<Dated> dates, int gap)
    {
        var starts = dates.Select(d => DateQualifiers.EarliestDay(d.Date)).Order().ToArray();
        long pairs = 0;
        foreach (var date in dates)
        {
            pairs += starts.Length - LowerBound(starts, (long)DateQualifiers.LatestDay(date.Date) + gap);
        }

        return pairs;
    }

    private static int LowerBound(int[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int Gap(PhoneRules.FuzzyDate a, PhoneRules.FuzzyDate b)
    {
        var forward = PhoneRules.DateQualifiers.DaysBetween(a, b).Min;
        var backward = PhoneRules.DateQualifiers.DaysBetween(b, a).Min;
        return Math.Max(forward, backward);
    }

    internal static Finding Report(CatalogIndex index, DateClaim claim, PhoneRules.FuzzyDate other, string otherName, IReadOnlyList<Source> otherSources, long omittedPairs = 0, IReadOnlyList<string>? named = null, int otherClaims = 0)
    {
        var gap = Gap(claim.Date, other);
        var certain = !claim.Date.IsQualified && !other.IsQualified;
        return About(
            rule: s_rule,
            index: index,
            subject: claim,
            subjectType: nameof(DateClaim),
            confidence: Grade(certain),
            message: $"Sources disagree on the {Word(claim.Event)} of {claim.Model.Name}: {claim.Date} against {other} ({otherName}), {Number(gap)} days apart.",
            evidence: BuildEvidence,
            partner: otherName);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>
            {
                Dated("claim " + claim.Key, claim.Date, claim.Sources),
                Dated(otherName, other, otherSources),
                Computed("gap-days", Number(gap)),
                Setting("conflict-min-gap-days", index.Settings.ConflictMinGapDays),
            };
            if (omittedPairs > 0)
            {
                var names = string.Join(", ", named ?? []);
                var rest = otherClaims - (named?.Count ?? 0);
                evidence.Add(Computed("other-conflicting-pairs", omittedPairs.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + (otherClaims > 0 ? " (claims " + names + (rest > 0 ? " and " + Number(rest) + " more" : string.Empty) + ")" : string.Empty)));
            }

            return evidence;
        }
    }

    private static string Word(DateEvent kind) => kind switch
    {
        DateEvent.MarketRelease => "market release",
        DateEvent.StateMediaUnveiling => "state-media unveiling",
        _ => "manufacture date",
    };

    /// <summary>One source's date: the catalog's, or a claim's.</summary>
    /// <param name="Date">The date.</param>
    /// <param name="Name">What it is (<c>the catalog's market release</c>, <c>claim KEY</c>).</param>
    /// <param name="Sources">Its sources.</param>
    /// <param name="Claim">The claim, or null for the catalog's date.</param>
    public sealed record Dated(PhoneRules.FuzzyDate Date, string Name, IReadOnlyList<Source> Sources, DateClaim? Claim);

    /// <summary>Every date of one model's event: the catalog's, then the claims'.</summary>
    /// <param name="Versions">The dates.</param>
    public sealed record ConflictDates(IReadOnlyList<Dated> Versions);

    /// <summary>The widest pair of dates and the least gap between them (<see cref="int.MinValue"/> when there is no pair).</summary>
    /// <param name="Earlier">The earlier date.</param>
    /// <param name="Later">The later date.</param>
    /// <param name="Gap">The days between them.</param>
    public sealed record ConflictPair(Dated? Earlier, Dated? Later, int Gap);
}
