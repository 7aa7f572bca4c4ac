using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;
using static PhoneRules.Rules.RuleSupport;

namespace PhoneRules.Rules.Rules;

/// <summary>PR001: state media unveiled a model long after it reached the market.</summary>
[Name("PR001 late-announcement")]
[Description("State media unveiled a model at least late-announcement-days after it went on sale.")]
[Tag("timeline")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(PhoneModel), "released", "unveiled")]
public sealed class PR001LateAnnouncementRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR001LateAnnouncementRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        PhoneModel model = default!;
        DayRange lag = default;
        FindingConfidence confidence = default;

        When()
            .Match(() => index)
            .Match(() => model, m => m.Released.HasValue && m.Unveiled.HasValue)
            .Let(() => lag, () => FuzzyDate.DaysBetween(model.Released!.Value, model.Unveiled!.Value))
            .Having(() => lag.Max >= index.Settings.LateAnnouncementDays)
            .Let(() => confidence, () => Grade(lag.Min >= index.Settings.LateAnnouncementDays));

        Then()
            .Do(ctx => ctx.Insert(Report(index, model, lag, confidence)));
    }

    // Certain when even the smallest lag the fuzzy dates admit reaches the threshold (the Let above, so that
    // explanations show the arithmetic); possible when only the largest does.
    internal static Finding Report(CatalogIndex index, PhoneModel model, DayRange lag, FindingConfidence confidence)
    {
        var threshold = index.Settings.LateAnnouncementDays;
        return About(
            s_rule,
            index,
            model,
            nameof(PhoneModel),
            confidence,
            $"{model.Name} was unveiled by state media {Days(lag)} after its market release (threshold {Number(threshold)} days).",
            [
                new Evidence("released", model.Released!.Value.ToString(), Keys(model.ReleasedBy)),
                new Evidence("unveiled", model.Unveiled!.Value.ToString() + (model.UnveiledIn is null ? string.Empty : " in " + model.UnveiledIn), Keys(model.UnveiledBy)),
                Computed("lag-days", lag.ToString()),
                Setting("late-announcement-days", threshold),
            ]);
    }
}
