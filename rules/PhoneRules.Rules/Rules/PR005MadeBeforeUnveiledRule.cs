using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Rules.Facts;
using PhoneRules.Rules.Findings;
using static PhoneRules.Rules.RuleSupport;

namespace PhoneRules.Rules.Rules;

/// <summary>PR005: a manufacture date (from a photographed label) well before the unveiling.</summary>
[Name("PR005 made-before-unveiled")]
[Description("A model whose photographed manufacture date lies at least made-before-unveiled-days before state media unveiled it.")]
[Tag("timeline")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(PhoneModel), "manufactured", "unveiled")]
public sealed class PR005MadeBeforeUnveiledRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR005MadeBeforeUnveiledRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        PhoneModel model = default!;
        DayRange lag = default;
        FindingConfidence confidence = default;

        When()
            .Match(() => index)
            .Match(() => model, m => m.Manufactured.HasValue && m.Unveiled.HasValue)
            .Let(() => lag, () => FuzzyDate.DaysBetween(model.Manufactured!.Value, model.Unveiled!.Value))
            .Having(() => lag.Max >= index.Settings.MadeBeforeUnveiledDays)
            .Let(() => confidence, () => Grade(lag.Min >= index.Settings.MadeBeforeUnveiledDays));

        Then()
            .Do(ctx => ctx.Insert(Report(index, model, lag, confidence)));
    }

    // Certain when even the smallest lag the fuzzy dates admit reaches the threshold (the Let above, so that
    // explanations show the arithmetic); possible when only the largest does.
    internal static Finding Report(CatalogIndex index, PhoneModel model, DayRange lag, FindingConfidence confidence)
    {
        var threshold = index.Settings.MadeBeforeUnveiledDays;
        return About(
            s_rule,
            index,
            model,
            nameof(PhoneModel),
            confidence,
            $"{model.Name} was made {Days(lag)} before state media unveiled it (threshold {Number(threshold)} days).",
            [
                new Evidence("manufactured", model.Manufactured!.Value.ToString(), Keys(model.ManufacturedBy)),
                new Evidence("unveiled", model.Unveiled!.Value.ToString(), Keys(model.UnveiledBy)),
                Computed("lag-days", lag.ToString()),
                Setting("made-before-unveiled-days", threshold),
            ]);
    }
}
