using System;
using CsCheck;

namespace PhoneRules.Testing;

/// <summary>
/// Property tests that the gating suite can trust: every sample comes from a fixed seed, one after another,
/// so a run that passes passes every time. Each sample has a seed of its own, printed when it fails, so a
/// failure found by the open search (<see cref="OpenSearchAttribute"/>) becomes a regression case by adding
/// that one seed to the test's list.
/// </summary>
public static class Property
{
    /// <summary>The seed the gating suite draws its samples from. Changing it changes every property test's inputs.</summary>
    public const string GatingSeed = "0ZPR13CR0LF0";

    /// <summary>The environment variable that turns on the open search (and says how many samples to draw).</summary>
    public const string OpenSearchVariable = "PHONERULES_OPEN_SEARCH";

    /// <summary>Draws <paramref name="samples"/> inputs from <paramref name="gen"/>, starting at <paramref name="seed"/>, and asserts each.</summary>
    public static void Check<T>(Gen<T> gen, Action<T> assert, int samples, string seed = GatingSeed)
    {
        var master = PCG.Parse(seed);
        for (var i = 0; i < samples; i++)
        {
            var sampleSeed = new PCG(master.Next(), master.Next64()).ToString();
            Replay(gen, assert, sampleSeed, $"sample {i} of seed {seed}");
        }
    }

    /// <summary>Draws <paramref name="samples"/> inputs, starting at <paramref name="seed"/>, and requires <paramref name="predicate"/> of each.</summary>
    public static void Holds<T>(Gen<T> gen, Func<T, bool> predicate, int samples, string seed = GatingSeed) =>
        Check(gen, value => { if (!predicate(value)) { throw new InvalidOperationException("The property does not hold for " + Describe(value)); } }, samples, seed);

    private static string Describe<T>(T value) => value switch
    {
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        _ => value?.ToString() ?? "null",
    };

    /// <summary>Asserts the one input that <paramref name="sampleSeed"/> gives: a regression case.</summary>
    public static void Replay<T>(Gen<T> gen, Action<T> assert, string sampleSeed, string? context = null)
    {
        var value = gen.Generate(PCG.Parse(sampleSeed), null, out _);
        try
        {
            assert(value);
        }
        catch (Exception ex)
        {
            throw new PropertyFailedException($"Property failed for sample seed \"{sampleSeed}\"{(context is null ? string.Empty : " (" + context + ")")}; add it to the test's regression seeds.\n{ex.Message}", ex);
        }
    }

    /// <summary>The open search: a new random seed each run, printed first, with the number of samples the environment asks for.</summary>
    public static void OpenSearch<T>(Gen<T> gen, Action<T> assert, Action<string> log)
    {
        var samples = int.TryParse(Environment.GetEnvironmentVariable(OpenSearchVariable), out var n) && n > 0 ? n : 10_000;
        var seed = new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();
        log($"open search: seed \"{seed}\", {samples} samples");
        Check(gen, assert, samples, seed);
    }
}

/// <summary>A property failed for one sample; the message names the seed that reproduces it.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
