using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>The kinds of value a catalog field can hold.</summary>
public enum FieldKind
{
    /// <summary>Any text.</summary>
    String,

    /// <summary>A 32-bit integer.</summary>
    Int,

    /// <summary>A decimal number, written with a dot.</summary>
    Decimal,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>An exact ISO 8601 day, <c>2017-12-22</c>.</summary>
    Date,

    /// <summary>A <see cref="PhoneRules.FuzzyDate"/>: <c>2019</c>, <c>2019-10</c>, <c>2019-10/2019-12</c>.</summary>
    FuzzyDate,

    /// <summary>An absolute http or https URL.</summary>
    Url,

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    Country,

    /// <summary>A 15-digit IMEI.</summary>
    Imei,

    /// <summary>An 8-digit TAC.</summary>
    Tac,

    /// <summary>One value of an enum the schema defines.</summary>
    Enum,

    /// <summary>The key of an entity of a type the schema defines.</summary>
    Reference,
}

/// <summary>A field's type: a scalar kind, an enum or a reference, alone or as a list.</summary>
/// <param name="Kind">The kind of each value.</param>
/// <param name="TargetName">The enum or type name for <see cref="FieldKind.Enum"/> and <see cref="FieldKind.Reference"/>.</param>
/// <param name="IsList">Whether the field holds a list.</param>
public sealed record FieldType(FieldKind Kind, string? TargetName, bool IsList)
{
    /// <summary>The type as written in the schema: <c>fuzzy-date</c>, <c>Source[]</c>.</summary>
    public override string ToString() => (TargetName ?? SchemaNames.KindName(Kind)) + (IsList ? "[]" : string.Empty);
}

/// <summary>A field of a record type.</summary>
/// <param name="Name">The name as written in YAML (<c>released</c>, <c>imei-lookups</c>).</param>
/// <param name="Identifier">The C# property name (<c>Released</c>, <c>ImeiLookups</c>).</param>
/// <param name="Type">The field's type.</param>
/// <param name="IsRequired">Whether every entity must give it (a required list must not be empty).</param>
/// <param name="Doc">Documentation text, or empty.</param>
/// <param name="Span">Where the field is declared.</param>
/// <param name="Requires">Another field that must be given whenever this one is (its sources, say), or null.</param>
public sealed record FieldDefinition(string Name, string Identifier, FieldType Type, bool IsRequired, string Doc, SourceSpan Span, string? Requires = null)
{
    /// <summary>The least value an <c>int</c> or <c>decimal</c> field accepts (<c>min:</c> in the schema), or null.</summary>
    public decimal? Min { get; init; }

    /// <summary>The greatest value an <c>int</c> or <c>decimal</c> field accepts (<c>max:</c> in the schema), or null.</summary>
    public decimal? Max { get; init; }
}

/// <summary>A record type: its fields, and the name of its collection.</summary>
/// <param name="Name">The C# type name, PascalCase (<c>PhoneModel</c>).</param>
/// <param name="Plural">The collection name (<c>Models</c>): <c>Catalog.Models.Pyongyang2425</c>.</param>
/// <param name="Doc">Documentation text, or empty.</param>
/// <param name="Fields">The fields in declaration order.</param>
/// <param name="Span">Where the type is declared.</param>
public sealed record TypeDefinition(string Name, string Plural, string Doc, IReadOnlyList<FieldDefinition> Fields, SourceSpan Span)
{
    /// <summary>The field named <paramref name="name"/> in YAML, or null.</summary>
    public FieldDefinition? FindField(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>A value of an enum.</summary>
/// <param name="Name">As written in YAML (<c>state-media</c>).</param>
/// <param name="Identifier">The C# member name (<c>StateMedia</c>).</param>
/// <param name="Doc">Documentation text, or empty.</param>
public sealed record EnumMemberDefinition(string Name, string Identifier, string Doc);

/// <summary>An enum type.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="Doc">Documentation text, or empty.</param>
/// <param name="Members">The values in declaration order.</param>
/// <param name="Span">Where the enum is declared.</param>
public sealed record EnumDefinition(string Name, string Doc, IReadOnlyList<EnumMemberDefinition> Members, SourceSpan Span)
{
    /// <summary>The index of the value written <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (Members[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}

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
        foreach (var type in Types)
        {
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
        foreach (var type in Enums)
        {
            if (type.Name == name)
            {
                return type;
            }
        }

        return null;
    }
}
