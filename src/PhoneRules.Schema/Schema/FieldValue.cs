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

    /// <summary>
    /// For a reference as read (a draft's), its place in the validator's table of reference targets, numbered from
    /// 0 as values are read; -1 for every other value.
    /// </summary>
    internal int ReferenceSlot { get; init; } = -1;
}
