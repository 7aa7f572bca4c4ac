using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Rules.Facts;

namespace PhoneRules.Rules.Rules.Support;

/// <summary>Inserts one <see cref="AnalysisYear"/> per year from drought-first-year to drought-last-year.</summary>
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
            .Do(ctx => ctx.InsertAll(Enumerable
                .Range(index.Settings.DroughtFirstYear, System.Math.Max(0, index.Settings.DroughtLastYear - index.Settings.DroughtFirstYear + 1))
                .Select(year => new AnalysisYear(year))));
    }
}
