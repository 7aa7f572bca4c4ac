using System.Linq;
using CsCheck;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Analysis.Facts;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Model;
using PhoneRules.Testing;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// The partitioned analysis (one session per partition plus the cross-partition rules' session) must find
/// exactly what one session over the whole catalog finds, whatever the number of partitions.
/// </summary>
public sealed class PartitionedAnalysisTests
{
    // Synthetic catalogs are built so that partitions are crossed: about 2 % of the sightings carry another
    // model's TAC (a TAC group spans model partitions), series take every n-th model (a series spans them all),
    // release years are random (each year spans them all), and reported foreign models repeat across models.
    private static readonly Gen<(int Models, int Sightings, int Seed, int Partitions)> s_cases =
        Gen.Select(Gen.Int[1, 400], Gen.Int[0, 10], Gen.Int, Gen.Int[1, 9], (models, perModel, seed, partitions) => (models, models * perModel, seed, partitions));

    [Fact]
    public void PartitionedAnalysis_FindsWhatOneSessionFinds_OnSyntheticCatalogs()
    {
        Property.Check(s_cases, sample =>
        {
            var catalog = SyntheticCatalog.Create(sample.Models, sample.Sightings, sample.Seed).Data;

            var oneSession = FindingText.Format(RuleRunner.Analyze(RuleRunner.SessionFactory, catalog));
            var partitioned = FindingText.Format(RuleRunner.Analyze(catalog, new AnalysisOptions { Partitions = sample.Partitions }));

            Assert.Equal(oneSession, partitioned);
        }, samples: 60);
    }

    [Fact]
    public void PartitionedAnalysis_FindsWhatOneSessionFinds_OnTheShippedCatalog_InEveryPartitionCount()
    {
        var oneSession = FindingText.Format(RuleRunner.Analyze(RuleRunner.SessionFactory, Catalog.Data));

        for (var partitions = 1; partitions <= 8; partitions++)
        {
            Assert.Equal(oneSession, FindingText.Format(RuleRunner.Analyze(Catalog.Data, new AnalysisOptions { Partitions = partitions })));
        }
    }

    [Fact]
    public void PartitionedAnalysis_JudgesTheGradesOfAppearanceMatches_AsOneSessionDoes()
    {
        // Synthetic matches are graded medium; graded high, those on one outlet are PR014's, which judges the entities
        // in each partition's session: a partition that left its matches out would lose those findings.
        var synthetic = SyntheticCatalog.Create(400, 800).Data;
        var catalog = TestCatalog.With(synthetic, "appearanceMatches", new EntityList<AppearanceMatch>(synthetic.AppearanceMatches.Select(m => m with { Confidence = Confidence.High }).ToArray()));
        var pr014 = RuleDescriptor.Of<PhoneRules.Analysis.Rules.PR014ConfidenceUnsupportedRule>().Id;

        var oneSession = RuleRunner.Analyze(RuleRunner.SessionFactory, catalog);

        Assert.Contains(oneSession, f => f.RuleId == pr014 && f.SubjectType == nameof(AppearanceMatch));
        for (var partitions = 1; partitions <= 3; partitions++)
        {
            Assert.Equal(FindingText.Format(oneSession), FindingText.Format(RuleRunner.Analyze(catalog, new AnalysisOptions { Partitions = partitions })));
        }
    }

    [Fact]
    public void Split_PutsEachFactInExactlyOnePartition_AndCutsGroupsThatCrossModelPartitions()
    {
        var catalog = SyntheticCatalog.Create(2_000, 20_000).Data;
        var index = new CatalogIndex(catalog);

        var parts = AnalysisPartitions.Split(catalog, 4);

        Assert.All(parts, part => Assert.NotEmpty(part.Models));
        Assert.All(parts, part => Assert.NotEmpty(part.Lookups));
        Assert.Equal(catalog.Models.OrderBy(m => m.Key, System.StringComparer.Ordinal), parts.SelectMany(p => p.Models).OrderBy(m => m.Key, System.StringComparer.Ordinal));
        Assert.Equal(catalog.ImeiLookups.Count, parts.Sum(p => p.Lookups.Count));
        Assert.Equal(catalog.ImeiLookups.Count, parts.SelectMany(p => p.Lookups).Distinct().Count());
        Assert.Equal(index.GroupByTac().Count, parts.Sum(p => p.TacGroups().Count));
        Assert.Equal(index.GroupByReportedModel().Count, parts.Sum(p => p.ForeignModelGroups().Count));
        Assert.Equal(catalog.DateClaims.Count, parts.Sum(p => p.Claims.Count));
        Assert.Equal(catalog.AppearanceMatches.Count, parts.Sum(p => p.Matches.Count));
        Assert.Equal(catalog.FactClaims.Count, parts.Sum(p => p.FactClaims.Count));
        // PR014 judges every graded entry in the partition that holds it: each is inserted into exactly one partition.
        var inserted = parts.SelectMany(p => p.Models.Cast<ICatalogEntity>().Concat(p.Lookups).Concat(p.Matches).Concat(p.Claims).Concat(p.FactClaims)).ToList();
        Assert.Equal(GradedEntry.Of(catalog).Select(e => e.Entity).OrderBy(e => e.Key, System.StringComparer.Ordinal), inserted.OrderBy(e => e.Key, System.StringComparer.Ordinal));
        Assert.Contains(inserted, e => GradedEntry.Grades(e) && GradedEntry.GradeOf(e) == Confidence.High);

        // Every TAC group lives in one partition; some of them hold models of other partitions (the case the
        // partition rules must handle through the shared index), and one model's claims are never split.
        var modelPartition = parts.SelectMany((p, i) => p.Models.Select(m => (m, i))).ToDictionary(x => x.m, x => x.i);
        Assert.Contains(parts.SelectMany((p, i) => p.TacGroups().Select(g => (g, i))), x => x.g.Lookups.Any(l => modelPartition[l.Model] != x.i));
        Assert.All(parts.SelectMany((p, i) => p.Claims.Select(c => (c, i))), x => Assert.Equal(modelPartition[x.c.Model], x.i));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(8)]
    public void Split_DealsEqualShares_AndKeepsEachTacsSightingsWithItsGroup(int count)
    {
        var catalog = SyntheticCatalog.Create(2_000, 20_000).Data;

        var parts = AnalysisPartitions.Split(catalog, count);

        // Models are dealt one at a time, in catalog order: shares differ by one at most.
        Assert.InRange(parts.Max(p => p.Models.Count) - parts.Min(p => p.Models.Count), 0, 1);
        Assert.Equal(catalog.Models.Where((_, i) => i % count == 1 % count), parts[1 % count].Models);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => AnalysisPartitions.Split(catalog, 0));

        // Each reported foreign model's group is whole in the partition its maker and name hash to: the groups
        // of all partitions are the catalog's groups.
        static string Describe(ForeignModelSightings g) => g.Maker.Key + "/" + g.ReportedModel + ":" + string.Join(",", g.Lookups.Select(l => l.Key)) + "#" + g.ModelCount;
        Assert.Equal(
            new CatalogIndex(catalog).GroupByReportedModel().Select(Describe).Order(System.StringComparer.Ordinal),
            parts.SelectMany(p => p.ForeignModelGroups()).Select(Describe).Order(System.StringComparer.Ordinal));
        Assert.All(parts, p => Assert.NotEmpty(p.ForeignModelGroups()));
        for (var i = 0; i < parts.Length; i++)
        {
            Assert.All(parts[i].ForeignModelGroups(), g => Assert.Equal(i, AnalysisPartitions.ReportedModelPartition(g.Maker, g.ReportedModel, count)));
        }

        // Sightings go by a hash of their TAC: within a tenth of an equal share, and with their TAC's group.
        var share = (double)catalog.ImeiLookups.Count / count;
        Assert.All(parts, p => Assert.InRange(p.Lookups.Count, share * 0.9, share * 1.1));
        // No TAC is in two partitions, and together they hold the catalog's groups, member for member.
        var tacs = parts.Select(p => p.Lookups.Where(l => l.Imei is not null).Select(l => l.Imei!.Value.Tac).ToHashSet()).ToList();
        for (var i = 0; i < tacs.Count; i++)
        {
            for (var j = i + 1; j < tacs.Count; j++)
            {
                Assert.Empty(tacs[i].Intersect(tacs[j]));
            }
        }

        static string Group(TacSightings g) => g.Tac + ":" + string.Join(",", g.Lookups.Select(l => l.Key)) + "#" + g.ModelCount;
        Assert.Equal(
            new CatalogIndex(catalog).GroupByTac().Select(Group).Order(System.StringComparer.Ordinal),
            parts.SelectMany(p => p.TacGroups()).Select(Group).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void TacPartition_SpreadsNeighbouringTacsEvenly_OverEveryCount()
    {
        // One maker's TACs are neighbours: a run of them spreads over every partition about equally.
        for (var count = 1; count <= 16; count++)
        {
            var shares = new int[count];
            for (var tac = 35_000_000; tac < 35_020_000; tac++)
            {
                shares[AnalysisPartitions.TacPartition(new Tac(tac), count)]++;
            }

            Assert.All(shares, n => Assert.InRange(n, 20_000.0 / count * 0.9, 20_000.0 / count * 1.1));
        }
    }

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(9_999, 2, 1)]
    [InlineData(10_000, 2, 2)]
    [InlineData(14_999, 2, 2)]
    [InlineData(1_100_000, 2, 2)]
    [InlineData(1_100_000, 8, 8)]
    [InlineData(1_100_000, 1, 1)]
    [InlineData(1_100_000, 0, 1)]
    public void DefaultCount_GivesEachPartitionAtLeastTheMinimum_AndNoMoreThanOnePerCore(int facts, int cores, int expected)
    {
        Assert.Equal(expected, AnalysisPartitions.DefaultCount(facts, cores));
        Assert.Equal(5_000, AnalysisPartitions.MinFactsPerPartition);
    }
}
