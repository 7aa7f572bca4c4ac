using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// What the tree builder's pool gives back (<see cref="YamlNodePool"/>): every node, entry and short child array of a
/// value taken makes the next values, and nothing given back keeps the text it held alive or readable.
/// </summary>
public sealed class YamlNodePoolTests
{
    private static readonly SourceSpan s_at = SourceSpan.At(5, 2, 3);

    [Fact]
    public void A_mapping_given_back_makes_the_next_mapping_its_entries_their_array_and_their_values()
    {
        var pool = new YamlNodePool();
        var mapping = Mapping(pool, ("a", pool.Scalar("1", true, s_at)), ("b", pool.Scalar("2", false, s_at)));
        var entries = mapping.Entries.ToArray();
        var array = mapping.Entries;
        var values = entries.Select(e => e.Value).ToArray();

        pool.Return(mapping);

        Assert.Same(mapping, pool.Mapping(s_at));
        var nextEntries = new[] { pool.Entry(Key("c"), values[0]), pool.Entry(Key("d"), values[1]) };
        Assert.Equal(entries.OrderBy(RuntimeHelpers.GetHashCode), nextEntries.OrderBy(RuntimeHelpers.GetHashCode));
        Assert.Equal("c", nextEntries[0].Key.Value);
        Assert.Same(array, pool.Array(nextEntries.ToList()));
        var scalars = new[] { pool.Scalar("x", true, s_at), pool.Scalar("y", true, s_at) };
        Assert.Equal(values.OrderBy(RuntimeHelpers.GetHashCode), scalars.OrderBy(RuntimeHelpers.GetHashCode));
        Assert.Equal(["x", "y"], scalars.Select(s => s.Value));
    }

    [Fact]
    public void A_list_given_back_makes_the_next_list_its_items_array_and_its_items()
    {
        var pool = new YamlNodePool();
        var items = new List<YamlNode> { pool.Scalar("1", true, s_at), pool.Scalar("2", true, s_at), pool.Scalar("3", true, s_at) };
        var list = pool.Sequence(s_at);
        list.Complete(pool.Array(items));
        var array = list.Items;

        pool.Return(list);

        Assert.Same(list, pool.Sequence(s_at));
        var next = Enumerable.Range(0, 3).Select(i => (YamlNode)pool.Scalar("n" + i, true, s_at)).ToList();
        Assert.Equal(items.OrderBy(RuntimeHelpers.GetHashCode), next.OrderBy(RuntimeHelpers.GetHashCode));
        Assert.Same(array, pool.Array(next));
        Assert.Equal(next, array);
    }

    [Fact]
    public void Nodes_inside_nodes_come_back_at_any_depth()
    {
        var pool = new YamlNodePool();
        var innerScalar = pool.Scalar("deep", true, s_at);
        var innerList = pool.Sequence(s_at);
        innerList.Complete(pool.Array(new List<YamlNode> { innerScalar }));
        var outer = Mapping(pool, ("list", innerList));

        pool.Return(outer);

        Assert.Same(innerScalar, pool.Scalar("again", true, s_at));
        Assert.Same(innerList, pool.Sequence(s_at));
        Assert.Same(outer, pool.Mapping(s_at));
    }

    [Fact]
    public void What_is_given_back_reads_as_nothing_and_holds_none_of_its_text()
    {
        var pool = new YamlNodePool();
        var scalar = pool.Scalar("value", false, s_at);
        var mapping = Mapping(pool, ("key", scalar));
        var entry = mapping.Entries[0];
        var list = pool.Sequence(s_at);
        list.Complete(pool.Array(new List<YamlNode> { pool.Scalar("item", true, s_at) }));

        pool.Return(mapping);
        pool.Return(list);

        Assert.True(scalar.IsNull);
        Assert.Equal(string.Empty, scalar.Value);
        Assert.Equal(default, scalar.Span);
        Assert.Equal(default, entry.Key);
        Assert.Empty(mapping.Entries);
        Assert.Empty(list.Items);
    }

    [Fact]
    public void Text_given_back_is_not_kept_alive_by_the_pool()
    {
        var pool = new YamlNodePool();
        var (keyText, valueText) = GiveBack(pool);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(keyText.IsAlive, "the key's text is still held");
        Assert.False(valueText.IsAlive, "the value's text is still held");
        GC.KeepAlive(pool);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    public void Arrays_of_up_to_32_children_come_back(int length)
    {
        var pool = new YamlNodePool();
        var list = List(pool, length);
        var array = list.Items;

        pool.Return(list);

        Assert.Same(array, pool.Array(Items(pool, length)));
        Assert.NotSame(array, pool.Array(Items(pool, length)));
    }

    [Fact]
    public void Longer_arrays_are_not_kept_and_an_empty_one_is_the_shared_empty_array()
    {
        var pool = new YamlNodePool();
        var list = List(pool, 33);
        var array = list.Items;

        pool.Return(list);

        Assert.NotSame(array, pool.Array(Items(pool, 33)));
        Assert.Same(Array.Empty<YamlNode>(), pool.Array(new List<YamlNode>()));
        var empty = pool.Sequence(s_at);
        empty.Complete(pool.Array(new List<YamlNode>()));
        pool.Return(empty);
        Assert.Same(Array.Empty<YamlEntry>(), pool.Array(new List<YamlEntry>()));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Key, WeakReference Value) GiveBack(YamlNodePool pool)
    {
        var keyText = new string('k', 40);
        var valueText = new string('v', 40);
        var mapping = pool.Mapping(s_at);
        mapping.Complete(pool.Array(new List<YamlEntry> { pool.Entry(new YamlKey(keyText, true, s_at), pool.Scalar(valueText, true, s_at)) }));
        pool.Return(mapping);
        return (new WeakReference(keyText), new WeakReference(valueText));
    }

    private static YamlKey Key(string text) => new(text, true, s_at);

    private static YamlMapping Mapping(YamlNodePool pool, params (string Key, YamlNode Value)[] entries)
    {
        var mapping = pool.Mapping(s_at);
        mapping.Complete(pool.Array(entries.Select(e => pool.Entry(Key(e.Key), e.Value)).ToList()));
        return mapping;
    }

    private static List<YamlNode> Items(YamlNodePool pool, int count) =>
        Enumerable.Range(0, count).Select(i => (YamlNode)pool.Scalar("i" + i, true, s_at)).ToList();

    private static YamlSequence List(YamlNodePool pool, int count)
    {
        var list = pool.Sequence(s_at);
        list.Complete(pool.Array(Items(pool, count)));
        return list;
    }
}
