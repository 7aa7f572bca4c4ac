using System;
using System.Globalization;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// Stands between the client's bytes and the JSON-RPC library: reads each <c>Content-Length</c> frame, and
/// passes on only a well-formed JSON-RPC message (an object with <c>jsonrpc: "2.0"</c>, a string method, a
/// number, string or null id, object or array params; null params are taken as none, as clients send them). A malformed frame, header or message is logged through
/// <see cref="Log"/> and dropped, so nothing a client sends can end the connection; a frame over
/// <see cref="MaxFrameBytes"/> is read past and dropped, so nothing can exhaust memory.
/// </summary>
internal sealed class LspFraming
{
    /// <summary>The largest header block read.</summary>
    public const int MaxHeaderBytes = 8192;

    private readonly Stream _input;
    private readonly PipeWriter _output;

    /// <summary>Filters frames from <paramref name="input"/> into <paramref name="output"/>.</summary>
    public LspFraming(Stream input, PipeWriter output, long maxFrameBytes)
    {
        _input = input;
        _output = output;
        MaxFrameBytes = maxFrameBytes;
    }

    /// <summary>The largest message passed on.</summary>
    public long MaxFrameBytes { get; }

    /// <summary>Where the reasons for dropped messages go (the server logs them to the client).</summary>
    public Action<string> Log { get; set; } = _ => { };

    /// <summary>Copies frames until the input ends (the client closed it) or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = new BufferedInput(_input);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var length = await ReadHeadersAsync(reader, cancellationToken).ConfigureAwait(false);
                if (length is null)
                {
                    break;
                }

                if (length < 0)
                {
                    continue;
                }

                if (length > MaxFrameBytes)
                {
                    Log($"dropped a message of {length} bytes, over the limit of {MaxFrameBytes}");
                    if (!await reader.SkipAsync(length.Value, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    continue;
                }

                var body = await reader.ReadExactlyAsync((int)length.Value, cancellationToken).ConfigureAwait(false);
                if (body is null)
                {
                    break;
                }

                if (Check(body) is { } problem)
                {
                    Log("dropped a malformed message: " + problem);
                    continue;
                }

                var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
                await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
                var flushed = await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
                if (flushed.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The client went away mid-frame: the same as a closed input.
        }
        finally
        {
            await _output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Why <paramref name="body"/> is no JSON-RPC message, or null when it is one.</summary>
    public static string? Check(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                return "no \"jsonrpc\": \"2.0\"";
            }

            if (root.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null))
            {
                return "an id that is neither a number nor a string";
            }

            if (root.TryGetProperty("method", out var method))
            {
                if (method.ValueKind != JsonValueKind.String)
                {
                    return "a method that is not a string";
                }

                if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
                {
                    return "params that are neither an object nor an array";
                }
            }
            else if (!root.TryGetProperty("id", out _))
            {
                return "neither a method nor an id";
            }

            return null;
        }
        catch (JsonException ex)
        {
            return "not JSON: " + ex.Message;
        }
        catch (ArgumentException ex)
        {
            return "not JSON: " + ex.Message;
        }
    }

    // The headers of one frame: its Content-Length; -1 when the headers were malformed (skipped, logged);
    // null at the end of the input.
    private async Task<long?> ReadHeadersAsync(BufferedInput reader, CancellationToken cancellationToken)
    {
        long? length = null;
        var total = 0;
        var malformed = false;
        while (true)
        {
            var line = await reader.ReadLineAsync(MaxHeaderBytes, cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            total += line.Length + 2;
            if (line.Length == 0)
            {
                if (total == 2)
                {
                    continue; // a stray blank line between frames
                }

                break;
            }

            if (total > MaxHeaderBytes)
            {
                malformed = true;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
                malformed |= length is null;
            }
            else if (colon <= 0)
            {
                malformed = true;
            }
        }

        if (malformed || length is null)
        {
            Log("dropped a message with malformed headers (each frame needs 'Content-Length: N')");
            return -1;
        }

        return length;
    }

    // Buffered reads of lines and exact byte counts from a stream.
    private sealed class BufferedInput(Stream stream)
    {
        private readonly byte[] _buffer = new byte[65536];
        private int _start;
        private int _end;

        public async Task<string?> ReadLineAsync(int max, CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return line.Length > 0 ? line.ToString() : null;
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    if (line.Length > 0 && line[^1] == '\r')
                    {
                        line.Length--;
                    }

                    return line.ToString();
                }

                if (line.Length <= max)
                {
                    line.Append((char)b);
                }
            }
        }

        public async Task<byte[]?> ReadExactlyAsync(int count, CancellationToken cancellationToken)
        {
            var result = new byte[count];
            var done = 0;
            while (done < count)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var n = Math.Min(count - done, _end - _start);
                Buffer.BlockCopy(_buffer, _start, result, done, n);
                _start += n;
                done += n;
            }

            return result;
        }

        public async Task<bool> SkipAsync(long count, CancellationToken cancellationToken)
        {
            while (count > 0)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                var n = (int)Math.Min(count, _end - _start);
                _start += n;
                count -= n;
            }

            return true;
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            return _end > 0;
        }
    }
}
