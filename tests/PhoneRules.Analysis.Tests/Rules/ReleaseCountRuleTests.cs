using System.Linq;
using CsCheck;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Rules.Support;
using PhoneRules.Model;
using PhoneRules.Testing;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class ReleaseCountRuleTests
{
    // Models as (line, key number, whether certainly released in 2020), handed over in the generated order: lines
    // repeat, so the key decides among models of one line.
    private static readonly Gen<(int Line, int Key, bool Certain)[]> s_models =
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, 99], Gen.Bool).Array[0, 12];

    [Fact]
    public void Count_ListsTheModelsByLineThenKey_WhateverTheOrderGiven()
    {
        Property.Check(s_models, drawn =>
        {
            var models = drawn.Select((m, i) => new PhoneModel
            {
                Key = "k" + m.Key.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Location = new CatalogLocation(m.Line, 3),
                Released = FuzzyDate.Parse(m.Certain ? "2020-05" : "2019-12/2020-02"),
            }).ToList();

            var count = ReleaseCountRule.Count(new AnalysisYear(2020), models);

            var expected = models.OrderBy(m => m.Location.Line).ThenBy(m => m.Key, System.StringComparer.Ordinal).Select(m => m.Key);
            Assert.Equal(expected, count.Models.Select(m => m.Key));
            Assert.Equal(2020, count.Year);
            Assert.Equal(drawn.Count(m => m.Certain), count.Min);
            Assert.Equal(drawn.Length, count.Max);
        }, samples: 300);
    }

    [Fact]
    public void Count_OneLine_OrdersByKeyOrdinally()
    {
        var models = new[] { "b", "B", "a", "a1" }.Select(k => new PhoneModel { Key = k, Location = new CatalogLocation(7, 3), Released = FuzzyDate.Parse("2020") }).ToList();

        Assert.Equal(["B", "a", "a1", "b"], ReleaseCountRule.Count(new AnalysisYear(2020), models).Models.Select(m => m.Key));
    }
}
