using System.Collections.Generic;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// The nodes, entries and child arrays of values a sink took (<see cref="IYamlTreeSink.Take"/>), used again for the
/// next ones, so reading a hundred thousand entities as they close allocates the nodes of about one. Only
/// <see cref="YamlTreeBuilder"/> makes nodes; without a sink nothing is ever returned here and every node is new.
/// </summary>
internal sealed class YamlNodePool
{
    // Arrays of children are kept by their length (a node's list is its array): the short ones entities have.
    private const int MaxPooledLength = 32;

    private readonly Stack<YamlScalar> _scalars = new();
    private readonly Stack<YamlMapping> _mappings = new();
    private readonly Stack<YamlSequence> _sequences = new();
    private readonly Stack<YamlEntry> _entries = new();
    private readonly Stack<YamlEntry[]>?[] _entryArrays = new Stack<YamlEntry[]>?[MaxPooledLength + 1];
    private readonly Stack<YamlNode[]>?[] _itemArrays = new Stack<YamlNode[]>?[MaxPooledLength + 1];
    private readonly Stack<YamlNode> _pending = new();

    public YamlScalar Scalar(string value, bool isPlain, SourceSpan span)
    {
        if (_scalars.Count == 0)
        {
            return new YamlScalar(value, isPlain, span);
        }

        var scalar = _scalars.Pop();
        scalar.Reset(value, isPlain, span);
        return scalar;
    }

    public YamlMapping Mapping(SourceSpan span)
    {
        if (_mappings.Count == 0)
        {
            return new YamlMapping(span);
        }

        var mapping = _mappings.Pop();
        mapping.Span = span;
        return mapping;
    }

    public YamlSequence Sequence(SourceSpan span)
    {
        if (_sequences.Count == 0)
        {
            return new YamlSequence(span);
        }

        var sequence = _sequences.Pop();
        sequence.Span = span;
        return sequence;
    }

    public YamlEntry Entry(YamlKey key, YamlNode value)
    {
        if (_entries.Count == 0)
        {
            return new YamlEntry(key, value);
        }

        var entry = _entries.Pop();
        entry.Reset(key, value);
        return entry;
    }

    /// <summary>The children in an array of their number.</summary>
    public YamlEntry[] Array(List<YamlEntry> entries) => Fill(_entryArrays, entries);

    /// <summary>The items in an array of their number.</summary>
    public YamlNode[] Array(List<YamlNode> items) => Fill(_itemArrays, items);

    /// <summary>Takes back <paramref name="node"/> and everything in it: nothing may use them any more.</summary>
    public void Return(YamlNode node)
    {
        _pending.Push(node);
        while (_pending.Count > 0)
        {
            switch (_pending.Pop())
            {
                case YamlScalar scalar:
                    scalar.Reset(string.Empty, true, default);
                    _scalars.Push(scalar);
                    break;
                case YamlMapping mapping:
                    var entries = mapping.Release();
                    foreach (var entry in entries)
                    {
                        _pending.Push(entry.Value);
                        entry.Reset(default, mapping);
                        _entries.Push(entry);
                    }

                    Keep(_entryArrays, entries);
                    _mappings.Push(mapping);
                    break;
                case YamlSequence sequence:
                    var items = sequence.Release();
                    foreach (var item in items)
                    {
                        _pending.Push(item);
                    }

                    Keep(_itemArrays, items);
                    _sequences.Push(sequence);
                    break;
            }
        }
    }

    private static T[] Fill<T>(Stack<T[]>?[] pool, List<T> children)
    {
        var count = children.Count;
        var array = count == 0 ? []
            : count <= MaxPooledLength && pool[count] is { Count: > 0 } free ? free.Pop()
            : new T[count];
        children.CopyTo(array);
        return array;
    }

    private static void Keep<T>(Stack<T[]>?[] pool, T[] array)
        where T : class
    {
        if (array.Length is > 0 and <= MaxPooledLength)
        {
            System.Array.Clear(array, 0, array.Length);
            (pool[array.Length] ??= new Stack<T[]>()).Push(array);
        }
    }
}
