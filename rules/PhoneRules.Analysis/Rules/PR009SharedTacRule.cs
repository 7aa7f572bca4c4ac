using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR009: one TAC reported for several distinct models (rebadging). Illustrative IMEIs are stand-ins whose
/// TACs the catalog chose, so <see cref="CatalogIndex.GroupByTac()"/> leaves them out.
/// </summary>
[Name("PR009 shared-tac")]
[Description("One type allocation code of reported (not illustrative) IMEIs given for two or more distinct models, a sign of rebadging.")]
[Tag("imei")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(ImeiLookup), nameof(ImeiLookup.Imei))]
public sealed class PR009SharedTacRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR009SharedTacRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        TacSightings shared = default!;

        When()
            .Match(() => index)
            .Match(() => shared, g => g.ModelCount > 1);

        Then()
            .Do(ctx => ctx.Found(Report(index, shared)));
    }

    /// <summary>The finding for a TAC that lookups of two or more models share.</summary>
    public static Finding Report(CatalogIndex index, TacSightings shared)
    {
        var lookups = shared.Lookups.OrderBy(l => l.Key, System.StringComparer.Ordinal).ToList();
        var models = lookups.Select(l => l.Model).Distinct().ToList();
        return Create(
            s_rule,
            FindingConfidence.Certain,
            "tac",
            shared.Tac.ToString(),
            $"TAC {shared.Tac} is reported for {Number(models.Count)} models: {Listed(models.ConvertAll(m => m.Name))}.",
            () => lookups.Select(l => new Evidence("imei-lookup " + l.Key, $"{l.Imei} {l.Model.Key}", Keys(l.Sources))).ToList(),
            Locate(index, lookups[0].Location));
    }
}
