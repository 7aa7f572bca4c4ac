using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Schema;

/// <summary>
/// An entity's field values by field name: one slot per field of its type, enumerated in the schema's order. A
/// dictionary per entity cost about 430 bytes for eight fields, a quarter of what reading a model allocated beside its
/// values (#18 item 3); the slots cost a word a field. A field name is found among the type's few fields
/// (<see cref="TypeDefinition.IndexOfField"/>).
/// </summary>
internal sealed class FieldValues : IReadOnlyDictionary<string, FieldValue>
{
    private readonly TypeDefinition _type;
    private readonly FieldValue?[] _slots;
    private int _count;

    public FieldValues(TypeDefinition type)
    {
        _type = type;
        _slots = new FieldValue?[type.Fields.Count];
    }

    private FieldValues(FieldValues copy)
    {
        _type = copy._type;
        _slots = (FieldValue?[])copy._slots.Clone();
        _count = copy._count;
    }

    public int Count => _count;

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<FieldValue> Values => this.Select(pair => pair.Value);

    public FieldValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no value for field '{key}'");

    /// <summary>A copy that can change apart from this one.</summary>
    public FieldValues Copy() => new(this);

    /// <summary>Sets the value of <paramref name="field"/>, which must be a field of the type and not set yet.</summary>
    public void Add(string field, FieldValue value)
    {
        var index = IndexOf(field);
        if (index < 0)
        {
            throw new ArgumentException($"'{field}' is not a field of this type", nameof(field));
        }

        AddAt(index, value);
    }

    /// <summary>Adds the value of the type's field at <paramref name="fieldIndex"/> (its place among the type's fields).</summary>
    public void AddAt(int fieldIndex, FieldValue value)
    {
        if (_slots[fieldIndex] is not null)
        {
            throw new ArgumentException($"field '{_type.Fields[fieldIndex].Name}' already has a value", nameof(fieldIndex));
        }

        _slots[fieldIndex] = value ?? throw new ArgumentNullException(nameof(value));
        _count++;
    }

    /// <summary>Leaves <paramref name="field"/> without a value; false when it had none.</summary>
    public bool Remove(string field)
    {
        var index = IndexOf(field);
        if (index < 0 || _slots[index] is null)
        {
            return false;
        }

        _slots[index] = null;
        _count--;
        return true;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>The value of the type's field at <paramref name="fieldIndex"/> (its place among the type's fields), or null when absent.</summary>
    public FieldValue? At(int fieldIndex) => _slots[fieldIndex];

    public bool TryGetValue(string key, out FieldValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _slots[index]! : null!;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, FieldValue>> GetEnumerator()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] is { } value)
            {
                yield return new KeyValuePair<string, FieldValue>(_type.Fields[i].Name, value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string field) => _type.IndexOfField(field ?? throw new ArgumentNullException(nameof(field)));
}
