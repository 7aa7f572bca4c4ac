using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// One fact per session that groups the catalog by model, series and year. Rules join a subject with this
/// single fact instead of with every other fact: NRules 1.0 evaluates a join between two fact types as a
/// nested loop, so a rule that matched every lookup against every model would grow with their product
/// (see docs/performance.md). Grouping is all it does; the rules make every judgement.
/// </summary>
public sealed class CatalogIndex
{
    private static readonly MakerModelComparer s_makerModel = new();

    private readonly Grouped<PhoneModel, ImeiLookup> _lookups;
    private readonly Grouped<PhoneModel, AppearanceMatch> _matches;
    private readonly Grouped<PhoneModel, DateClaim> _claims;
    private readonly Grouped<Series, PhoneModel> _modelsBySeries;

    /// <summary>Groups <paramref name="catalog"/>.</summary>
    public CatalogIndex(CatalogData catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _lookups = Grouped<PhoneModel, ImeiLookup>.By(catalog.ImeiLookups, included: null, static lookup => lookup.Model, ReferenceEqualityComparer.Instance);
        _matches = Grouped<PhoneModel, AppearanceMatch>.By(catalog.AppearanceMatches, included: null, static match => match.Model, ReferenceEqualityComparer.Instance);
        _claims = Grouped<PhoneModel, DateClaim>.By(catalog.DateClaims, included: null, static claim => claim.Model, ReferenceEqualityComparer.Instance);
        _modelsBySeries = Grouped<Series, PhoneModel>.By(catalog.Models, included: null, static model => model.Series, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The sightings with a reported (not illustrative) IMEI grouped by TAC, in order of first appearance.</summary>
    public IReadOnlyList<TacSightings> GroupByTac() => GroupByTac(Catalog);

    /// <summary>As <see cref="GroupByTac()"/>, of <paramref name="catalog"/> (no index needed).</summary>
    internal static IReadOnlyList<TacSightings> GroupByTac(CatalogData catalog) => GroupByTac(catalog.ImeiLookups);

    /// <summary>As <see cref="GroupByTac()"/>, of these lookups (a partition's, which hold every lookup of their TACs).</summary>
    internal static List<TacSightings> GroupByTac(IReadOnlyList<ImeiLookup> lookups)
    {
        var groups = Grouped<Tac, ImeiLookup>.By(lookups, static lookup => lookup.Imei is not null && !lookup.Illustrative, static lookup => lookup.Imei!.Value.Tac, comparer: null);
        var result = new List<TacSightings>(groups.Keys.Count);
        for (var i = 0; i < groups.Keys.Count; i++)
        {
            result.Add(Group(groups.Keys[i], groups[i]));
        }

        return result;
    }

    /// <summary>
    /// The lookups that name a foreign maker and a model, grouped by that maker and model name (ordinal), in
    /// order of first appearance. Illustrative IMEIs are kept: the lookup's result, not the number, is the
    /// sourced fact.
    /// </summary>
    public IReadOnlyList<ForeignModelSightings> GroupByReportedModel() => GroupByReportedModel(Catalog);

    /// <summary>As <see cref="GroupByReportedModel()"/>, of <paramref name="catalog"/> (no index needed).</summary>
    internal static IReadOnlyList<ForeignModelSightings> GroupByReportedModel(CatalogData catalog)
    {
        var home = catalog.Settings.DomesticCountry;
        return GroupByReportedModel(catalog.ImeiLookups.Where(lookup => NamesForeignModel(lookup, home)));
    }

    /// <summary>Whether a lookup names a foreign maker and a model: whether <see cref="GroupByReportedModel()"/> counts it.</summary>
    internal static bool NamesForeignModel(ImeiLookup lookup, CountryCode home) =>
        lookup.ReportedModel is not null && lookup.ReportedMaker.Country != home;

    /// <summary>
    /// As <see cref="GroupByReportedModel()"/>, of these lookups, each of which names a foreign model
    /// (<see cref="NamesForeignModel"/>): the catalog's, or a partition's share, which holds every lookup of its groups.
    /// </summary>
    internal static List<ForeignModelSightings> GroupByReportedModel(IEnumerable<ImeiLookup> foreignLookups)
    {
        var groups = Grouped<(Maker, string), ImeiLookup>.By(foreignLookups, included: null, static lookup => (lookup.ReportedMaker, lookup.ReportedModel!), s_makerModel);
        var result = new List<ForeignModelSightings>(groups.Keys.Count);
        for (var i = 0; i < groups.Keys.Count; i++)
        {
            var (maker, model) = groups.Keys[i];
            result.Add(new ForeignModelSightings(maker, model, groups[i], DistinctModels(groups[i])));
        }

        return result;
    }

    /// <summary>A group of sightings of one TAC, with its count of distinct models.</summary>
    public static TacSightings Group(Tac tac, IReadOnlyList<ImeiLookup> lookups)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        return new TacSightings(tac, lookups, DistinctModels(lookups));
    }

    // How many distinct models (by reference) the lookups name. Most groups hold a few lookups of one model:
    // those are counted by comparing with the earlier ones, without a set per group.
    internal static int DistinctModels(IReadOnlyList<ImeiLookup> lookups)
    {
        if (lookups.Count > 16)
        {
            var set = new HashSet<PhoneModel>(ReferenceEqualityComparer.Instance);
            foreach (var lookup in lookups)
            {
                set.Add(lookup.Model);
            }

            return set.Count;
        }

        var distinct = 0;
        for (var i = 0; i < lookups.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = ReferenceEquals(lookups[j].Model, lookups[i].Model);
            }

            distinct += seen ? 0 : 1;
        }

        return distinct;
    }

    /// <summary>The catalog indexed.</summary>
    public CatalogData Catalog { get; }

    /// <summary>The settings (rule thresholds).</summary>
    public CatalogSettings Settings => Catalog.Settings;

    /// <summary>The catalog file, for finding locations.</summary>
    public string SourcePath => Catalog.SourcePath;

    /// <summary>The IMEI lookups of <paramref name="model"/>, in file order.</summary>
    public IReadOnlyList<ImeiLookup> LookupsOf(PhoneModel model) => _lookups.Of(model);

    /// <summary>The appearance matches of <paramref name="model"/>, in file order.</summary>
    public IReadOnlyList<AppearanceMatch> MatchesOf(PhoneModel model) => _matches.Of(model);

    /// <summary>The date claims about <paramref name="model"/>, in file order.</summary>
    public IReadOnlyList<DateClaim> ClaimsAbout(PhoneModel model) => _claims.Of(model);

    /// <summary>The models of <paramref name="series"/>, in file order.</summary>
    public IReadOnlyList<PhoneModel> ModelsOf(Series series) => _modelsBySeries.Of(series);

    /// <summary>China-DPRK (or other) trade records for <paramref name="year"/>.</summary>
    public IReadOnlyList<TradeYear> TradeIn(int year) => Catalog.TradeYears.Where(t => t.Year == year).ToList();

    /// <summary>Context events of <paramref name="kind"/> in <paramref name="year"/>.</summary>
    public IReadOnlyList<ContextEvent> EventsIn(int year, ContextKind kind) => Catalog.ContextEvents.Where(e => e.Date.Year == year && e.Kind == kind).ToList();

    private sealed class MakerModelComparer : IEqualityComparer<(Maker Maker, string Model)>
    {
        public bool Equals((Maker Maker, string Model) x, (Maker Maker, string Model) y) =>
            ReferenceEquals(x.Maker, y.Maker) && string.Equals(x.Model, y.Model, StringComparison.Ordinal);

        public int GetHashCode((Maker Maker, string Model) obj) =>
            HashCode.Combine(ReferenceEqualityComparer.Instance.GetHashCode(obj.Maker), StringComparer.Ordinal.GetHashCode(obj.Model));
    }
}
