using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Explanations;

/// <summary>How many subjects have the fields a rule reads filled in.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="TypeName">The record type read.</param>
/// <param name="Fields">The fields read, as written in YAML.</param>
/// <param name="Filled">Entities of the type with every one of those fields filled.</param>
/// <param name="Total">Entities of the type.</param>
public sealed record RuleCoverage(RuleDescriptor Rule, string TypeName, IReadOnlyList<string> Fields, int Filled, int Total)
{
    /// <summary>Coverage of every rule over <paramref name="catalog"/>, from each rule's <see cref="ReadsAttribute"/>.</summary>
    public static IReadOnlyList<RuleCoverage> Compute(CatalogData catalog)
    {
        var entitiesByType = catalog.Entities.GroupBy(e => e.GetType()).ToDictionary(g => g.Key, g => g.ToList());
        var coverage = new List<RuleCoverage>();
        foreach (var rule in RuleRunner.Rules)
        {
            foreach (var reads in rule.RuleType.GetCustomAttributes<ReadsAttribute>())
            {
                var entities = entitiesByType.TryGetValue(reads.Type, out var list) ? list : [];
                var properties = reads.Fields.Select(f => reads.Type.GetProperty(f)
                    ?? throw new System.InvalidOperationException($"{rule.Id} reads {reads.Type.Name}.{f}, which the schema does not declare")).ToList();
                var filled = entities.Count(e => properties.All(p => IsFilled(p.GetValue(e))));
                coverage.Add(new RuleCoverage(rule, reads.Type.Name, reads.Fields.Select(f => Written.Field(reads.Type, f)).ToArray(), filled, entities.Count));
            }
        }

        return coverage;
    }

    private static bool IsFilled(object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => true,
    };
}
