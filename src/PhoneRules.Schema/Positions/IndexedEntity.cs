using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>One entity as written under <c>data</c> (or the <c>settings</c> section): its key, its fields and where they are.</summary>
/// <param name="Type">The type's name (the settings type's name for the settings section).</param>
/// <param name="Key">The key (empty for the settings section).</param>
/// <param name="KeySpan">Where the key (or the word <c>settings</c>) is written.</param>
/// <param name="Span">From the key to the end of its fields.</param>
/// <param name="Fields">The fields in file order.</param>
public sealed record IndexedEntity(string Type, string Key, SourceSpan KeySpan, SourceSpan Span, IReadOnlyList<IndexedField> Fields)
{
    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public IndexedField? Field(string name)
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
