using System;
using System.Linq;
using CsCheck;
using PhoneRules.Analysis.Facts;
using PhoneRules.Testing;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// <see cref="Grouped{TKey, TItem}"/> groups as LINQ's <c>GroupBy</c> does (groups in order of their first item, items
/// in the order given), with the items it is told to leave out left out, and keys compared by the comparer given.
/// </summary>
public sealed class GroupedTests
{
    // Up to 60 items whose keys come from a few values, some left out: keys repeat, groups of one and of many.
    private static readonly Gen<(int Key, bool Included)[]> s_items = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 4].Select(i => i != 0)).Array[0, 60];

    [Fact]
    public void By_GroupsAsGroupByDoes_LeavingOutWhatIsNotIncluded()
    {
        Property.Check(s_items, picks =>
        {
            var items = picks.Select((pick, i) => new Item(i, pick.Key, pick.Included)).ToList();

            var grouped = Grouped<int, Item>.By(items, static item => item.Included, static item => item.Key, comparer: null);
            var expected = items.Where(item => item.Included).GroupBy(item => item.Key).ToList();

            Assert.Equal(expected.Select(g => g.Key), grouped.Keys);
            for (var group = 0; group < expected.Count; group++)
            {
                Assert.Equal(expected[group], grouped[group]);
                Assert.Equal(expected[group], grouped.Of(expected[group].Key));
            }

            foreach (var key in Enumerable.Range(0, 8).Except(expected.Select(g => g.Key)))
            {
                Assert.Empty(grouped.Of(key));
            }
        }, samples: 500);
    }

    [Fact]
    public void By_TakesEveryItemWithoutAFilter_AndComparesKeysByTheComparer()
    {
        var items = new[] { "b", "A", "a", "B", "c" };

        var grouped = Grouped<string, string>.By(items, included: null, static item => item, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(["b", "A", "c"], grouped.Keys);
        Assert.Equal(["b", "B"], grouped[0]);
        Assert.Equal(["A", "a"], grouped.Of("a"));
        Assert.Equal(["c"], grouped.Of("C"));
        Assert.Empty(grouped.Of("d"));
    }

    [Fact]
    public void By_OfNothing_HasNoGroups()
    {
        var grouped = Grouped<int, Item>.By([], included: null, static item => item.Key, comparer: null);

        Assert.Empty(grouped.Keys);
        Assert.Empty(grouped.Of(0));
    }

    private sealed record Item(int Index, int Key, bool Included);
}
