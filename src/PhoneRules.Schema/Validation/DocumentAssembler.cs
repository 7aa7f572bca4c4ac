using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>
/// The last pass: finishes the <see cref="EntityRecord"/>s, each after the entities it references, so every
/// reference value holds its finished target. A draft becomes its record in place (its reference values resolved in
/// place, a reference that closes a cycle left out): drafts are never handed out, so nothing anyone holds changes,
/// and nothing is changed after it is finished.
/// </summary>
internal static class DocumentAssembler
{
    public static CatalogDocument Assemble(string filePath, CatalogSchema schema, LinkedDrafts drafts, IReadOnlyList<EntityRecord> dependencyOrder)
    {
        var finished = new bool[drafts.Entities.Count];
        for (var draftIndex = 0; draftIndex < dependencyOrder.Count; draftIndex++)
        {
            var draft = dependencyOrder[draftIndex];
            Finish(draft, drafts, finished);
            finished[drafts.IndexOf(draft)] = true;
        }

        // Both lists were made for this document by the passes before, and no one else holds them.
        Finish(drafts.Settings, drafts, finished);
        return new CatalogDocument(filePath, schema, drafts.Settings, drafts.Entities, dependencyOrder);
    }

    private static void Finish(EntityRecord draft, LinkedDrafts drafts, bool[] finished)
    {
        var fields = draft.Type.Fields;
        for (var fieldIndex = 0; fieldIndex < fields.Count; fieldIndex++)
        {
            var field = fields[fieldIndex];
            if (field.Type.Kind != FieldKind.Reference || draft.DraftValues.At(fieldIndex) is not { } value)
            {
                continue;
            }

            if (!Resolve(value, drafts, finished))
            {
                // A reference whose target is not finished yet closes a cycle, which is reported: the field is left out.
                draft.DraftValues.Remove(field.Name);
            }
        }
    }

    // Resolves the draft's value in place when every target it names is finished; a list only when all of its items
    // are (otherwise it is left out whole, and none of its items is changed).
    private static bool Resolve(FieldValue value, LinkedDrafts drafts, bool[] finished)
    {
        var items = value.ItemArray;
        if (items is null)
        {
            if (Target(value, drafts, finished) is not { } target)
            {
                return false;
            }

            value.ResolveTo(target);
            return true;
        }

        for (var itemIndex = 0; itemIndex < items.Length; itemIndex++)
        {
            if (Target(items[itemIndex], drafts, finished) is null)
            {
                return false;
            }
        }

        for (var itemIndex = 0; itemIndex < items.Length; itemIndex++)
        {
            var item = items[itemIndex];
            item.ResolveTo(Target(item, drafts, finished)!);
        }

        return true;
    }

    private static EntityRecord? Target(FieldValue item, LinkedDrafts drafts, bool[] finished) =>
        drafts.TargetOf(item) is { } draft && finished[drafts.IndexOf(draft)] ? draft : null;
}
