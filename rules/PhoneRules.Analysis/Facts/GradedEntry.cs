using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// A catalog entry that grades its own support (a model, a lookup, a match, a claim), seen through one shape so
/// that PR014 can judge every kind alike. It is not a fact of its own: PR014 matches the entities the analysis
/// inserts anyway and reads their grade and sources through <see cref="Grades"/>, <see cref="GradeOf"/> and <see cref="SourcesOf"/>
/// (a second fact per entity was half of what the engine held at 100,000 models).
/// </summary>
/// <param name="Entity">The entry.</param>
/// <param name="Type">Its record type, as findings name it.</param>
/// <param name="Confidence">The confidence it gives itself.</param>
/// <param name="Sources">The sources it cites.</param>
public sealed record GradedEntry(ICatalogEntity Entity, string Type, Confidence Confidence, IReadOnlyList<Source> Sources)
{
    /// <summary>Whether <paramref name="entity"/>'s type grades its own support.</summary>
    public static bool Grades(ICatalogEntity entity) => View(entity, out _, out _, out _);

    /// <summary>The grade <paramref name="entity"/> gives itself.</summary>
    /// <exception cref="System.ArgumentException">When its type grades nothing (see <see cref="Grades"/>).</exception>
    public static Confidence GradeOf(ICatalogEntity entity) => View(entity, out _, out var confidence, out _)
        ? confidence
        : throw new System.ArgumentException($"A {entity.GetType().Name} grades nothing.", nameof(entity));

    /// <summary>The sources <paramref name="entity"/> cites for its grade; none when its type grades nothing.</summary>
    public static IReadOnlyList<Source> SourcesOf(ICatalogEntity entity) => View(entity, out _, out _, out var sources) ? sources : [];

    /// <summary><paramref name="entity"/> as a graded entry, or null when its type grades nothing.</summary>
    public static GradedEntry? Of(ICatalogEntity entity) =>
        View(entity, out var type, out var confidence, out var sources) ? new GradedEntry(entity, type, confidence, sources) : null;

    /// <summary>Every graded entry of <paramref name="catalog"/>, by type in file order.</summary>
    public static IReadOnlyList<GradedEntry> Of(CatalogData catalog)
    {
        System.ArgumentNullException.ThrowIfNull(catalog);
        var entries = new List<GradedEntry>();
        Add(entries, catalog.Models);
        Add(entries, catalog.ImeiLookups);
        Add(entries, catalog.AppearanceMatches);
        Add(entries, catalog.DateClaims);
        Add(entries, catalog.FactClaims);
        return entries;
    }

    private static void Add(List<GradedEntry> entries, IEnumerable<ICatalogEntity> entities)
    {
        foreach (var entity in entities)
        {
            entries.Add(Of(entity)!);
        }
    }

    // The one list of the record types that grade themselves, and where each keeps its grade and sources.
    private static bool View(ICatalogEntity entity, out string type, out Confidence confidence, out IReadOnlyList<Source> sources)
    {
        System.ArgumentNullException.ThrowIfNull(entity);
        (type, confidence, sources) = entity switch
        {
            PhoneModel model => (nameof(PhoneModel), model.Confidence, model.Sources),
            ImeiLookup lookup => (nameof(ImeiLookup), lookup.Confidence, lookup.Sources),
            AppearanceMatch match => (nameof(AppearanceMatch), match.Confidence, match.Sources),
            DateClaim claim => (nameof(DateClaim), claim.Confidence, claim.Sources),
            FactClaim claim => (nameof(FactClaim), claim.Confidence, claim.Sources),
            _ => (string.Empty, default(Confidence), (IReadOnlyList<Source>)[]),
        };
        return type.Length > 0;
    }
}
