using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>PR002: a model sold as domestic whose IMEI lookup or hardware points to a foreign maker.</summary>
[Name("PR002 foreign-hardware")]
[Description("A model sold as domestic whose IMEI lookup shows a TAC held by a foreign maker, or that matches a foreign phone.")]
[Tag("hardware")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(ImeiLookup), nameof(ImeiLookup.ReportedMaker))]
[Reads(typeof(AppearanceMatch), nameof(AppearanceMatch.ForeignMaker))]
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
            .Do(ctx => ctx.Found(Report(index, foreign!)));
    }

    /// <summary>
    /// The judgement, also PR004's first condition: certain when a lookup, or a hardware, same-IMEI or rebadge
    /// match, points abroad and its own confidence is not low (a hedged source stays possible); an appearance
    /// is possible whatever its confidence. A same-IMEI match restating a lookup of the same model and maker is
    /// one fact entered twice: it adds its sources to the lookup's evidence and is not counted again. Null
    /// when nothing points abroad.
    /// </summary>
    /// <param name="index">The catalog's index.</param>
    /// <param name="model">A model sold as domestic.</param>
    public static ForeignHardware? Find(CatalogIndex index, PhoneModel model)
    {
        System.ArgumentNullException.ThrowIfNull(index);
        System.ArgumentNullException.ThrowIfNull(model);
        var home = index.Settings.DomesticCountry;
        List<(ImeiLookup, IReadOnlyList<AppearanceMatch>)>? lookups = null;
        List<AppearanceMatch>? others = null;
        List<AppearanceMatch>? hardware = null;
        List<Maker>? holders = null;
        List<AppearanceMatch>? restatedAll = null;
        var certain = false;
        var matches = index.MatchesOf(model);
        foreach (var lookup in index.LookupsOf(model))
        {
            if (lookup.ReportedMaker.Country == home)
            {
                continue;
            }

            List<AppearanceMatch>? restated = null;
            foreach (var match in matches)
            {
                if (match.Kind == MatchKind.SameImei && ReferenceEquals(match.ForeignMaker, lookup.ReportedMaker))
                {
                    (restated ??= []).Add(match);
                    (restatedAll ??= []).Add(match);
                }
            }

            (lookups ??= []).Add((lookup, restated ?? (IReadOnlyList<AppearanceMatch>)[]));
            holders ??= [];
            if (!holders.Contains(lookup.ReportedMaker))
            {
                holders.Add(lookup.ReportedMaker);
            }

            certain |= lookup.Confidence != Confidence.Low;
        }

        foreach (var match in matches)
        {
            if (match.ForeignMaker.Country == home || (restatedAll is not null && restatedAll.Contains(match)))
            {
                continue;
            }

            (others ??= []).Add(match);
            if (match.Kind != MatchKind.Appearance)
            {
                (hardware ??= []).Add(match);
            }

            certain |= match.Kind != MatchKind.Appearance && match.Confidence != Confidence.Low;
        }

        return lookups is null && others is null
            ? null
            : new ForeignHardware(model, Grade(certain), lookups ?? [], others ?? [], holders ?? [], hardware ?? []);
    }

    /// <summary>The evidence of a judgement: each lookup (with the sources of the matches restating it), then each other match.</summary>
    /// <param name="foreign">PR002's judgement.</param>
    public static IReadOnlyList<Evidence> EvidenceOf(ForeignHardware foreign)
    {
        System.ArgumentNullException.ThrowIfNull(foreign);
        var evidence = new List<Evidence>(foreign.Lookups.Count + foreign.Matches.Count);
        foreach (var (lookup, restated) in foreign.Lookups)
        {
            var number = lookup.Imei is { } imei ? imei + (lookup.Illustrative ? " (illustrative)" : string.Empty) + " -> " : string.Empty;
            var sources = DistinctKeys(lookup.Sources, restated, m => m.Sources);
            evidence.Add(new Evidence("imei-lookup", $"{number}TAC held by {lookup.ReportedMaker.Name} ({lookup.ReportedMaker.Country}){(lookup.ReportedModel is null ? string.Empty : " model " + lookup.ReportedModel)}, confidence {Written.Of(lookup.Confidence)}", sources));
        }

        foreach (var match in foreign.Matches)
        {
            evidence.Add(new Evidence("match-" + Written.Of(match.Kind), $"{match.ForeignDevice} ({match.ForeignMaker.Name}, {match.ForeignMaker.Country}), confidence {Written.Of(match.Confidence)}", Keys(match.Sources)));
        }

        return evidence;
    }

    /// <summary>
    /// The finding: says what the evidence shows (a lookup shows who holds the TAC, a match which phone it
    /// matches; neither shows who built the phone).
    /// </summary>
    /// <param name="index">The catalog's index.</param>
    /// <param name="foreign">The judgement <see cref="Find"/> gave.</param>
    public static Finding Report(CatalogIndex index, ForeignHardware foreign)
    {
        System.ArgumentNullException.ThrowIfNull(index);
        System.ArgumentNullException.ThrowIfNull(foreign);
        var name = foreign.Model.Name;
        string message;
        if (foreign.TacHolders.Count > 0)
        {
            message = $"{name} is sold as domestic, but an IMEI lookup shows the TAC of its IMEI is held by {string.Join(" and ", foreign.TacHolders.Select(m => $"{m.Name} ({m.Country})"))}.";
        }
        else if (foreign.HardwareMatches.Count > 0)
        {
            message = $"{name} is sold as domestic, but its hardware is reported to match the {string.Join(" and ", foreign.HardwareMatches.Select(m => $"{m.ForeignDevice} ({m.ForeignMaker.Country})"))}.";
        }
        else
        {
            message = $"{name} is sold as domestic, but looks like a foreign phone.";
        }

        return About(rule: s_rule, index: index, subject: foreign.Model, subjectType: nameof(PhoneModel), confidence: foreign.Confidence, message: message, evidence: () => EvidenceOf(foreign));
    }
}
