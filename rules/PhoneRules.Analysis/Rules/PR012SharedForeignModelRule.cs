using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR012: IMEI lookups of two or more distinct models that report the same foreign maker and model, a sign
/// that different domestic names sit on one foreign phone (rebadging). Unlike PR009 it reads the lookup's
/// sourced result, not the number, so it sees lookups whose IMEIs are illustrative.
/// </summary>
[Name("PR012 shared-foreign-model")]
[Description("IMEI lookups of two or more distinct models that report the same foreign maker and model name, a sign of rebadging.")]
[Tag("imei")]
[Severity(FindingSeverity.Warning)]
[Reads(typeof(ImeiLookup), nameof(ImeiLookup.ReportedModel))]
public sealed class PR012SharedForeignModelRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR012SharedForeignModelRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        ForeignModelSightings shared = default!;
        FindingConfidence confidence = default;

        When()
            .Match(() => index)
            .Match(() => shared, g => g.ModelCount > 1)
            .Let(() => confidence, () => Grade(shared.Lookups.All(l => l.Confidence != Confidence.Low)));

        Then()
            .Do(ctx => ctx.Found(Report(index, shared, confidence)));
    }

    /// <summary>
    /// Certain that the lookups report one foreign model when none of them is graded low; what it shows is a shared
    /// lookup result, which the message says, not who built the phones.
    /// </summary>
    public static Finding Report(CatalogIndex index, ForeignModelSightings shared, FindingConfidence confidence)
    {
        var lookups = shared.Lookups.OrderBy(l => l.Location.Line).ThenBy(l => l.Key, System.StringComparer.Ordinal).ToList();
        var models = lookups.Select(l => l.Model).Distinct().ToList();
        return Create(
            s_rule,
            confidence,
            "reported-model",
            $"{shared.Maker.Key} {shared.ReportedModel}",
            $"IMEI lookups of {Number(models.Count)} models ({Listed(models.ConvertAll(m => m.Name))}) all report {shared.Maker.Name} ({shared.Maker.Country}) model {shared.ReportedModel}.",
            () => lookups.Select(l => new Evidence("imei-lookup " + l.Key, $"{l.Model.Key} -> {shared.Maker.Name} model {shared.ReportedModel}", Keys(l.Sources))).ToList(),
            Locate(index, lookups[0].Location));
    }
}
