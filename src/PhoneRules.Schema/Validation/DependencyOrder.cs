using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>
/// The fourth pass: orders the entities so each comes after every entity it references (file order
/// otherwise), which is the order immutable records can be built in. A cycle is a PRG016.
/// </summary>
internal static class DependencyOrder
{
    public static List<EntityRecord> Compute(ValidationContext context, LinkedDrafts drafts)
    {
        // Iterative depth-first search: deep reference chains must not overflow the stack. Each frame is an entity
        // and a cursor over its references; a frame is an object reused at its depth, so the cursor advances in
        // place and a walk over a million entities allocates only as many frames as its deepest chain. (Not a list
        // of value tuples: a list over our struct is compiled afresh in each new compiler process, #18 item 7.)
        var order = new List<EntityRecord>(drafts.Entities.Count);
        // 0: not seen, 1: on the path being walked, 2: ordered; by the entity's place among the drafts.
        var state = new byte[drafts.Entities.Count];
        var frames = new List<Frame>();
        var depth = 0;
        void Push(EntityRecord entity)
        {
            if (depth == frames.Count)
            {
                frames.Add(new Frame());
            }

            frames[depth].Entity = entity;
            frames[depth].Cursor = default;
            depth++;
        }

        foreach (var start in drafts.Entities)
        {
            var startIndex = drafts.IndexOf(start);
            if (state[startIndex] != 0)
            {
                continue;
            }

            state[startIndex] = 1;
            Push(start);
            while (depth > 0)
            {
                var top = frames[depth - 1];
                var entity = top.Entity!;
                if (!drafts.NextReference(entity, ref top.Cursor, out var reference, out var target))
                {
                    top.Entity = null;
                    depth--;
                    state[drafts.IndexOf(entity)] = 2;
                    order.Add(entity);
                    continue;
                }

                var targetIndex = drafts.IndexOf(target);
                var targetState = state[targetIndex];
                if (targetState == 0)
                {
                    state[targetIndex] = 1;
                    Push(target);
                }
                else if (targetState == 1)
                {
                    context.Report(DiagnosticCodes.ReferenceCycle, $"{entity.Type.Name} '{entity.Key}' refers to {target.Type.Name} '{target.Key}', which refers back to it; break the cycle", reference.Span);
                }
            }
        }

        return order;
    }

    private sealed class Frame
    {
        public EntityRecord? Entity;
        public ReferenceCursor Cursor;
    }
}
