using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Service;

/// <summary>
/// The long-lived analysis behind <c>phonerules lsp</c> (and a watch loop): the rules are compiled once per
/// process, each text goes through the console's own path from bytes to a document
/// (<see cref="CatalogSource.ReadMatching(byte[], string, ReaderLimits, CancellationToken, out CatalogReadResult, out IReadOnlyList{CatalogDiagnostic})"/>)
/// and then through <see cref="RuleRunner"/> as <c>analyze</c> runs it. Per path it keeps the latest result and the
/// last good one (a text with errors never replaces it), finds an unchanged text by its fingerprint, and cancels
/// the analysis of a text that a newer one of the same path has made stale. Thread-safe.
/// </summary>
public sealed class AnalysisService
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private int _analyses;

    /// <summary>Creates the service and starts compiling the rules on another thread.</summary>
    public AnalysisService()
        : this(ReaderLimits.Default)
    {
    }

    /// <summary>A service that reads every text within <paramref name="limits"/> (the console's <c>--limit</c>).</summary>
    public AnalysisService(ReaderLimits limits)
    {
        Limits = limits;
        RuleRunner.PrepareInBackground();
    }

    /// <summary>The reader limits every text is read within.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>How many texts were analysed (a text found unchanged by its fingerprint is not counted).</summary>
    public int AnalysisCount => _analyses;

    /// <summary>
    /// Analyses <paramref name="text"/> as the catalog at <paramref name="path"/>. Returns the latest result
    /// when the text is unchanged; cancels an analysis of the same path still running. Throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> or a newer text of
    /// the same path cancels this one. An unexpected failure is a PRG099 diagnostic, never an exception.
    /// </summary>
    public AnalysisResult Analyze(string path, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(path, Encoding.UTF8.GetBytes(text), text, cancellationToken);
    }

    /// <summary>
    /// Analyses the file content <paramref name="bytes"/> (as <c>phonerules watch</c> reads it) as the catalog at
    /// <paramref name="path"/>: bytes that are not UTF-8 get the console's PRG015. Otherwise as
    /// <see cref="Analyze(string, string, CancellationToken)"/>.
    /// </summary>
    public AnalysisResult Analyze(string path, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Analyze(path, bytes, Encoding.UTF8.GetString(bytes), cancellationToken);
    }

    private AnalysisResult Analyze(string path, byte[] bytes, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slot = _slots.GetOrAdd(path, _ => new Slot());
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Run run;
        lock (slot)
        {
            if (slot.Latest is { } latest && latest.Fingerprint == fingerprint)
            {
                return latest;
            }

            // The same text already being analysed: wait for that analysis rather than start it again.
            if (slot.Running is { } running && running.Fingerprint == fingerprint)
            {
                run = running;
            }
            else
            {
                slot.Running?.Cancellation.Cancel();
                run = slot.Running = new Run(fingerprint, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
                _ = Task.Run(() => Complete(slot, run, path, text, bytes), CancellationToken.None);
            }
        }

        return run.Result.Task.WaitAsync(cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>The result of the newest text analysed for <paramref name="path"/>, or null.</summary>
    public AnalysisResult? Latest(string path) => _slots.TryGetValue(path, out var slot) ? slot.Latest : null;

    /// <summary>The result of the newest valid text analysed for <paramref name="path"/>, or null.</summary>
    public AnalysisResult? LastGood(string path) => _slots.TryGetValue(path, out var slot) ? slot.LastGood : null;

    /// <summary>Forgets <paramref name="path"/> (an editor closed it), cancelling its analysis.</summary>
    public void Forget(string path)
    {
        if (_slots.TryRemove(path, out var slot))
        {
            lock (slot)
            {
                slot.Running?.Cancellation.Cancel();
            }
        }
    }

    private void Complete(Slot slot, Run run, string path, string text, byte[] bytes)
    {
        try
        {
            var result = Analyze(path, text, bytes, run.Fingerprint, run.Cancellation.Token);
            lock (slot)
            {
                run.Cancellation.Token.ThrowIfCancellationRequested();
                slot.Latest = result;
                if (result.IsGood)
                {
                    slot.LastGood = result;
                }
            }

            run.Result.SetResult(result);
        }
        catch (OperationCanceledException ex)
        {
            run.Result.SetCanceled(ex.CancellationToken);
        }
#pragma warning disable CA1031 // Whatever happens, the callers waiting for this analysis are answered.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            run.Result.SetException(ex);
        }
        finally
        {
            lock (slot)
            {
                if (slot.Running == run)
                {
                    slot.Running = null;
                }
            }

            run.Cancellation.Dispose();
        }
    }

    private AnalysisResult Analyze(string path, string text, byte[] bytes, string fingerprint, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _analyses);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var document = CatalogSource.ReadMatching(bytes, path, Limits, cancellationToken, out var read, out var diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            var schema = read.Schema;
            Func<DocumentIndex> index = schema is null ? () => DocumentIndex.Empty : () => DocumentIndex.Read(text, path, schema, Limits);
            IReadOnlyList<Finding> findings = [];
            if (document is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                findings = RuleRunner.Analyze(CatalogData.FromDocument(document));
            }

            return new AnalysisResult(path, fingerprint, text, diagnostics, findings, schema, document, index);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A long-lived service never dies of one text: the failure is reported as PRG099 at 1:1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var internalError = CatalogDiagnostic.Error(DiagnosticCodes.InternalError, $"internal error while analysing the catalog: {ex.GetType().Name}: {ex.Message}", path, SourceSpan.At(0, 1, 1));
            return new AnalysisResult(path, fingerprint, text, [internalError], [], null, null, () => DocumentIndex.Empty);
        }
    }

    private sealed class Slot
    {
        public AnalysisResult? Latest { get; set; }

        public AnalysisResult? LastGood { get; set; }

        public Run? Running { get; set; }
    }

    // One analysis of one text, which callers asking for the same text share.
    private sealed class Run(string fingerprint, CancellationTokenSource cancellation)
    {
        public string Fingerprint { get; } = fingerprint;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public TaskCompletionSource<AnalysisResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
