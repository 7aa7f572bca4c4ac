using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR003: a year with far fewer catalogued releases than the trailing mean. It counts the catalog's releases,
/// not the market's, and judges a year only when the years before it hold enough of them
/// (drought-min-history-years, drought-min-history-releases): one catalogued model is no history.
/// </summary>
[Name("PR003 release-drought")]
[Description("A year whose catalogued releases fall below drought-ratio times the mean of the drought-window-years before it, once those years hold drought-min-history-releases.")]
[Tag("timeline")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(PhoneModel), nameof(PhoneModel.Released))]
[ChainsOn(typeof(Support.AnalysisYearsRule), typeof(Support.ReleaseCountRule))]
public sealed class PR003ReleaseDroughtRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR003ReleaseDroughtRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        ReleaseCount count = default!;
        IEnumerable<ReleaseCount> history = default!;
        ReleaseDrought? drought = null;

        When()
            .Match(() => index)
            .Match(() => count)
            .Query(() => history, q => q
                .Match<ReleaseCount>(h => h.Year < count.Year && h.Year >= (long)count.Year - index.Settings.DroughtWindowYears)
                .Collect())
            .Having(() => history.Count() >= System.Math.Max(1, index.Settings.DroughtMinHistoryYears))
            .Having(() => history.Sum(h => h.Min) >= index.Settings.DroughtMinHistoryReleases)
            .Let(() => drought, () => Judge(index, count, history))
            .Having(() => drought != null);

        Then()
            .Do(ctx => ctx.Insert(drought!))
            .Do(ctx => ctx.Found(Report(index, drought!, history)));
    }

    /// <summary>
    /// Certain when even the most releases the year admits fall below the threshold set by the fewest the previous
    /// years admit; possible when only the fewest fall below the threshold set by the most.
    /// </summary>
    public static ReleaseDrought? Judge(CatalogIndex index, ReleaseCount count, IEnumerable<ReleaseCount> history)
    {
        // Clamped so that ratio * mean cannot overflow decimal, whatever the setting (a mean is at most the
        // number of models); a negative ratio finds no drought.
        var ratio = System.Math.Clamp(index.Settings.DroughtRatio, 0m, 1_000_000m);
        var years = history.ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var lowMean = (decimal)years.Sum(h => h.Min) / years.Count;
        var highMean = (decimal)years.Sum(h => h.Max) / years.Count;
        if (count.Max < ratio * lowMean)
        {
            return new ReleaseDrought(count.Year, FindingConfidence.Certain, count);
        }

        return count.Min < ratio * highMean ? new ReleaseDrought(count.Year, FindingConfidence.Possible, count) : null;
    }

    /// <summary>The finding for a drought year, with the counts of the years before it.</summary>
    public static Finding Report(CatalogIndex index, ReleaseDrought drought, IEnumerable<ReleaseCount> history)
    {
        var previous = history.OrderBy(h => h.Year).ToList();
        var mean = (decimal)previous.Sum(h => h.Min + h.Max) / (2 * previous.Count);
        var count = drought.Count;
        // A source's count of every series for the year (a one-year claim, or one of each year) disputes the
        // catalogued releases when it allows fewer: the finding says so rather than state them as settled.
        var disputes = Disputes(index, drought.Year).Where(d => d.Most < count.Max).ToList();
        var dispute = disputes.Count == 0
            ? string.Empty
            : $" Sources count {string.Join(" or ", disputes.Select(d => Range((int)d.Least, (int)d.Most)).Distinct(System.StringComparer.Ordinal))} in {Number(drought.Year)}, disputing {string.Join(", ", count.Models.Select(m => m.Key))}.";
        var location = count.Models.Count > 0 ? count.Models[0].Location : index.Settings.Location;
        return Create(
            s_rule,
            drought.Confidence,
            "year",
            Number(drought.Year),
            $"The catalog records {Range(count.Min, count.Max)} release(s) in {Number(drought.Year)} against a trailing mean of {decimal.Round(mean, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)} catalogued releases a year over {Number(previous[0].Year)}-{Number(previous[^1].Year)}; sources may name releases the catalog lacks.{dispute}",
            BuildEvidence,
            Locate(index, location));

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>
            {
                Computed("catalogued-releases", Range(count.Min, count.Max) + (count.Models.Count == 0 ? string.Empty : ": " + Listed(count.Models.Select(m => m.Key).ToList()))),
            };
            evidence.AddRange(count.Models.Take(MaxListed).Select(m => Dated("released " + m.Key, m.Released!.Value, m.ReleasedBy)));
            evidence.AddRange(previous.Select(h => Computed("catalogued-releases " + Number(h.Year), Range(h.Min, h.Max))));
            evidence.Add(Computed("trailing-mean", decimal.Round(mean, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            evidence.Add(Setting("drought-ratio", index.Settings.DroughtRatio));
            evidence.Add(Setting("drought-window-years", index.Settings.DroughtWindowYears));
            evidence.Add(Setting("drought-min-history-releases", index.Settings.DroughtMinHistoryReleases));
            evidence.AddRange(disputes.Select(d => new Evidence("sources-count " + d.Claim.Key, Range((int)d.Least, (int)d.Most) + " in " + Number(drought.Year), Keys(d.Claim.Sources))));
            return evidence;
        }
    }

    // The claims of every series that count the year alone: one-year spans, and the per-year counts of a span holding it.
    private static IEnumerable<(SeriesCount Claim, long Least, long Most)> Disputes(CatalogIndex index, int year) =>
        index.Catalog.SeriesCounts
            .Where(c => c.Series is null && c.FromYear <= year && c.ToYear >= year && (c.FromYear == c.ToYear || c.EachYear == true))
            .Select(c => (c, (long)c.Count, (long)(c.CountMax is { } max && max > c.Count ? max : c.Count)));

    private static string Range(int min, int max) => min == max ? Number(min) : Number(min) + " to " + Number(max);
}
