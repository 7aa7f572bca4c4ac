using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace PhoneRules.Benchmarks;

/// <summary>
/// What this machine charges for memory, apart from any code of ours (<c>phonerules-bench memory-probe</c>): the first
/// touch of fresh memory (each page the kernel hands over, and here the hypervisor behind it) against writing memory
/// already touched. A large analysis allocates gigabytes that live until it ends, all of it fresh memory, so this rate
/// bounds it from below (docs/performance.md, "twelfth pass").
/// </summary>
internal static class MemoryProbe
{
    private const int Page = 4096;

    /// <summary>Touches <paramref name="bytes"/> of fresh memory, one write a page, on <paramref name="threads"/> threads; then the same memory again.</summary>
    public static (double FreshGBps, double TouchedGBps) Measure(long bytes, int threads)
    {
        unsafe
        {
            var memory = (byte*)NativeMemory.Alloc((nuint)bytes);
            try
            {
                var fresh = Time(memory, bytes, threads);
                var touched = Time(memory, bytes, threads);
                return (bytes / 1e9 / fresh.TotalSeconds, bytes / 1e9 / touched.TotalSeconds);
            }
            finally
            {
                NativeMemory.Free(memory);
            }
        }
    }

    private static unsafe TimeSpan Time(byte* memory, long bytes, int threads)
    {
        var address = (nint)memory;
        var share = bytes / threads;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            var start = (byte*)address + (thread * share);
            for (long offset = 0; offset < share; offset += Page)
            {
                start[offset]++;
            }
        });
        return clock.Elapsed;
    }
}
