using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace PhoneRules.Cli;

/// <summary>
/// <c>--timings</c>: how long each phase of a command took and how much memory the process held at its peak, one line
/// each on standard error, whether or not it is a terminal (the progress lines a terminal shows are for people; these
/// are for scripts and CI logs). The lines, in the order the phases end:
/// <code>
/// phonerules: timing: read 20345 ms
/// phonerules: timing: rules 0 ms
/// phonerules: timing: analysis 9120 ms
/// phonerules: timing: write 5012 ms
/// phonerules: timing: total 34512 ms (34601 ms since the process started), peak working set 3081 MiB
/// </code>
/// Numbers are whole milliseconds and mebibytes, culture-invariant; standard output is the same with or without them.
/// A command that fails has written the lines of the phases it finished, then its error, and no total. Where the
/// runtime cannot tell the peak working set (it reports none on macOS), the total says so instead of a number.
/// </summary>
internal sealed class Timings
{
    /// <summary>What every line starts with.</summary>
    public const string Prefix = "phonerules: timing: ";

    private readonly CliConsole? _console;
    private readonly Stopwatch _total = Stopwatch.StartNew();

    private Timings(CliConsole? console) => _console = console;

    /// <summary>The option, one instance per command.</summary>
    public static Option<bool> Option() => new("--timings")
    {
        Description = "Write how long each phase took (read, rules, analysis, write) and the process's peak working set to standard error, one 'phonerules: timing:' line each, terminal or not.",
    };

    /// <summary>Timings written to <paramref name="console"/>'s standard error when <paramref name="enabled"/>; else only kept (<see cref="LastMilliseconds"/>).</summary>
    public static Timings Start(CliConsole console, bool enabled) => new(enabled ? console : null);

    /// <summary>How long the phase that ended last took, timings on or not (the progress lines a terminal shows say it too).</summary>
    public long LastMilliseconds { get; private set; }

    /// <summary>Runs <paramref name="work"/> and, when timings are on, writes how long phase <paramref name="phase"/> took.</summary>
    public T Time<T>(string phase, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        var result = work();
        LastMilliseconds = (long)clock.Elapsed.TotalMilliseconds;
        if (_console is not null)
        {
            Write(phase + " " + Milliseconds(clock.Elapsed));
        }

        return result;
    }

    /// <summary>Runs <paramref name="work"/> and, when timings are on, writes how long phase <paramref name="phase"/> took.</summary>
    public void Time(string phase, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Time<object?>(phase, () =>
        {
            work();
            return null;
        });
    }

    /// <summary>When timings are on, writes the total since the command began, since the process started, and the peak working set.</summary>
    public void End()
    {
        if (_console is null)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        // In universal time: a local clock moves with daylight saving. Never below the command's own total.
        var sinceStart = DateTime.UtcNow - process.StartTime.ToUniversalTime();
        var total = _total.Elapsed;
        var peak = process.PeakWorkingSet64;
        var peakText = peak > 0 ? (peak / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB" : "unknown on this platform";
        Write($"total {Milliseconds(total)} ({Milliseconds(sinceStart > total ? sinceStart : total)} since the process started), peak working set {peakText}");
    }

    private static string Milliseconds(TimeSpan elapsed) => ((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";

    private void Write(string line) => _console!.Error.WriteLine(Prefix + line);
}
