using System.Runtime;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Cli.Synthetic;

namespace PhoneRules.Analysis.Tests;

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
}
