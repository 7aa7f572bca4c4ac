using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR005: a manufacture date (from a photographed label) well before the unveiling. Every version counts: the catalog's date and every <see cref="DateClaim"/> about the same
/// model and event (<see cref="DateVersions"/>).
/// </summary>
[Name("PR005 made-before-unveiled")]
[Description("A model whose photographed manufacture date lies at least made-before-unveiled-days before state media unveiled it, by any version of either date.")]
[Tag("timeline")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(PhoneModel), nameof(PhoneModel.Manufactured), nameof(PhoneModel.Unveiled))]
[Reads(typeof(DateClaim), nameof(DateClaim.Date))]
public sealed class PR005MadeBeforeUnveiledRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR005MadeBeforeUnveiledRule>();

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
            .Match(() => model, m => DateVersions.Dated(index, m, DateEvent.Manufacture) && DateVersions.Dated(index, m, DateEvent.StateMediaUnveiling))
            .Let(() => versions, () => DateVersions.Between(index, model, DateEvent.Manufacture, DateEvent.StateMediaUnveiling))
            .Let(() => lag, () => versions.Span())
            .Having(() => lag.Max >= index.Settings.MadeBeforeUnveiledDays)
            .Let(() => confidence, () => Grade(lag.Min >= index.Settings.MadeBeforeUnveiledDays && !versions.AnyQualified));

        Then()
            .Do(ctx => ctx.Found(Report(index, model, versions, lag, confidence)));
    }

    /// <summary>
    /// Certain when even the smallest lag any pair of versions admits reaches the threshold and no version is
    /// qualified (the Let above, so that explanations show the arithmetic); possible when only the largest does.
    /// </summary>
    public static Finding Report(CatalogIndex index, PhoneModel model, EventVersions versions, DayRange lag, FindingConfidence confidence)
    {
        var made = versions.From;
        var unveilings = versions.To;
        var threshold = index.Settings.MadeBeforeUnveiledDays;
        var over = versions.Pairs > 1 ? $" over {Number(made.Count)} manufacture date(s) and {Number(unveilings.Count)} unveiling date(s)" : string.Empty;
        return About(
            rule: s_rule,
            index: index,
            subject: model,
            subjectType: nameof(PhoneModel),
            confidence: confidence,
            message: $"{model.Name} was made {Days(lag)} before state media unveiled it{over} (threshold {Number(threshold)} days).",
            evidence: BuildEvidence);

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>();
            evidence.AddRange(made.Select(Dated));
            evidence.AddRange(unveilings.Select(Dated));
            evidence.AddRange(Lags(versions, lag));
            evidence.Add(Setting("made-before-unveiled-days", threshold));
            return evidence;
        }
    }
}
