using System;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis;

/// <summary>The severity a rule's findings carry.</summary>
/// <param name="severity">The severity.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SeverityAttribute(FindingSeverity severity) : Attribute
{
    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; } = severity;
}
