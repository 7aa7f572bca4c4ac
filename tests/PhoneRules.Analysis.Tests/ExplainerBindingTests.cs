using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Model;
using PhoneRules.Analysis.Explanations;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// The explainer shows each binding's own value when a condition reads several bindings of one type (NRules
/// 1.0 passes such arguments out of order; matching them by type showed the same value twice).
/// </summary>
public sealed class ExplainerBindingTests
{
    [Fact]
    public void TwoIntBindings_ShowTheirOwnValues()
    {
        var catalog = new TestCatalog().Model("m", released: "2019").Build();

        var explanation = Explainer.Explain(catalog, RuleDescriptor.Of<TwoIntBindingsRule>(), "m");

        Assert.True(explanation.Fired);
        var step = explanation.Steps.Single(s => s.Expression == "first < second");
        Assert.Equal(["2019", "2029"], step.Values.Select(v => v.Value));
    }

    [Fact]
    public void ThreeBindingsOfOneType_InAnyOrderOfUse_ShowTheirOwnValues()
    {
        var catalog = new TestCatalog().Model("m", released: "2019").Build();

        var explanation = Explainer.Explain(catalog, RuleDescriptor.Of<TwoIntBindingsRule>(), "m");

        var step = explanation.Steps.Single(s => s.Expression == "(third > second) && (second > first)");
        Assert.Equal(["3019", "2029", "2029", "2019"], step.Values.Select(v => v.Value));
    }

    [Fact]
    public void EnumComparisons_OnEitherSide_ShowTheMembersByName()
    {
        var catalog = new TestCatalog().Model("m", released: "2019").Build();
        Assert.Equal(Confidence.Medium, catalog.Models.Single().Confidence);

        var explanation = Explainer.Explain(catalog, RuleDescriptor.Of<EnumComparisonsRule>(), "m");

        Assert.True(explanation.Fired);
        Assert.Equal(["Low != model.Confidence", "model.Confidence == Medium"], explanation.Steps.Select(s => s.Expression));
        Assert.All(explanation.Steps, step => Assert.Equal(["model.Confidence=Medium"], step.Values.Select(v => v.Expression + "=" + v.Value)));
    }

    [Fact]
    public void TwoRecordBindings_ShowTheirOwnValues()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01/2019-03").Build();

        var explanation = Explainer.Explain(catalog, RuleDescriptor.Of<TwoIntBindingsRule>(), "m");

        var step = explanation.Steps.Single(s => s.Expression == "early.Text != late.Text");
        Assert.Equal(["2019-01", "2019-03"], step.Values.Select(v => v.Value));
    }
}

/// <summary>A rule with several bindings of one type, used in its conditions in and out of declaration order (top level: NRules loads public top-level rule types only).</summary>
[Name("PR900 two-int-bindings")]
[Description("Test rule.")]
[Tag("test")]
[Severity(FindingSeverity.Note)]
public sealed class TwoIntBindingsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PhoneModel model = default!;
        int first = 0;
        int second = 0;
        int third = 0;
        BindingLabel early = default!;
        BindingLabel late = default!;

        When()
            .Match(() => model, m => m.Released.HasValue)
            .Let(() => first, () => model.Released!.Value.Earliest.Year)
            .Let(() => second, () => model.Released!.Value.Latest.Year + 10)
            .Let(() => third, () => model.Released!.Value.Latest.Year + 1000)
            .Let(() => early, () => new BindingLabel(model.Released!.Value.Earliest.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            .Let(() => late, () => new BindingLabel(model.Released!.Value.Latest.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            .Having(() => first < second)
            .Having(() => third > second && second > first)
            .Having(() => early.Text != late.Text);

        Then()
            .Do(ctx => ctx.Found(new Finding("PR900", "two-int-bindings", FindingSeverity.Note, FindingConfidence.Certain, "PhoneModel", model.Key, "m", System.Array.Empty<Evidence>(), default, null)));
    }
}

/// <summary>A reference-type binding.</summary>
/// <param name="Text">Its text.</param>
public sealed record BindingLabel(string Text);

/// <summary>A rule that compares an enum with a member on either side (C# compares their numbers).</summary>
[Name("PR904 enum-comparisons")]
[Description("Test rule.")]
[Tag("test")]
[Severity(FindingSeverity.Note)]
public sealed class EnumComparisonsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PhoneModel model = default!;

        When()
            .Match(() => model, m => Confidence.Low != m.Confidence, m => m.Confidence == Confidence.Medium);

        Then()
            .Do(ctx => ctx.Found(new Finding("PR904", "enum-comparisons", FindingSeverity.Note, FindingConfidence.Certain, "PhoneModel", model.Key, "m", System.Array.Empty<Evidence>(), default, null)));
    }
}
