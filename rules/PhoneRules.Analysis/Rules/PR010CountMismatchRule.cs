using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>PR010: the catalog's models of a series in a span of years disagree with a source's count.</summary>
[Name("PR010 count-mismatch")]
[Description("A source states how many models a series released in a span of years, and the catalog's models disagree.")]
[Tag("completeness")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(SeriesCount), "count")]
[Reads(typeof(PhoneModel), "released")]
public sealed class PR010CountMismatchRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR010CountMismatchRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        SeriesCount stated = default!;
        Tally tally = default!;

        When()
            .Match(() => index)
            .Match(() => stated)
            .Let(() => tally, () => Count(index, stated))
            .Having(() => stated.Count < tally.Certain.Count || stated.Count > tally.Certain.Count + tally.Possible.Count);

        Then()
            .Do(ctx => ctx.Insert(Report(index, stated, tally)));
    }

    // Certain: released wholly within the span. Possible: released partly within it, or with no release date.
    internal static Tally Count(CatalogIndex index, SeriesCount stated)
    {
        var certain = new List<PhoneModel>();
        var possible = new List<PhoneModel>();
        foreach (var model in index.ModelsOf(stated.Series))
        {
            if (model.Released is not { } released)
            {
                possible.Add(model);
            }
            else if (released.Earliest.Year >= stated.FromYear && released.Latest.Year <= stated.ToYear)
            {
                certain.Add(model);
            }
            else if (released.Latest.Year >= stated.FromYear && released.Earliest.Year <= stated.ToYear)
            {
                possible.Add(model);
            }
        }

        return new Tally(certain, possible);
    }

    internal static Finding Report(CatalogIndex index, SeriesCount stated, Tally tally)
    {
        var span = $"{Number(stated.FromYear)}-{Number(stated.ToYear)}";
        var catalogCount = tally.Possible.Count == 0
            ? Number(tally.Certain.Count)
            : $"{Number(tally.Certain.Count)} to {Number(tally.Certain.Count + tally.Possible.Count)}";

        // More stated than catalogued says the catalog lacks a model (or cannot identify one); fewer stated
        // than catalogued with certainty says the source (or the catalog's dates) is wrong.
        var incomplete = stated.Count > tally.Certain.Count + tally.Possible.Count;
        var reading = incomplete
            ? "the catalog is incomplete or a model is unidentified"
            : "the source is wrong, or the catalog's dates or models are";
        return About(
            s_rule,
            index,
            stated,
            nameof(SeriesCount),
            FindingConfidence.Certain,
            $"Sources count {Number(stated.Count)} {stated.Series.Name} models released in {span}; the catalog has {catalogCount}: {reading}.",
            [
                new Evidence("stated-count", Number(stated.Count), Keys(stated.Sources)),
                Computed("reading", incomplete ? "catalog incomplete" : "source or catalog wrong"),
                Computed("catalog-certain", tally.Certain.Count == 0 ? "none" : string.Join(", ", tally.Certain.Select(m => m.Key))),
                Computed("catalog-undated-or-straddling", tally.Possible.Count == 0 ? "none" : string.Join(", ", tally.Possible.Select(m => m.Key))),
            ]);
    }

    /// <summary>The models counted with certainty, and those that may count.</summary>
    /// <param name="Certain">Released wholly within the span.</param>
    /// <param name="Possible">Released partly within the span, or undated.</param>
    public sealed record Tally(IReadOnlyList<PhoneModel> Certain, IReadOnlyList<PhoneModel> Possible);
}
