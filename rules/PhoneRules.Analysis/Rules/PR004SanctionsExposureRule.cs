using System;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
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
[Reads(typeof(PhoneModel), "released")]
[ChainsOn(typeof(PR002ForeignHardwareRule))]
public sealed class PR004SanctionsExposureRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR004SanctionsExposureRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        ForeignHardware foreign = default!;
        FindingConfidence confidence = default;

        When()
            .Match(() => index)
            .Match(() => foreign)
            .Having(() => OnSaleFrom(foreign.Model) != null && OnSaleFrom(foreign.Model)!.Value.Latest > Adopted(index))
            .Let(() => confidence, () => Grade(foreign.Model.Released.HasValue && foreign.Model.Released.Value.Earliest > Adopted(index) && foreign.IsCertain));

        Then()
            .Do(ctx => ctx.Insert(Report(index, foreign, confidence)));
    }

    // The market release, or failing that the state-media unveiling (which only shows the phone existed).
    internal static FuzzyDate? OnSaleFrom(PhoneModel model) => model.Released ?? model.Unveiled;

    internal static DateTime Adopted(CatalogIndex index) => index.Settings.SanctionsEvent.Date.ToDateTime(TimeOnly.MinValue);

    // Certain only when the release (not just an unveiling) lies wholly after the measure and PR002 was
    // certain (the Let above, so that explanations show it); possible otherwise.
    internal static Finding Report(CatalogIndex index, ForeignHardware foreign, FindingConfidence confidence)
    {
        var model = foreign.Model;
        var sanctions = index.Settings.SanctionsEvent;
        var fromRelease = model.Released.HasValue;
        var date = OnSaleFrom(model)!.Value;
        var evidence = new Evidence[]
        {
            fromRelease
                ? new Evidence("released", date.ToString(), Keys(model.ReleasedBy))
                : new Evidence("unveiled", date.ToString(), Keys(model.UnveiledBy)),
            new Evidence("sanctions-event", $"{sanctions.Name}, {sanctions.Date:yyyy-MM-dd}", Keys(sanctions.Sources)),
            Computed("foreign-hardware", foreign.Confidence == FindingConfidence.Certain ? "certain (PR002)" : "possible (PR002)"),
        };
        return About(
            s_rule,
            index,
            model,
            nameof(PhoneModel),
            confidence,
            fromRelease
                ? $"{model.Name}, with foreign hardware, was on sale after {sanctions.Name} ({sanctions.Date:yyyy-MM-dd}): released {date}; when its parts were imported is not recorded."
                : $"{model.Name}, with foreign hardware, was shown by state media in {date}, after {sanctions.Name} ({sanctions.Date:yyyy-MM-dd}); its release date and when its parts were imported are not recorded.",
            evidence);
    }
}
