using System.Collections.Generic;
using System.Linq;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Schema;
using StreamJsonRpc;

namespace PhoneRules.Cli.Lsp;

/// <summary>Keys as names: go to definition, find references and rename, all through the document's index.</summary>
internal static class LspNavigation
{
    /// <summary>The protocol's error code for a request that could not be done (LSP's RequestFailed).</summary>
    public const int RequestFailed = -32803;

    /// <summary>The entity named at a 1-based place: by a reference to it, or by its own key.</summary>
    public static (string Type, string Key)? Target(DocumentIndex index, int line, int column)
    {
        if (index.ReferenceAt(line, column) is { } reference)
        {
            return (reference.TargetType, reference.Key);
        }

        return index.EntityKeyAt(line, column) is { } entity ? (entity.Type, entity.Key) : null;
    }

    /// <summary>Where the entity named at the place is written; empty when it names none.</summary>
    public static Location[] Definition(string uri, DocumentIndex index, Position position) =>
        Target(index, position.Line + 1, position.Character + 1) is { } target && index.Find(target.Type, target.Key) is { } entity
            ? [new Location(uri, LspText.ToRange(entity.KeySpan))]
            : [];

    /// <summary>Every place that names the entity named at the place (its own key too, when asked).</summary>
    public static Location[] References(string uri, DocumentIndex index, Position position, bool includeDeclaration)
    {
        if (Target(index, position.Line + 1, position.Character + 1) is not { } target)
        {
            return [];
        }

        var places = new List<SourceSpan>();
        if (includeDeclaration && index.Find(target.Type, target.Key) is { } entity)
        {
            places.Add(entity.KeySpan);
        }

        places.AddRange(index.ReferencesTo(target.Type, target.Key).Select(r => r.Span));
        return [.. places.Select(span => new Location(uri, LspText.ToRange(span)))];
    }

    /// <summary>
    /// The edits that rename the entity named at the place, its key and every reference to it. A new name that
    /// is no valid key, or the key of another entity of the type, is refused with a message.
    /// </summary>
    public static WorkspaceEdit Rename(string uri, string text, DocumentIndex index, Position position, string newName)
    {
        if (Target(index, position.Line + 1, position.Character + 1) is not { } target || index.Find(target.Type, target.Key) is not { } entity)
        {
            throw new LocalRpcException("there is no key of an entity here to rename") { ErrorCode = RequestFailed };
        }

        if (!SchemaNames.IsValidKey(newName))
        {
            throw new LocalRpcException($"'{LspText.Plain(newName)}' is not a key: lower-case letters, digits and hyphens") { ErrorCode = RequestFailed };
        }

        if (newName != target.Key && index.Find(target.Type, newName) is not null)
        {
            throw new LocalRpcException($"a {target.Type} with key '{newName}' exists already") { ErrorCode = RequestFailed };
        }

        var spans = new List<SourceSpan> { entity.KeySpan };
        spans.AddRange(index.ReferencesTo(target.Type, target.Key).Select(r => r.Span));
        var edits = spans.Select(span => new TextEdit(LspText.ToRange(Unquoted(text, span)), newName)).ToArray();
        return new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = edits });
    }

    // A quoted key keeps its quotes: the edit replaces what is between them.
    private static SourceSpan Unquoted(string text, SourceSpan span)
    {
        if (span.Line == span.EndLine && span.EndOffset - span.StartOffset >= 2 && span.EndOffset <= text.Length
            && text[span.StartOffset] is '"' or '\'' && text[span.EndOffset - 1] == text[span.StartOffset])
        {
            return span with { StartOffset = span.StartOffset + 1, EndOffset = span.EndOffset - 1, Column = span.Column + 1, EndColumn = span.EndColumn - 1 };
        }

        return span;
    }
}
