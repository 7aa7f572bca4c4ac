using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;
using static PhoneRules.Rules.RuleSupport;

namespace PhoneRules.Rules.Rules;

/// <summary>PR009: one TAC reported for several distinct models (rebadging).</summary>
[Name("PR009 shared-tac")]
[Description("One type allocation code reported for two or more distinct models, a sign of rebadging.")]
[Tag("imei")]
[Severity(FindingSeverity.Warning)]
public sealed class PR009SharedTacRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR009SharedTacRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        IGrouping<Tac, ImeiLookup> shared = default!;

        When()
            .Match(() => index)
            .Query(() => shared, q => q
                .Match<ImeiLookup>(l => l.Imei.HasValue)
                .GroupBy(l => l.Imei!.Value.Tac)
                .Where(g => g.Select(l => l.Model).Distinct().Count() > 1));

        Then()
            .Do(ctx => ctx.Insert(Report(index, shared)));
    }

    private static Finding Report(CatalogIndex index, IGrouping<Tac, ImeiLookup> shared)
    {
        var lookups = shared.OrderBy(l => l.Key, System.StringComparer.Ordinal).ToList();
        var models = lookups.Select(l => l.Model).Distinct().ToList();
        return Create(
            s_rule,
            FindingConfidence.Certain,
            "tac",
            shared.Key.ToString(),
            $"TAC {shared.Key} is reported for {Number(models.Count)} models: {string.Join(", ", models.Select(m => m.Name))}.",
            lookups.Select(l => new Evidence("imei-lookup " + l.Key, $"{l.Imei}{(l.Illustrative ? " (illustrative)" : string.Empty)} {l.Model.Key}", Keys(l.Sources))).ToList(),
            Locate(index, lookups[0].Location));
    }
}
