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

    /// <summary>
    /// Milliseconds the runtime's thread waits on each tick before it is counted (0: none). Tests set it to make the
    /// ticks as late as a loaded machine makes them.
    /// </summary>
    internal int HandOverDelayMs { get; set; }

    /// <summary>The sampled bytes by type, most first.</summary>
    public IReadOnlyList<(string Type, long Bytes, int Ticks)> ByType()
    {
        lock (_gate)
        {
            return _byType.Select(pair => (pair.Key, pair.Value.Bytes, pair.Value.Ticks)).OrderByDescending(row => row.Bytes).ThenBy(row => row.Key, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// Starts counting: allocations before this are not counted, even those whose ticks the runtime has yet to hand
    /// over (see <see cref="AwaitMark"/>).
    /// </summary>
    public void Start()
    {
        lock (_gate)
        {
            _byType.Clear();
            _listening = true;
        }

        AwaitMark(() => new StartMark[MarkLength], StartMarkType);
        lock (_gate)
        {
            _byType.Clear();
        }
    }

    /// <summary>Stops counting, once every tick of the work done before this call has arrived (see <see cref="AwaitMark"/>).</summary>
    public void Stop()
    {
        AwaitMark(() => new StopMark[MarkLength], StopMarkType);
        lock (_gate)
        {
            _listening = false;
            _byType.Remove(StopMarkType);
        }
    }

    // A mark's array: 64 KB, so a few of them cross the runtime's 100 KB tick.
    private const int MarkLength = 8 * 1024;

    // How the runtime names the marks' arrays in its ticks (without the namespace or the enclosing class).
    private const string StartMarkType = nameof(StartMark) + "[]";
    private const string StopMarkType = nameof(StopMark) + "[]";

    // The longest wait for a mark's tick: the events are late by milliseconds, but a loaded machine may starve the
    // thread that hands them over.
    private const int MarkTimeoutMs = 60_000;

    /// <summary>
    /// Allocates marks until a tick naming the mark's type arrives. The runtime hands its events to listeners on a
    /// thread of its own, a little after it raised them (the first of them a little after the listener asked), and in
    /// the order it raised them: once the mark's tick is here, every tick of the work before it is too. Waiting for a
    /// quiet half second instead (as this did) let a late tick of earlier work be counted now and then.
    /// </summary>
    private void AwaitMark(Func<Array> mark, string markType)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!Seen(markType))
        {
            if (clock.ElapsedMilliseconds > MarkTimeoutMs)
            {
                throw new InvalidOperationException($"the runtime's allocation ticks did not arrive within {MarkTimeoutMs / 1_000} s");
            }

            GC.KeepAlive(mark());
            System.Threading.Thread.Sleep(1);
        }
    }

    private bool Seen(string type)
    {
        lock (_gate)
        {
            return _byType.ContainsKey(type);
        }
    }

    private sealed class StartMark;

    private sealed class StopMark;

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

        if (HandOverDelayMs > 0)
        {
            System.Threading.Thread.Sleep(HandOverDelayMs);
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
