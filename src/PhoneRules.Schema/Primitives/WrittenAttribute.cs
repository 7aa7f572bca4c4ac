using System;

namespace PhoneRules;

/// <summary>
/// On a generated enum value or property: the word the catalog writes for it (<c>same-imei</c>,
/// <c>released-by</c>), from the schema, its one home. Read it with <see cref="Written.Of{T}(T)"/> or
/// <see cref="Written.Field(Type, string)"/> instead of spelling the word again.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class WrittenAttribute : Attribute
{
    /// <summary>Names the word written for the value.</summary>
    /// <param name="name">The word as the catalog writes it.</param>
    public WrittenAttribute(string name) => Name = name;

    /// <summary>The word as the catalog writes it.</summary>
    public string Name { get; }
}
