using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PhoneRules.Cli.Commands;
using PhoneRules.Cli.Lsp;
using PhoneRules.Cli.Service;

namespace PhoneRules.Benchmarks;

/// <summary>
/// An edit in the editor to its diagnostics (issue 19: within 100 ms on the shipped catalog), on the shipped
/// catalog and at 10,000 models: the analysis service alone (read, validate, index, analyse), and the language
/// server end to end over a stream pair (didChange, the pause after an edit, the analysis, publishDiagnostics).
/// Each iteration is a new text (two texts alternate), so nothing is answered from the fingerprint.
/// </summary>
[MemoryDiagnoser]
public class LspBenchmarks
{
    private const string Uri = "file:///bench/catalog.yaml";
    private readonly string[] _texts = new string[2];
    private AnalysisService _service = null!;
    private Pipe _toServer = null!;
    private Pipe _toClient = null!;
    private Task<int> _server = null!;
    private int _version;

    /// <summary>Models in the catalog; 0 is the shipped catalog.</summary>
    [Params(Sizes.Shipped, 10_000)]
    public int Models { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var yaml = Sizes.Yaml(Models);
        _texts[0] = yaml;
        _texts[1] = yaml + "\n# an edit\n";
        _service = new AnalysisService();
        _service.Analyze("catalog.yaml", _texts[1]);
        _toServer = new Pipe();
        _toClient = new Pipe();
        var server = new LanguageServer(new AnalysisService(), LspCommand.Debounce, LspCommand.MaxFrameBytesFor(PhoneRules.Schema.ReaderLimits.Default));
        _server = Task.Run(() => server.RunAsync(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(), CancellationToken.None));
        Send(new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { capabilities = new { } } });
        Send(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Uri, languageId = "yaml", version = ++_version, text = _texts[1] } } });
        WaitForDiagnostics(_version);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _toServer.Writer.Complete();
        _server.GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "edit -> analysis (service)")]
    public AnalysisResult Service() => _service.Analyze("catalog.yaml", _texts[++_version % 2]);

    [Benchmark(Description = "edit -> publishDiagnostics (server)")]
    public int Server()
    {
        var version = ++_version;
        Send(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text = _texts[version % 2] } } } });
        return WaitForDiagnostics(version);
    }

    private void Send(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        _toServer.Writer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n")).AsTask().GetAwaiter().GetResult();
        _toServer.Writer.WriteAsync(body).AsTask().GetAwaiter().GetResult();
    }

    // Reads frames until the diagnostics of `version`; returns how many there were.
    private int WaitForDiagnostics(int version)
    {
        while (true)
        {
            using var message = JsonDocument.Parse(ReadFrame());
            var root = message.RootElement;
            if (root.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
                && root.GetProperty("params").TryGetProperty("version", out var v) && v.GetInt32() == version)
            {
                return root.GetProperty("params").GetProperty("diagnostics").GetArrayLength();
            }
        }
    }

    private byte[] ReadFrame()
    {
        var reader = _toClient.Reader;
        while (true)
        {
            var read = reader.ReadAsync().AsTask().GetAwaiter().GetResult();
            var buffer = read.Buffer;
            var text = Encoding.ASCII.GetString(buffer.Slice(0, Math.Min(buffer.Length, 64)).ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var length = int.Parse(text.AsSpan(16, end - 16), System.Globalization.CultureInfo.InvariantCulture);
                if (buffer.Length >= end + 4 + length)
                {
                    var body = buffer.Slice(end + 4, length).ToArray();
                    reader.AdvanceTo(buffer.GetPosition(end + 4 + length));
                    return body;
                }
            }

            if (read.IsCompleted)
            {
                throw new InvalidOperationException("the server closed its output");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
