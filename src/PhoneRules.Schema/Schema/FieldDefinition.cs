namespace PhoneRules.Schema;

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
