using System;
using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>The drafts with every reference that resolved, and the draft each reference value names.</summary>
internal sealed record LinkedDrafts(IReadOnlyList<EntityRecord> Entities, EntityRecord Settings, IReadOnlyDictionary<FieldValue, EntityRecord> Targets)
{
    /// <summary>
    /// The place of <paramref name="entity"/> in <see cref="Entities"/>: its ordinal, which the data reader gives in
    /// file order and every pass keeps. A mismatch is a bug in a pass, reported as an internal error.
    /// </summary>
    public int IndexOf(EntityRecord entity)
    {
        var index = entity.Ordinal;
        if (index < 0 || index >= Entities.Count || !ReferenceEquals(Entities[index], entity))
        {
            throw new InvalidOperationException($"{entity.Type.Name} '{entity.Key}' is not at its place among the drafts");
        }

        return index;
    }

    /// <summary>
    /// The next resolved reference value of <paramref name="entity"/> after <paramref name="cursor"/> (field by
    /// field, item by item), advancing the cursor; false when there is none. Start with a default cursor. A cursor
    /// is two numbers, so a walk over a million entities allocates nothing per entity.
    /// </summary>
    public bool NextReference(EntityRecord entity, ref ReferenceCursor cursor, out FieldValue item, out EntityRecord target)
    {
        var fields = entity.Type.Fields;
        for (; cursor.Field < fields.Count; cursor.Field++, cursor.Item = 0)
        {
            var field = fields[cursor.Field];
            if (field.Type.Kind != FieldKind.Reference || entity.Get(field.Name) is not { } value)
            {
                continue;
            }

            var count = value.Items?.Count ?? 1;
            while (cursor.Item < count)
            {
                item = value.Items?[cursor.Item] ?? value;
                cursor.Item++;
                if (Targets.TryGetValue(item, out var found))
                {
                    target = found;
                    return true;
                }
            }
        }

        item = null!;
        target = null!;
        return false;
    }
}

/// <summary>Where <see cref="LinkedDrafts.NextReference"/> is in an entity: the field's index and the next item's.</summary>
internal struct ReferenceCursor
{
    public int Field;
    public int Item;
}
