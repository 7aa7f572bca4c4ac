using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using PhoneRules.Testing;
using Xunit.Abstractions;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// Random damage to valid catalogs (deleted ranges, swapped or duplicated lines, injected bytes, including
/// invalid UTF-8, control characters, lone CRs, tabs, quotes and brackets): the reader never throws, never
/// hangs, and either loads the file or reports errors located inside it. The gating tests draw from a fixed
/// seed; <see cref="OpenSearch_MutatedCatalogs"/> draws from a new one when .ci/run's search step asks.
/// </summary>
public sealed class MutationPropertyTests(ITestOutputHelper output)
{
    private static readonly byte[] s_small = Encoding.UTF8.GetBytes(TestCatalogs.Small);
    private static readonly Lazy<byte[]> s_shipped = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "catalog.yaml")));

    /// <summary>The test catalog's bytes, which these tests damage.</summary>
    internal static byte[] SmallCatalog => s_small;

    /// <summary>The shipped catalog's bytes, which these tests damage.</summary>
    internal static byte[] ShippedCatalog => s_shipped.Value;

    private static readonly byte[][] s_injections =
    [
        "\t"u8.ToArray(), "\""u8.ToArray(), "'"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(),
        ": "u8.ToArray(), "- "u8.ToArray(), "&a "u8.ToArray(), "*a"u8.ToArray(), "<<: "u8.ToArray(), "!!str "u8.ToArray(),
        "\n---\n"u8.ToArray(), "#"u8.ToArray(), "\r\n"u8.ToArray(), "\r"u8.ToArray(), [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xEF, 0xBF, 0xBD], [0xFF], [0xC3], [0xE2, 0x82], [0x00], [0x07], [0xEF, 0xBB, 0xBF],
        "?"u8.ToArray(), "|"u8.ToArray(), ">"u8.ToArray(), "%YAML 1.2\n"u8.ToArray(), "~"u8.ToArray(), "2019-02-30"u8.ToArray(),
    ];

    [Fact]
    public void Property_MutatedSmallCatalog_NeverThrowsAndLocatesEveryError() =>
        Property.Check(Mutations(s_small), AssertLocatedOrLoaded, samples: 20_000);

    [Fact]
    public void Property_MutatedShippedCatalog_NeverThrowsAndLocatesEveryError() =>
        Property.Check(Mutations(s_shipped.Value), AssertLocatedOrLoaded, samples: 1_000);

    /// <summary>Samples that once failed (found by the open search or by CI), replayed on every run.</summary>
    [Theory]
    [InlineData("0jMmMCWJ0qyf6txI2")]
    [InlineData("5FM690-jX3SqCCj11")]
    public void Regression_MutatedSmallCatalog(string sampleSeed) =>
        Property.Replay(Mutations(s_small), AssertLocatedOrLoaded, sampleSeed);

    [OpenSearch]
    public void OpenSearch_MutatedCatalogs()
    {
        Property.OpenSearch(Mutations(s_small), AssertLocatedOrLoaded, output.WriteLine);
        Property.OpenSearch(Mutations(s_shipped.Value), AssertLocatedOrLoaded, output.WriteLine);
    }

    internal static Gen<byte[]> Mutations(byte[] original)
    {
        var delete = Gen.Int[0, original.Length - 1].SelectMany(start => Gen.Int[1, 40].Select(length => Delete(original, start, length)));
        var inject = Gen.Int[0, original.Length].SelectMany(at => Gen.Int[0, s_injections.Length - 1].Select(i => Insert(original, at, s_injections[i])));
        var randomBytes = Gen.Int[0, original.Length].SelectMany(at => Gen.Byte.Array[1, 8].Select(bytes => Insert(original, at, bytes)));
        var swap = Gen.Int[0, 10_000].SelectMany(a => Gen.Int[0, 10_000].Select(b => SwapLines(original, a, b)));
        var duplicate = Gen.Int[0, 10_000].Select(a => DuplicateLine(original, a));
        var single = Gen.OneOf(delete, inject, randomBytes, swap, duplicate);

        // One to three mutations on top of each other.
        return single.SelectMany(first => Gen.Int[0, 2].SelectMany(more => Apply(first, more)));

        Gen<byte[]> Apply(byte[] current, int remaining) =>
            remaining == 0 ? Gen.Const(current) : Mutate(current).SelectMany(next => Apply(next, remaining - 1));
    }

    internal static void AssertLocatedOrLoaded(byte[] input)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        CatalogReadResult result;
        try
        {
            result = CatalogReader.ReadBytes(input, "mutated.yaml", cancellationToken: timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException("The reader took over 10 s:\n" + Encoding.UTF8.GetString(input));
        }

        var lines = EditorLineCount(input);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Code == "PRG099" || !diagnostic.Span.IsKnown || diagnostic.Span.Line > lines || diagnostic.Span.Column < 1)
            {
                throw new InvalidOperationException($"Unlocated or internal: {diagnostic}\n{Encoding.UTF8.GetString(input)}");
            }
        }

        if (!result.HasErrors && result.Document is null)
        {
            throw new InvalidOperationException("No errors but no document.");
        }
    }

    /// <summary>Lines as an editor counts them: LF, CR LF and a lone CR each end one. Written here, not taken from the reader.</summary>
    internal static int EditorLineCount(byte[] input)
    {
        var lines = 1;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'\n' || (input[i] == (byte)'\r' && (i + 1 == input.Length || input[i + 1] != (byte)'\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    private static Gen<byte[]> Mutate(byte[] current)
    {
        var delete = Gen.Int[0, Math.Max(0, current.Length - 1)].SelectMany(start => Gen.Int[1, 40].Select(length => Delete(current, start, length)));
        var inject = Gen.Int[0, current.Length].SelectMany(at => Gen.Int[0, s_injections.Length - 1].Select(i => Insert(current, at, s_injections[i])));
        var swap = Gen.Int[0, 10_000].SelectMany(a => Gen.Int[0, 10_000].Select(b => SwapLines(current, a, b)));
        return Gen.OneOf(delete, inject, swap);
    }

    private static byte[] Delete(byte[] source, int start, int length)
    {
        if (source.Length == 0)
        {
            return source;
        }

        start = Math.Min(start, source.Length - 1);
        length = Math.Min(length, source.Length - start);
        return [.. source.AsSpan(0, start), .. source.AsSpan(start + length)];
    }

    private static byte[] Insert(byte[] source, int at, byte[] bytes)
    {
        at = Math.Min(at, source.Length);
        return [.. source.AsSpan(0, at), .. bytes, .. source.AsSpan(at)];
    }

    private static byte[] SwapLines(byte[] source, int a, int b)
    {
        var lines = Split(source);
        (lines[a % lines.Count], lines[b % lines.Count]) = (lines[b % lines.Count], lines[a % lines.Count]);
        return Join(lines);
    }

    private static byte[] DuplicateLine(byte[] source, int a)
    {
        var lines = Split(source);
        lines.Insert(a % lines.Count, lines[a % lines.Count]);
        return Join(lines);
    }

    private static List<byte[]> Split(byte[] source)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i == source.Length || source[i] == (byte)'\n')
            {
                lines.Add(source[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) =>
        lines.SelectMany((line, index) => index == 0 ? line : [(byte)'\n', .. line]).ToArray();
}
