using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PhoneRules.Model;
using PhoneRules.Analysis.Explanations;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// Small inputs never cause unbounded work: no setting, however large or negative, makes a rule throw or walk
/// an unbounded span; data years are bounded the same way; and findings and explanations grow linearly with
/// the catalog (asserted on counts of findings and recordings, never on time).
/// </summary>
public sealed class BoundedWorkTests
{
    // Far more than any bounded run gives on the shipped catalog (24 findings), far fewer than an unbounded one.
    private const int FindingBound = 2_000;

    public static TheoryData<string, string> ExtremeSettings()
    {
        var data = new TheoryData<string, string>();
        foreach (var property in NumericSettings())
        {
            foreach (var value in new[] { "min", "-1", "0", "max" })
            {
                data.Add(property.Name, value);
            }
        }

        return data;
    }

    [Fact]
    public void ExtremeSettings_CoverEveryNumericSetting()
    {
        // Spelled out so that a setting that stops being enumerated fails here.
        Assert.Equal(
            ["ConflictMinGapDays", "DroughtFirstYear", "DroughtLastYear", "DroughtMinHistoryReleases", "DroughtMinHistoryYears", "DroughtRatio", "DroughtWindowYears", "ExhibitionLastYear", "LateAnnouncementDays", "MadeBeforeUnveiledDays", "TradeCollapsePercent"],
            NumericSettings().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExtremeSettings))]
    public void ExtremeSetting_NeitherThrowsNorRunsAway(string setting, string value)
    {
        var property = typeof(CatalogSettings).GetProperty(setting)!;
        var settings = Catalog.Data.Settings with { };
        object boxed = property.PropertyType == typeof(int)
            ? (object)(value switch { "min" => int.MinValue, "max" => int.MaxValue, _ => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) })
            : value switch { "min" => decimal.MinValue, "max" => decimal.MaxValue, _ => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) };
        property.SetValue(settings, boxed);

        var findings = RuleRunner.Analyze(With(Catalog.Data, settings));

        Assert.InRange(findings.Count, 0, FindingBound);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void ExtremeExhibitionYear_ReportsAtMostTheBoundedSpan(int year)
    {
        var catalog = Catalog.Data;
        var first = catalog.Exhibitions.OrderBy(e => e.Key, StringComparer.Ordinal).First();
        var changed = new CatalogData(
            catalog.SourcePath, catalog.Settings, catalog.Sources, catalog.Makers, catalog.Series, catalog.Models, catalog.ImeiLookups,
            catalog.AppearanceMatches, catalog.DateClaims, catalog.ContextEvents, catalog.TradeYears,
            new EntityList<Exhibition>(catalog.Exhibitions.Select(e => ReferenceEquals(e, first) ? e with { Year = year } : e)),
            catalog.SeriesCounts,
            catalog.FactClaims);

        var findings = RuleRunner.Analyze(changed);

        Assert.InRange(findings.Count(f => f.RuleId == "PR007"), 0, RuleSupport.MaxYearSpan * catalog.Exhibitions.Select(e => e.Name).Distinct().Count());
    }

    [Theory]
    [InlineData(-2_000_000_000L, 2_000_000_000L, RuleSupport.MaxYearSpan, 1_999_999_801)]
    [InlineData(int.MinValue, int.MaxValue, RuleSupport.MaxYearSpan, int.MaxValue - 199)]
    [InlineData(2017, 2020, 4, 2017)]
    [InlineData(2020, 2017, 0, 0)]
    [InlineData(int.MaxValue + 1L, int.MaxValue + 5L, 0, 0)]
    public void Years_AreBoundedAndOverflowSafe(long first, long last, int count, int start)
    {
        var years = RuleSupport.Years(first, last).ToList();

        Assert.Equal(count, years.Count);
        if (count > 0)
        {
            Assert.Equal(start, years[0]);
            Assert.Equal(last, years[^1]);
        }
    }

    [Fact]
    public void FindingsAndExplanations_GrowLinearly_AtThreeSizes()
    {
        var sizes = new[] { 50, 100, 200 };
        var runs = sizes.Select(n =>
        {
            var catalog = Scaled(n);
            var findings = RuleRunner.Analyze(catalog);
            var explanations = Explainer.ExplainAll(catalog, findings, out var recordings);
            return (Findings: findings.Count, Steps: explanations.Values.Sum(s => s.Count), Recordings: recordings);
        }).ToList();

        // Each model adds one PR001 and one PR011 finding (the base entities give two more), and the same
        // number of steps and recordings; quadratic work would quadruple at each doubling.
        Assert.Equal([102, 202, 402], runs.Select(r => r.Findings));
        Assert.Equal(2 * (runs[1].Steps - runs[0].Steps), runs[2].Steps - runs[1].Steps);
        Assert.Equal(2 * (runs[1].Recordings - runs[0].Recordings), runs[2].Recordings - runs[1].Recordings);
    }

    // n models, each unveiled late (PR001) and with one conflicting claim (PR011).
    private static CatalogData Scaled(int n)
    {
        var builder = new TestCatalog();
        for (var i = 0; i < n; i++)
        {
            builder.Model($"m{i:D4}", released: "2018-10", unveiled: "2019-06")
                .Add("DateClaim", $"c{i:D4}", $"model: m{i:D4}\nevent: market-release\ndate: 2019-01\nconfidence: medium\nsources: [s1]");
        }

        return builder.Build();
    }

    private static IEnumerable<PropertyInfo> NumericSettings() =>
        typeof(CatalogSettings).GetProperties().Where(p => p.PropertyType == typeof(int) || p.PropertyType == typeof(decimal));

    private static CatalogData With(CatalogData catalog, CatalogSettings settings) => new(
        catalog.SourcePath, settings, catalog.Sources, catalog.Makers, catalog.Series, catalog.Models, catalog.ImeiLookups,
        catalog.AppearanceMatches, catalog.DateClaims, catalog.ContextEvents, catalog.TradeYears, catalog.Exhibitions, catalog.SeriesCounts, catalog.FactClaims);
}
