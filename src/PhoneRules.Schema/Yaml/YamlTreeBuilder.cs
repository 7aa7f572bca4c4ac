using System;
using System.Collections.Generic;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Builds the positioned tree from a stream of node events (scalar, start of a mapping or list, end), checking
/// as they arrive what a catalog refuses whatever wrote the YAML: nesting depth, scalar length, complex keys,
/// merge keys and duplicate keys. Both readers feed it (<see cref="CatalogYamlReader"/> from YamlDotNet's events,
/// <see cref="SubsetYamlReader"/> from its own scan), so they refuse the same things with the same words. The
/// first problem is reported; after it the builder has no root and ignores every later call, so a reader may stop
/// when it likes. With a <see cref="IYamlTreeSink"/>, the root's entries are shown to it as they complete, and the
/// values on the third level it takes are not kept in the tree (a catalog's entities, read as they close).
/// </summary>
internal sealed class YamlTreeBuilder
{
    // The open collections, innermost last. A frame is reused at its depth with its lists, so a hundred thousand
    // entities do not each allocate a frame and lists that grow by doubling: each collection gets its children once,
    // in an array of their number, when it closes.
    private readonly List<Frame> _frames = new();
    private int _depth;
    private readonly ICollection<CatalogDiagnostic> _diagnostics;
    private readonly string _filePath;
    private readonly ReaderLimits _limits;
    private readonly IYamlTreeSink? _sink;
    private readonly YamlNodePool _pool = new();

    public YamlTreeBuilder(string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics, IYamlTreeSink? sink = null)
    {
        _filePath = filePath;
        _limits = limits;
        _diagnostics = diagnostics;
        _sink = sink;
    }

    private YamlNode? _root;

    /// <summary>The root node, once the last collection is closed (or the only node was a scalar); null after a problem.</summary>
    public YamlNode? Root => Failed ? null : _root;

    /// <summary>Whether a problem was reported.</summary>
    public bool Failed { get; private set; }

    /// <summary>A scalar at <paramref name="span"/>.</summary>
    public void Scalar(string value, bool isPlain, SourceSpan span)
    {
        if (Failed)
        {
            return;
        }

        if (value.Length > _limits.MaxScalarLength)
        {
            Fail(DiagnosticCodes.LimitExceeded, $"a value of {value.Length} characters exceeds the limit of {_limits.MaxScalarLength}", span);
            return;
        }

        // A mapping's key is kept in its entry, not as a node (YamlKey); the checks are the ones every key gets.
        if (AwaitingKey)
        {
            AddKey(_frames[_depth - 1], new YamlKey(value, isPlain, span));
            return;
        }

        Attach(_pool.Scalar(value, isPlain, span));
    }

    /// <summary>The start of a mapping at <paramref name="span"/>; its end comes with <see cref="End"/>.</summary>
    public void StartMapping(SourceSpan span) => Open(_pool.Mapping(span));

    /// <summary>The start of a list at <paramref name="span"/>; its end comes with <see cref="End"/>.</summary>
    public void StartSequence(SourceSpan span) => Open(_pool.Sequence(span));

    /// <summary>The end of the innermost open mapping or list; <paramref name="end"/> is where its span ends.</summary>
    public void End(SourceSpan end)
    {
        if (Failed)
        {
            return;
        }

        var frame = _frames[--_depth];
        var node = frame.Close(_pool);
        var start = node.Span;
        node.Span = new SourceSpan(start.StartOffset, end.EndOffset, start.Line, start.Column, end.EndLine, end.EndColumn);
        Attach(node);
    }

    /// <summary>Reports a problem (the first one only: after it the build has stopped).</summary>
    public void Fail(DiagnosticCode code, string message, SourceSpan span)
    {
        if (Failed)
        {
            return;
        }

        _diagnostics.Add(CatalogDiagnostic.Error(code, message, _filePath, span));
        Failed = true;
    }

    private void Open(YamlNode node)
    {
        if (Failed)
        {
            return;
        }

        if (AwaitingKey)
        {
            Fail(DiagnosticCodes.UnsupportedYaml, "a key must be a single value, not " + node.KindName, node.Span);
            return;
        }

        if (_depth >= _limits.MaxDepth)
        {
            Fail(DiagnosticCodes.LimitExceeded, $"nesting deeper than {_limits.MaxDepth} levels", node.Span);
            return;
        }

        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }

        _frames[_depth++].Open(node);
    }

    // Whether the innermost open collection is a mapping whose next node is a key.
    private bool AwaitingKey => _depth > 0 && _frames[_depth - 1] is { Node: YamlMapping, PendingKey: null };

    private void Attach(YamlNode node)
    {
        if (_depth == 0)
        {
            _root = node;
            return;
        }

        var parent = _frames[_depth - 1];
        if (parent.Node is YamlSequence)
        {
            parent.Items.Add(node);
            return;
        }

        // A key comes through Scalar; a collection in a key's place was refused when it opened.
        var key = parent.PendingKey!.Value;
        parent.PendingKey = null;
        if (_sink is not null && _depth == 3 && _frames[0].PendingKey is { } rootKey && _frames[1].PendingKey is { } sectionKey && _sink.Take(rootKey, sectionKey, key, node))
        {
            // The sink is done with the value: its nodes make the next ones.
            parent.Taken(key);
            _pool.Return(node);
            return;
        }

        var entry = _pool.Entry(key, node);
        parent.Entries.Add(entry);
        if (_depth == 1)
        {
            _sink?.RootEntry(entry);
        }
    }

    private void AddKey(Frame parent, YamlKey key)
    {
        if (key.IsPlain && key.Value == "<<")
        {
            Fail(DiagnosticCodes.UnsupportedYaml, "merge keys ('<<') are not allowed in a catalog; write the fields out", key.Span);
        }
        else if (!parent.AddKey(key.Value))
        {
            Fail(DiagnosticCodes.DuplicateKey, $"duplicate key '{key.Value}' in this mapping", key.Span);
        }
        else
        {
            parent.PendingKey = key;
        }
    }

    private sealed class Frame
    {
        // Keys seen, for duplicates: a small mapping (an entity's fields) is searched in place; a set is made only
        // for a large one (a type's entities), so a hundred thousand entities do not each carry a set, or for one
        // whose values a sink took (their keys are in no entry). Without a set every key is in an entry; with one,
        // every key is in the set.
        private const int SmallMapping = 16;
        private HashSet<string>? _keys;

        /// <summary>The open collection (the last one closed, between uses).</summary>
        public YamlNode Node { get; private set; } = null!;

        public YamlKey? PendingKey { get; set; }

        /// <summary>A mapping's entries so far.</summary>
        public List<YamlEntry> Entries { get; } = new();

        /// <summary>A list's items so far.</summary>
        public List<YamlNode> Items { get; } = new();

        public void Open(YamlNode node)
        {
            Node = node;
            PendingKey = null;
            _keys = null;
        }

        /// <summary>Gives the collection its children and makes the frame ready for the next collection at its depth.</summary>
        public YamlNode Close(YamlNodePool pool)
        {
            var node = Node;
            if (node is YamlMapping mapping)
            {
                mapping.Complete(pool.Array(Entries));
            }
            else
            {
                ((YamlSequence)node).Complete(pool.Array(Items));
            }

            Entries.Clear();
            Items.Clear();
            return node;
        }

        /// <summary>Remembers the key of a value the sink took, which has no entry.</summary>
        public void Taken(YamlKey key) => Keys().Add(key.Value);

        public bool AddKey(string key)
        {
            if (_keys is null && Entries.Count < SmallMapping)
            {
                for (var i = 0; i < Entries.Count; i++)
                {
                    if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }

            return Keys().Add(key);
        }

        // The set of keys, made from the entries' keys the first time it is needed.
        private HashSet<string> Keys()
        {
            if (_keys is null)
            {
                _keys = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < Entries.Count; i++)
                {
                    _keys.Add(Entries[i].Key.Value);
                }
            }

            return _keys;
        }
    }
}
