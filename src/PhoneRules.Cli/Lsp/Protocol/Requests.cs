using System.Text.Json;

namespace PhoneRules.Cli.Lsp.Protocol;

/// <summary><c>initialize</c>'s parameters: nothing in them changes what the server does.</summary>
internal sealed record InitializeParams(int? ProcessId, JsonElement? Capabilities);

/// <summary><c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary><c>textDocument/didChange</c>.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary><c>textDocument/didClose</c>.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>A position in a document: hover, definition, completion.</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary><c>textDocument/references</c>'s context.</summary>
internal sealed record ReferenceContext(bool IncludeDeclaration);

/// <summary><c>textDocument/references</c>.</summary>
internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

/// <summary><c>textDocument/rename</c>.</summary>
internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

/// <summary><c>textDocument/codeAction</c>'s context: the diagnostics at the range.</summary>
internal sealed record CodeActionContext(Diagnostic[]? Diagnostics);

/// <summary><c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

/// <summary><c>textDocument/documentSymbol</c>.</summary>
internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

/// <summary><c>window/logMessage</c>.</summary>
internal sealed record LogMessageParams(int Type, string Message);
