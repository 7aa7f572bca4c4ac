using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Text;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PhoneRules.Analysis;
using PhoneRules.Testing;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The native build (<c>-p:PhoneRulesNative=true</c>) compiles ahead of time every type the program uses, but NRules
/// makes some at run time: a delegate type for each condition, binding and action it rewrites from a rule's DSL
/// (<c>Func&lt;DayRange, CatalogIndex, bool&gt;</c>), and an aggregator for each Collect and GroupBy. Over a value type
/// those exist only if the compiler was told: <c>src/PhoneRules.Cli/Native/rules.rd.xml</c> names them. It is derived
/// from the rules themselves, here (every lambda, every aggregate by the kind NRules 1.0.4 makes for it, the
/// condition a ForAll becomes), so a new or changed rule cannot leave the native build behind unseen: this test fails
/// until the file is regenerated (<c>PHONERULES_WRITE_NATIVE_DIRECTIVES=1 dotnet test tests/PhoneRules.Cli.Tests
/// --filter NativeDirectives</c> writes it). <c>scripts/check-native.sh</c> then proves the native build's output.
/// </summary>
public sealed class NativeDirectivesTests
{
    private static readonly string s_path = Path.Combine(RepositoryRoot.Folder, "src", "PhoneRules.Cli", "Native", "rules.rd.xml");

    [Fact]
    public void TheDirectives_NameEveryTypeTheRulesMakeAtRunTime()
    {
        var expected = Directives(RuntimeTypes());
        if (Environment.GetEnvironmentVariable("PHONERULES_WRITE_NATIVE_DIRECTIVES") == "1")
        {
            File.WriteAllText(s_path, expected);
        }

        Assert.True(File.Exists(s_path), $"{s_path} is missing; regenerate it as this test's summary says");
        Assert.Equal(expected, File.ReadAllText(s_path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheRules_MakeDelegatesOverValueTypes_AndAGroupingByAValueTuple()
    {
        // What the directives exist for: were these gone, the derivation above would be checking nothing.
        var types = RuntimeTypes();
        Assert.Contains(types, t => t.Assembly == "System.Linq.Expressions" && t.Name.Contains("[[PhoneRules.DayRange,PhoneRules.Schema]", StringComparison.Ordinal));
        Assert.Contains(types, t => t.Name.StartsWith("NRules.Aggregators.GroupByAggregator`3[[PhoneRules.Model.DateClaim,PhoneRules.Model],[System.ValueTuple`2", StringComparison.Ordinal));
        Assert.Contains(types, t => t.Name.StartsWith("NRules.Aggregators.CollectionAggregator`1[", StringComparison.Ordinal));
    }

    [Fact]
    public void TypeNames_AreWrittenAsTheDirectivesSpellThem()
    {
        Assert.Equal("System.Func`2[[PhoneRules.DayRange,PhoneRules.Schema],[System.Boolean,System.Private.CoreLib]]", Name(typeof(Func<DayRange, bool>)));
        Assert.Equal("System.String", Name(typeof(string)));
    }

    [Fact]
    public void EveryKindOfAggregate_AndForAll_NameTheTypesNRulesMakesForThem()
    {
        // Kinds the shipped rules do not use today, from rules of this test's own: the derivation must not miss
        // them the day a rule does (NRules 1.0.4: CollectionAggregatorFactory, and RuleNormalization for ForAll).
        var types = RuntimeTypes(typeof(SampleSortedRule), typeof(SampleMultiSortedRule), typeof(SampleLookupRule), typeof(SampleForAllRule)).Select(t => t.Name).ToList();

        Assert.Contains("NRules.Aggregators.SortedAggregator`2[[PhoneRules.Cli.Tests.SampleReading,PhoneRules.Cli.Tests],[System.Int32,System.Private.CoreLib]]", types);
        Assert.Contains("NRules.Aggregators.MultiKeySortedAggregator`1[[PhoneRules.Cli.Tests.SampleReading,PhoneRules.Cli.Tests]]", types);
        Assert.Contains("NRules.Aggregators.LookupAggregator`3[[PhoneRules.Cli.Tests.SampleReading,PhoneRules.Cli.Tests],[System.Int32,System.Private.CoreLib],[System.Double,System.Private.CoreLib]]", types);
        Assert.Contains("System.Func`3[[PhoneRules.Cli.Tests.SampleReading,PhoneRules.Cli.Tests],[PhoneRules.Cli.Tests.SampleReading,PhoneRules.Cli.Tests],[System.Boolean,System.Private.CoreLib]]", types);
    }

    /// <summary>Each type the shipped rules make at run time, by the assembly that defines its generic definition.</summary>
    private static List<(string Assembly, string Name)> RuntimeTypes() => RuntimeTypes(spec => spec.From(typeof(RuleRunner).Assembly));

    private static List<(string Assembly, string Name)> RuntimeTypes(params Type[] ruleTypes) => RuntimeTypes(spec => spec.From(ruleTypes));

    private static List<(string Assembly, string Name)> RuntimeTypes(Action<IRuleLoadSpec> load)
    {
        var repository = new RuleRepository();
        repository.Load(load);
        var lambdas = new List<Type>();
        var aggregates = new List<AggregateElement>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var rule in repository.GetRules())
        {
            Walk(rule, lambdas, aggregates, seen);
        }

        var types = new List<(string Assembly, string Name)>();
        foreach (var type in lambdas.Distinct())
        {
            types.Add(("System.Linq.Expressions", Name(typeof(Expression<>).MakeGenericType(type))));
            types.Add(("System.Private.CoreLib", Name(type)));
        }

        foreach (var aggregate in aggregates)
        {
            var aggregator = Aggregator(aggregate);
            types.Add((aggregator.Assembly.GetName().Name!, Name(aggregator)));
        }

        return types.Distinct().OrderBy(t => t.Assembly, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    // The rule model's elements, by their public properties: every lambda NRules holds, and every aggregate.
    private static void Walk(object? node, List<Type> lambdas, List<AggregateElement> aggregates, HashSet<object> seen)
    {
        if (node is null || node is string || !seen.Add(node))
        {
            return;
        }

        switch (node)
        {
            case LambdaExpression lambda:
                lambdas.Add(lambda.Type);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, lambdas, aggregates, seen);
                }

                return;
            case AggregateElement aggregate:
                aggregates.Add(aggregate);
                break;
            case ForAllElement forAll:
                // Compiling rewrites forall as not(base and not(pattern)), joined by a condition made then:
                // ReferenceEqual(base, pattern), a Func<TBase, TPattern, bool> for each pattern.
                lambdas.AddRange(forAll.Patterns.Select(pattern => typeof(Func<,,>).MakeGenericType(forAll.BasePattern.ValueType, pattern.ValueType, typeof(bool))));
                break;
            case RuleElement or IRuleDefinition:
                break;
            default:
                return;
        }

        foreach (var property in node.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(node), lambdas, aggregates, seen);
        }
    }

    // The aggregator NRules instantiates for an aggregate element, over the element's own types, chosen as NRules
    // 1.0.4's CollectionAggregatorFactory and GroupByAggregatorFactory choose it.
    private static Type Aggregator(AggregateElement aggregate)
    {
        if (aggregate.CustomFactoryType is not null)
        {
            throw new InvalidOperationException($"A rule uses the custom aggregate '{aggregate.Name}' ({aggregate.CustomFactoryType}): name what it makes here, so the native build keeps it");
        }

        var source = aggregate.Source.ValueType;
        var expressions = aggregate.Expressions.ToList();
        Type Selected(string name) => aggregate.Expressions[name].Expression.ReturnType;
        var sorts = expressions.Where(e => e.Name is AggregateElement.KeySelectorAscendingName or AggregateElement.KeySelectorDescendingName).ToList();
        var groups = expressions.Count(e => e.Name == AggregateElement.KeySelectorName);
        var (definition, arguments) = aggregate.Name switch
        {
            AggregateElement.CollectName when sorts.Count == 0 && groups == 0 => ("CollectionAggregator`1", new[] { source }),
            AggregateElement.CollectName when sorts.Count == 1 && groups == 0 => ("SortedAggregator`2", new[] { source, sorts[0].Expression.ReturnType }),
            AggregateElement.CollectName when sorts.Count > 1 && groups == 0 => ("MultiKeySortedAggregator`1", new[] { source }),
            AggregateElement.CollectName when sorts.Count == 0 && groups == 1 => ("LookupAggregator`3", new[] { source, Selected(AggregateElement.KeySelectorName), Selected(AggregateElement.ElementSelectorName) }),
            AggregateElement.GroupByName => ("GroupByAggregator`3", new[] { source, Selected(AggregateElement.KeySelectorName), Selected(AggregateElement.ElementSelectorName) }),
            _ => throw new InvalidOperationException($"A rule uses the aggregate '{aggregate.Name}' with {sorts.Count} sort key(s) and {groups} group key(s): name its aggregator here, so the native build keeps it"),
        };
        var generic = typeof(NRules.ISession).Assembly.GetType("NRules.Aggregators." + definition, throwOnError: true)!;
        return generic.MakeGenericType(arguments);
    }

    /// <summary>A type as rd.xml names it: a generic's arguments in double brackets, each with its assembly.</summary>
    private static string Name(Type type) =>
        type.IsGenericType
            ? $"{type.GetGenericTypeDefinition().FullName}[{string.Join(",", type.GetGenericArguments().Select(a => $"[{Name(a)},{a.Assembly.GetName().Name}]"))}]"
            : type.FullName!;

    private static string Directives(IReadOnlyList<(string Assembly, string Name)> types)
    {
        var text = new StringBuilder();
        text.Append("<!--\n");
        text.Append("  The types NRules makes at run time from the rules, for the native build (-p:PhoneRulesNative=true), which\n");
        text.Append("  compiles only what it is told of. Generated from the rules by tests/PhoneRules.Cli.Tests/NativeDirectivesTests.cs,\n");
        text.Append("  which fails when a rule changes them; that test, run with PHONERULES_WRITE_NATIVE_DIRECTIVES=1 in the environment,\n");
        text.Append("  rewrites this file. Do not edit it by hand.\n");
        text.Append("-->\n");
        text.Append("<Directives xmlns=\"http://schemas.microsoft.com/netfx/2013/01/metadata\">\n");
        text.Append("  <Application>\n");
        foreach (var assembly in types.GroupBy(t => t.Assembly))
        {
            text.Append("    <Assembly Name=\"").Append(assembly.Key).Append("\">\n");
            foreach (var (_, name) in assembly)
            {
                text.Append("      <Type Name=\"").Append(name).Append("\" Dynamic=\"Required All\" />\n");
            }

            text.Append("    </Assembly>\n");
        }

        text.Append("  </Application>\n");
        text.Append("</Directives>\n");
        return text.ToString();
    }
}

// Rules of kinds the shipped rules do not use, for the derivation above (NRules loads only top-level public rule classes).
public sealed record SampleReading(int Year, double Value);

public sealed class SampleSortedRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        IEnumerable<SampleReading> readings = default!;
        When().Query(() => readings, q => q.Match<SampleReading>().Collect().OrderBy(r => r.Year));
        Then().Do(_ => NativeDirectivesSamples.Nothing());
    }
}

public sealed class SampleMultiSortedRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        IEnumerable<SampleReading> readings = default!;
        When().Query(() => readings, q => q.Match<SampleReading>().Collect().OrderBy(r => r.Year).ThenByDescending(r => r.Value));
        Then().Do(_ => NativeDirectivesSamples.Nothing());
    }
}

public sealed class SampleLookupRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        ILookup<int, double> byYear = default!;
        When().Query(() => byYear, q => q.Match<SampleReading>().Collect().ToLookup(r => r.Year, r => r.Value));
        Then().Do(_ => NativeDirectivesSamples.Nothing());
    }
}

public sealed class SampleForAllRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        When().All<SampleReading>(r => r.Year > 2000, r => r.Value > 0);
        Then().Do(_ => NativeDirectivesSamples.Nothing());
    }
}


internal static class NativeDirectivesSamples
{
    public static void Nothing()
    {
    }
}
