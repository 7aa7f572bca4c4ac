using System;
using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>
/// The drafts with every reference that resolved, and the draft each reference value names, by the value's
/// <see cref="FieldValue.ReferenceSlot"/> (null for a reference that did not resolve).
/// </summary>
internal sealed record LinkedDrafts(IReadOnlyList<EntityRecord> Entities, EntityRecord Settings, IReadOnlyList<EntityRecord?> Targets)
{
    /// <summary>The draft <paramref name="item"/> (a reference value as read) names, or null when it did not resolve.</summary>
    public EntityRecord? TargetOf(FieldValue item) => item.ReferenceSlot >= 0 ? Targets[item.ReferenceSlot] : null;

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
            if (field.Type.Kind != FieldKind.Reference || entity.DraftValues.At(cursor.Field) is not { } value)
            {
                continue;
            }

            var items = value.ItemArray;
            var count = items?.Length ?? 1;
            while (cursor.Item < count)
            {
                item = items?[cursor.Item] ?? value;
                cursor.Item++;
                if (TargetOf(item) is { } found)
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
