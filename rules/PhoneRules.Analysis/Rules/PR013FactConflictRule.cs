using System;
using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR013: a source's version of a fact that is not a date (a model's name, its maker) differs from what the
/// catalog records. One finding per claim.
/// </summary>
[Name("PR013 fact-conflict")]
[Description("A source names a model, or its maker, differently from the catalog.")]
[Tag("sources")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(FactClaim), nameof(FactClaim.Says))]
public sealed class PR013FactConflictRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR013FactConflictRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        FactClaim claim = default!;
        Recorded recorded = default!;

        When()
            .Match(() => index)
            .Match(() => claim)
            .Let(() => recorded, () => Record(index, claim))
            .Having(() => recorded.Values.Count > 0 && !recorded.Agrees);

        Then()
            .Do(ctx => ctx.Found(Report(index, claim, recorded)));
    }

    /// <summary>
    /// What the catalog records on the claim's topic: the model's name; or the makers its series, lookups and
    /// matches name (the company that sells the line, the TAC's holder, the foreign phone's maker). A claim
    /// agrees when it equals one of them, ignoring case and surrounding spaces (a maker by name or key).
    /// </summary>
    public static Recorded Record(CatalogIndex index, FactClaim claim)
    {
        var values = new List<(string Value, string Field, IReadOnlyList<Source> Sources)>();
        if (claim.Topic == ClaimTopic.Name)
        {
            values.Add((claim.Model.Name, "name", claim.Model.Sources));
        }
        else
        {
            if (claim.Model.Series.Maker is { } seller)
            {
                values.Add((seller.Name, "series maker " + seller.Key, seller.Sources));
            }

            values.AddRange(index.LookupsOf(claim.Model).Select(l => (l.ReportedMaker.Name, "imei-lookup " + l.Key, l.Sources)));
            values.AddRange(index.MatchesOf(claim.Model).Select(m => (m.ForeignMaker.Name, "match " + m.Key, m.Sources)));
        }

        var says = claim.Says.Trim();
        var agrees = values.Any(v => string.Equals(v.Value.Trim(), says, StringComparison.OrdinalIgnoreCase))
            || (claim.Topic == ClaimTopic.Maker && index.Catalog.Makers.Any(m => string.Equals(m.Key, says, StringComparison.OrdinalIgnoreCase) && values.Any(v => v.Value == m.Name)));
        return new Recorded(values, agrees);
    }

    /// <summary>The finding for a claim that disagrees with what the catalog records.</summary>
    public static Finding Report(CatalogIndex index, FactClaim claim, Recorded recorded)
    {
        var topic = claim.Topic == ClaimTopic.Name ? "name" : "maker";
        var catalogText = string.Join(", ", recorded.Values.Select(v => "\"" + v.Value + "\"").Distinct(StringComparer.Ordinal));
        return About(
            rule: s_rule,
            index: index,
            subject: claim,
            subjectType: nameof(FactClaim),
            confidence: Grade(claim.Confidence != Confidence.Low),
            message: $"Sources give {claim.Model.Name}'s {topic} as \"{claim.Says}\"; the catalog records {catalogText}.",
            evidence: BuildEvidence);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence> { new("claim " + claim.Key, claim.Says, Keys(claim.Sources)) };
            evidence.AddRange(recorded.Values.Select(v => new Evidence(v.Field, v.Value, Keys(v.Sources))));
            return evidence;
        }
    }

    /// <summary>What the catalog records on a claim's topic, and whether the claim agrees with any of it.</summary>
    /// <param name="Values">Each recorded value, where it is recorded, and its sources.</param>
    /// <param name="Agrees">Whether the claim equals one of them.</param>
    public sealed record Recorded(IReadOnlyList<(string Value, string Field, IReadOnlyList<Source> Sources)> Values, bool Agrees);
}
