namespace PhoneRules.Schema;

/// <summary>A field's type: a scalar kind, an enum or a reference, alone or as a list.</summary>
/// <param name="Kind">The kind of each value.</param>
/// <param name="TargetName">The enum or type name for <see cref="FieldKind.Enum"/> and <see cref="FieldKind.Reference"/>.</param>
/// <param name="IsList">Whether the field holds a list.</param>
public sealed record FieldType(FieldKind Kind, string? TargetName, bool IsList)
{
    /// <summary>The type as written in the schema: <c>fuzzy-date</c>, <c>Source[]</c>.</summary>
    public override string ToString() => (TargetName ?? SchemaNames.KindName(Kind)) + (IsList ? "[]" : string.Empty);
}
