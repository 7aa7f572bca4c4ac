using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Schema;
using Range = PhoneRules.Cli.Lsp.Protocol.Range;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// Quick fixes for the diagnostics at a range: the "did you mean" of an unknown type, field or key; the ISO or
/// EDTF form of a date written another way (<see cref="FuzzyDate.Suggest"/>); and the missing <c>-by</c> field of
/// a dated fact, filled with the entity's own sources.
/// </summary>
internal static partial class LspCodeActions
{
    /// <summary>The quick fixes for <paramref name="diagnostics"/> in the document <paramref name="uri"/>.</summary>
    public static CodeAction[] For(string uri, string text, DocumentIndex index, IEnumerable<Diagnostic> diagnostics)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            var code = diagnostic.Code switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
                _ => null,
            };
            if (code is null || diagnostic.Message is null)
            {
                continue;
            }

            if (DidYouMean().Match(diagnostic.Message) is { Success: true } meant)
            {
                actions.Add(Replace(uri, diagnostic, $"Change to '{meant.Groups[1].Value}'", meant.Groups[1].Value));
            }

            if (code == "PRG006" && FuzzyDate.Suggest(Unquote(Text(text, diagnostic.Range))) is { } suggestion)
            {
                foreach (Match date in EdtfDate().Matches(suggestion))
                {
                    actions.Add(Replace(uri, diagnostic, $"Write '{date.Value}'", date.Value));
                }
            }

            if (code == "PRG004" && MissingSources().Match(diagnostic.Message) is { Success: true } missing
                && index.FieldNameAt(diagnostic.Range.Start.Line + 1, diagnostic.Range.Start.Character + 1) is var (entity, field))
            {
                actions.Add(AddSources(uri, text, entity, field, missing.Groups["required"].Value, diagnostic));
            }
        }

        return [.. actions];
    }

    private static CodeAction Replace(string uri, Diagnostic diagnostic, string title, string newText) =>
        new(title, "quickfix", [diagnostic], new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = [new TextEdit(diagnostic.Range, newText)] }), true);

    // The new field goes on the line after the dated one's value, at its indentation, with the entity's
    // 'sources' written out as they are when they fit on one line (else an empty list to fill in).
    private static CodeAction AddSources(string uri, string text, IndexedEntity entity, IndexedField field, string required, Diagnostic diagnostic)
    {
        var sources = "[]";
        if (entity.Field("sources") is { ValueSpan: { IsKnown: true } span } && span.Line == span.EndLine && span.EndOffset <= text.Length)
        {
            if (text[span.StartOffset] != '[')
            {
                sources = "[" + text[span.StartOffset..span.EndOffset] + "]";
            }
            else
            {
                // A flow list's span ends where its ']' begins: the list is written up to its ']' on the line.
                var close = text.IndexOf(']', span.StartOffset);
                var lineEnd = text.IndexOfAny(['\n', '\r'], span.StartOffset);
                sources = close >= 0 && (lineEnd < 0 || close < lineEnd) ? text[span.StartOffset..(close + 1)] : "[]";
            }
        }

        var last = field.ValueSpan.IsKnown ? (field.ValueSpan.EndColumn == 1 && field.ValueSpan.EndLine > field.ValueSpan.Line ? field.ValueSpan.EndLine - 1 : field.ValueSpan.EndLine) : field.NameSpan.Line;
        var end = new Position(last - 1, LspText.Line(text, last - 1).Length);
        var insert = "\n" + new string(' ', field.NameSpan.Column - 1) + required + ": " + sources;
        return new CodeAction($"Add '{required}: {sources}'", "quickfix", [diagnostic], new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = [new TextEdit(new Range(end, end), insert)] }), true);
    }

    private static string Text(string text, Range range)
    {
        var starts = LspText.LineStarts(text);
        var start = LspText.Offset(text, starts, range.Start);
        var end = LspText.Offset(text, starts, range.End);
        return end > start ? text[start..end] : string.Empty;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;

    [GeneratedRegex(@"did you mean '([^']+)'\?$")]
    private static partial Regex DidYouMean();

    [GeneratedRegex(@"gives '(?<field>[^']+)' without '(?<required>[^']+)', which must accompany it")]
    private static partial Regex MissingSources();

    [GeneratedRegex(@"\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?[~?%]?")]
    private static partial Regex EdtfDate();
}
