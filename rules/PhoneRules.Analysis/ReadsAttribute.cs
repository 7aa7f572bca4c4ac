using System;

namespace PhoneRules.Analysis;

/// <summary>The catalog fields a rule reads, by type, for <c>phonerules rules --coverage</c>.</summary>
/// <param name="type">The record type.</param>
/// <param name="fields">Its properties, by <c>nameof</c>; a subject counts when all are filled.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ReadsAttribute(Type type, params string[] fields) : Attribute
{
    /// <summary>The record type.</summary>
    public Type Type { get; } = type;

    /// <summary>The properties, by their C# names (the catalog's words come from <see cref="PhoneRules.Written.Field"/>).</summary>
    public string[] Fields { get; } = fields;
}
