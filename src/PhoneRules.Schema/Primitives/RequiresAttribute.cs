using System;

namespace PhoneRules;

/// <summary>
/// On a generated property whose field the schema ties to another with <c>requires</c> (a fact to its sources:
/// <c>released</c> requires <c>released-by</c>): names the property that must accompany it. Code that needs a
/// fact's sources reads this instead of guessing a name.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class RequiresAttribute : Attribute
{
    /// <summary>Ties the property to <paramref name="property"/>.</summary>
    /// <param name="property">The C# name of the property that must accompany this one (<c>ReleasedBy</c>).</param>
    public RequiresAttribute(string property) => Property = property;

    /// <summary>The C# name of the property that must accompany this one.</summary>
    public string Property { get; }
}
