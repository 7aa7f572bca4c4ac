using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Tests;

/// <summary>Compiles one rule (and the rules it chains on) and returns the findings it inserted.</summary>
internal static class RuleFixture
{
    public static IReadOnlyList<Finding> Fire<TRule>(CatalogData catalog, params Type[] chainsOn)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var factory = RuleRunner.Compile(chainsOn.Prepend(typeof(TRule)).ToArray());
        var id = RuleDescriptor.Of<TRule>().Id;
        return RuleRunner.Analyze(factory, catalog).Where(f => f.RuleId == id).ToList();
    }

    /// <summary>How a message names models m00, m01, ... (the test catalog's "Model mNN"): the first ten, then "and N more".</summary>
    public static string NamedModels(int count) =>
        string.Join(", ", Enumerable.Range(0, Math.Min(count, 10)).Select(i => $"Model m{i:D2}")) + (count > 10 ? $", and {count - 10} more" : string.Empty);

    public static string Evidence(Finding finding, string field) =>
        finding.Evidence.Single(e => e.Field == field).Value;
}
