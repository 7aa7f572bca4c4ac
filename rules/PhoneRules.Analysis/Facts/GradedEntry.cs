using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// A catalog entry that grades its own support (a model, a lookup, a match, a claim), seen through one shape
/// so that PR014 can judge every kind alike.
/// </summary>
/// <param name="Entity">The entry.</param>
/// <param name="Type">Its record type, as findings name it.</param>
/// <param name="Confidence">The confidence it gives itself.</param>
/// <param name="Sources">The sources it cites.</param>
public sealed record GradedEntry(ICatalogEntity Entity, string Type, Confidence Confidence, IReadOnlyList<Source> Sources)
{
    /// <summary>Every graded entry of <paramref name="catalog"/>, by type in file order.</summary>
    public static IReadOnlyList<GradedEntry> Of(CatalogData catalog)
    {
        System.ArgumentNullException.ThrowIfNull(catalog);
        return Of(catalog.Models, catalog.ImeiLookups, catalog.AppearanceMatches, catalog.DateClaims, catalog.FactClaims);
    }

    /// <summary>The graded entries among the given records, by type in the order given.</summary>
    public static List<GradedEntry> Of(IEnumerable<PhoneModel> models, IEnumerable<ImeiLookup> lookups, IEnumerable<AppearanceMatch> matches, IEnumerable<DateClaim> dateClaims, IEnumerable<FactClaim> factClaims)
    {
        System.ArgumentNullException.ThrowIfNull(models);
        System.ArgumentNullException.ThrowIfNull(lookups);
        System.ArgumentNullException.ThrowIfNull(matches);
        System.ArgumentNullException.ThrowIfNull(dateClaims);
        System.ArgumentNullException.ThrowIfNull(factClaims);
        var entries = new List<GradedEntry>();
        foreach (var model in models)
        {
            entries.Add(new GradedEntry(model, nameof(PhoneModel), model.Confidence, model.Sources));
        }

        foreach (var lookup in lookups)
        {
            entries.Add(new GradedEntry(lookup, nameof(ImeiLookup), lookup.Confidence, lookup.Sources));
        }

        foreach (var match in matches)
        {
            entries.Add(new GradedEntry(match, nameof(AppearanceMatch), match.Confidence, match.Sources));
        }

        foreach (var claim in dateClaims)
        {
            entries.Add(new GradedEntry(claim, nameof(DateClaim), claim.Confidence, claim.Sources));
        }

        foreach (var claim in factClaims)
        {
            entries.Add(new GradedEntry(claim, nameof(FactClaim), claim.Confidence, claim.Sources));
        }

        return entries;
    }
}
