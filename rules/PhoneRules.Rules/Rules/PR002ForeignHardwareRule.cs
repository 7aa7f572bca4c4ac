using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;
using static PhoneRules.Rules.RuleSupport;

namespace PhoneRules.Rules.Rules;

/// <summary>PR002: a model sold as domestic whose IMEI or appearance points to a foreign maker.</summary>
[Name("PR002 foreign-hardware")]
[Description("A model sold as domestic whose IMEI lookup names a foreign maker, or that matches a foreign phone.")]
[Tag("hardware")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(ImeiLookup), "reported-maker")]
[Reads(typeof(AppearanceMatch), "foreign-maker")]
public sealed class PR002ForeignHardwareRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR002ForeignHardwareRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        PhoneModel model = default!;
        ForeignHardware? foreign = null;

        When()
            .Match(() => index)
            .Match(() => model, m => m.SoldAsDomestic)
            .Let(() => foreign, () => Find(index, model))
            .Having(() => foreign != null);

        Then()
            .Do(ctx => ctx.Insert(foreign!))
            .Do(ctx => ctx.Insert(Report(index, foreign!)));
    }

    internal static ForeignHardware? Find(CatalogIndex index, PhoneModel model)
    {
        var home = index.Settings.DomesticCountry;
        var evidence = new List<Evidence>();
        var certain = false;
        foreach (var lookup in index.LookupsOf(model).Where(l => l.ReportedMaker.Country != home))
        {
            var number = lookup.Imei is { } imei ? imei + (lookup.Illustrative ? " (illustrative)" : string.Empty) + " -> " : string.Empty;
            evidence.Add(new Evidence("imei-lookup", $"{number}{lookup.ReportedMaker.Name} ({lookup.ReportedMaker.Country}){(lookup.ReportedModel is null ? string.Empty : " model " + lookup.ReportedModel)}", Keys(lookup.Sources)));
            certain = true;
        }

        foreach (var match in index.MatchesOf(model).Where(m => m.ForeignMaker.Country != home))
        {
            evidence.Add(new Evidence("match-" + Word(match.Kind), $"{match.ForeignDevice} ({match.ForeignMaker.Name}, {match.ForeignMaker.Country})", Keys(match.Sources)));
            certain |= match.Kind != MatchKind.Appearance;
        }

        return evidence.Count == 0 ? null : new ForeignHardware(model, Grade(certain), evidence);
    }

    internal static Finding Report(CatalogIndex index, ForeignHardware foreign) => About(
        s_rule,
        index,
        foreign.Model,
        nameof(PhoneModel),
        foreign.Confidence,
        foreign.Confidence == FindingConfidence.Certain
            ? $"{foreign.Model.Name} is sold as domestic, but its hardware traces to a foreign maker."
            : $"{foreign.Model.Name} is sold as domestic, but looks like a foreign phone.",
        foreign.Evidence);

    private static string Word(MatchKind kind) => kind switch
    {
        MatchKind.Hardware => "hardware",
        MatchKind.SameImei => "same-imei",
        MatchKind.Rebadge => "rebadge",
        _ => "appearance",
    };
}
