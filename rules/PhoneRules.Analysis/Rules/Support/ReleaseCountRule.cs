using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Rules.Support;

/// <summary>Counts the models released in each analysis year, certainly and possibly, for PR003.</summary>
[Name("support release-count")]
[Description("Counts the models released in each analysis year.")]
[Tag("support")]
[Priority(90)]
public sealed class ReleaseCountRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        AnalysisYear year = default!;
        IEnumerable<PhoneModel> released = default!;

        When()
            .Match(() => year)
            .Query(() => released, q => q
                .Match<PhoneModel>(m => m.Released.HasValue && DateQualifiers.IsPossiblyIn(m.Released.Value, year.Year))
                .Collect());

        Then()
            .Do(ctx => ctx.Insert(Count(year, released)));
    }

    /// <summary>The year's count of releases among <paramref name="released"/> (the models possibly released in it): how many certainly were (least), how many possibly (most).</summary>
    public static ReleaseCount Count(AnalysisYear year, IEnumerable<PhoneModel> released)
    {
        var models = released.OrderBy(m => m.Location.Line).ThenBy(m => m.Key, System.StringComparer.Ordinal).ToList();
        return new ReleaseCount(year.Year, models.Count(m => DateQualifiers.IsCertainlyIn(m.Released!.Value, year.Year)), models.Count, models);
    }
}
