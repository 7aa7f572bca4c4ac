using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Reads YAML text into a positioned tree. A text in the plain block style catalogs are written in is read by
/// <see cref="SubsetYamlReader"/>; anything else, and every text with a problem, in one iterative pass over
/// YamlDotNet's low-level <see cref="Parser"/>, so nothing recursive ever sees unchecked input. Depth, scalar
/// length, anchors, aliases, merge keys, tags, complex keys, duplicate keys and extra documents are checked as
/// events arrive (<see cref="YamlTreeBuilder"/>); the first problem stops the read with one located diagnostic.
/// Every exception YamlDotNet throws becomes a PRG001 at the best location known.
/// </summary>
internal static class CatalogYamlReader
{
    /// <summary>
    /// Reads <paramref name="text"/>. Returns the root node, or null when the file is empty (only
    /// comments or whitespace) or a problem was reported into <paramref name="diagnostics"/>. With
    /// <paramref name="newSink"/>, each read is shown to a sink of its own as it is built (a read the fast road
    /// declines starts again on YamlDotNet's, with a new sink): the last one made saw the tree returned.
    /// </summary>
    public static YamlNode? Read(string text, string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics, CancellationToken cancellationToken, Func<IYamlTreeSink>? newSink = null)
    {
        return SubsetYamlReader.TryRead(text, filePath, limits, cancellationToken, newSink?.Invoke())
            ?? ReadWithYamlDotNet(text, filePath, limits, diagnostics, cancellationToken, newSink?.Invoke());
    }

    /// <summary>
    /// Reads <paramref name="text"/> with YamlDotNet alone: every construct YAML allows, and every syntax error
    /// explained. <see cref="Read"/> comes here for whatever <see cref="SubsetYamlReader"/> declines.
    /// </summary>
    public static YamlNode? ReadWithYamlDotNet(string text, string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics, CancellationToken cancellationToken, IYamlTreeSink? sink = null)
    {
        var state = new ReadState(new LineMap(text), filePath, limits, diagnostics, sink);
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
        var builder = state.Builder;
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
                case StreamStart or StreamEnd or DocumentEnd or Comment:
                    break;
                case DocumentStart:
                    if (++documents > 1)
                    {
                        builder.Fail(DiagnosticCodes.UnsupportedYaml, "a catalog is one YAML document; remove the second '---' and what follows it, or merge it into the first", span);
                    }

                    break;
                case AnchorAlias alias:
                    builder.Fail(DiagnosticCodes.UnsupportedYaml, $"alias '*{alias.Value}' is not allowed in a catalog; write the value out", span);
                    break;
                case Scalar scalar:
                    CheckNodeProperties(scalar, span, builder);
                    builder.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, span);
                    break;
                case MappingStart mappingStart:
                    CheckNodeProperties(mappingStart, span, builder);
                    builder.StartMapping(span);
                    break;
                case SequenceStart sequenceStart:
                    CheckNodeProperties(sequenceStart, span, builder);
                    builder.StartSequence(span);
                    break;
                case MappingEnd or SequenceEnd:
                    builder.End(span);
                    break;
                default:
                    builder.Fail(DiagnosticCodes.UnsupportedYaml, "this YAML construct is not allowed in a catalog", span);
                    break;
            }

            if (builder.Failed)
            {
                return null;
            }
        }

        return builder.Root;
    }

    // An anchor or a tag is refused before the node it stands on (the builder then ignores the node).
    private static void CheckNodeProperties(NodeEvent node, SourceSpan span, YamlTreeBuilder builder)
    {
        if (!node.Anchor.IsEmpty)
        {
            builder.Fail(DiagnosticCodes.UnsupportedYaml, $"anchor '&{node.Anchor}' is not allowed in a catalog; write each value where it is used", span);
        }
        else if (!node.Tag.IsEmpty)
        {
            builder.Fail(DiagnosticCodes.UnsupportedYaml, $"tag '{node.Tag}' is not allowed in a catalog; the schema gives every value its type", span);
        }
    }

    private sealed class ReadState
    {
        private readonly string _filePath;
        private readonly ICollection<CatalogDiagnostic> _diagnostics;

        public ReadState(LineMap lines, string filePath, ReaderLimits limits, ICollection<CatalogDiagnostic> diagnostics, IYamlTreeSink? sink)
        {
            Lines = lines;
            _filePath = filePath;
            _diagnostics = diagnostics;
            Builder = new YamlTreeBuilder(filePath, limits, diagnostics, sink);
        }

        public YamlTreeBuilder Builder { get; }

        public LineMap Lines { get; }

        public SourceSpan LastSpan { get; set; } = SourceSpan.At(0, 1, 1);

        // A syntax error may be several diagnostics (a tab on each line it indents), so they go straight in.
        public void Report(DiagnosticCode code, string message, SourceSpan span) =>
            _diagnostics.Add(CatalogDiagnostic.Error(code, message, _filePath, span.IsKnown ? span : SourceSpan.At(0, 1, 1)));

        // Lines and columns from YamlDotNet's character index through the one line map (YamlDotNet counts
        // lines its own way); offsets past the end, such as its end-of-stream mark, are clamped into the text.
        public SourceSpan Span(Mark start, Mark end) => Lines.Span(ToOffset(start.Index), ToOffset(end.Index));

        private static int ToOffset(long index) => index > int.MaxValue ? int.MaxValue : (int)index;
    }
}
