using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using PhoneRules.Cli.Commands;
using PhoneRules.Cli.Lsp;
using PhoneRules.Cli.Service;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Tests.Lsp;

/// <summary>
/// A client of its own, in process: it frames JSON-RPC by hand over a pair of pipes to a <see cref="LanguageServer"/>,
/// so tests can send anything, byte for byte, and read every notification. Waits have a generous upper bound
/// that only keeps a broken server from hanging the run; no test asserts on time.
/// </summary>
internal sealed class LspHarness : IAsyncDisposable
{
    public const string Uri = "file:///catalogs/catalog.yaml";

    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(120);
    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<JsonElement> _notifications = Channel.CreateUnbounded<JsonElement>();
    private readonly ConcurrentQueue<JsonElement> _seen = new();
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly Task _reading;
    private int _id;

    public LspHarness(Action<LanguageServer>? configure = null)
    {
        Server = new LanguageServer(new AnalysisService(Limits), LspCommand.Debounce, LspCommand.MaxFrameBytesFor(Limits));
        configure?.Invoke(Server);
        Running = Task.Run(() => Server.RunAsync(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(), CancellationToken.None));
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>
    /// The limits the harness's server reads with (as `phonerules lsp --limit max-file-bytes=4194304` would): room
    /// for the shipped catalog, small enough that a document and a frame over them fit in a test's memory.
    /// </summary>
    public static ReaderLimits Limits { get; } = ReaderLimits.Default with { MaxFileBytes = 4 << 20 };

    public LanguageServer Server { get; }

    /// <summary>The server's run: its exit code once it stops.</summary>
    public Task<int> Running { get; }

    /// <summary>Every window/logMessage seen so far (messages are read as they are awaited).</summary>
    public IReadOnlyList<JsonElement> Logs => [.. _seen.Where(n => n.GetProperty("method").GetString() == "window/logMessage").Select(n => n.GetProperty("params"))];

    /// <summary>The versions of every publishDiagnostics seen so far, in the order they arrived.</summary>
    public IReadOnlyList<int> PublishedVersions => [.. _seen.Where(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics").Select(n => n.GetProperty("params")).Where(p => p.TryGetProperty("version", out _)).Select(p => p.GetProperty("version").GetInt32())];

    public static async Task<LspHarness> StartAsync(Action<LanguageServer>? configure = null)
    {
        var harness = new LspHarness(configure);
        await harness.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } });
        await harness.NotifyAsync("initialized", new { });
        return harness;
    }

    public async Task<JsonElement> RequestAsync(string method, object? parameters)
    {
        var response = await RequestRawAsync(method, parameters);
        if (response.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }

        return response.GetProperty("result");
    }

    public async Task<JsonElement> RequestRawAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _id);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        await SendAsync(new { jsonrpc = "2.0", id, method, @params = parameters });
        return await done.Task.WaitAsync(s_hangGuard);
    }

    public Task NotifyAsync(string method, object? parameters) => SendAsync(new { jsonrpc = "2.0", method, @params = parameters });

    public Task SendAsync(object message) => SendFrameAsync(JsonSerializer.SerializeToUtf8Bytes(message));

    public Task SendFrameAsync(byte[] body) => SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);

    public async Task SendRawAsync(byte[] bytes)
    {
        await _write.WaitAsync();
        try
        {
            await _toServer.Writer.WriteAsync(bytes);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Closes the client's side, as a client that went away.</summary>
    public Task DisconnectAsync() => _toServer.Writer.CompleteAsync().AsTask();

    public Task OpenAsync(string text, int version = 1, string uri = Uri) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "yaml", version, text } });

    public Task ChangeAsync(string text, int version, string uri = Uri) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    /// <summary>The next notification with <paramref name="method"/> that <paramref name="match"/> accepts; the ones before it are kept in the log.</summary>
    public async Task<JsonElement> NextAsync(string method, Func<JsonElement, bool>? match = null)
    {
        using var guard = new CancellationTokenSource(s_hangGuard);
        while (true)
        {
            var notification = await _notifications.Reader.ReadAsync(guard.Token);
            if (notification.GetProperty("method").GetString() == method && (match is null || match(notification.GetProperty("params"))))
            {
                return notification.GetProperty("params");
            }
        }
    }

    /// <summary>The diagnostics published for <paramref name="version"/> of the document.</summary>
    public async Task<JsonElement[]> DiagnosticsAsync(int version, string uri = Uri)
    {
        var published = await NextAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri && p.TryGetProperty("version", out var v) && v.GetInt32() == version);
        return [.. published.GetProperty("diagnostics").EnumerateArray()];
    }

    public static object Position(string uri, int line, int column) => new { textDocument = new { uri }, position = new { line = line - 1, character = column - 1 } };

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Running.WaitAsync(s_hangGuard);
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        await Running.WaitAsync(s_hangGuard);
        await _toClient.Writer.CompleteAsync();
        await _reading.WaitAsync(s_hangGuard);
        _write.Dispose();
    }

    private async Task ReadAsync()
    {
        var reader = _toClient.Reader;
        var buffer = new List<byte>();
        while (true)
        {
            var read = await reader.ReadAsync();
            foreach (var segment in read.Buffer)
            {
                buffer.AddRange(segment.Span.ToArray());
            }

            reader.AdvanceTo(read.Buffer.End);
            while (TryFrame(buffer, out var body))
            {
                var message = JsonDocument.Parse(body).RootElement.Clone();
                if (message.TryGetProperty("id", out var id) && !message.TryGetProperty("method", out _) && id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt32(), out var done))
                {
                    done.SetResult(message);
                }
                else
                {
                    _seen.Enqueue(message);
                    await _notifications.Writer.WriteAsync(message);
                }
            }

            if (read.IsCompleted)
            {
                _notifications.Writer.Complete();
                return;
            }
        }
    }

    private static bool TryFrame(List<byte> buffer, out byte[] body)
    {
        body = [];
        var text = Encoding.ASCII.GetString([.. buffer.Take(Math.Min(buffer.Count, 256))]);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var length = int.Parse(text[..end].Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (buffer.Count < end + 4 + length)
        {
            return false;
        }

        body = [.. buffer.Skip(end + 4).Take(length)];
        buffer.RemoveRange(0, end + 4 + length);
        return true;
    }
}
