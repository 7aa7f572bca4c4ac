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

    /// <summary>
    /// Links <paramref name="entities"/> and <paramref name="settings"/>, whose reference values hold slots below
    /// <paramref name="referenceCount"/> (<see cref="FieldValue.ReferenceSlot"/>).
    /// </summary>
    public LinkedDrafts Resolve(IReadOnlyList<EntityRecord> entities, EntityRecord settings, int referenceCount)
    {
        // Each type's table made at its size, not grown by doubling over a hundred thousand keys. A section keeps its
        // type's entities together, so the count (and below, the table) is looked up once per run of one type.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var entityIndex = 0; entityIndex < entities.Count;)
        {
            var type = entities[entityIndex].Type;
            var run = entityIndex;
            while (entityIndex < entities.Count && ReferenceEquals(entities[entityIndex].Type, type))
            {
                entityIndex++;
            }

            counts[type.Name] = (counts.TryGetValue(type.Name, out var count) ? count : 0) + (entityIndex - run);
        }

        var index = _schema.Types.ToDictionary(t => t.Name, t => new Dictionary<string, EntityRecord>(counts.TryGetValue(t.Name, out var count) ? count : 0, StringComparer.Ordinal), StringComparer.Ordinal);
        Dictionary<string, EntityRecord>? table = null;
        TypeDefinition? tableType = null;
        for (var entityIndex = 0; entityIndex < entities.Count; entityIndex++)
        {
            var entity = entities[entityIndex];
            if (!ReferenceEquals(entity.Type, tableType))
            {
                tableType = entity.Type;
                table = index[tableType.Name];
            }

            table![entity.Key] = entity;
        }

        // Targets are the drafts as read; the linked drafts replace them one for one, so map the old to the new.
        var targets = new EntityRecord?[referenceCount];
        // Most drafts resolve whole and are kept as they are; only when one was copied do the targets need mapping.
        Dictionary<EntityRecord, EntityRecord>? copied = null;
        var result = new List<EntityRecord>(entities.Count);
        var links = new TypeLinks();
        for (var entityIndex = 0; entityIndex < entities.Count; entityIndex++)
        {
            var entity = entities[entityIndex];
            var copy = Link(entity, links.For(entity.Type, index), targets);
            if (!ReferenceEquals(copy, entity))
            {
                (copied ??= new Dictionary<EntityRecord, EntityRecord>()).Add(entity, copy);
            }

            result.Add(copy);
        }

        var linkedSettings = Link(settings, links.For(settings.Type, index), targets);
        if (copied is not null)
        {
            for (var slot = 0; slot < targets.Length; slot++)
            {
                if (targets[slot] is { } target && copied.TryGetValue(target, out var copy))
                {
                    targets[slot] = copy;
                }
            }
        }

        return new LinkedDrafts(result, linkedSettings, targets);
    }

    private EntityRecord Link(EntityRecord entity, TypeLinks links, EntityRecord?[] targets)
    {
        FieldValues? kept = null;
        for (var link = 0; link < links.Fields.Count; link++)
        {
            var fieldIndex = links.Fields[link];
            if (entity.DraftValues.At(fieldIndex) is not { } value)
            {
                continue;
            }

            var field = entity.Type.Fields[fieldIndex];
            var candidates = links.Tables[link];
            var resolved = true;
            var items = value.ItemArray;
            var count = items?.Length ?? 1;
            for (var i = 0; i < count; i++)
            {
                var item = items?[i] ?? value;
                if (candidates.TryGetValue(item.ReferenceKey!, out var target))
                {
                    targets[item.ReferenceSlot] = target;
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
                kept ??= entity.DraftValues.Copy();
                kept.Remove(field.Name);
            }
        }

        return kept is null ? entity : new EntityRecord(entity.Type, entity.Key, entity.Span, kept, entity.Ordinal);
    }

    /// <summary>
    /// The reference fields of one type (their places among its fields) and the table of keys each names, made again
    /// only when the type changes: a section's entities come one after another.
    /// </summary>
    private sealed class TypeLinks
    {
        private TypeDefinition? _type;

        public List<int> Fields { get; } = new();

        public List<Dictionary<string, EntityRecord>> Tables { get; } = new();

        public TypeLinks For(TypeDefinition type, Dictionary<string, Dictionary<string, EntityRecord>> index)
        {
            if (ReferenceEquals(type, _type))
            {
                return this;
            }

            _type = type;
            Fields.Clear();
            Tables.Clear();
            for (var fieldIndex = 0; fieldIndex < type.Fields.Count; fieldIndex++)
            {
                if (type.Fields[fieldIndex].Type.Kind == FieldKind.Reference)
                {
                    Fields.Add(fieldIndex);
                    Tables.Add(index[type.Fields[fieldIndex].Type.TargetName!]);
                }
            }

            return this;
        }
    }
}
