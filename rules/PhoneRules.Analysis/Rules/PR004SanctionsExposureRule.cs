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
/// PR004: handsets with foreign hardware on sale after the sanctions measure in settings (UNSCR 2397). Being
/// on sale after the measure is a proxy for being imported after it (stock could predate it), so this is a
/// warning, not an error.
/// </summary>
[Name("PR004 sanctions-exposure")]
[Description("A model with foreign hardware (PR002) on sale after the sanctions measure named in sanctions-event; on sale after it is not shown to be imported after it.")]
[Tag("sanctions")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(PhoneModel), nameof(PhoneModel.Released))]
[Reads(typeof(ImeiLookup), nameof(ImeiLookup.ReportedMaker))]
[Reads(typeof(AppearanceMatch), nameof(AppearanceMatch.ForeignMaker))]
public sealed class PR004SanctionsExposureRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR004SanctionsExposureRule>();
    private static readonly RuleDescriptor s_foreignRule = RuleDescriptor.Of<PR002ForeignHardwareRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        PhoneModel model = default!;
        ForeignHardware? foreign = null;
        OnSale onSale = default!;
        FindingConfidence confidence = default;

        When()
            .Match(() => index)
            .Match(() => model, m => m.SoldAsDomestic)
            .Let(() => foreign, () => PR002ForeignHardwareRule.Find(index, model))
            .Having(() => foreign != null)
            .Let(() => onSale, () => OnSaleFrom(index, model))
            .Having(() => onSale.Versions.Count > 0 && onSale.Versions.Any(v => DateQualifiers.Latest(v.Date) > Adopted(index)))
            .Let(() => confidence, () => Grade(onSale.FromRelease && onSale.Versions.All(v => DateQualifiers.IsFirm(v.Date) && DateQualifiers.Earliest(v.Date) > Adopted(index)) && foreign!.IsCertain));

        Then()
            .Do(ctx => ctx.Found(Report(index, foreign!, onSale, confidence)));
    }

    /// <summary>
    /// Every version of the market release (the catalog's and each DateClaim's), or failing any, of the state-media
    /// unveiling (which only shows the phone existed).
    /// </summary>
    public static OnSale OnSaleFrom(CatalogIndex index, PhoneModel model)
    {
        var releases = DateVersions.Of(index, model, DateEvent.MarketRelease);
        return releases.Count > 0 ? new OnSale(releases, true) : new OnSale(DateVersions.Of(index, model, DateEvent.StateMediaUnveiling), false);
    }

    /// <summary>The day the sanctions measure named in settings was adopted.</summary>
    public static DateTime Adopted(CatalogIndex index) => index.Settings.SanctionsEvent.Date.ToDateTime(TimeOnly.MinValue);

    /// <summary>
    /// Certain only when every version of the release (not just an unveiling), widened by its qualifiers, lies
    /// wholly after the measure, none is qualified, and PR002 was certain (the Let above, so that explanations show
    /// it); possible otherwise.
    /// </summary>
    public static Finding Report(CatalogIndex index, ForeignHardware foreign, OnSale onSale, FindingConfidence confidence)
    {
        var model = foreign.Model;
        var sanctions = index.Settings.SanctionsEvent;
        var dates = string.Join(" or ", onSale.Versions.Select(v => v.Date.ToString()).Distinct(StringComparer.Ordinal));
        return About(
            rule: s_rule,
            index: index,
            subject: model,
            subjectType: nameof(PhoneModel),
            confidence: confidence,
            message: onSale.FromRelease
                ? $"{model.Name}, with foreign hardware, was on sale after {sanctions.Name} ({sanctions.Date:yyyy-MM-dd}): released {dates}; when its parts were imported is not recorded."
                : $"{model.Name}, with foreign hardware, was shown by state media in {dates}, after {sanctions.Name} ({sanctions.Date:yyyy-MM-dd}); its release date and when its parts were imported are not recorded.",
            evidence: BuildEvidence);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>();
            evidence.AddRange(onSale.Versions.Select(Dated));
            evidence.Add(new Evidence("sanctions-event", $"{sanctions.Name}, {sanctions.Date:yyyy-MM-dd}", Keys(sanctions.Sources)));
            evidence.Add(Computed("foreign-hardware", (foreign.Confidence == FindingConfidence.Certain ? "certain (" : "possible (") + s_foreignRule.Id + ")"));
            if (onSale.Versions.Any(v => v.Date.IsQualified))
            {
                evidence.Add(Computed("qualified-date", "yes, so not certain"));
            }

            return evidence;
        }
    }

    /// <summary>The dates from which a model was on sale (or, failing a release date, shown).</summary>
    /// <param name="Versions">Every version of the release, or of the unveiling when no release is recorded.</param>
    /// <param name="FromRelease">Whether they are release dates.</param>
    public sealed record OnSale(IReadOnlyList<DateVersion> Versions, bool FromRelease);
}
