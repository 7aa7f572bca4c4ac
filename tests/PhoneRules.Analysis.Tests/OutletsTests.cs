using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PhoneRules.Analysis.Facts;
using PhoneRules.Model;
using PhoneRules.Testing;
using Xunit.Abstractions;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// <see cref="Outlets"/> weighs sources without lists or sets: on every small set of sources (publishers that differ
/// in case and spaces, primary records, chains of repeats, chains longer than <see cref="Outlets.ShortChain"/>) it
/// gives what the plain definition gives.
/// </summary>
public sealed class OutletsTests(ITestOutputHelper output)
{
    private static readonly string[] s_publishers = ["Daily NK", " daily nk", "NK News", "KCNA ", "kcna", "38 North", "\u00a0KCNA\t"];

    // A sample: for each source, its publisher, whether it is a primary record, and which earlier source it repeats
    // (-1: none); a source may also sit at the end of a long chain of repeats of its own.
    private static readonly int[] s_chains = [0, 0, 0, 1, Outlets.ShortChain - 1, Outlets.ShortChain, 70];

    private static readonly Gen<(int Publisher, int Primary, int Repeats, int Chain)[]> s_samples =
        Gen.Select(Gen.Int[0, s_publishers.Length - 1], Gen.Int[0, 2], Gen.Int[-3, 5], Gen.Int[0, s_chains.Length - 1].Select(i => s_chains[i])).Array[0, 7];

    [Fact]
    public void Weigh_AndOrigin_GiveWhatThePlainDefinitionGives() => Property.Check(s_samples, GiveWhatThePlainDefinitionGives, samples: 400);

    [OpenSearch]
    public void OpenSearch_SourcesAndTheirRepeats() => Property.OpenSearch(s_samples, GiveWhatThePlainDefinitionGives, output.WriteLine);

    private static void GiveWhatThePlainDefinitionGives((int Publisher, int Primary, int Repeats, int Chain)[] sample)
    {
        var sources = Build(sample);
        foreach (var source in sources)
        {
            Assert.Same(PlainOrigin(source), Outlets.Origin(source));
        }

        Assert.Equal(PlainWeigh(sources), Outlets.Weigh(sources));
        Assert.Equal(sources.Select(s => PlainOrigin(s).Publisher.Trim()).Distinct(StringComparer.OrdinalIgnoreCase), Outlets.Names(sources));
    }

    [Fact]
    public void Origin_OfAChainJustShorterOrLongerThanTheShortWalk_IsItsEnd()
    {
        foreach (var length in new[] { 0, 1, Outlets.ShortChain - 1, Outlets.ShortChain, Outlets.ShortChain + 1, 500 })
        {
            var end = new Source { Key = "end", Publisher = "KCNA" };
            var current = end;
            for (var i = 0; i < length; i++)
            {
                current = new Source { Key = "r" + i, Publisher = "Echo", Repeats = current };
            }

            Assert.Same(end, Outlets.Origin(current));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(33)]
    [InlineData(40)]
    public void Origin_OfASourceOnACycle_IsThatSource_WhereTheCycleCloses(int length)
    {
        // The reader never builds a cycle (one is PRG016, and the reference is left out); a record's init-only
        // property set again by reflection can.
        var ring = Enumerable.Range(0, length).Select(i => new Source { Key = "c" + i, Publisher = "Echo" }).ToArray();
        var repeats = typeof(Source).GetProperty(nameof(Source.Repeats))!;
        for (var i = 0; i < length; i++)
        {
            repeats.SetValue(ring[i], ring[(i + 1) % length]);
        }

        foreach (var source in ring)
        {
            Assert.Same(source, Outlets.Origin(source));
        }

        Assert.False(Outlets.Independent(ring[0], ring[length / 2]));
    }

    private static List<Source> Build((int Publisher, int Primary, int Repeats, int Chain)[] sample)
    {
        var sources = new List<Source>();
        for (var i = 0; i < sample.Length; i++)
        {
            var (publisher, primary, repeats, chain) = sample[i];
            Source? repeated = repeats >= 0 && repeats < i ? sources[repeats] : null;
            for (var link = 0; link < chain; link++)
            {
                repeated = new Source { Key = $"s{i}-link{link}", Publisher = s_publishers[(publisher + link) % s_publishers.Length], Repeats = repeated };
            }

            sources.Add(new Source
            {
                Key = "s" + i,
                Publisher = s_publishers[publisher],
                Primary = primary switch { 0 => null, 1 => false, _ => true },
                Repeats = repeated,
            });
        }

        return sources;
    }

    // The definitions as first written, with a set at every step.
    private static Source PlainOrigin(Source source)
    {
        var seen = new HashSet<Source>(ReferenceEqualityComparer.Instance);
        var current = source;
        while (current.Repeats is { } repeated && seen.Add(current))
        {
            current = repeated;
        }

        return current;
    }

    private static Outlets.Support PlainWeigh(IReadOnlyList<Source> sources)
    {
        var pairs = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = i + 1; j < sources.Count; j++)
            {
                pairs += Outlets.Independent(sources[i], sources[j]) ? 1 : 0;
            }
        }

        var outlets = sources.Select(s => PlainOrigin(s).Publisher.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new Outlets.Support(sources.Count, outlets, sources.Count(s => s.Primary == true), pairs);
    }
}
