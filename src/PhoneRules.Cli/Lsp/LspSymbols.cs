using System.Linq;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Lsp;

/// <summary>The outline: the sections; under <c>data</c> each type with its entities; under <c>settings</c> each setting.</summary>
internal static class LspSymbols
{
    /// <summary>The document's symbols, in file order.</summary>
    public static DocumentSymbol[] Of(DocumentIndex index) =>
        [.. index.Sections.Select(section => new DocumentSymbol(
            LspText.Plain(section.Name),
            null,
            SymbolKind.Module,
            LspText.ToRange(section.Span),
            LspText.ToRange(section.KeySpan),
            section.Name switch
            {
                "data" => [.. index.TypeSections.Select(type => TypeSymbol(index, type.Name, type.KeySpan, type.Span))],
                "settings" => [.. index.Entities.Where(e => e.Key.Length == 0).SelectMany(e => e.Fields).Select(f => new DocumentSymbol(LspText.Plain(f.Name), f.ValueText is null ? null : LspText.Plain(f.ValueText), SymbolKind.Field, LspText.ToRange(Join(f.NameSpan, f.ValueSpan)), LspText.ToRange(f.NameSpan), null))],
                _ => null,
            }))];

    private static DocumentSymbol TypeSymbol(DocumentIndex index, string type, SourceSpan keySpan, SourceSpan span) =>
        new(
            LspText.Plain(type),
            null,
            SymbolKind.Class,
            LspText.ToRange(span),
            LspText.ToRange(keySpan),
            [.. index.OfType(type).Where(e => e.KeySpan.StartOffset >= span.StartOffset && e.KeySpan.EndOffset <= span.EndOffset).Select(e => new DocumentSymbol(
                LspText.Plain(e.Key),
                (e.Field("name") ?? e.Field("title"))?.ValueText is { } detail ? LspText.Plain(detail) : null,
                SymbolKind.Object,
                LspText.ToRange(e.Span),
                LspText.ToRange(e.KeySpan),
                null))]);

    private static SourceSpan Join(SourceSpan first, SourceSpan last) =>
        last.IsKnown && last.EndOffset >= first.EndOffset ? first with { EndOffset = last.EndOffset, EndLine = last.EndLine, EndColumn = last.EndColumn } : first;
}
