using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>The drafts with every reference that resolved, and the draft each reference value names.</summary>
internal sealed record LinkedDrafts(IReadOnlyList<EntityRecord> Entities, EntityRecord Settings, IReadOnlyDictionary<FieldValue, EntityRecord> Targets)
{
    /// <summary>The resolved reference values of <paramref name="entity"/>, field by field, item by item.</summary>
    public IEnumerable<(FieldValue Item, EntityRecord Target)> References(EntityRecord entity)
    {
        foreach (var field in entity.Type.Fields)
        {
            if (field.Type.Kind != FieldKind.Reference || entity.Get(field.Name) is not { } value)
            {
                continue;
            }

            foreach (var item in value.Items ?? new[] { value })
            {
                if (Targets.TryGetValue(item, out var target))
                {
                    yield return (item, target);
                }
            }
        }
    }
}
