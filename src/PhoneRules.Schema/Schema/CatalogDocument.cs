using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>A validated value of one field: the typed value, or a list of them, and where it was written.</summary>
public sealed class FieldValue
{
    internal FieldValue(object? value, IReadOnlyList<FieldValue>? items, SourceSpan span)
    {
        Value = value;
        Items = items;
        Span = span;
    }

    /// <summary>
    /// The typed value: <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/>, <see cref="bool"/>,
    /// <see cref="System.DateTime"/> (date), <see cref="PhoneRules.FuzzyDate"/>, <see cref="System.Uri"/>,
    /// <see cref="PhoneRules.CountryCode"/>, <see cref="PhoneRules.Imei"/>, <see cref="PhoneRules.Tac"/>,
    /// <see cref="int"/> (enum member index) or <see cref="EntityRecord"/> (a resolved reference).
    /// Null for a list.
    /// </summary>
    public object? Value { get; }

    /// <summary>The items of a list field; null for a single value.</summary>
    public IReadOnlyList<FieldValue>? Items { get; }

    /// <summary>Where the value was written.</summary>
    public SourceSpan Span { get; }

    /// <summary>For a reference, the key as written (<c>chollyong</c>); null for every other kind.</summary>
    public string? ReferenceKey { get; internal init; }
}

/// <summary>One entity of the data part: its type, key, place and validated field values.</summary>
public sealed class EntityRecord
{
    internal EntityRecord(TypeDefinition type, string key, SourceSpan span, Dictionary<string, FieldValue> values)
    {
        Type = type;
        Key = key;
        Span = span;
        Values = values;
    }

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

/// <summary>A catalog after validation: its schema, settings and entities.</summary>
public sealed class CatalogDocument
{
    internal CatalogDocument(string filePath, CatalogSchema schema, EntityRecord settings, IReadOnlyList<EntityRecord> entities, IReadOnlyList<EntityRecord> dependencyOrder)
    {
        FilePath = filePath;
        Schema = schema;
        Settings = settings;
        Entities = entities;
        EntitiesInDependencyOrder = dependencyOrder;
    }

    /// <summary>The file as the caller named it.</summary>
    public string FilePath { get; }

    /// <summary>The schema part.</summary>
    public CatalogSchema Schema { get; }

    /// <summary>The settings values.</summary>
    public EntityRecord Settings { get; }

    /// <summary>Every entity, in file order.</summary>
    public IReadOnlyList<EntityRecord> Entities { get; }

    /// <summary>Every entity, each after every entity it references (file order otherwise).</summary>
    public IReadOnlyList<EntityRecord> EntitiesInDependencyOrder { get; }
}
