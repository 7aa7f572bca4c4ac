using System.Linq;

namespace PhoneRules.Analysis.Tests;

/// <summary>The helpers the rules share: the bounded walk of years and how a range of days reads.</summary>
public sealed class RuleSupportTests
{
    [Theory]
    [InlineData(int.MinValue, int.MinValue, 1, int.MinValue)]
    [InlineData(int.MaxValue, int.MaxValue, 1, int.MaxValue)]
    [InlineData(int.MinValue - 10L, int.MinValue - 1L, 0, 0)]
    [InlineData(int.MinValue - 1L, int.MinValue, 0, 0)]
    [InlineData(int.MaxValue - 1L, int.MaxValue + 1L, 0, 0)]
    [InlineData(2020, 2020, 1, 2020)]
    [InlineData(2020, 2019, 0, 0)]
    public void Years_AtTheIntBounds_AreTheIntYearsOrNone(long first, long last, int count, int start)
    {
        var years = RuleSupport.Years(first, last).ToList();

        Assert.Equal(Enumerable.Range(start, count), years);
    }

    [Theory]
    [InlineData(3, 3, "3 days")]
    [InlineData(0, 0, "0 days")]
    [InlineData(3, 40, "3 to 40 days")]
    [InlineData(-5, 1000, "-5 to 1000 days")]
    public void Days_OneValueOrARange(int min, int max, string expected)
    {
        Assert.Equal(expected, RuleSupport.Days(new PhoneRules.DayRange(min, max)));
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData("a", "", "a")]
    [InlineData("a a", "", "a")]
    [InlineData("a a a", "", "a")]
    [InlineData("b a", "", "b a")]
    [InlineData("a", "b", "a b")]
    [InlineData("a", "a", "a")]
    [InlineData("", "c|c d", "c d")]
    [InlineData("a b", "b c|a|d", "a b c d")]
    public void DistinctKeys_NameEachSourceOnce_InTheOrderFirstNamed(string first, string more, string expected)
    {
        var sources = new System.Collections.Generic.Dictionary<string, PhoneRules.Model.Source>();
        PhoneRules.Model.Source[] Of(string keys) => keys.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(k => sources.TryGetValue(k, out var s) ? s : sources[k] = new PhoneRules.Model.Source { Key = k }).ToArray();
        var lists = more.Split('|', System.StringSplitOptions.RemoveEmptyEntries).Select(Of).ToArray();

        var keys = RuleSupport.DistinctKeys(Of(first), lists, list => list);

        Assert.Equal(expected.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), keys);
        Assert.Equal(Of(first).Concat(lists.SelectMany(l => l)).Select(s => s.Key).Distinct(), keys);
    }

    [Fact]
    public void Keys_AreTheSourcesKeysInOrder()
    {
        PhoneRules.Model.Source[] sources = [new() { Key = "b" }, new() { Key = "a" }, new() { Key = "b" }];

        Assert.Equal(["b", "a", "b"], RuleSupport.Keys(sources));
        Assert.Empty(RuleSupport.Keys([]));
    }
}
