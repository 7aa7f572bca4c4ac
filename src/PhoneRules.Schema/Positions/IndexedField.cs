namespace PhoneRules.Schema;

/// <summary>One field as written under an entity (or under <c>settings</c>): its name, its value and where both are.</summary>
/// <param name="Name">The field name as written.</param>
/// <param name="NameSpan">Where the name is written.</param>
/// <param name="ValueSpan">Where the value is written (the whole list for a list).</param>
/// <param name="ValueText">The value's text when it is a single value; null for a list, a mapping or nothing.</param>
/// <param name="Definition">The schema's field of that name, or null when the type has none.</param>
public sealed record IndexedField(string Name, SourceSpan NameSpan, SourceSpan ValueSpan, string? ValueText, FieldDefinition? Definition);
