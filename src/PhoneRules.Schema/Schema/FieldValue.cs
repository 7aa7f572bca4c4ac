using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>A validated value of one field: the typed value, or a list of them, and where it was written.</summary>
public sealed class FieldValue
{
    // Set once more only while the value is a draft's reference (ResolveTo), never after it is handed out.
    private object? _value;

    internal FieldValue(object? value, IReadOnlyList<FieldValue>? items, SourceSpan span)
    {
        _value = value;
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
    public object? Value => _value;

    /// <summary>The items of a list field; null for a single value.</summary>
    public IReadOnlyList<FieldValue>? Items { get; }

    /// <summary>Where the value was written.</summary>
    public SourceSpan Span { get; }

    /// <summary>For a reference, the key as written (<c>chollyong</c>); null for every other kind.</summary>
    public string? ReferenceKey { get; internal init; }

    /// <summary>
    /// For a reference, its place in the validator's table of reference targets, numbered from 0 as values are read;
    /// -1 for every other value.
    /// </summary>
    internal int ReferenceSlot { get; init; } = -1;

    /// <summary>
    /// Makes a draft's reference value the resolved one, in place (<see cref="DocumentAssembler"/>): drafts are never
    /// handed out, so no one sees the change, and a value read once is not allocated twice (#18 item 3).
    /// </summary>
    internal void ResolveTo(EntityRecord target) => _value = target;
}
