using System;
using System.Diagnostics;
using PhoneRules.Analysis;

namespace PhoneRules.Benchmarks;

/// <summary>One timed run of the probes (<c>probe</c>, <c>floor-probe</c>): after a full collection, in a no-GC region when asked.</summary>
internal static class Measured
{
    /// <summary>
    /// Runs <paramref name="work"/> once and returns its result, its wall time and the bytes it allocated. With
    /// <paramref name="reserve"/> bytes (0: none) it runs in a no-GC region of that size, as the console's analysis does
    /// (<see cref="AnalysisMemory.Reserve(long)"/>, which declines what is too small or too large for the machine).
    /// </summary>
    public static (T Result, long Ms, long Bytes) Run<T>(Func<T> work, long reserve)
    {
        ArgumentNullException.ThrowIfNull(work);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var region = AnalysisMemory.Reserve(reserve);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        var ms = clock.ElapsedMilliseconds;
        return (result, ms, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
