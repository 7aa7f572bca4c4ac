using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>PR006: a release drought (PR003) that coincides with a trade collapse or a border closure.</summary>
[Name("PR006 drought-context")]
[Description("A release drought (PR003) in a year whose trade fell by trade-collapse-percent or more, or whose borders closed.")]
[Tag("timeline")]
[Tag("context")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(TradeYear), nameof(TradeYear.ChangePercent))]
[Reads(typeof(ContextEvent), nameof(ContextEvent.Date))]
[ChainsOn(typeof(PR003ReleaseDroughtRule))]
public sealed class PR006DroughtContextRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR006DroughtContextRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        ReleaseDrought drought = default!;
        IReadOnlyList<Evidence> context = default!;

        When()
            .Match(() => index)
            .Match(() => drought)
            .Let(() => context, () => Context(index, drought.Year))
            .Having(() => context.Count > 0);

        Then()
            .Do(ctx => ctx.Found(Report(index, drought, context)));
    }

    /// <summary>The context of a drought year as evidence: the year's trade records and context events.</summary>
    public static IReadOnlyList<Evidence> Context(CatalogIndex index, int year)
    {
        var evidence = new List<Evidence>();
        foreach (var trade in index.TradeIn(year).Where(t => t.ChangePercent <= index.Settings.TradeCollapsePercent))
        {
            evidence.Add(new Evidence(
                "trade " + trade.Key,
                $"{Number(trade.ValueMusd)} million USD with {trade.Partner}, {Number(trade.ChangePercent!.Value)}%{(trade.Derived ? " (derived)" : string.Empty)}",
                Keys(trade.Sources)));
        }

        foreach (var closure in index.EventsIn(year, ContextKind.BorderClosure))
        {
            evidence.Add(new Evidence("border-closure " + closure.Key, $"{closure.Date:yyyy-MM-dd} {closure.Name}", Keys(closure.Sources)));
        }

        return evidence;
    }

    /// <summary>The finding for a drought year and its context.</summary>
    public static Finding Report(CatalogIndex index, ReleaseDrought drought, IReadOnlyList<Evidence> context)
    {
        var reasons = new List<string>();
        if (context.Any(e => e.Field.StartsWith("trade ", System.StringComparison.Ordinal)))
        {
            reasons.Add("a trade collapse");
        }

        if (context.Any(e => e.Field.StartsWith("border-closure ", System.StringComparison.Ordinal)))
        {
            reasons.Add("border closures");
        }

        var location = drought.Count.Models.Count > 0 ? drought.Count.Models[0].Location : index.Settings.Location;
        return Create(
            s_rule,
            drought.Confidence,
            "year",
            Number(drought.Year),
            $"The {Number(drought.Year)} release drought coincides with {string.Join(" and ", reasons)}.",
            () => context.Append(Setting("trade-collapse-percent", index.Settings.TradeCollapsePercent)).ToList(),
            Locate(index, location));
    }
}
