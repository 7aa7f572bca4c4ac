using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>One entity of the data part: its type, key, place and validated field values.</summary>
public sealed class EntityRecord
{
    internal EntityRecord(TypeDefinition type, string key, SourceSpan span, FieldValues values, int ordinal = -1)
    {
        Ordinal = ordinal;
        Type = type;
        Key = key;
        Span = span;
        Values = values;
        DraftValues = values;
    }

    /// <summary>The entity's place among the data's entities in file order (the reader's passes index by it); -1 for settings.</summary>
    internal int Ordinal { get; }

    /// <summary>The values while the record is a draft, for the reader's last pass to finish; never changed after.</summary>
    internal FieldValues DraftValues { get; }

    /// <summary>The entity's type.</summary>
    public TypeDefinition Type { get; }

    /// <summary>The stable key (<c>pyongyang-2425</c>); empty for settings.</summary>
    public string Key { get; }

    /// <summary>Where the key is written.</summary>
    public SourceSpan Span { get; }

    /// <summary>Values by YAML field name; a field that is absent or invalid has no entry.</summary>
    public IReadOnlyDictionary<string, FieldValue> Values { get; }

    /// <summary>The value of <paramref name="field"/>, or null when absent.</summary>
    public FieldValue? Get(string field) => Values.TryGetValue(field, out var value) ? value : null;
}
