using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Schema;

/// <summary>
/// The last pass: builds the immutable <see cref="EntityRecord"/>s, each after the entities it references, so
/// every reference value holds its finished target. Nothing is changed after it is built.
/// </summary>
internal static class DocumentAssembler
{
    public static CatalogDocument Assemble(string filePath, CatalogSchema schema, LinkedDrafts drafts, IReadOnlyList<EntityRecord> dependencyOrder)
    {
        var built = new Dictionary<EntityRecord, EntityRecord>(drafts.Entities.Count);
        var order = new List<EntityRecord>(dependencyOrder.Count);
        for (var draftIndex = 0; draftIndex < dependencyOrder.Count; draftIndex++)
        {
            var draft = dependencyOrder[draftIndex];
            var record = Build(draft, drafts, built);
            built.Add(draft, record);
            order.Add(record);
        }

        var entities = drafts.Entities.Select(d => built[d]).ToList();
        var settings = Build(drafts.Settings, drafts, built);
        return new CatalogDocument(filePath, schema, settings, entities, order);
    }

    private static EntityRecord Build(EntityRecord draft, LinkedDrafts drafts, Dictionary<EntityRecord, EntityRecord> built)
    {
        // A draft without a reference value is already what the record would be, and nothing else holds it.
        if (!HasReference(draft))
        {
            return draft;
        }

        var values = new Dictionary<string, FieldValue>(draft.Values.Count, System.StringComparer.Ordinal);
        for (var fieldIndex = 0; fieldIndex < draft.Type.Fields.Count; fieldIndex++)
        {
            var field = draft.Type.Fields[fieldIndex];
            if (draft.Get(field.Name) is not { } value)
            {
                continue;
            }

            if (field.Type.Kind != FieldKind.Reference)
            {
                values.Add(field.Name, value);
            }
            else if (Resolve(value, drafts, built) is { } resolved)
            {
                values.Add(field.Name, resolved);
            }

            // A reference whose target is not built yet closes a cycle, which is reported: the field is left out.
        }

        return new EntityRecord(draft.Type, draft.Key, draft.Span, values);
    }

    private static bool HasReference(EntityRecord draft)
    {
        for (var fieldIndex = 0; fieldIndex < draft.Type.Fields.Count; fieldIndex++)
        {
            var field = draft.Type.Fields[fieldIndex];
            if (field.Type.Kind == FieldKind.Reference && draft.Values.ContainsKey(field.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static FieldValue? Resolve(FieldValue value, LinkedDrafts drafts, Dictionary<EntityRecord, EntityRecord> built)
    {
        if (value.Items is null)
        {
            return Target(value, drafts, built) is { } target ? Reference(value, target) : null;
        }

        var items = new List<FieldValue>(value.Items.Count);
        for (var itemIndex = 0; itemIndex < value.Items.Count; itemIndex++)
        {
            var item = value.Items[itemIndex];
            if (Target(item, drafts, built) is not { } target)
            {
                return null;
            }

            items.Add(Reference(item, target));
        }

        return new FieldValue(null, items, value.Span);
    }

    private static EntityRecord? Target(FieldValue item, LinkedDrafts drafts, Dictionary<EntityRecord, EntityRecord> built) =>
        drafts.Targets.TryGetValue(item, out var draft) && built.TryGetValue(draft, out var record) ? record : null;

    private static FieldValue Reference(FieldValue item, EntityRecord target) => new(target, null, item.Span) { ReferenceKey = item.ReferenceKey };
}
