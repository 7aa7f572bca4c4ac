using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>The schema part of a catalog: enums, record types and the settings record.</summary>
/// <param name="Namespace">The C# namespace of the generated code.</param>
/// <param name="Enums">Enums in declaration order.</param>
/// <param name="Types">Record types in declaration order.</param>
/// <param name="Settings">The settings record (fields only; it has no key).</param>
/// <param name="Fingerprint">A hash of everything that shapes the generated types (not doc text).</param>
public sealed record CatalogSchema(
    string Namespace,
    IReadOnlyList<EnumDefinition> Enums,
    IReadOnlyList<TypeDefinition> Types,
    TypeDefinition Settings,
    string Fingerprint)
{
    /// <summary>The record type named <paramref name="name"/>, or null.</summary>
    public TypeDefinition? FindType(string name)
    {
        for (var typeIndex = 0; typeIndex < Types.Count; typeIndex++)
        {
            var type = Types[typeIndex];
            if (type.Name == name)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>
    /// The schema section as written in its file, from its <c>schema</c> key to its end: a YAML document of its
    /// own. A program compiled from this schema reads catalogs that omit their schema section with it.
    /// </summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Where the schema section starts in its file (its namespace, when written).</summary>
    public SourceSpan Span { get; init; } = SourceSpan.At(0, 1, 1);

    /// <summary>The enum named <paramref name="name"/>, or null.</summary>
    public EnumDefinition? FindEnum(string name)
    {
        for (var typeIndex = 0; typeIndex < Enums.Count; typeIndex++)
        {
            var type = Enums[typeIndex];
            if (type.Name == name)
            {
                return type;
            }
        }

        return null;
    }
}
