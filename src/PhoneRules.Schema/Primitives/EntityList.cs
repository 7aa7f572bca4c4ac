using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PhoneRules;

/// <summary>The entities of one type, in file order, with lookup by key.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class EntityList<T> : IReadOnlyList<T>
    where T : class, ICatalogEntity
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byKey;

    /// <summary>Creates the list; keys must be unique.</summary>
    public EntityList(IEnumerable<T> items)
    {
        _items = new List<T>(items).ToArray();
        _byKey = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            if (_byKey.ContainsKey(item.Key))
            {
                throw new ArgumentException($"Duplicate key '{item.Key}' in {typeof(T).Name}.", nameof(items));
            }

            _byKey.Add(item.Key, item);
        }
    }

    /// <summary>An empty list.</summary>
    public static EntityList<T> Empty { get; } = new(Array.Empty<T>());

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The entity with <paramref name="key"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public T Get(string key) =>
        _byKey.TryGetValue(key, out var item) ? item : throw new KeyNotFoundException($"No {typeof(T).Name} has key '{key}'.");

    /// <summary>The entity with <paramref name="key"/>, or null.</summary>
    public T? Find(string key) => _byKey.TryGetValue(key, out var item) ? item : null;

    /// <summary>Looks up the entity with <paramref name="key"/>.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out T? value) => _byKey.TryGetValue(key, out value);

    /// <summary>Whether an entity has <paramref name="key"/>.</summary>
    public bool Contains(string key) => _byKey.ContainsKey(key);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
