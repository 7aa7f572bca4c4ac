using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PhoneRules.Cli.Output.Github;
using PhoneRules.Cli.Output.Json;
using PhoneRules.Cli.Output.Markdown;
using PhoneRules.Cli.Output.Sarif;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Output;

/// <summary>
/// Every findings format <c>analyze --format</c> accepts, in the order help lists them. The option, the
/// dispatch and the escaping tests all read this list, so a format added here is offered and tested at once.
/// </summary>
internal static class Renderers
{
    // What a JSON writer may hold before it hands its bytes on (a report of 675,000 findings is 900 MB).
    private const int FlushThreshold = 64 * 1024;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Each format's name and writer, which writes the report as UTF-8 to a stream as it goes: no format ever
    /// holds the whole output (a string cannot hold more than about a billion characters, and a large
    /// catalog's findings come near that).
    /// </summary>
    public static IReadOnlyList<(string Format, Action<FindingsReport, Stream> Write)> All { get; } =
    [
        ("text", Utf8(TextRenderer.Write)),
        ("json", JsonRenderer.Write),
        ("sarif", SarifRenderer.Write),
        ("markdown", Utf8(MarkdownRenderer.Write)),
        ("github", Utf8(GithubRenderer.Write)),
    ];

    /// <summary>The format names.</summary>
    public static string[] Formats { get; } = [.. All.Select(r => r.Format)];

    /// <summary>The writer of <paramref name="format"/> (one of <see cref="Formats"/>).</summary>
    public static Action<Stream> Writer(string format, FindingsReport report)
    {
        var write = All.Single(r => string.Equals(r.Format, format, StringComparison.Ordinal)).Write;
        return stream => write(report, stream);
    }

    /// <summary>The report in <paramref name="format"/> as one string (tests, small reports).</summary>
    public static string Render(string format, FindingsReport report) => ToText(Writer(format, report));

    /// <summary>What <paramref name="write"/> writes, decoded.</summary>
    public static string ToText(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return s_utf8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Hands a JSON writer's bytes on to its stream once it holds more than a few kilobytes.</summary>
    public static void FlushSometimes(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }

    // A text format written through a buffer of FlushThreshold characters, handed on as it fills.
    private static Action<FindingsReport, Stream> Utf8(Action<FindingsReport, TextWriter> write) =>
        (report, stream) =>
        {
            using var writer = new StreamWriter(stream, s_utf8, FlushThreshold, leaveOpen: true);
            write(report, writer);
        };
}
