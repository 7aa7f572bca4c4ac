using System;
using System.Collections.Generic;
using System.Runtime;
using System.Threading;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Cli.Synthetic;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// The no-GC region is the process's, so these tests run apart from every other test of the assembly: a collection
/// another test induces would stop a region under test (the class of failure <c>Reserve_AfterARegionTheRuntimeStopped</c>
/// enumerates).
/// </summary>
[Collection(nameof(AnalysisMemoryTests))]
[CollectionDefinition(nameof(AnalysisMemoryTests), DisableParallelization = true)]
public sealed class AnalysisMemoryTests
{
    private const long Gigabyte = 1024L * 1024 * 1024;

    [Fact]
    public void Estimate_CountsEveryFactTheRulesMatchOnePerEntity()
    {
        var catalog = new TestCatalog()
            .Model("a")
            .Model("b")
            .Lookup("l1", "a", imei: null)
            .Lookup("l2", "b", imei: null)
            .Lookup("l3", "b", imei: null)
            .Add("AppearanceMatch", "x", "model: a\nforeign-device: F1\nforeign-maker: abroad\nkind: appearance\nconfidence: medium\nsources: [s1]")
            .Add("DateClaim", "d", "model: a\nevent: market-release\ndate: 2019\nconfidence: medium\nsources: [s1]")
            .Add("FactClaim", "f", "model: a\ntopic: name\nsays: A\nconfidence: medium\nsources: [s1]")
            .Build();

        // 2 models + 3 lookups + 1 match + 1 date claim + 1 fact claim.
        Assert.Equal(8 * AnalysisMemory.BytesPerFact, AnalysisMemory.Estimate(catalog));
    }

    [Theory]
    [InlineData(0L, 64 * Gigabyte, false)]
    [InlineData(AnalysisMemory.MinimumReservation - 1, 64 * Gigabyte, false)]
    [InlineData(AnalysisMemory.MinimumReservation, 64 * Gigabyte, true)]
    [InlineData(4 * Gigabyte, 16 * Gigabyte, true)]
    [InlineData(4 * Gigabyte + 1, 16 * Gigabyte, false)]
    [InlineData(AnalysisMemory.MinimumReservation, 0L, false)]
    [InlineData(AnalysisMemory.MinimumReservation, -1L, false)]
    public void Worthwhile_FromTheMinimumToAQuarterOfWhatIsAvailable(long bytes, long available, bool expected)
    {
        Assert.Equal(expected, AnalysisMemory.Worthwhile(bytes, available));
    }

    [Fact]
    public void Reserve_SmallCatalog_LeavesTheCollectorAlone()
    {
        var catalog = new TestCatalog().Model("a").Build();
        var before = GCSettings.LatencyMode;

        using (AnalysisMemory.Reserve(catalog))
        {
            Assert.Equal(before, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(AnalysisMemory.MinimumReservation - 1)]
    [InlineData(long.MaxValue)]
    public void Reserve_BytesBelowTheMinimumOrBeyondWhatIsAvailable_LeavesTheCollectorAlone(long bytes)
    {
        var before = GCSettings.LatencyMode;

        using (AnalysisMemory.Reserve(bytes))
        {
            Assert.Equal(before, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void AnalyzeOnce_CatalogLargeEnoughForARegion_FindsWhatAnalyzeFinds_AndEndsTheRegionBeforeReturning()
    {
        var catalog = SyntheticCatalog.Create(6_000, 60_000).Data;
        Assert.True(AnalysisMemory.Estimate(catalog) >= AnalysisMemory.MinimumReservation, "the catalog asks for a region");
        var before = GCSettings.LatencyMode;

        var once = RuleRunner.AnalyzeOnce(catalog);

        Assert.Equal(before, GCSettings.LatencyMode);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(FindingText.Format(RuleRunner.Analyze(catalog)), FindingText.Format(once));

        // The options reach the analysis.
        var options = new AnalysisOptions { RuleIds = ["PR008"] };
        Assert.Equal(FindingText.Format(RuleRunner.Analyze(catalog, options)), FindingText.Format(RuleRunner.AnalyzeOnce(catalog, options)));
        Assert.NotEqual(FindingText.Format(once), FindingText.Format(RuleRunner.AnalyzeOnce(catalog, options)));
    }

    /// <summary>Every way the runtime stops a region itself, while its scope is still open.</summary>
    public static TheoryData<string> WaysTheRuntimeStopsARegion => new() { "induced collection", "allocated past the reservation" };

    [Theory]
    [MemberData(nameof(WaysTheRuntimeStopsARegion))]
    public void Reserve_AfterTheRuntimeStoppedARegion_DeclinesUntilItsScopeEnds_ThenStartsANewOne(string how)
    {
        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.True(GCSettings.LatencyMode == GCLatencyMode.NoGCRegion, "a region of the minimum starts on this machine");
            StopTheRegion(how);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            // The stopped region's scope is still open, so a reservation does nothing: were it to start a region,
            // the open scope would end that region when it ends.
            var asked = false;
            using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation, bytes =>
            {
                asked = true;
                return GC.TryStartNoGCRegion(bytes);
            }))
            {
                Assert.False(asked, "a reservation asked the runtime for a region while another's scope was open");
                Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }
        }

        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Reserve_WhileARegionIsInForce_DeclinesAndLeavesItToItsOwner()
    {
        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation).Dispose();

            // The inner scope did not end its owner's region.
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Reserve_WhileARegionStartedElsewhereIsInForce_DeclinesWithoutThrowing()
    {
        Assert.True(GC.TryStartNoGCRegion(AnalysisMemory.MinimumReservation), "a region of the minimum starts on this machine");
        try
        {
            AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation).Dispose();
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            GC.EndNoGCRegion();
        }

        // Declining did not keep the next reservation out.
        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    /// <summary>Every way the runtime refuses to start a region.</summary>
    public static TheoryData<string> WaysTheRuntimeRefusesARegion => new() { "too little memory", "too large", "a region is already open" };

    [Theory]
    [MemberData(nameof(WaysTheRuntimeRefusesARegion))]
    public void Reserve_WhenTheRuntimeRefuses_DoesNothingAndLeavesTheNextReservationFree(string how)
    {
        var asked = new List<long>();
        var refused = AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation, bytes =>
        {
            asked.Add(bytes);
            return how switch
            {
                "too little memory" => false,
                "too large" => throw new ArgumentOutOfRangeException(nameof(bytes)),
                _ => throw new InvalidOperationException("The NoGCRegion mode was already in progress."),
            };
        });

        Assert.Equal([AnalysisMemory.MinimumReservation], asked);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            // The refused scope ends nothing, not even a region started after it.
            refused.Dispose();
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    [Fact]
    public void Dispose_Twice_EndsOnlyItsOwnRegion()
    {
        var first = AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation);
        first.Dispose();
        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            first.Dispose();
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    [Fact]
    public void Reserve_FromThreadsSideBySide_WhileAnotherCollects_NeverThrowsAndLeavesNoRegionOpen()
    {
        // Two threads reserve, allocate and end, 40 times each, while a third collects about every millisecond: every
        // order of starting, stopping and ending a region that this machine's scheduler produces.
        var errors = new List<Exception>();
        void ReserveAndAllocate()
        {
            try
            {
                for (var round = 0; round < 40; round++)
                {
                    using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
                    {
                        var pieces = new object[10_000];
                        for (var i = 0; i < pieces.Length; i++)
                        {
                            pieces[i] = new byte[64];
                        }

                        GC.KeepAlive(pieces);
                    }
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        }

        using (new Collector())
        {
            var workers = new[] { new Thread(ReserveAndAllocate), new Thread(ReserveAndAllocate) };
            foreach (var worker in workers)
            {
                worker.Start();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        Assert.Empty(errors);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    [Fact]
    public void AnalyzeOnce_WhileAnotherThreadCollects_FindsWhatAnalyzeFinds()
    {
        var catalog = SyntheticCatalog.Create(6_000, 60_000).Data;
        var expected = FindingText.Format(RuleRunner.Analyze(catalog));
        using (new Collector())
        {
            Assert.Equal(expected, FindingText.Format(RuleRunner.AnalyzeOnce(catalog)));
        }

        using (AnalysisMemory.Reserve(AnalysisMemory.MinimumReservation))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    /// <summary>
    /// A thread that collects about every millisecond until disposed: the youngest generation only, since any
    /// collection stops a region and this one costs little.
    /// </summary>
    private sealed class Collector : IDisposable
    {
        private readonly ManualResetEventSlim _stop = new();
        private readonly Thread _thread;

        public Collector()
        {
            _thread = new Thread(() =>
            {
                while (!_stop.IsSet)
                {
                    GC.Collect(0);
                    Thread.Sleep(1);
                }
            })
            { IsBackground = true };
            _thread.Start();
        }

        public void Dispose()
        {
            _stop.Set();
            _thread.Join();
            _stop.Dispose();
        }
    }

    private static void StopTheRegion(string how)
    {
        switch (how)
        {
            case "induced collection":
                GC.Collect();
                break;
            case "allocated past the reservation":
                // Up to twice the reservation, in pieces that stay reachable until the loop ends.
                var pieces = new List<byte[]>();
                for (long total = 0; total < 2 * AnalysisMemory.MinimumReservation && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion; total += 1 << 20)
                {
                    pieces.Add(new byte[1 << 20]);
                }

                GC.KeepAlive(pieces);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, "not a way to stop a region");
        }
    }
}
