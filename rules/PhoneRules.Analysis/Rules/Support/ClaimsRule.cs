using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;

namespace PhoneRules.Analysis.Rules.Support;

/// <summary>Inserts the catalog's fact claims and its graded entries (for PR013 and PR014) from the index.</summary>
[Name("support claims")]
[Description("Inserts the fact claims and the graded entries the claim rules judge.")]
[Tag("support")]
[Priority(100)]
public sealed class ClaimsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;

        When()
            .Match(() => index);

        Then()
            .Do(ctx => ctx.InsertAll(index.Catalog.FactClaims))
            .Do(ctx => ctx.InsertAll(GradedEntry.Of(index.Catalog)));
    }
}
