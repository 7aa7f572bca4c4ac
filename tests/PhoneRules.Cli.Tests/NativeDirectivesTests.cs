using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Text;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PhoneRules.Analysis;
using PhoneRules.Testing;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The native build (<c>-p:PhoneRulesNative=true</c>) compiles ahead of time every type the program uses, but NRules
/// makes some at run time: a delegate type for each condition, binding and action it rewrites from a rule's DSL
/// (<c>Func&lt;DayRange, CatalogIndex, bool&gt;</c>), and an aggregator for each Collect and GroupBy. Over a value type
/// those exist only if the compiler was told: <c>src/PhoneRules.Cli/Native/rules.rd.xml</c> names them. It is derived
/// from the rules themselves, here, so a new or changed rule cannot leave the native build behind: this test fails
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

    /// <summary>Each type the rules make at run time, by the assembly that defines its generic definition.</summary>
    private static List<(string Assembly, string Name)> RuntimeTypes()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RuleRunner).Assembly));
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

    // The aggregator NRules instantiates for an aggregate element, over the element's own types.
    private static Type Aggregator(AggregateElement aggregate)
    {
        Type Selected(string name) => aggregate.Expressions[name].Expression.ReturnType;
        var (definition, arguments) = aggregate.Name switch
        {
            AggregateElement.CollectName => ("CollectionAggregator`1", new[] { aggregate.Source.ValueType }),
            AggregateElement.GroupByName => ("GroupByAggregator`3", new[] { aggregate.Source.ValueType, Selected("KeySelector"), Selected("ElementSelector") }),
            _ => throw new InvalidOperationException($"A rule uses the aggregate '{aggregate.Name}': name its aggregator here, so the native build keeps it"),
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
