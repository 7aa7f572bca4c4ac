using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR010: a source's count of the models released in a span of years (of one series, or of all) that the
/// catalog's models, or the sources' counts by series, contradict. One finding per count claim.
/// </summary>
[Name("PR010 count-mismatch")]
[Description("A source's count of the models released in a span of years (one series or all, a count or a range, in all or each year) that the catalog's models or the sources' counts by series contradict.")]
[Tag("completeness")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(SeriesCount), nameof(SeriesCount.Count))]
[Reads(typeof(PhoneModel), nameof(PhoneModel.Released))]
public sealed class PR010CountMismatchRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR010CountMismatchRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        SeriesCount stated = default!;
        StatedRange range = default!;
        Tally tally = default!;

        When()
            .Match(() => index)
            .Match(() => stated)
            .Let(() => range, () => Range(stated))
            .Let(() => tally, () => Count(index, stated))
            .Having(() => tally.Certain.Count > range.Most || tally.Certain.Count + tally.Possible.Count < range.Least || tally.BySeriesLeast > range.Most);

        Then()
            .Do(ctx => ctx.Found(Report(index, stated, range, tally)));
    }

    /// <summary>The least and most models the claim allows over its whole span (a count of each year times the years).</summary>
    public static StatedRange Range(SeriesCount stated)
    {
        var years = stated.EachYear == true ? System.Math.Max(0L, (long)stated.ToYear - stated.FromYear + 1) : 1L;
        var most = stated.CountMax is { } max && max > stated.Count ? max : stated.Count;
        return new StatedRange(stated.Count * years, most * years);
    }

    /// <summary>
    /// Certain: released wholly within the span. Possible: released partly within it, or with no release date. A
    /// claim of every series also meets the other claims' counts by series inside its span: their least totals (the
    /// largest per series) add up to a least number the claim must allow.
    /// </summary>
    public static Tally Count(CatalogIndex index, SeriesCount stated)
    {
        var certain = new List<PhoneModel>();
        var possible = new List<PhoneModel>();
        var models = stated.Series is { } series ? index.ModelsOf(series) : index.Catalog.Models;
        foreach (var model in models)
        {
            if (model.Released is not { } released)
            {
                possible.Add(model);
            }
            else if (DateQualifiers.IsCertainlyWithin(released, stated.FromYear, stated.ToYear))
            {
                certain.Add(model);
            }
            else if (DateQualifiers.IsPossiblyWithin(released, stated.FromYear, stated.ToYear))
            {
                possible.Add(model);
            }
        }

        var bySeries = new List<SeriesCount>();
        long least = 0;
        if (stated.Series is null)
        {
            foreach (var group in index.Catalog.SeriesCounts
                .Where(c => c.Series is not null && c.FromYear >= stated.FromYear && c.ToYear <= stated.ToYear)
                .GroupBy(c => c.Series!, ReferenceEqualityComparer.Instance))
            {
                var best = group.OrderByDescending(c => Range(c).Least).ThenBy(c => c.Location.Line).First();
                bySeries.Add(best);
                least += Range(best).Least;
            }
        }

        return new Tally(certain, possible, bySeries, least);
    }

    /// <summary>The finding for a count claim the catalog's tally does not meet.</summary>
    public static Finding Report(CatalogIndex index, SeriesCount stated, StatedRange range, Tally tally)
    {
        var span = stated.FromYear == stated.ToYear ? Number(stated.FromYear) : $"{Number(stated.FromYear)}-{Number(stated.ToYear)}";
        var what = stated.Series is { } series ? series.Name + " models" : "models (of any series)";
        var statedText = Count(stated.Count, stated.CountMax is { } max && max > stated.Count ? max : stated.Count);
        var claim = stated.EachYear == true
            ? $"{statedText} {what} released in each year of {span} ({Count(range.Least, range.Most)} in all)"
            : $"{statedText} {what} released in {span}";
        var catalogCount = Count(tally.Certain.Count, tally.Certain.Count + tally.Possible.Count);

        // More stated than catalogued says the catalog lacks a model (or cannot identify one); fewer stated
        // than catalogued with certainty says the source (or the catalog's dates) is wrong; fewer stated than
        // the sources' own counts by series says the sources disagree among themselves.
        var readings = new List<(string Text, string Word)>();
        if (tally.Certain.Count + tally.Possible.Count < range.Least)
        {
            readings.Add(("the catalog is incomplete or a model is unidentified", "catalog incomplete"));
        }

        if (tally.Certain.Count > range.Most)
        {
            readings.Add(("the source is wrong, or the catalog's dates or models are", "source or catalog wrong"));
        }

        var bySeries = string.Empty;
        if (tally.BySeriesLeast > range.Most)
        {
            bySeries = $"; the sources' counts by series add up to {Number(tally.BySeriesLeast)}";
            readings.Add(("the sources contradict each other", "sources disagree"));
        }

        return About(
            rule: s_rule,
            index: index,
            subject: stated,
            subjectType: nameof(SeriesCount),
            confidence: FindingConfidence.Certain,
            message: $"Sources count {claim}; the catalog has {catalogCount}{bySeries}: {string.Join("; and ", readings.Select(r => r.Text))}.",
            evidence: BuildEvidence);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>
            {
                new("stated-count", Count(range.Least, range.Most) + (stated.EachYear == true ? " (each year: " + statedText + ")" : string.Empty), Keys(stated.Sources)),
                Computed("reading", string.Join("; ", readings.Select(r => r.Word))),
                Computed("catalog-certain", Names(tally.Certain)),
                Computed("catalog-undated-or-straddling", Names(tally.Possible)),
            };
            evidence.AddRange(tally.Certain.Take(MaxListed).Select(m => Dated("released " + m.Key, m.Released!.Value, m.ReleasedBy)));
            evidence.AddRange(tally.BySeries.Select(c => new Evidence("series-count " + c.Key, $"{c.Series!.Name} {Count(Range(c).Least, Range(c).Most)} in {Number(c.FromYear)}-{Number(c.ToYear)}", Keys(c.Sources))));
            return evidence;
        }
    }

    private static string Names(IReadOnlyList<PhoneModel> models) => Listed(models.Select(m => m.Key).ToList());

    private static string Count(long least, long most) => least == most
        ? least.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : least.ToString(System.Globalization.CultureInfo.InvariantCulture) + " to " + most.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The least and most models a count claim allows over its whole span.</summary>
    /// <param name="Least">The least.</param>
    /// <param name="Most">The most.</param>
    public sealed record StatedRange(long Least, long Most);

    /// <summary>The models counted with certainty, those that may count, and the sources' counts by series.</summary>
    /// <param name="Certain">Released wholly within the span.</param>
    /// <param name="Possible">Released partly within the span, or undated.</param>
    /// <param name="BySeries">For a claim of every series: the largest count claim of each series inside its span.</param>
    /// <param name="BySeriesLeast">The sum of those claims' least counts (0 for a claim of one series).</param>
    public sealed record Tally(IReadOnlyList<PhoneModel> Certain, IReadOnlyList<PhoneModel> Possible, IReadOnlyList<SeriesCount> BySeries, long BySeriesLeast);
}
