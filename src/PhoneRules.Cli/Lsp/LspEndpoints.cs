using System.Linq;
using PhoneRules.Cli.Lsp.Protocol;
using StreamJsonRpc;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// The methods a client can call, and nothing else (the JSON-RPC library exposes every public method of its
/// target): each hands its work to the <see cref="LanguageServer"/>.
/// </summary>
internal sealed class LspEndpoints(LanguageServer server)
{
    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        _ = parameters;
        return server.Initialize();
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        server.Shutdown();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => server.Exit();

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters) => server.Opened(parameters.TextDocument);

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters) => server.Changed(parameters);

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams parameters) => server.Closed(parameters.TextDocument.Uri);

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave()
    {
    }

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters) =>
        server.With("textDocument/hover", parameters.TextDocument.Uri, s => LspHovers.At(s.Index, s.Schema, s.Findings, parameters.Position), null);

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(TextDocumentPositionParams parameters) =>
        server.With("textDocument/completion", parameters.TextDocument.Uri, s => LspCompletion.At(s.CurrentText, parameters.Position, s.Index, s.Schema), new CompletionList(false, []));

    [JsonRpcMethod("textDocument/definition")]
    public Location[] Definition(TextDocumentPositionParams parameters) =>
        server.With("textDocument/definition", parameters.TextDocument.Uri, s => LspNavigation.Definition(s.Uri, s.Index, parameters.Position), []);

    [JsonRpcMethod("textDocument/references")]
    public Location[] References(ReferenceParams parameters) =>
        server.With("textDocument/references", parameters.TextDocument.Uri, s => LspNavigation.References(s.Uri, s.Index, parameters.Position, parameters.Context?.IncludeDeclaration ?? false), []);

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit? Rename(RenameParams parameters) =>
        server.With("textDocument/rename", parameters.TextDocument.Uri, s => s.IsCurrent
            ? LspNavigation.Rename(s.Uri, s.Text, s.Index, parameters.Position, parameters.NewName ?? string.Empty)
            : throw new LocalRpcException("the file's YAML cannot be read as it is; fix that before renaming") { ErrorCode = LspNavigation.RequestFailed }, null);

    [JsonRpcMethod("textDocument/codeAction")]
    public CodeAction[] CodeAction(CodeActionParams parameters) =>
        server.With("textDocument/codeAction", parameters.TextDocument.Uri, s => LspCodeActions.For(s.Uri, s.Text, s.Index, (parameters.Context?.Diagnostics ?? []).Where(d => d is not null)), []);

    [JsonRpcMethod("textDocument/documentSymbol")]
    public DocumentSymbol[] DocumentSymbol(DocumentSymbolParams parameters) =>
        server.With("textDocument/documentSymbol", parameters.TextDocument.Uri, s => LspSymbols.Of(s.Index), []);
}
