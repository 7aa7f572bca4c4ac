using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace PhoneRules.Cli.Output;

/// <summary>
/// The temporary files the console has not yet moved into place, deleted on every way out: the writer's
/// own <c>finally</c>, process exit, and SIGINT, SIGTERM and SIGHUP (after which the signal ends the process
/// as usual, so the shell sees 130 or 143).
/// </summary>
internal static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> s_paths = new(StringComparer.Ordinal);
    private static readonly Lazy<PosixSignalRegistration[]> s_handlers = new(Install);

    /// <summary>Records <paramref name="path"/> as a file to delete if the process ends before it is moved.</summary>
    public static void Register(string path)
    {
        _ = s_handlers.Value;
        s_paths[path] = 0;
    }

    /// <summary>Deletes <paramref name="path"/> if it still exists and forgets it.</summary>
    public static void Release(string path)
    {
        s_paths.TryRemove(path, out _);
        TryDelete(path);
    }

    /// <summary>Deletes every recorded file.</summary>
    public static void DeleteAll()
    {
        foreach (var path in s_paths.Keys)
        {
            Release(path);
        }
    }

    private static PosixSignalRegistration[] Install()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();

        // Cancel stays false: after the clean-up the signal has its usual effect and ends the process.
        return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal => PosixSignalRegistration.Create(signal, _ => DeleteAll()))];
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done on the way out; the name is unique and hidden (.name.*.tmp).
        }
    }
}
