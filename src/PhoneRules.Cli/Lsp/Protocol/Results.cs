namespace PhoneRules.Cli.Lsp.Protocol;

/// <summary>What the server can do.</summary>
internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    CompletionOptions CompletionProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentSymbolProvider,
    CodeActionOptions CodeActionProvider,
    bool RenameProvider);

/// <summary>Open and close notifications, and the whole text on every change.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

/// <summary>The characters after which a client asks for completion.</summary>
internal sealed record CompletionOptions(string[] TriggerCharacters);

/// <summary>The kinds of code action offered.</summary>
internal sealed record CodeActionOptions(string[] CodeActionKinds);

/// <summary>The server's name and version.</summary>
internal sealed record ServerInfo(string Name, string Version);

/// <summary><c>initialize</c>'s result.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>A hover's text and the range it is about.</summary>
internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>One completion: <see cref="TextEdit"/> replaces the word being typed.</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit TextEdit, string? FilterText, string SortText);

/// <summary><c>CompletionItemKind</c> values used.</summary>
internal static class CompletionItemKind
{
    public const int Field = 5;
    public const int Value = 12;
    public const int EnumMember = 20;
    public const int Reference = 18;
}

/// <summary>A complete list of completions.</summary>
internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>A quick fix: its title, the diagnostic it fixes and its edit.</summary>
internal sealed record CodeAction(string Title, string Kind, Diagnostic[] Diagnostics, WorkspaceEdit Edit, bool IsPreferred);

/// <summary>An entry of the outline.</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

/// <summary><c>SymbolKind</c> values used.</summary>
internal static class SymbolKind
{
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Class = 5;
    public const int Field = 8;
    public const int Object = 19;
}
