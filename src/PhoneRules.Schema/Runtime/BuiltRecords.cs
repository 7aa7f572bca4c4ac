using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace PhoneRules.Schema.Runtime;

/// <summary>
/// The typed records the generated <c>CatalogData.FromDocument</c> builds, each found by the entity it was built
/// from: one slot per entity, by the entity's place in the document (a dictionary keyed by the entity cost a hash
/// look-up, and a cache miss, for every entity and every reference among 1.1 million). Not meant for hand-written
/// code: read a catalog with <see cref="CatalogReader"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BuiltRecords
{
    private readonly object?[] _records;

    /// <summary>Room for a record of each of <paramref name="document"/>'s entities.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    public BuiltRecords(CatalogDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var slots = 0;
        foreach (var entity in document.Entities)
        {
            slots = Math.Max(slots, Slot(entity) + 1);
        }

        _records = new object?[slots];
    }

    /// <summary>The record built from <paramref name="entity"/>.</summary>
    /// <exception cref="KeyNotFoundException">When none has been built from it (yet).</exception>
    public object this[EntityRecord entity] =>
        Slot(entity) is var slot && slot < _records.Length && _records[slot] is { } record
            ? record
            : throw new KeyNotFoundException($"No record has been built from {entity.Type.Name} '{entity.Key}'; records are built in dependency order.");

    /// <summary>Keeps <paramref name="record"/>, built from <paramref name="entity"/>.</summary>
    /// <exception cref="ArgumentException">When a record was built from it already, or it is not one of the document's entities.</exception>
    public void Add(EntityRecord entity, object record)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        var slot = Slot(entity);
        if (slot >= _records.Length)
        {
            throw new ArgumentException($"{entity.Type.Name} '{entity.Key}' is not one of the document's entities.", nameof(entity));
        }

        if (_records[slot] is not null)
        {
            throw new ArgumentException($"A record was built from {entity.Type.Name} '{entity.Key}' already.", nameof(entity));
        }

        _records[slot] = record;
    }

    // An entity's place among the data's entities, given by the reader; settings, which have none, are not kept here.
    private static int Slot(EntityRecord entity)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(nameof(entity));
        }

        return entity.Ordinal >= 0
            ? entity.Ordinal
            : throw new ArgumentException($"{entity.Type.Name} '{entity.Key}' has no place among the data's entities.", nameof(entity));
    }
}
