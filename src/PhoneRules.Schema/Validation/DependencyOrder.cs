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
        // and a cursor over its references, kept in a list so the cursor advances in place.
        var order = new List<EntityRecord>(drafts.Entities.Count);
        // 0: not seen, 1: on the path being walked, 2: ordered; by the entity's place among the drafts.
        var state = new byte[drafts.Entities.Count];
        var stack = new List<(EntityRecord Entity, ReferenceCursor Cursor)>();
        foreach (var start in drafts.Entities)
        {
            if (state[drafts.IndexOf(start)] != 0)
            {
                continue;
            }

            state[drafts.IndexOf(start)] = 1;
            stack.Add((start, default));
            while (stack.Count > 0)
            {
                var top = stack.Count - 1;
                var (entity, cursor) = stack[top];
                if (!drafts.NextReference(entity, ref cursor, out var reference, out var target))
                {
                    stack.RemoveAt(top);
                    state[drafts.IndexOf(entity)] = 2;
                    order.Add(entity);
                    continue;
                }

                stack[top] = (entity, cursor);
                var targetState = state[drafts.IndexOf(target)];
                if (targetState == 0)
                {
                    state[drafts.IndexOf(target)] = 1;
                    stack.Add((target, default));
                }
                else if (targetState == 1)
                {
                    context.Report(DiagnosticCodes.ReferenceCycle, $"{entity.Type.Name} '{entity.Key}' refers to {target.Type.Name} '{target.Key}', which refers back to it; break the cycle", reference.Span);
                }
            }
        }

        return order;
    }
}
