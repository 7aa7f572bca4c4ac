using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Reads YAML text into a positioned tree in one iterative pass over YamlDotNet's low-level
/// <see cref="Parser"/>, so nothing recursive ever sees unchecked input. Depth, scalar length, anchors,
/// aliases, merge keys, tags, complex keys, duplicate keys and extra documents are checked as events
/// arrive; the first problem stops the read with one located diagnostic. Every exception YamlDotNet
/// throws becomes a PRG001 at the best location known.
/// </summary>
internal static class CatalogYamlReader
{
    /// <summary>
    /// Reads <paramref name="text"/>. Returns the root node, or null when the file is empty (only
    /// comments or whitespace) or a problem was reported into <paramref name="diagnostics"/>.
    /// </summary>
    public static YamlNode? Read(string text, string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var state = new ReadState(text, filePath, limits, diagnostics);
        try
        {
            return ReadEvents(text, state, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (YamlException ex)
        {
            // A mark at the start is YamlDotNet's Mark.Empty ("no place"): the last event read is the best place known.
            var span = ex.Start.Index > 0 ? state.Span(ex.Start, ex.End) : state.LastSpan;
            foreach (var (message, at) in YamlSyntaxErrors.Explain(ex.Message, text, span, state.Lines))
            {
                state.Report(DiagnosticCodes.YamlSyntax, message, at);
            }

            return null;
        }
#pragma warning disable CA1031 // The reader must never throw: any failure becomes a located diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // YamlDotNet throws InvalidOperationException, without a place, for some unclosed brackets.
            foreach (var (message, at) in YamlSyntaxErrors.Explain(ex.Message, text, state.LastSpan, state.Lines))
            {
                state.Report(DiagnosticCodes.YamlSyntax, message, at);
            }

            return null;
        }
    }

    private static YamlNode? ReadEvents(string text, ReadState state, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var events = 0;

        while (parser.MoveNext())
        {
            if (++events % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var current = parser.Current!;
            var span = state.Span(current.Start, current.End);
            state.LastSpan = span;

            switch (current)
            {
                case StreamStart:
                case StreamEnd:
                case DocumentEnd:
                case Comment:
                    break;

                case DocumentStart:
                    if (++documents > 1)
                    {
                        return state.Fail(DiagnosticCodes.UnsupportedYaml, "a catalog is one YAML document; remove the second '---' and what follows it, or merge it into the first", span);
                    }

                    break;

                case AnchorAlias alias:
                    return state.Fail(DiagnosticCodes.UnsupportedYaml, $"alias '*{alias.Value}' is not allowed in a catalog; write the value out", span);

                case Scalar scalar:
                {
                    if (!CheckNodeProperties(scalar, span, state))
                    {
                        return null;
                    }

                    if (scalar.Value.Length > state.Limits.MaxScalarLength)
                    {
                        return state.Fail(DiagnosticCodes.LimitExceeded, $"a value of {scalar.Value.Length} characters exceeds the limit of {state.Limits.MaxScalarLength}", span);
                    }

                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, span);
                    if (!Attach(node, stack, ref root, state))
                    {
                        return null;
                    }

                    break;
                }

                case MappingStart mappingStart:
                    if (!CheckNodeProperties(mappingStart, span, state) || !Open(new YamlMapping(span), stack, state))
                    {
                        return null;
                    }

                    break;

                case SequenceStart sequenceStart:
                    if (!CheckNodeProperties(sequenceStart, span, state) || !Open(new YamlSequence(span), stack, state))
                    {
                        return null;
                    }

                    break;

                case MappingEnd:
                case SequenceEnd:
                {
                    var frame = stack.Pop();
                    var start = frame.Node.Span;
                    frame.Node.Span = new SourceSpan(start.StartOffset, span.EndOffset, start.Line, start.Column, span.EndLine, span.EndColumn);
                    if (!Attach(frame.Node, stack, ref root, state))
                    {
                        return null;
                    }

                    break;
                }

                default:
                    return state.Fail(DiagnosticCodes.UnsupportedYaml, "this YAML construct is not allowed in a catalog", span);
            }
        }

        return root;
    }

    private static bool CheckNodeProperties(NodeEvent node, SourceSpan span, ReadState state)
    {
        if (!node.Anchor.IsEmpty)
        {
            state.Report(DiagnosticCodes.UnsupportedYaml, $"anchor '&{node.Anchor}' is not allowed in a catalog; write each value where it is used", span);
            return false;
        }

        if (!node.Tag.IsEmpty)
        {
            state.Report(DiagnosticCodes.UnsupportedYaml, $"tag '{node.Tag}' is not allowed in a catalog; the schema gives every value its type", span);
            return false;
        }

        return true;
    }

    private static bool Open(YamlNode node, Stack<Frame> stack, ReadState state)
    {
        if (stack.Count > 0 && stack.Peek().Node is YamlMapping && stack.Peek().PendingKey is null)
        {
            state.Report(DiagnosticCodes.UnsupportedYaml, "a key must be a single value, not " + node.KindName, node.Span);
            return false;
        }

        if (stack.Count >= state.Limits.MaxDepth)
        {
            state.Report(DiagnosticCodes.LimitExceeded, $"nesting deeper than {state.Limits.MaxDepth} levels", node.Span);
            return false;
        }

        stack.Push(new Frame(node));
        return true;
    }

    private static bool Attach(YamlNode node, Stack<Frame> stack, ref YamlNode? root, ReadState state)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
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
                state.Report(DiagnosticCodes.UnsupportedYaml, "merge keys ('<<') are not allowed in a catalog; write the fields out", key.Span);
                return false;
            }

            if (!parent.AddKey(mapping, key.Value))
            {
                state.Report(DiagnosticCodes.DuplicateKey, $"duplicate key '{key.Value}' in this mapping", key.Span);
                return false;
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
        public Frame(YamlNode node) => Node = node;

        public YamlNode Node { get; }

        public YamlScalar? PendingKey { get; set; }

        // Keys seen, for duplicates: a small mapping (an entity's fields) is searched in place; a set is made only
        // for a large one (a type's entities), so a hundred thousand entities do not each carry a set.
        private const int SmallMapping = 16;
        private HashSet<string>? _keys;

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

    private sealed class ReadState
    {
        private readonly ICollection<CatalogDiagnostic> _diagnostics;

        public ReadState(string text, string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics)
        {
            Lines = new LineMap(text);
            FilePath = filePath;
            Limits = limits;
            _diagnostics = diagnostics;
        }

        public string FilePath { get; }

        public LineMap Lines { get; }

        public ReaderLimits Limits { get; }

        public SourceSpan LastSpan { get; set; } = SourceSpan.At(0, 1, 1);

        public void Report(DiagnosticCode code, string message, SourceSpan span) =>
            _diagnostics.Add(new CatalogDiagnostic(code.Id, CatalogSeverity.Error, message, FilePath, span.IsKnown ? span : SourceSpan.At(0, 1, 1)));

        // Lines and columns from YamlDotNet's character index through the one line map (YamlDotNet counts
        // lines its own way); offsets past the end, such as its end-of-stream mark, are clamped into the text.
        public SourceSpan Span(Mark start, Mark end) => Lines.Span(ToOffset(start.Index), ToOffset(end.Index));

        private static int ToOffset(long index) => index > int.MaxValue ? int.MaxValue : (int)index;

        public YamlNode? Fail(DiagnosticCode code, string message, SourceSpan span)
        {
            Report(code, message, span);
            return null;
        }
    }
}
