using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>
/// An entity as the data pass read it, before its references are resolved: a reference field's values hold
/// the key they name (<see cref="FieldValue.ReferenceKey"/>). Never handed out; <see cref="DocumentAssembler"/>
/// turns drafts into <see cref="EntityRecord"/>s.
/// </summary>
internal sealed class EntityDraft
{
    public EntityDraft(TypeDefinition type, string key, SourceSpan span, IReadOnlyDictionary<string, FieldValue> values)
    {
        Type = type;
        Key = key;
        Span = span;
        Values = values;
    }

    public TypeDefinition Type { get; }

    public string Key { get; }

    public SourceSpan Span { get; }

    public IReadOnlyDictionary<string, FieldValue> Values { get; }

    public FieldValue? Get(string field) => Values.TryGetValue(field, out var value) ? value : null;
}
