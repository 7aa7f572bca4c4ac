using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// Items grouped by a key: the groups in order of their first item, each group's items in the order given, in an
/// array of exactly their number. <see cref="By"/> counts the groups in a first pass and places the items in a
/// second, so that no group grows a list: at 100,000 models and 1,000,000 sightings the growing lists of the index and
/// the sighting groups, and the arrays they left behind, were a tenth of what the analysis allocated besides NRules
/// (docs/performance.md, sixteenth pass).
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TItem">The items.</typeparam>
internal sealed class Grouped<TKey, TItem>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _slots;
    private readonly TItem[][] _members;

    private Grouped(Dictionary<TKey, int> slots, List<TKey> keys, TItem[][] members)
    {
        _slots = slots;
        Keys = keys;
        _members = members;
    }

    /// <summary>The keys, in order of their group's first item.</summary>
    public IReadOnlyList<TKey> Keys { get; }

    /// <summary>The items of the <paramref name="group"/>th key of <see cref="Keys"/>.</summary>
    public IReadOnlyList<TItem> this[int group] => _members[group];

    /// <summary>The items whose key is <paramref name="key"/>; none when no item has it.</summary>
    public IReadOnlyList<TItem> Of(TKey key) => _slots.TryGetValue(key, out var slot) ? _members[slot] : Array.Empty<TItem>();

    /// <summary>
    /// Groups the items <paramref name="included"/> accepts (every item when null) by <paramref name="keyOf"/>, keys
    /// compared by <paramref name="comparer"/> (the key's own equality when null). Enumerates <paramref name="items"/> twice.
    /// </summary>
    public static Grouped<TKey, TItem> By(IEnumerable<TItem> items, Func<TItem, bool>? included, Func<TItem, TKey> keyOf, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keyOf);
        var slots = new Dictionary<TKey, int>(comparer);
        var keys = new List<TKey>();
        var sizes = new List<int>();
        foreach (var item in items)
        {
            if (included is not null && !included(item))
            {
                continue;
            }

            var key = keyOf(item);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var known);
            if (!known)
            {
                slot = keys.Count;
                keys.Add(key);
                sizes.Add(0);
            }

            sizes[slot]++;
        }

        var members = new TItem[keys.Count][];
        for (var group = 0; group < members.Length; group++)
        {
            members[group] = new TItem[sizes[group]];
        }

        // Each item goes after the items of its group placed before it: the order given, within a group.
        var placed = new int[keys.Count];
        foreach (var item in items)
        {
            if (included is not null && !included(item))
            {
                continue;
            }

            var slot = slots[keyOf(item)];
            members[slot][placed[slot]++] = item;
        }

        return new Grouped<TKey, TItem>(slots, keys, members);
    }
}
