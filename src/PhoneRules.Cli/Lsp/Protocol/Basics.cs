using System.Collections.Generic;

// The Language Server Protocol's types that phonerules lsp speaks, as small records: only the members it reads
// or writes (LSP 3.17). Names follow the specification; JSON names are the camelCase of the C# names.
namespace PhoneRules.Cli.Lsp.Protocol;

/// <summary>A 0-based line and UTF-16 character offset.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>A range of a text document, its end exclusive.</summary>
internal sealed record Range(Position Start, Position End);

/// <summary>A range in a document.</summary>
internal sealed record Location(string Uri, Range Range);

/// <summary>A document by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document by its URI and version.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A document as the client opened it.</summary>
internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

/// <summary>A replacement of a range (or, without one, of the whole text).</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

/// <summary>An edit of one range.</summary>
internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits of several documents.</summary>
internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <summary>Text with a kind: <c>markdown</c> or <c>plaintext</c>.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    /// <summary>Markdown text, every catalog value in it escaped by the caller.</summary>
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>A diagnostic: where, how bad, the code and the message (<c>code</c> is a string here; a client may send a number back).</summary>
internal sealed record Diagnostic(Range Range, int? Severity, object? Code, string? Source, string Message);

/// <summary>The severities of <see cref="Diagnostic"/>.</summary>
internal static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}

/// <summary><c>window/logMessage</c>'s message types.</summary>
internal static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
}
