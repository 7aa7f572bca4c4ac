using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis;

/// <summary>
/// A rule's metadata, read from its attributes: NRules' <c>[Name("PR001 late-announcement")]</c>,
/// <c>[Description]</c> and <c>[Tag]</c>, and <see cref="SeverityAttribute"/>.
/// </summary>
/// <param name="Id">The stable id, <c>PR001</c>.</param>
/// <param name="Name">The short name, <c>late-announcement</c>.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Description">What it flags, one sentence.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="RuleType">The rule class.</param>
public sealed record RuleDescriptor(string Id, string Name, FindingSeverity Severity, string Description, IReadOnlyList<string> Tags, Type RuleType)
{
    private static readonly ConcurrentDictionary<Type, RuleDescriptor> s_cache = new();

    /// <summary>The descriptor of <typeparamref name="TRule"/>.</summary>
    public static RuleDescriptor Of<TRule>()
        where TRule : Rule => Of(typeof(TRule));

    /// <summary>The descriptor of <paramref name="ruleType"/>.</summary>
    public static RuleDescriptor Of(Type ruleType) => s_cache.GetOrAdd(ruleType, static type =>
    {
        var metadata = new RuleMetadata(type);
        var fullName = metadata.Name;
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        var severity = type.GetCustomAttribute<SeverityAttribute>()?.Severity ?? throw new InvalidOperationException($"{type.Name} has no [Severity].");
        return new RuleDescriptor(
            space > 0 ? fullName[..space] : fullName,
            space > 0 ? fullName[(space + 1)..] : fullName,
            severity,
            metadata.Description ?? string.Empty,
            metadata.Tags.ToArray(),
            type);
    });
}
