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
        // Iterative depth-first search: deep reference chains must not overflow the stack.
        var order = new List<EntityRecord>(drafts.Entities.Count);
        var state = new Dictionary<EntityRecord, int>(drafts.Entities.Count);
        var stack = new Stack<(EntityRecord Entity, IEnumerator<(FieldValue Item, EntityRecord Target)> References)>();
        foreach (var start in drafts.Entities)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            state[start] = 1;
            stack.Push((start, drafts.References(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (entity, references) = stack.Peek();
                if (!references.MoveNext())
                {
                    stack.Pop();
                    state[entity] = 2;
                    order.Add(entity);
                    continue;
                }

                var (reference, target) = references.Current;
                if (!state.TryGetValue(target, out var targetState))
                {
                    state[target] = 1;
                    stack.Push((target, drafts.References(target).GetEnumerator()));
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
