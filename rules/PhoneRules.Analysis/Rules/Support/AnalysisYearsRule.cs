using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;

namespace PhoneRules.Analysis.Rules.Support;

/// <summary>Inserts one <see cref="AnalysisYear"/> per year from drought-first-year to drought-last-year (at most the last <see cref="RuleSupport.MaxYearSpan"/>).</summary>
[Name("support analysis-years")]
[Description("Inserts the years the release rules count.")]
[Tag("support")]
[Priority(100)]
public sealed class AnalysisYearsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;

        When()
            .Match(() => index);

        Then()
            .Do(ctx => ctx.InsertAll(RuleSupport.Years(index.Settings.DroughtFirstYear, index.Settings.DroughtLastYear).Select(year => new AnalysisYear(year))));
    }
}
