using System;

namespace PhoneRules.Analysis;

/// <summary>The catalog fields a rule reads, by type, for <c>phonerules rules --coverage</c>.</summary>
/// <param name="type">The record type.</param>
/// <param name="fields">Its fields as written in YAML; a subject counts when all are filled.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ReadsAttribute(Type type, params string[] fields) : Attribute
{
    /// <summary>The record type.</summary>
    public Type Type { get; } = type;

    /// <summary>The fields, as written in YAML.</summary>
    public string[] Fields { get; } = fields;
}
