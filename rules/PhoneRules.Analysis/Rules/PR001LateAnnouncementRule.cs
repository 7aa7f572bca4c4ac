using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR001: state media unveiled a model long after it reached the market. Every version counts: the catalog's date and every <see cref="DateClaim"/> about the same
/// model and event (<see cref="DateVersions"/>).
/// </summary>
[Name("PR001 late-announcement")]
[Description("State media unveiled a model at least late-announcement-days after it went on sale, by any version of either date.")]
[Tag("timeline")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(PhoneModel), nameof(PhoneModel.Released), nameof(PhoneModel.Unveiled))]
[Reads(typeof(DateClaim), nameof(DateClaim.Date))]
public sealed class PR001LateAnnouncementRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR001LateAnnouncementRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        PhoneModel model = default!;
        EventVersions versions = default!;
        DayRange lag = default;
        FindingConfidence confidence = default;

        // Only a model with both events dated is bound (a Let is an NRules subnet per model that reaches it).
        When()
            .Match(() => index)
            .Match(() => model, m => DateVersions.Dated(index, m, DateEvent.MarketRelease) && DateVersions.Dated(index, m, DateEvent.StateMediaUnveiling))
            .Let(() => versions, () => DateVersions.Between(index, model, DateEvent.MarketRelease, DateEvent.StateMediaUnveiling))
            .Let(() => lag, () => versions.Span())
            .Having(() => lag.Max >= index.Settings.LateAnnouncementDays)
            .Let(() => confidence, () => Grade(lag.Min >= index.Settings.LateAnnouncementDays && !versions.AnyQualified));

        Then()
            .Do(ctx => ctx.Found(Report(index, model, versions, lag, confidence)));
    }

    /// <summary>
    /// Certain when even the smallest lag any pair of versions admits reaches the threshold and no version is
    /// qualified (the Let above, so that explanations show the arithmetic); possible when only the largest does.
    /// </summary>
    public static Finding Report(CatalogIndex index, PhoneModel model, EventVersions versions, DayRange lag, FindingConfidence confidence)
    {
        var releases = versions.From;
        var unveilings = versions.To;
        var threshold = index.Settings.LateAnnouncementDays;
        var over = versions.Pairs > 1 ? $" over {Number(releases.Count)} release date(s) and {Number(unveilings.Count)} unveiling date(s)" : string.Empty;
        return About(
            rule: s_rule,
            index: index,
            subject: model,
            subjectType: nameof(PhoneModel),
            confidence: confidence,
            message: $"{model.Name} was unveiled by state media {Days(lag)} after its market release{over} (threshold {Number(threshold)} days).",
            evidence: BuildEvidence);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>();
            evidence.AddRange(releases.Select(Dated));
            evidence.AddRange(unveilings.Select(v => Dated(v) with { Value = v.Date + (v.Label == "unveiled" && model.UnveiledIn is { } outlet ? " in " + outlet : string.Empty) }));
            evidence.AddRange(Lags(versions, lag));
            evidence.Add(Setting("late-announcement-days", threshold));
            return evidence;
        }
    }
}
