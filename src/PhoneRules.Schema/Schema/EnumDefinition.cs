using System.Collections.Generic;

namespace PhoneRules.Schema;

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
