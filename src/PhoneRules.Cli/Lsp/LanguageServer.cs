using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Cli.Service;
using PhoneRules.Schema;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// <c>phonerules lsp</c>: a Language Server Protocol server over a pair of streams (standard input and output),
/// on the <see cref="AnalysisService"/>. Each opened catalog is analysed on open and, after a short pause, on
/// each change (a newer change cancels the analysis of an older one); its diagnostics are published with the
/// document's version. Requests are answered from the newest analysis whose YAML could be read, findings from
/// the last valid one. No message a client sends, and no failure inside a request, ends the server: a malformed
/// message is dropped, an internal error is logged to the client (<c>window/logMessage</c>) and serving goes on.
/// </summary>
public sealed class LanguageServer
{
    private readonly AnalysisService _service;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private bool _shutdown;

    /// <summary>Creates a server; <paramref name="debounce"/> is the pause after a change before it is analysed.</summary>
    public LanguageServer(AnalysisService service, TimeSpan debounce, long maxFrameBytes)
    {
        _service = service;
        Debounce = debounce;
        MaxFrameBytes = maxFrameBytes;
    }

    /// <summary>Why serving needs a runtime that makes code: StreamJsonRpc binds the protocol's methods and types by reflection.</summary>
    internal const string NeedsRuntimeCode = "StreamJsonRpc binds the protocol's methods and (de)serializes its types by reflection, making code at run time.";

    /// <summary>The pause after a change before it is analysed (a newer change restarts it).</summary>
    public TimeSpan Debounce { get; }

    /// <summary>The largest message read: four times the catalog size limit, so an oversized catalog still arrives and gets its PRG013.</summary>
    public long MaxFrameBytes { get; }

    /// <summary>For tests: a request method for which the server fails inside, as a bug would.</summary>
    internal string? FailInside { get; set; }

    /// <summary>Serves until the client sends <c>exit</c> or closes the input. Returns 0 after shutdown and exit, else 1.</summary>
    [RequiresUnreferencedCode(NeedsRuntimeCode)]
    [RequiresDynamicCode(NeedsRuntimeCode)]
    public async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        var pipe = new Pipe();
        var framing = new LspFraming(input, pipe.Writer, MaxFrameBytes);
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        using var rpc = new Rpc(new HeaderDelimitedMessageHandler(output, pipe.Reader.AsStream(), formatter));
        _rpc = rpc;
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.AddLocalRpcTarget(new LspEndpoints(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false });
        framing.Log = message => Log(MessageType.Warning, message);
        rpc.StartListening();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = framing.RunAsync(stop.Token);
        await Task.WhenAny(rpc.Completion, _exit.Task, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        foreach (var document in _documents.Values)
        {
            document.Cancel();
        }

        // After exit the input may stay open (a read of standard input does not heed cancellation): the process
        // ends without waiting for it. After the input ended the framing has finished already.
        if (!_exit.Task.IsCompleted)
        {
            await reading.ConfigureAwait(false);
        }

        return _shutdown && _exit.Task.IsCompleted ? 0 : 1;
    }

    internal InitializeResult Initialize() => new(
        new ServerCapabilities(
            new TextDocumentSyncOptions(OpenClose: true, Change: 1),
            HoverProvider: true,
            new CompletionOptions([":", " ", "[", ",", "-"]),
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentSymbolProvider: true,
            new CodeActionOptions(["quickfix"]),
            RenameProvider: true),
        new ServerInfo("phonerules", CatalogSource.VersionWithCommit));

    internal void Shutdown() => _shutdown = true;

    internal void Exit() => _exit.TrySetResult();

    internal void Opened(TextDocumentItem item)
    {
        var document = new OpenDocument(item.Uri, PathOf(item.Uri));
        document.Update(item.Version, item.Text ?? string.Empty);
        _documents[item.Uri] = document;
        Schedule(document, TimeSpan.Zero);
    }

    internal void Changed(DidChangeTextDocumentParams change)
    {
        if (_documents.TryGetValue(change.TextDocument.Uri, out var document)
            && document.Update(change.TextDocument.Version, LspText.Apply(document.Text, change.ContentChanges ?? [])))
        {
            Schedule(document, Debounce);
        }
    }

    internal void Closed(string uri)
    {
        if (_documents.TryRemove(uri, out var document))
        {
            document.Cancel();
            _service.Forget(document.Path);
            Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
        }
    }

    /// <summary>
    /// Runs a request's work on the document's newest analysis (made now when the text changed since), with the
    /// index of the newest text whose YAML could be read and the last valid result. An unexpected failure is
    /// logged to the client and answered with <paramref name="fallback"/>.
    /// </summary>
    internal T With<T>(string method, string uri, Func<Snapshot, T> work, T fallback)
    {
        try
        {
            if (FailInside == method)
            {
                throw new InvalidOperationException("a failure injected by a test");
            }

            if (!_documents.TryGetValue(uri, out var document))
            {
                return fallback;
            }

            var (version, text, current) = AnalyzeNewest(document);
            Publish(document, version, current);
            var good = _service.LastGood(document.Path);
            var readable = current.Index.Entities.Count > 0 || good is null ? current : good;
            return work(new Snapshot(uri, readable.Text, text, ReferenceEquals(readable, current), readable.Index, current.Schema ?? good?.Schema, good?.Findings ?? []));
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug in one request never ends the server: it is logged and serving goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log(MessageType.Error, $"internal error in {method}: {ex.GetType().Name}: {ex.Message} (please report this)");
            return fallback;
        }
    }

    // The analysis of the document's newest text: one that a newer text cancels is done again with that text.
    private (int Version, string Text, AnalysisResult Result) AnalyzeNewest(OpenDocument document)
    {
        while (true)
        {
            var (version, text) = document.Current;
            try
            {
                return (version, text, _service.Analyze(document.Path, text));
            }
            catch (OperationCanceledException) when (document.Current.Version != version || !document.IsOpen)
            {
                if (!document.IsOpen)
                {
                    throw;
                }
            }
            catch (OperationCanceledException)
            {
                // The background analysis this request joined was stopped for its own reasons: analyse here.
            }
        }
    }

    private void Schedule(OpenDocument document, TimeSpan delay)
    {
        var token = document.Restart();
        var (version, text) = document.Current;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, token).ConfigureAwait(false);
                    }

                    Publish(document, version, _service.Analyze(document.Path, text, token));
                }
                catch (OperationCanceledException)
                {
                    // A newer text made this one stale.
                }
#pragma warning disable CA1031 // See With: logged, and serving goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Log(MessageType.Error, $"internal error while analysing {document.Path}: {ex.GetType().Name}: {ex.Message} (please report this)");
                }
            },
            CancellationToken.None);
    }

    private void Publish(OpenDocument document, int version, AnalysisResult result)
    {
        if (document.ShouldPublish(version, result.Fingerprint))
        {
            Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, version, LspDiagnostics.Of(result)));
        }
    }

    private void Log(int type, string message) => Notify("window/logMessage", new LogMessageParams(type, LspText.Plain(message)));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A message is sent only over the connection RunAsync opened, which requires code made at run time already.")]
    private void Notify(string method, object parameters)
    {
        if (_rpc is not { IsDisposed: false } rpc)
        {
            return;
        }

        _ = rpc.NotifyWithParameterObjectAsync(method, parameters).ContinueWith(
            static t => _ = t.Exception, // a client that went away cannot be told; serving ends with its input
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }

    // The document's own path (or its URI when it is no file): two catalog.yaml files open from different folders
    // are two documents to the analysis service.
    private static string PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile && parsed.LocalPath.Length > 0 ? parsed.LocalPath : uri;

    /// <summary>What a request works on: the text the index was made of, the client's current text (the same when <c>IsCurrent</c>), and the last valid findings.</summary>
    internal sealed record Snapshot(string Uri, string Text, string CurrentText, bool IsCurrent, DocumentIndex Index, PhoneRules.Schema.CatalogSchema? Schema, System.Collections.Generic.IReadOnlyList<PhoneRules.Analysis.Findings.Finding> Findings);

    // Error responses carry the message alone: no exception type or stack trace goes to the client.
    private sealed class Rpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
    {
        protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
        {
            var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : exception;
            return new JsonRpcError.ErrorDetail
            {
                Code = inner switch
                {
                    LocalRpcException local => (JsonRpcErrorCode)local.ErrorCode,
                    JsonException => JsonRpcErrorCode.InvalidParams,
                    _ => JsonRpcErrorCode.InvocationError,
                },
                Message = LspText.Plain(inner.Message),
            };
        }
    }

    private sealed class OpenDocument(string uri, string path)
    {
        private readonly Lock _lock = new();
        private CancellationTokenSource? _pending;
        private (int Version, string Fingerprint)? _published;
        private int _version = int.MinValue;
        private string _text = string.Empty;

        public string Uri { get; } = uri;

        public string Path { get; } = path;

        public string Text
        {
            get
            {
                lock (_lock)
                {
                    return _text;
                }
            }
        }

        public (int Version, string Text) Current
        {
            get
            {
                lock (_lock)
                {
                    return (_version, _text);
                }
            }
        }

        // A change older than the text held is ignored (the client's versions only grow).
        public bool Update(int version, string text)
        {
            lock (_lock)
            {
                if (version < _version)
                {
                    return false;
                }

                (_version, _text) = (version, text);
                return true;
            }
        }

        public CancellationToken Restart()
        {
            lock (_lock)
            {
                // Not disposed: the analysis it cancels may still be linking to its token.
                _pending?.Cancel();
                _pending = new CancellationTokenSource();
                return _pending.Token;
            }
        }

        public bool IsOpen { get; private set; } = true;

        public void Cancel()
        {
            lock (_lock)
            {
                IsOpen = false;
                _pending?.Cancel();
            }
        }

        // Each version's diagnostics once, and never those of a version older than the text held.
        public bool ShouldPublish(int version, string fingerprint)
        {
            lock (_lock)
            {
                if (version != _version || _published == (version, fingerprint))
                {
                    return false;
                }

                _published = (version, fingerprint);
                return true;
            }
        }
    }
}
