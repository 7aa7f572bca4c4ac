namespace PhoneRules.Schema;

/// <summary>A key written in a reference field: which entity it names, and from where.</summary>
/// <param name="TargetType">The type the field references (<c>Series</c>, <c>Source</c>).</param>
/// <param name="Key">The key as written.</param>
/// <param name="Span">Where the key is written.</param>
/// <param name="FromType">The type of the entity that holds the field (the settings type for a setting).</param>
/// <param name="FromKey">The key of the entity that holds the field (empty for a setting).</param>
/// <param name="Field">The field's name.</param>
public sealed record IndexedReference(string TargetType, string Key, SourceSpan Span, string FromType, string FromKey, string Field);
