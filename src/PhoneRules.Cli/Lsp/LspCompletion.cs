using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Schema;
using Range = PhoneRules.Cli.Lsp.Protocol.Range;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// Completion from the line being typed and the index: field names (with their doc text) inside an entity; at
/// a field's value, the values of its enum, <c>true</c>/<c>false</c>, or the keys of the type it references
/// (in a flow list <c>[a, </c> or a block list item <c>- </c> too). The line is only split at its colon and
/// list marks; where it sits in the catalog comes from the reader's positions.
/// </summary>
internal static partial class LspCompletion
{
    /// <summary>The completions at <paramref name="position"/> of <paramref name="text"/>.</summary>
    public static CompletionList At(string text, Position position, DocumentIndex index, CatalogSchema? schema)
    {
        if (schema is null || index.EntityOnLine(position.Line + 1) is not { } entity)
        {
            return new CompletionList(false, []);
        }

        var type = entity.Key.Length == 0 ? schema.Settings : schema.FindType(entity.Type);
        var line = LspText.Line(text, position.Line);
        var prefix = line[..Math.Clamp(position.Character, 0, line.Length)];
        if (type is null)
        {
            return new CompletionList(false, []);
        }

        if (FieldValue().Match(prefix) is { Success: true } value && value.Groups["indent"].Length >= entity.KeySpan.Column)
        {
            var rest = value.Groups["rest"].Value;
            var field = type.FindField(value.Groups["name"].Value);
            return field is null ? new CompletionList(false, []) : Values(field, rest, position, index, schema, wrapInList: field.Type.IsList && !rest.Contains('[', StringComparison.Ordinal));
        }

        if (ListItem().Match(prefix) is { Success: true } item && OwnerOfItem(text, position.Line, item.Groups["indent"].Length) is { } owner && type.FindField(owner) is { } listField)
        {
            return Values(listField, item.Groups["rest"].Value, position, index, schema, wrapInList: false);
        }

        if (FieldName().Match(prefix) is { Success: true } name && name.Groups["indent"].Length >= entity.KeySpan.Column)
        {
            var partial = name.Groups["partial"].Value;
            var present = entity.Fields.Where(f => f.NameSpan.Line != position.Line + 1).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var replace = Replace(position, partial.Length);
            return new CompletionList(false, [.. type.Fields.Where(f => !present.Contains(f.Name)).Select((f, i) => new CompletionItem(
                f.Name,
                CompletionItemKind.Field,
                LspHovers.TypeName(f),
                MarkupContent.Markdown(LspHovers.Field(f, schema)),
                new TextEdit(replace, f.Name + ": "),
                f.Name,
                Order(i)))]);
        }

        return new CompletionList(false, []);
    }

    private static CompletionList Values(FieldDefinition field, string rest, Position position, DocumentIndex index, CatalogSchema schema, bool wrapInList)
    {
        var partial = Partial().Match(rest).Value;
        var replace = Replace(position, partial.Length);
        var items = new List<CompletionItem>();
        switch (field.Type.Kind)
        {
            case FieldKind.Reference:
                foreach (var (target, i) in index.OfType(field.Type.TargetName!).Select((e, i) => (e, i)))
                {
                    items.Add(new CompletionItem(target.Key, CompletionItemKind.Reference, (target.Field("name") ?? target.Field("title"))?.ValueText is { } detail ? LspText.Plain(detail) : null, MarkupContent.Markdown(LspHovers.Entity(target, [])), new TextEdit(replace, wrapInList ? "[" + target.Key + "]" : target.Key), target.Key, Order(i)));
                }

                break;
            case FieldKind.Enum when schema.FindEnum(field.Type.TargetName!) is { } values:
                foreach (var (member, i) in values.Members.Select((m, i) => (m, i)))
                {
                    items.Add(new CompletionItem(member.Name, CompletionItemKind.EnumMember, LspText.Plain(values.Name), MarkupContent.Markdown(LspText.Markdown(member.Doc)), new TextEdit(replace, wrapInList ? "[" + member.Name + "]" : member.Name), member.Name, Order(i)));
                }

                break;
            case FieldKind.Bool:
                items.Add(new CompletionItem("true", CompletionItemKind.Value, "bool", null, new TextEdit(replace, "true"), "true", Order(0)));
                items.Add(new CompletionItem("false", CompletionItemKind.Value, "bool", null, new TextEdit(replace, "false"), "false", Order(1)));
                break;
        }

        return new CompletionList(false, [.. items]);
    }

    // The field a block list item belongs to: the nearest line above, not itself an item, that is a key with
    // nothing after its colon and is indented no deeper than the item's dash.
    private static string? OwnerOfItem(string text, int line, int dashColumn)
    {
        for (var above = line - 1; above >= 0; above--)
        {
            var candidate = LspText.Line(text, above);
            if (candidate.Trim().Length == 0 || ListItem().IsMatch(candidate + " "))
            {
                continue;
            }

            var key = OpenKey().Match(candidate);
            return key.Success && key.Groups["indent"].Length <= dashColumn ? key.Groups["name"].Value : null;
        }

        return null;
    }

    private static Range Replace(Position position, int length) =>
        new(new Position(position.Line, Math.Max(0, position.Character - length)), position);

    private static string Order(int i) => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<indent> *)(?:- +)?(?<name>[A-Za-z0-9_-]+) *:(?<rest>(?: .*)?)$")]
    private static partial Regex FieldValue();

    [GeneratedRegex(@"^(?<indent> *)- +(?<rest>[^:]*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<indent> +)(?<partial>[A-Za-z0-9-]*)$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"^(?<indent> *)(?<name>[A-Za-z0-9_-]+) *: *(?:#.*)?$")]
    private static partial Regex OpenKey();

    [GeneratedRegex(@"[A-Za-z0-9_.~?%/-]*$")]
    private static partial Regex Partial();
}
