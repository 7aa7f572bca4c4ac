using System.Collections.Generic;
using System.Linq;
using System.Text;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Cli.Output;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// Hovers: a field's type and doc text; the entity a reference or a key names (a source's publisher, title,
/// date and URL); a subject's findings. Every catalog value goes through the console's Markdown escape.
/// </summary>
internal static class LspHovers
{
    // What a hover shows of an entity besides its key: a source's bibliographic fields, any other's name.
    private static readonly string[] s_shown = ["name", "publisher", "title", "published", "url", "language", "confidence"];

    /// <summary>The hover at a 0-based <paramref name="position"/>, or null when there is nothing to say.</summary>
    public static Hover? At(DocumentIndex index, CatalogSchema? schema, IReadOnlyList<Finding> findings, Position position)
    {
        var (line, column) = (position.Line + 1, position.Character + 1);
        if (index.FieldNameAt(line, column) is var (_, field) && field.Definition is { } definition)
        {
            return new Hover(MarkupContent.Markdown(Field(definition, schema)), LspText.ToRange(field.NameSpan));
        }

        if (index.ReferenceAt(line, column) is { } reference)
        {
            var text = index.Find(reference.TargetType, reference.Key) is { } target
                ? Entity(target, findings)
                : $"No {LspText.Markdown(reference.TargetType)} has key {LspText.Code(reference.Key)}.";
            return new Hover(MarkupContent.Markdown(text), LspText.ToRange(reference.Span));
        }

        return index.EntityKeyAt(line, column) is { } entity
            ? new Hover(MarkupContent.Markdown(Entity(entity, findings)), LspText.ToRange(entity.KeySpan))
            : null;
    }

    /// <summary>A field's name, type and doc text (and the field that must accompany it), in Markdown.</summary>
    public static string Field(FieldDefinition field, CatalogSchema? schema)
    {
        var text = new StringBuilder()
            .Append("**").Append(LspText.Markdown(field.Name)).Append("**: ").Append(LspText.Code(TypeName(field)));
        if (field.Doc.Length > 0)
        {
            text.Append("\n\n").Append(LspText.Markdown(field.Doc));
        }

        if (field.Type.Kind == FieldKind.Enum && schema?.FindEnum(field.Type.TargetName!) is { } values)
        {
            text.Append("\n\nOne of: ").Append(string.Join(", ", values.Members.Select(m => LspText.Code(m.Name))));
        }

        if (field.Requires is { } requires)
        {
            text.Append("\n\nNeeds ").Append(LspText.Code(requires)).Append(" beside it (its sources).");
        }

        return text.ToString();
    }

    /// <summary>The type as the schema writes it, with <c>?</c> when the field is optional.</summary>
    public static string TypeName(FieldDefinition field) => field.Type + (field.IsRequired ? string.Empty : "?");

    /// <summary>An entity: its type and key, what identifies it, and its findings, in Markdown.</summary>
    public static string Entity(IndexedEntity entity, IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder().Append("**").Append(LspText.Markdown(entity.Type)).Append("** ").Append(LspText.Code(entity.Key));
        foreach (var name in s_shown)
        {
            if (entity.Field(name) is { ValueText: { } value })
            {
                text.Append("\n- ").Append(LspText.Markdown(name)).Append(": ").Append(LspText.Markdown(value));
            }
        }

        var own = Of(entity, findings);
        if (own.Count > 0)
        {
            text.Append("\n\n**Findings**");
            foreach (var finding in own)
            {
                text.Append("\n- ").Append(LspText.Markdown(finding.RuleId)).Append(' ').Append(LspText.Markdown(finding.RuleName))
                    .Append(" (").Append(Words.Of(finding.Severity)).Append(", ").Append(Words.Of(finding.Confidence)).Append("): ")
                    .Append(LspText.Markdown(finding.Message));
            }
        }

        return text.ToString();
    }

    /// <summary>The findings whose subject is <paramref name="entity"/>.</summary>
    public static IReadOnlyList<Finding> Of(IndexedEntity entity, IReadOnlyList<Finding> findings) =>
        entity.Key.Length == 0 ? [] : findings.Where(f => f.SubjectKey == entity.Key && f.SubjectType == entity.Type).ToList();
}
