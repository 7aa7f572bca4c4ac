using System;
using System.Runtime;
using System.Threading;
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
/// <c>watch</c>) does not reserve, and while one reservation's scope is open every other reservation does nothing
/// (it never throws, and never ends a region it did not start). If an analysis allocates more than reserved, or
/// anything else in the process collects, the runtime collects as usual.
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
    /// result ends it. Returns a scope that does nothing when the catalog is small, memory is short, another
    /// reservation's scope is open, a region is already open, or the runtime refuses the size.
    /// </summary>
    public static IDisposable Reserve(CatalogData catalog) => Reserve(Estimate(catalog));

    /// <summary>
    /// Starts a no-GC region of <paramref name="bytes"/> for other one-shot work whose allocations live until it
    /// ends, such as reading the catalog that is about to be analysed; the same rules as <see cref="Reserve(CatalogData)"/>.
    /// </summary>
    public static IDisposable Reserve(long bytes) => Reserve(bytes, GC.TryStartNoGCRegion);

    /// <summary><see cref="Reserve(long)"/> with the runtime's start of a region given (tests give one that refuses or throws).</summary>
    internal static IDisposable Reserve(long bytes, Func<long, bool> start)
    {
        if (!Worthwhile(bytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return Region.None;
        }

        // One reservation at a time in the process: the scope that holds the slot is the only one that ends a region,
        // so a scope never ends a region it did not start.
        var region = new Region();
        if (Interlocked.CompareExchange(ref s_holder, region, null) is not null)
        {
            return Region.None;
        }

        try
        {
            if (start(bytes))
            {
                return region;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's no-GC region can hold: analyse with collections.
        }
        catch (InvalidOperationException)
        {
            // A region this class did not start is open (code elsewhere in the process called the runtime itself).
        }

        // Refused (the runtime found too little memory, or threw): the slot is free for the next reservation.
        Volatile.Write(ref s_holder, null);
        return Region.None;
    }

    // The scope of the reservation whose region may be open, or null.
    private static Region? s_holder;

    private sealed class Region : IDisposable
    {
        public static readonly IDisposable None = new Nothing();

        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0)
            {
                return;
            }

            // Always ended, whether or not the latency mode still says it is in force. The runtime stops a region
            // when the work allocates more than reserved or anything in the process collects, and usually forgets it
            // then; but CI saw it remember one: a test whose region's scope had found the mode back to normal (and so
            // skipped this call) was followed by a reservation that threw "The NoGCRegion mode was already in
            // progress", with no other region started in the process. Ending it clears the runtime's record. When the
            // runtime has forgotten the region, this call throws instead, which tells this scope nothing it needs.
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
            }
            finally
            {
                Volatile.Write(ref s_holder, null);
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
