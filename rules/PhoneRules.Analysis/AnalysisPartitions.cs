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
/// model's lookups, one model's date claims), so those subjects are dealt into partitions: models (with what
/// belongs to them) in catalog order, one to each partition in turn, sightings with their TAC groups by a hash of
/// the TAC, and reported foreign models' sightings by a hash of maker and model. Dealt, not cut into ranges:
/// findings cluster along the key and TAC order (a run of models of one year, one maker's TACs), and ranges gave
/// one partition a fifth more findings, so more work, than the other.
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
        /// <summary>The models dealt to this partition.</summary>
        public List<PhoneModel> Models { get; } = [];

        /// <summary>The appearance matches of those models.</summary>
        public List<AppearanceMatch> Matches { get; } = [];

        /// <summary>The date claims about those models.</summary>
        public List<DateClaim> Claims { get; } = [];

        /// <summary>Sightings whose TAC falls to this partition (and, in the first partition, those without an IMEI).</summary>
        public List<ImeiLookup> Lookups { get; } = [];

        /// <summary>The sightings of the reported foreign models that fall to this partition (of any TAC), in catalog order.</summary>
        public List<ImeiLookup> ForeignModelLookups { get; } = [];

        /// <summary>The TAC groups of this partition's sightings, which hold every sighting of their TACs; built on the partition's thread.</summary>
        public List<TacSightings> TacGroups() => CatalogIndex.GroupByTac(Lookups);

        /// <summary>This partition's share of the reported-foreign-model groups; built on the partition's thread.</summary>
        public List<ForeignModelSightings> ForeignModelGroups() => CatalogIndex.GroupByReportedModel(ForeignModelLookups);

        /// <summary>The fact claims about this partition's models (PR014 judges their grades here; PR013 reads every claim in the aggregate session).</summary>
        public List<FactClaim> FactClaims { get; } = [];
    }

    /// <summary>Cuts <paramref name="catalog"/> into <paramref name="count"/> partitions (it needs no index, so the index is built beside it).</summary>
    public static Partition[] Split(CatalogData catalog, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var home = catalog.Settings.DomesticCountry;
        var partitions = Enumerable.Range(0, count).Select(_ => new Partition()).ToArray();

        // Models in catalog order, one to each partition in turn.
        var partitionOf = new Dictionary<PhoneModel, int>(catalog.Models.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < catalog.Models.Count; i++)
        {
            partitionOf.Add(catalog.Models[i], i % count);
            partitions[i % count].Models.Add(catalog.Models[i]);
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

        // Sightings by a hash of the TAC, so one TAC's sightings, and so its group, share a partition; the
        // sightings of a reported foreign model by a hash of the maker and model, so each group is whole in one
        // partition. The groups are built on the partitions' threads, not here.
        foreach (var lookup in catalog.ImeiLookups)
        {
            partitions[lookup.Imei is { } imei ? TacPartition(imei.Tac, count) : 0].Lookups.Add(lookup);
            if (CatalogIndex.NamesForeignModel(lookup, home))
            {
                partitions[ReportedModelPartition(lookup.ReportedMaker, lookup.ReportedModel!, count)].ForeignModelLookups.Add(lookup);
            }
        }

        return partitions;
    }

    /// <summary>The partition of a reported foreign model's sightings: a hash (FNV-1a, the same in every process) of the maker's key and the model name.</summary>
    public static int ReportedModelPartition(Maker maker, string model, int count)
    {
        var hash = 2166136261u;
        foreach (var c in maker.Key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ '/') * 16777619u;
        foreach (var c in model)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)count);
    }

    /// <summary>
    /// The partition of a TAC's sightings: a multiplicative (Fibonacci) hash of the TAC, so neighbouring TACs, one
    /// maker's, land in different partitions.
    /// </summary>
    public static int TacPartition(Tac tac, int count) => (int)(((ulong)(uint)tac.Value * 0x9E3779B97F4A7C15UL >> 32) % (ulong)count);
}
