using System;

namespace PhoneRules.Analysis;

/// <summary>The rules whose derived facts this rule matches (forward chaining), so that it can be run alone.</summary>
/// <param name="rules">The rule classes.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ChainsOnAttribute(params Type[] rules) : Attribute
{
    /// <summary>The rule classes.</summary>
    public Type[] Rules { get; } = rules;
}
