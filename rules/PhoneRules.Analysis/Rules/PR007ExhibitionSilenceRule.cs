using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR007: an edition the catalog explicitly records as <c>no-news</c>, in a year after the showcase was held.
/// An absence of reports is possible silence, never certain; a year with no row at all is a gap in the
/// catalog, not a finding about the showcase.
/// </summary>
[Name("PR007 exhibition-silence")]
[Description("An edition recorded as no-news, in a year after the showcase was first held, up to exhibition-last-year; always possible.")]
[Tag("context")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(Exhibition), nameof(Exhibition.Status))]
public sealed class PR007ExhibitionSilenceRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR007ExhibitionSilenceRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        IGrouping<string, Exhibition> editions = default!;
        IReadOnlyList<Finding> silent = default!;

        When()
            .Match(() => index)
            .Query(() => editions, q => q.Match<Exhibition>().GroupBy(e => e.Name))
            .Let(() => silent, () => SilentYears(index, editions))
            .Having(() => silent.Count > 0);

        Then()
            .Do(ctx => ctx.Found(silent));
    }

    /// <summary>The findings of one exhibition: each year in the analysed span for which no edition is recorded.</summary>
    public static List<Finding> SilentYears(CatalogIndex index, IGrouping<string, Exhibition> editions)
    {
        var findings = new List<Finding>();
        var held = editions.Where(e => e.Status != ExhibitionStatus.NoNews).OrderBy(e => e.Year).ToList();
        var silent = editions.Where(e => e.Status == ExhibitionStatus.NoNews && e.Year <= index.Settings.ExhibitionLastYear).OrderBy(e => e.Year).ThenBy(e => e.Key, System.StringComparer.Ordinal);
        foreach (var entry in silent)
        {
            var before = held.LastOrDefault(e => e.Year < entry.Year);
            if (before is null)
            {
                continue;
            }

            var message = $"No report was found of the {editions.Key} in {Number(entry.Year)}, after it was held in {Number(before.Year)}: it may not have been held.";
            findings.Add(About(rule: s_rule, index: index, subject: entry, subjectType: nameof(Exhibition), confidence: FindingConfidence.Possible, message: message, evidence: () => EvidenceOf(index, before, entry)));
        }

        return findings;
    }

    private static List<Evidence> EvidenceOf(CatalogIndex index, Exhibition before, Exhibition entry) =>
    [
        new("last-held " + before.Key, $"{Number(before.Year)}{(before.Held is { } date ? " (" + date + ")" : string.Empty)}", Keys(before.Sources)),
        new("status " + entry.Key, "no news", Keys(entry.Sources)),
        Setting("exhibition-last-year", index.Settings.ExhibitionLastYear),
    ];
}
