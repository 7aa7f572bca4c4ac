using System;
using System.Collections.Generic;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Builds the positioned tree from a stream of node events (scalar, start of a mapping or list, end), checking
/// as they arrive what a catalog refuses whatever wrote the YAML: nesting depth, scalar length, complex keys,
/// merge keys and duplicate keys. Both readers feed it (<see cref="CatalogYamlReader"/> from YamlDotNet's events,
/// <see cref="SubsetYamlReader"/> from its own scan), so they refuse the same things with the same words. The
/// first problem is reported and every later call returns false.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly Stack<Frame> _stack = new();
    private readonly ICollection<CatalogDiagnostic> _diagnostics;
    private readonly string _filePath;
    private readonly ReaderLimits _limits;

    public YamlTreeBuilder(string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics)
    {
        _filePath = filePath;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>The root node, once the last collection is closed (or the only node was a scalar).</summary>
    public YamlNode? Root { get; private set; }

    /// <summary>Whether a problem was reported.</summary>
    public bool Failed { get; private set; }

    /// <summary>A scalar at <paramref name="span"/>.</summary>
    public bool Scalar(string value, bool isPlain, SourceSpan span)
    {
        if (value.Length > _limits.MaxScalarLength)
        {
            return Fail(DiagnosticCodes.LimitExceeded, $"a value of {value.Length} characters exceeds the limit of {_limits.MaxScalarLength}", span);
        }

        return Attach(new YamlScalar(value, isPlain, span));
    }

    /// <summary>The start of a mapping at <paramref name="span"/>; its end comes with <see cref="End"/>.</summary>
    public bool StartMapping(SourceSpan span) => Open(new YamlMapping(span));

    /// <summary>The start of a list at <paramref name="span"/>; its end comes with <see cref="End"/>.</summary>
    public bool StartSequence(SourceSpan span) => Open(new YamlSequence(span));

    /// <summary>The end of the innermost open mapping or list; <paramref name="end"/> is where its span ends.</summary>
    public bool End(SourceSpan end)
    {
        var frame = _stack.Pop();
        var start = frame.Node.Span;
        frame.Node.Span = new SourceSpan(start.StartOffset, end.EndOffset, start.Line, start.Column, end.EndLine, end.EndColumn);
        return Attach(frame.Node);
    }

    /// <summary>Reports a problem the event source found itself; the build stops.</summary>
    public bool Fail(DiagnosticCode code, string message, SourceSpan span)
    {
        _diagnostics.Add(new CatalogDiagnostic(code.Id, CatalogSeverity.Error, message, _filePath, span.IsKnown ? span : SourceSpan.At(0, 1, 1)));
        Failed = true;
        return false;
    }

    private bool Open(YamlNode node)
    {
        if (_stack.Count > 0 && _stack.Peek().Node is YamlMapping && _stack.Peek().PendingKey is null)
        {
            return Fail(DiagnosticCodes.UnsupportedYaml, "a key must be a single value, not " + node.KindName, node.Span);
        }

        if (_stack.Count >= _limits.MaxDepth)
        {
            return Fail(DiagnosticCodes.LimitExceeded, $"nesting deeper than {_limits.MaxDepth} levels", node.Span);
        }

        _stack.Push(new Frame(node));
        return true;
    }

    private bool Attach(YamlNode node)
    {
        if (_stack.Count == 0)
        {
            Root = node;
            return true;
        }

        var parent = _stack.Peek();
        if (parent.Node is YamlSequence sequence)
        {
            sequence.Add(node);
            return true;
        }

        var mapping = (YamlMapping)parent.Node;
        if (parent.PendingKey is null)
        {
            var key = (YamlScalar)node;
            if (key.IsPlain && key.Value == "<<")
            {
                return Fail(DiagnosticCodes.UnsupportedYaml, "merge keys ('<<') are not allowed in a catalog; write the fields out", key.Span);
            }

            if (!parent.AddKey(mapping, key.Value))
            {
                return Fail(DiagnosticCodes.DuplicateKey, $"duplicate key '{key.Value}' in this mapping", key.Span);
            }

            parent.PendingKey = key;
            return true;
        }

        mapping.Add(new YamlEntry(parent.PendingKey, node));
        parent.PendingKey = null;
        return true;
    }

    private sealed class Frame
    {
        // Keys seen, for duplicates: a small mapping (an entity's fields) is searched in place; a set is made only
        // for a large one (a type's entities), so a hundred thousand entities do not each carry a set.
        private const int SmallMapping = 16;
        private HashSet<string>? _keys;

        public Frame(YamlNode node) => Node = node;

        public YamlNode Node { get; }

        public YamlScalar? PendingKey { get; set; }

        public bool AddKey(YamlMapping mapping, string key)
        {
            if (_keys is null)
            {
                var entries = mapping.Entries;
                if (entries.Count < SmallMapping)
                {
                    for (var i = 0; i < entries.Count; i++)
                    {
                        if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                _keys = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < entries.Count; i++)
                {
                    _keys.Add(entries[i].Key.Value);
                }
            }

            return _keys.Add(key);
        }
    }
}
