using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace PhoneRules.Benchmarks;

/// <summary>
/// What a piece of work allocates, by type (<c>phonerules-bench alloc-probe</c>): the runtime's allocation-tick
/// events, one for about every 100 KB allocated, each naming the type of the object that crossed the mark and the bytes
/// since the last. Summed by type they are a sample of where the bytes go, close to the whole for the types that
/// allocate most; no profiler to install, and no time measured (the listener slows allocation down).
/// </summary>
internal sealed class AllocationProbe : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, (long Bytes, int Ticks)> _byType = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _listening;

    /// <summary>The sampled bytes by type, most first.</summary>
    public IReadOnlyList<(string Type, long Bytes, int Ticks)> ByType()
    {
        lock (_gate)
        {
            return _byType.Select(pair => (pair.Key, pair.Value.Bytes, pair.Value.Ticks)).OrderByDescending(row => row.Bytes).ThenBy(row => row.Key, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// Starts counting (allocations before this are not counted), once the runtime's events reach this listener: the
    /// runtime starts sending them a little after the listener asks, so this allocates until the first tick arrives
    /// (at most five seconds), then forgets it.
    /// </summary>
    public void Start()
    {
        lock (_gate)
        {
            _byType.Clear();
            _listening = true;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Ticks == 0 && clock.ElapsedMilliseconds < 5_000)
        {
            GC.KeepAlive(new byte[64 * 1024]);
            System.Threading.Thread.Sleep(10);
        }

        lock (_gate)
        {
            _byType.Clear();
        }
    }

    /// <summary>
    /// Stops counting, once the events of the work just done have arrived: the runtime hands them to listeners on a
    /// thread of its own, a little later, so this waits until no tick has come for half a second (at most five seconds).
    /// </summary>
    public void Stop()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = -1;
        while (clock.ElapsedMilliseconds < 5_000)
        {
            System.Threading.Thread.Sleep(500);
            var ticks = Ticks;
            if (ticks == last)
            {
                break;
            }

            last = ticks;
        }

        lock (_gate)
        {
            _listening = false;
        }
    }

    private int Ticks
    {
        get
        {
            lock (_gate)
            {
                return _byType.Values.Sum(value => value.Ticks);
            }
        }
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = Payload(eventData, "TypeName") as string ?? "?";
        var amount = Payload(eventData, "AllocationAmount64") is ulong big ? (long)big : Payload(eventData, "AllocationAmount") is uint small ? small : 0L;
        lock (_gate)
        {
            if (_listening)
            {
                var (bytes, ticks) = _byType.GetValueOrDefault(type);
                _byType[type] = (bytes + amount, ticks + 1);
            }
        }
    }

    private static object? Payload(EventWrittenEventArgs eventData, string name)
    {
        var index = eventData.PayloadNames!.IndexOf(name);
        return index >= 0 ? eventData.Payload![index] : null;
    }
}
