using System;

namespace PhoneRules;

/// <summary>
/// On a generated enum value: the word the catalog writes for it (<c>same-imei</c>), from the schema, its one
/// home. Read it with <see cref="Written.Of{T}(T)"/> instead of spelling the word again.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class WrittenAttribute : Attribute
{
    /// <summary>Names the word written for the value.</summary>
    /// <param name="name">The word as the catalog writes it.</param>
    public WrittenAttribute(string name) => Name = name;

    /// <summary>The word as the catalog writes it.</summary>
    public string Name { get; }
}
