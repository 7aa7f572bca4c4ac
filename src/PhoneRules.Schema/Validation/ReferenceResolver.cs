using System;
using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Schema;

/// <summary>
/// The third pass: finds the entity every reference names. A reference to no entity is a PRG008 (unless it
/// meant a key already refused), and its field is left out of the result: the drafts it returns are new ones,
/// the drafts it was given are not changed.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly ValidationContext _context;
    private readonly CatalogSchema _schema;
    private readonly RefusedKeys _refused;

    public ReferenceResolver(ValidationContext context, CatalogSchema schema, RefusedKeys refused)
    {
        _context = context;
        _schema = schema;
        _refused = refused;
    }

    public LinkedDrafts Resolve(IReadOnlyList<EntityRecord> entities, EntityRecord settings)
    {
        var index = _schema.Types.ToDictionary(t => t.Name, _ => new Dictionary<string, EntityRecord>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            index[entity.Type.Name][entity.Key] = entity;
        }

        // Targets are the drafts as read; the linked drafts replace them one for one, so map the old to the new.
        var targets = new Dictionary<FieldValue, EntityRecord>();
        var linked = new Dictionary<EntityRecord, EntityRecord>(entities.Count);
        var result = new List<EntityRecord>(entities.Count);
        foreach (var entity in entities)
        {
            var copy = Link(entity, index, targets);
            linked.Add(entity, copy);
            result.Add(copy);
        }

        var linkedSettings = Link(settings, index, targets);
        var relinked = targets.ToDictionary(pair => pair.Key, pair => linked[pair.Value]);
        return new LinkedDrafts(result, linkedSettings, relinked);
    }

    private EntityRecord Link(EntityRecord entity, Dictionary<string, Dictionary<string, EntityRecord>> index, Dictionary<FieldValue, EntityRecord> targets)
    {
        Dictionary<string, FieldValue>? kept = null;
        foreach (var field in entity.Type.Fields)
        {
            if (field.Type.Kind != FieldKind.Reference || entity.Get(field.Name) is not { } value)
            {
                continue;
            }

            var candidates = index[field.Type.TargetName!];
            var resolved = true;
            foreach (var item in value.Items ?? new[] { value })
            {
                if (candidates.TryGetValue(item.ReferenceKey!, out var target))
                {
                    targets[item] = target;
                }
                else if (_refused.Contains(field.Type.TargetName!, item.ReferenceKey!))
                {
                    // The entity exists in the file but was refused (and reported): no second error about it.
                    resolved = false;
                }
                else
                {
                    resolved = false;
                    _context.Report(DiagnosticCodes.DanglingReference, $"no {field.Type.TargetName} has key '{ValidationContext.Shorten(item.ReferenceKey!)}'" + ValidationContext.DidYouMean(SchemaNames.Suggest(item.ReferenceKey!, candidates.Keys)), item.Span);
                }
            }

            if (!resolved)
            {
                kept ??= new Dictionary<string, FieldValue>(entity.Values.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
                kept.Remove(field.Name);
            }
        }

        return kept is null ? entity : new EntityRecord(entity.Type, entity.Key, entity.Span, kept);
    }
}
