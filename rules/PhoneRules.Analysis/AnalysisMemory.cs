using System;
using System.Runtime;
using PhoneRules.Model;

namespace PhoneRules.Analysis;

/// <summary>
/// Lets a one-shot analysis of a large catalog run without garbage collections. Nearly everything an analysis
/// allocates (the engine's memory of every fact, the activations, the findings) lives until the analysis ends, so
/// a generational collector copies it from generation to generation: at 100,000 models and 1,000,000 sightings
/// the collections paused the analysis for more than half its time. <see cref="Reserve(CatalogData)"/> starts a no-GC region
/// sized for the catalog (the runtime commits that memory up front), when the machine has room for it.
/// </summary>
/// <remarks>
/// The region is process-wide and cannot nest: a host that runs analyses side by side (the language server,
/// <c>watch</c>) does not reserve. If an analysis allocates more than reserved, the runtime collects as usual.
/// </remarks>
public static class AnalysisMemory
{
    /// <summary>About what an analysis allocates per fact (model, lookup, match or claim); measured 3.5 KB.</summary>
    public const long BytesPerFact = 4_096;

    /// <summary>Below this estimate, collections cost little and the region is not worth its up-front commit.</summary>
    public const long MinimumReservation = 256L * 1024 * 1024;

    /// <summary>The share of the memory available to the process a reservation may take at most (one quarter).</summary>
    public const int AvailableShareDivisor = 4;

    /// <summary>What an analysis of <paramref name="catalog"/> is expected to allocate, in bytes.</summary>
    public static long Estimate(CatalogData catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        long facts = (long)catalog.Models.Count + catalog.ImeiLookups.Count + catalog.AppearanceMatches.Count + catalog.DateClaims.Count + catalog.FactClaims.Count;
        return facts * BytesPerFact;
    }

    /// <summary>
    /// Whether an estimate of <paramref name="bytes"/> is reserved when <paramref name="available"/> bytes are
    /// available to the process: at least <see cref="MinimumReservation"/>, at most a quarter of what is available.
    /// </summary>
    public static bool Worthwhile(long bytes, long available) =>
        bytes >= MinimumReservation && available > 0 && bytes <= available / AvailableShareDivisor;

    /// <summary>
    /// Starts a no-GC region for analysing <paramref name="catalog"/> when <see cref="Worthwhile"/>; disposing the
    /// result ends it. Returns a scope that does nothing when the catalog is small, memory is short, a region is
    /// already open, or the runtime refuses the size.
    /// </summary>
    public static IDisposable Reserve(CatalogData catalog) => Reserve(Estimate(catalog));

    /// <summary>
    /// Starts a no-GC region of <paramref name="bytes"/> for other one-shot work whose allocations live until it
    /// ends, such as reading the catalog that is about to be analysed; the same rules as <see cref="Reserve(CatalogData)"/>.
    /// </summary>
    public static IDisposable Reserve(long bytes)
    {
        if (!Worthwhile(bytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return Region.None;
        }

        try
        {
            return GC.TryStartNoGCRegion(bytes) ? new Region() : Region.None;
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's no-GC region can hold: analyse with collections.
            return Region.None;
        }
    }

    private sealed class Region : IDisposable
    {
        public static readonly IDisposable None = new Nothing();

        private bool _ended;

        public void Dispose()
        {
            if (_ended)
            {
                return;
            }

            _ended = true;

            // The runtime ends the region itself when the analysis allocated more than reserved (it then
            // collects as usual, and ending it again throws).
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                }
            }
        }

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
