using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>A validated value of one field: the typed value, or a list of them, and where it was written.</summary>
public sealed class FieldValue
{
    // One word for what a value holds (#18 item 3: a catalog of 100,000 models has two million values): the typed
    // value; a list's items (FieldValue[]); a draft reference's key as written, until ResolveTo makes it the target's
    // record (set once more only then, while the value is a draft's, never after it is handed out).
    private object? _value;

    internal FieldValue(object? value, FieldValue[]? items, SourceSpan span)
    {
        _value = (object?)items ?? value;
        Span = span;
    }

    private FieldValue(string referenceKey, int referenceSlot, SourceSpan span)
    {
        _value = referenceKey;
        ReferenceSlot = referenceSlot;
        Span = span;
    }

    /// <summary>
    /// The typed value: <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/>, <see cref="bool"/>,
    /// <see cref="System.DateTime"/> (date), <see cref="PhoneRules.FuzzyDate"/>, <see cref="System.Uri"/>,
    /// <see cref="PhoneRules.CountryCode"/>, <see cref="PhoneRules.Imei"/>, <see cref="PhoneRules.Tac"/>,
    /// <see cref="int"/> (enum member index) or <see cref="EntityRecord"/> (a resolved reference).
    /// Null for a list.
    /// </summary>
    public object? Value => _value is FieldValue[] || (ReferenceSlot >= 0 && _value is string) ? null : _value;

    /// <summary>The items of a list field; null for a single value.</summary>
    public IReadOnlyList<FieldValue>? Items => ItemArray;

    /// <summary>A list's items as the array they are held in (the reader's passes index it without an interface call); null for a single value.</summary>
    internal FieldValue[]? ItemArray => _value as FieldValue[];

    /// <summary>Where the value was written.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// For a reference, the key as written (<c>chollyong</c>), which is its target's key once resolved; null for every
    /// other kind.
    /// </summary>
    public string? ReferenceKey => ReferenceSlot < 0 ? null : _value is EntityRecord target ? target.Key : (string?)_value;

    /// <summary>
    /// For a reference, its place in the validator's table of reference targets, numbered from 0 as values are read;
    /// -1 for every other value.
    /// </summary>
    internal int ReferenceSlot { get; } = -1;

    /// <summary>A draft's reference to the entity with key <paramref name="key"/>, in slot <paramref name="slot"/>.</summary>
    internal static FieldValue Reference(string key, int slot, SourceSpan span) => new(key, slot, span);

    /// <summary>
    /// Makes a draft's reference value the resolved one, in place (<see cref="DocumentAssembler"/>): drafts are never
    /// handed out, so no one sees the change, and a value read once is not allocated twice (#18 item 3).
    /// </summary>
    internal void ResolveTo(EntityRecord target) => _value = target;
}
