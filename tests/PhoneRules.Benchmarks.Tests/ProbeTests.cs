using System;
using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Benchmarks.Tests;

/// <summary>The probes docs/performance.md quotes measure what they say (not how fast: no test asserts on time).</summary>
[Collection(nameof(ProbeTests))]
[CollectionDefinition(nameof(ProbeTests), DisableParallelization = true)]
public sealed class ProbeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void AllocationProbe_AttributesTheBytesOfATypeToIt(int handOverDelayMs)
    {
        // Alone (the collection runs apart from every other test), so the runtime's allocation ticks fall on what
        // this test allocates: 400,000 markers of 40 bytes and 2,000 arrays of 8 KB. The runtime names a type
        // without its namespace or the class it is nested in. With a delay, the ticks arrive as late as on a loaded
        // machine, and the stop still waits for every one of them.
        using var probe = new AllocationProbe { HandOverDelayMs = handOverDelayMs };
        probe.Start();
        Allocate(400_000);
        var arrays = Enumerable.Range(0, 2_000).Select(i => new Marker[1_024]).ToList();
        probe.Stop();

        var rows = probe.ByType().ToDictionary(row => row.Type, row => row.Bytes);
        var markerBytes = 400_000L * 40;
        var arrayBytes = 2_000L * ((1_024 * 8) + 24);
        Assert.InRange(rows.GetValueOrDefault(typeof(Marker).Name), markerBytes * 7 / 10, markerBytes * 13 / 10);
        Assert.InRange(rows.GetValueOrDefault(typeof(Marker).Name + "[]"), arrayBytes * 7 / 10, arrayBytes * 13 / 10);
        Assert.True(rows.GetValueOrDefault(typeof(Marker).Name) + rows.GetValueOrDefault(typeof(Marker).Name + "[]") >= rows.Values.Sum() * 9 / 10, string.Join("; ", rows));
        GC.KeepAlive(arrays);
    }

    [Fact]
    public void AllocationProbe_CountsNothingBeforeStartOrAfterStop()
    {
        // 10 MB of markers (about 100 ticks) just before each start, their ticks handed over as late as a loaded
        // machine hands them (a tick of such work counted after the start failed this test now and then in the full
        // suite). Three rounds on one probe, the first while the runtime is still turning its events on.
        using var probe = new AllocationProbe { HandOverDelayMs = 2 };
        for (var round = 0; round < 3; round++)
        {
            Allocate(250_000);
            probe.Start();
            probe.Stop();
            Allocate(250_000);

            Assert.DoesNotContain(probe.ByType(), row => row.Type == typeof(Marker).Name);
        }
    }

    [Fact]
    public void MemoryProbe_MeasuresFreshAndTouchedMemory()
    {
        var (fresh, touched) = MemoryProbe.Measure(64L << 20, threads: 2);

        Assert.True(double.IsFinite(fresh) && fresh > 0, $"fresh memory: {fresh} GB/s");
        Assert.True(double.IsFinite(touched) && touched > 0, $"touched memory: {touched} GB/s");
    }

    [Theory]
    [InlineData("subject")]
    [InlineData("joined")]
    [InlineData("collected")]
    public void FloorProbe_MakesTheSameFindingsThroughTheEngine(string rule)
    {
        // The floor is only a floor if the engine's run makes exactly the findings the loop makes: one per subject,
        // whole, with nothing extra.
        var subjects = FloorProbe.Subjects(2_000);
        var factory = rule switch
        {
            "subject" => FloorProbe.Compile(joined: false),
            "joined" => FloorProbe.Compile(joined: true),
            _ => FloorProbe.CompileCollected(),
        };

        var alone = FloorProbe.FindingsAlone(subjects);
        var engine = FloorProbe.OneActivationEach(factory, subjects);

        Assert.Equal(subjects.Length, alone.Count);
        Assert.Equal(
            alone.Select(Content).Order(StringComparer.Ordinal),
            engine.Select(Content).Order(StringComparer.Ordinal));
        Assert.Equal(subjects.Select(s => s.Key).Order(StringComparer.Ordinal), engine.Select(f => f.SubjectKey).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FloorProbe_SideBySideMakesTheSameFindings(int sessions)
    {
        var subjects = FloorProbe.Subjects(1_001);
        var factory = FloorProbe.Compile(joined: true);

        Assert.Equal(
            FloorProbe.FindingsAlone(subjects).Select(Content).Order(StringComparer.Ordinal),
            FloorProbe.SideBySide(factory, subjects, sessions).Select(Content).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FloorProbe_WritesMessagesOfTheAverageLength()
    {
        var finding = FloorProbe.Report(new FloorProbe.Subject(41, "subject-41"));

        Assert.Equal(FloorProbe.MessageLength, finding.Message.Length);
        Assert.Contains("subject-41", finding.Message, StringComparison.Ordinal);
        Assert.Equal(42, finding.Location.Line);
        Assert.Equal("subject-41", Assert.Single(finding.Evidence).Value);
    }

    [Fact]
    public void FloorProbe_RefusesAFindingOutsideARun()
    {
        Assert.Throws<InvalidOperationException>(() => FloorProbe.Found(FloorProbe.Report(new FloorProbe.Subject(0, "subject-0"))));
    }

    private static string Content(PhoneRules.Analysis.Findings.Finding finding) =>
        PhoneRules.Analysis.Findings.Fingerprints.Of(finding) + PhoneRules.Analysis.Findings.Fingerprints.Content(finding);

    // Each marker escapes (KeepAlive), so the compiler cannot leave it out or put it on the stack.
    private static void Allocate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(new Marker(i, i, i));
        }
    }

    // 40 bytes on a 64-bit runtime: a header and method table (16) and three longs (24).
    private sealed record Marker(long A, long B, long C);
}
