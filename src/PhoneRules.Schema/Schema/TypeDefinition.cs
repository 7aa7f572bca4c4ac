using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>A record type: its fields, and the name of its collection.</summary>
/// <param name="Name">The C# type name, PascalCase (<c>PhoneModel</c>).</param>
/// <param name="Plural">The collection name (<c>Models</c>): <c>Catalog.Models.Pyongyang2425</c>.</param>
/// <param name="Doc">Documentation text, or empty.</param>
/// <param name="Fields">The fields in declaration order.</param>
/// <param name="Span">Where the type is declared.</param>
public sealed record TypeDefinition(string Name, string Plural, string Doc, IReadOnlyList<FieldDefinition> Fields, SourceSpan Span)
{
    /// <summary>The field named <paramref name="name"/> in YAML, or null.</summary>
    public FieldDefinition? FindField(string name) => IndexOfField(name) is var index and >= 0 ? Fields[index] : null;

    /// <summary>The place among <see cref="Fields"/> of the field named <paramref name="name"/> in YAML, or -1.</summary>
    internal int IndexOfField(string name)
    {
        for (var fieldIndex = 0; fieldIndex < Fields.Count; fieldIndex++)
        {
            if (Fields[fieldIndex].Name == name)
            {
                return fieldIndex;
            }
        }

        return -1;
    }
}
