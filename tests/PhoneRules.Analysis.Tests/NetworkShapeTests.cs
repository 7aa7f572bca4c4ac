using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules.Fluent;
using NRules.RuleModel;
using PhoneRules.Analysis.Facts;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// The shape of the compiled rules keeps the analysis linear. NRules 1.0 joins by nested loops, and every
/// <c>Let</c> is a pattern over a binding, joined back to the tuples before it: when a rule inserts facts one
/// per activation (<c>ctx.Insert</c>) and another rule matches them, each insert walks every tuple the second
/// rule already holds. At 10,000 models that made PR004 (which matched PR002's per-model facts) cost 12.6 s
/// and 11 GB instead of 0.66 s and 184 MB. So a fact type inserted one at a time may be matched only when
/// there are few of it: one per analysed year, at most <see cref="RuleSupport.MaxYearSpan"/>.
/// </summary>
public sealed class NetworkShapeTests
{
    // The fact types of which an analysis holds at most one per year (RuleSupport.Years bounds the years).
    private static readonly Type[] s_perYear = [typeof(ReleaseCount), typeof(ReleaseDrought)];

    [Fact]
    public void FactsInsertedOneAtATime_AreMatchedByAnotherRule_OnlyWhenThereIsOnePerYear()
    {
        var rules = Definitions();
        var insertedSingly = rules.SelectMany(r => SinglyInserted(r).Select(type => (Rule: r.Name, Type: type))).ToList();
        var matched = rules.SelectMany(r => Matched(r).Select(type => (Rule: r.Name, Type: type))).ToList();

        var unbounded = insertedSingly
            .Where(i => !s_perYear.Contains(i.Type))
            .SelectMany(i => matched.Where(m => m.Type == i.Type).Select(m => $"{m.Rule} matches {i.Type.Name}, which {i.Rule} inserts one per activation"))
            .ToList();

        Assert.Empty(unbounded);

        // The check sees what it guards: the per-year facts are inserted one at a time and matched.
        Assert.All(s_perYear, type => Assert.Contains(insertedSingly, i => i.Type == type));
        Assert.All(s_perYear, type => Assert.Contains(matched, m => m.Type == type));
    }

    [Fact]
    public void TheCheck_FindsAPerModelFactInsertedOneAtATimeAndMatched()
    {
        var rules = Compile(typeof(ChainedPerModelRule), typeof(PerModelFactRule));

        Assert.Contains(rules.SelectMany(SinglyInserted), t => t == typeof(ForeignHardware));
        Assert.Contains(rules.SelectMany(Matched), t => t == typeof(ForeignHardware));
    }

    private static List<IRuleDefinition> Definitions() => Compile(typeof(RuleRunner).Assembly.GetTypes());

    private static List<IRuleDefinition> Compile(params Type[] types)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.NestedTypes().PrivateTypes().Type(types.Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract).ToArray())));
        return repository.GetRuleSets().SelectMany(set => set.Rules).ToList();
    }

    // The types of the facts a rule's actions insert with IContext.Insert (one fact per call).
    private static IEnumerable<Type> SinglyInserted(IRuleDefinition rule)
    {
        var finder = new InsertFinder();
        foreach (var action in rule.RightHandSide.Actions)
        {
            finder.Visit(action.Expression);
        }

        return finder.Types;
    }

    // The types a rule's conditions match from working memory (patterns without a source; a Let's pattern has one).
    private static IEnumerable<Type> Matched(IRuleDefinition rule) =>
        rule.LeftHandSide.ChildElements.OfType<PatternElement>().Where(p => p.Source is null).Select(p => p.ValueType);

    private sealed class InsertFinder : ExpressionVisitor
    {
        public List<Type> Types { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == "Insert" && node.Method.DeclaringType == typeof(IContext) && node.Arguments.Count == 1)
            {
                var argument = node.Arguments[0];
                while (argument is UnaryExpression { NodeType: ExpressionType.Convert } convert)
                {
                    argument = convert.Operand;
                }

                Types.Add(argument.Type);
            }

            return base.VisitMethodCall(node);
        }
    }

    // What PR002 and PR004 were before: one rule inserts a per-model fact per activation, another matches it.
    private sealed class PerModelFactRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            CatalogIndex index = default!;
            PhoneRules.Model.PhoneModel model = default!;
            ForeignHardware? foreign = null;
            When().Match(() => index).Match(() => model).Let(() => foreign, () => PhoneRules.Analysis.Rules.PR002ForeignHardwareRule.Find(index, model)).Having(() => foreign != null);
            Then().Do(ctx => ctx.Insert(foreign!));
        }
    }

    private sealed class ChainedPerModelRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            ForeignHardware foreign = default!;
            When().Match(() => foreign);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
