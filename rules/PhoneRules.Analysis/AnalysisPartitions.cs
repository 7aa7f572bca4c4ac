using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Rules;
using PhoneRules.Analysis.Rules.Support;
using PhoneRules.Model;

namespace PhoneRules.Analysis;

/// <summary>
/// Splits one analysis into sessions that can run on separate cores with the same findings as one session.
/// Every rule except the few listed in <see cref="CrossPartitionRules"/> reads one subject at a time (a model
/// with what <see cref="CatalogIndex"/> groups under it, a sighting, one TAC's sightings, one reported foreign
/// model's lookups, one model's date claims), so those subjects are cut into partitions: models and what
/// belongs to them by key range, sightings and TAC groups by TAC range, reported-model groups by their order.
/// The cross-partition rules (release counts per year and the droughts they show, exhibitions per year,
/// stated counts per series, the claims about names and makers and the grades of every entry, which read the
/// whole catalog from the index) run once, in a session of their own, over the models, exhibitions and series
/// counts: the facts they aggregate.
/// </summary>
internal static class AnalysisPartitions
{
    /// <summary>The rules that read across partitions; they run in the aggregate session only.</summary>
    public static IReadOnlyList<Type> CrossPartitionRules { get; } =
    [
        typeof(AnalysisYearsRule),
        typeof(ReleaseCountRule),
        typeof(PR003ReleaseDroughtRule),
        typeof(PR006DroughtContextRule),
        typeof(PR007ExhibitionSilenceRule),
        typeof(PR010CountMismatchRule),
        typeof(PR013FactConflictRule),
    ];

    /// <summary>
    /// The fewest models and lookups worth a partition of their own: below it, a session costs more to start
    /// (and, in a new process, to compile and jit) than it saves.
    /// </summary>
    public const int MinFactsPerPartition = 5_000;

    /// <summary>The partitions an analysis uses by default: one per core, but none smaller than <see cref="MinFactsPerPartition"/> facts.</summary>
    public static int DefaultCount(int facts, int cores) => Math.Clamp(facts / MinFactsPerPartition, 1, Math.Max(1, cores));

    /// <summary>The facts of one partition session, besides the shared <see cref="CatalogIndex"/>.</summary>
    public sealed class Partition
    {
        /// <summary>Models in this partition's key range.</summary>
        public List<PhoneModel> Models { get; } = [];

        /// <summary>The appearance matches of those models.</summary>
        public List<AppearanceMatch> Matches { get; } = [];

        /// <summary>The date claims about those models.</summary>
        public List<DateClaim> Claims { get; } = [];

        /// <summary>Sightings in this partition's TAC range (and, in the first partition, those without an IMEI).</summary>
        public List<ImeiLookup> Lookups { get; } = [];

        /// <summary>The TAC groups in this partition's TAC range.</summary>
        public List<TacSightings> TacGroups { get; } = [];

        /// <summary>This partition's share of the reported-foreign-model groups.</summary>
        public List<ForeignModelSightings> ForeignModelGroups { get; } = [];

        /// <summary>The fact claims about this partition's models (their graded entries live here; PR013 reads every claim in the aggregate session).</summary>
        public List<FactClaim> FactClaims { get; } = [];

        /// <summary>
        /// The graded entries of this partition's models, lookups, matches and claims, for PR014; built when the
        /// partition's session starts, on its own thread.
        /// </summary>
        public List<GradedEntry> GradedEntries() => GradedEntry.Of(Models, Lookups, Matches, Claims, FactClaims);
    }

    /// <summary>Cuts <paramref name="catalog"/> into <paramref name="count"/> partitions (it needs no index, so the index is built beside it).</summary>
    public static Partition[] Split(CatalogData catalog, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var partitions = Enumerable.Range(0, count).Select(_ => new Partition()).ToArray();

        // Models by key range: the ordinal key order cut into equal runs.
        var byKey = catalog.Models.ToArray();
        Array.Sort(byKey, static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        var partitionOf = new Dictionary<PhoneModel, int>(byKey.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < byKey.Length; i++)
        {
            var part = (int)((long)i * count / byKey.Length);
            partitionOf.Add(byKey[i], part);
        }

        foreach (var model in catalog.Models)
        {
            partitions[partitionOf[model]].Models.Add(model);
        }

        foreach (var match in catalog.AppearanceMatches)
        {
            partitions[partitionOf.TryGetValue(match.Model, out var part) ? part : 0].Matches.Add(match);
        }

        foreach (var claim in catalog.DateClaims)
        {
            partitions[partitionOf.TryGetValue(claim.Model, out var part) ? part : 0].Claims.Add(claim);
        }

        foreach (var claim in catalog.FactClaims)
        {
            partitions[partitionOf.TryGetValue(claim.Model, out var part) ? part : 0].FactClaims.Add(claim);
        }

        // Sightings by TAC range: boundaries from every 64th TAC, so the ranges hold about equal numbers.
        var bounds = TacBounds(catalog.ImeiLookups, count);
        foreach (var lookup in catalog.ImeiLookups)
        {
            partitions[lookup.Imei is { } imei ? TacPartition(bounds, imei.Tac) : 0].Lookups.Add(lookup);
        }

        foreach (var group in CatalogIndex.GroupByTac(catalog))
        {
            partitions[TacPartition(bounds, group.Tac)].TacGroups.Add(group);
        }

        var foreign = CatalogIndex.GroupByReportedModel(catalog);
        for (var i = 0; i < foreign.Count; i++)
        {
            partitions[(int)((long)i * count / foreign.Count)].ForeignModelGroups.Add(foreign[i]);
        }

        return partitions;
    }

    // The upper bounds (exclusive) of the first count - 1 TAC ranges.
    private static int[] TacBounds(IReadOnlyList<ImeiLookup> lookups, int count)
    {
        var sample = new List<int>();
        for (var i = 0; i < lookups.Count; i += 64)
        {
            if (lookups[i].Imei is { } imei)
            {
                sample.Add(imei.Tac.Value);
            }
        }

        sample.Sort();
        return sample.Count == 0
            ? []
            : Enumerable.Range(1, count - 1).Select(part => sample[(int)((long)part * sample.Count / count)]).ToArray();
    }

    private static int TacPartition(int[] bounds, Tac tac)
    {
        var part = 0;
        while (part < bounds.Length && tac.Value >= bounds[part])
        {
            part++;
        }

        return part;
    }
}
