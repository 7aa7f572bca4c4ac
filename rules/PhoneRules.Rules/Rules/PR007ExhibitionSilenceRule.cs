using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;
using static PhoneRules.Rules.RuleSupport;

namespace PhoneRules.Rules.Rules;

/// <summary>PR007: an annual showcase with no news in a year after it had been held.</summary>
[Name("PR007 exhibition-silence")]
[Description("An annual showcase with no report of an edition in a year after it was first held, up to exhibition-last-year.")]
[Tag("context")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(Exhibition), "status")]
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
            .Do(ctx => ctx.InsertAll(silent));
    }

    internal static List<Finding> SilentYears(CatalogIndex index, IGrouping<string, Exhibition> editions)
    {
        var findings = new List<Finding>();
        var held = editions.Where(e => e.Status != ExhibitionStatus.NoNews).OrderBy(e => e.Year).ToList();
        if (held.Count == 0)
        {
            return findings;
        }

        var heldYears = held.Select(e => e.Year).ToHashSet();
        foreach (var year in Years((long)held[0].Year + 1, index.Settings.ExhibitionLastYear))
        {
            if (heldYears.Contains(year))
            {
                continue;
            }

            var before = held.Last(e => e.Year < year);
            var entry = editions.FirstOrDefault(e => e.Year == year);
            var evidence = new List<Evidence>
            {
                new("last-held " + before.Key, $"{Number(before.Year)}{(before.Held is { } date ? " (" + date + ")" : string.Empty)}", Keys(before.Sources)),
            };
            if (entry is not null)
            {
                evidence.Add(new Evidence("status " + entry.Key, "no news", Keys(entry.Sources)));
            }

            evidence.Add(Setting("exhibition-last-year", index.Settings.ExhibitionLastYear));
            var message = $"No news of the {editions.Key} in {Number(year)}, after it was held in {Number(before.Year)}.";
            findings.Add(entry is not null
                ? About(s_rule, index, entry, nameof(Exhibition), FindingConfidence.Certain, message, evidence)
                : Create(s_rule, FindingConfidence.Certain, "exhibition-year", editions.Key + " " + Number(year), message, evidence, Locate(index, before.Location)));
        }

        return findings;
    }
}
