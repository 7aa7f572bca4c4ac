using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.Diagnostics;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Explanations;

/// <summary>
/// Explains findings from the rule evaluation itself: it runs the rules with NRules' expression events on and
/// records, for each subject, every condition the engine evaluated, with its arguments and result. Nothing
/// here restates a rule's logic, so an explanation cannot drift from what the rule does.
/// </summary>
public static class Explainer
{
    private static readonly ConcurrentDictionary<Type, ISessionFactory> s_factories = new();

    /// <summary>Explains <paramref name="rule"/> for <paramref name="subjectKey"/>: why it fired, or the near miss.</summary>
    public static Explanation Explain(CatalogData catalog, RuleDescriptor rule, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var factory = s_factories.GetOrAdd(rule.RuleType, static type => RuleRunner.Compile(WithChain(type).ToArray()));
        var recorder = new Recorder(rule.Id + " " + rule.Name, subjectKey);
        var findings = RuleRunner.Analyze(factory, catalog, AnalysisOptions.Default, recorder.Attach);
        var finding = findings.FirstOrDefault(f => f.RuleId == rule.Id && f.SubjectKey == subjectKey);
        return new Explanation(rule, subjectKey, finding, recorder.Steps());
    }

    /// <summary>Explains every finding of a whole analysis in one run (for <c>analyze --explain</c>).</summary>
    public static IReadOnlyDictionary<Finding, IReadOnlyList<ConditionStep>> ExplainAll(CatalogData catalog, IReadOnlyList<Finding> findings) =>
        ExplainAll(catalog, findings, out _);

    /// <summary>
    /// <see cref="ExplainAll(CatalogData, IReadOnlyList{Finding})"/>, counting the recordings made: each
    /// evaluation goes only to the recorders of its own subjects, so the work grows with the evaluations, not
    /// with evaluations times findings (82 s for 8,000 models when every recorder saw every evaluation).
    /// </summary>
    internal static IReadOnlyDictionary<Finding, IReadOnlyList<ConditionStep>> ExplainAll(CatalogData catalog, IReadOnlyList<Finding> findings, out long recordings)
    {
        var recorders = findings
            .Select(f => (f.RuleId + " " + f.RuleName, f.SubjectKey))
            .Distinct()
            .ToDictionary(k => k, k => new Recorder(k.Item1, k.SubjectKey));
        long count = 0;
        RuleRunner.Analyze(RuleRunner.SessionFactory, catalog, AnalysisOptions.Default, session =>
            session.Events.LhsExpressionEvaluatedEvent += (_, e) =>
            {
                var facts = e.Facts.Select(f => f.Value).ToList();
                var subjects = Subjects(facts);
                foreach (var ruleName in e.Rules.Select(r => r.Name).Distinct())
                {
                    foreach (var subject in subjects)
                    {
                        if (recorders.TryGetValue((ruleName, subject), out var recorder))
                        {
                            recorder.Record(e, facts);
                            System.Threading.Interlocked.Increment(ref count);
                        }
                    }
                }
            });
        recordings = count;
        return findings.ToDictionary(f => f, f => recorders[(f.RuleId + " " + f.RuleName, f.SubjectKey)].Steps(), (IEqualityComparer<Finding>)ReferenceEqualityComparer.Instance);
    }

    // The subjects an evaluation is about: each fact's own, and the keys of the entities in a collection fact.
    private static HashSet<string> Subjects(List<object?> facts)
    {
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (SubjectOf(fact) is { } subject)
            {
                subjects.Add(subject);
            }

            if (fact is IEnumerable items and not string)
            {
                foreach (var entity in items.OfType<ICatalogEntity>())
                {
                    subjects.Add(entity.Key);
                }
            }
        }

        return subjects;
    }

    /// <summary>The rule and every rule it chains on, transitively.</summary>
    public static IEnumerable<Type> WithChain(Type rule)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([rule]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (seen.Add(type))
            {
                foreach (var dependency in type.GetCustomAttribute<ChainsOnAttribute>()?.Rules ?? [])
                {
                    pending.Push(dependency);
                }
            }
        }

        return seen.OrderBy(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The subject a fact is about, if any: an entity's key, a year, a TAC.</summary>
    internal static string? SubjectOf(object? fact) => fact switch
    {
        ICatalogEntity entity => entity.Key,
        ForeignHardware foreign => foreign.Model.Key,
        ReleaseCount count => count.Year.ToString(CultureInfo.InvariantCulture),
        ReleaseDrought drought => drought.Year.ToString(CultureInfo.InvariantCulture),
        AnalysisYear year => year.Year.ToString(CultureInfo.InvariantCulture),
        TacSightings tac => tac.Tac.ToString(),
        ForeignModelSightings shared => shared.Maker.Key + " " + shared.ReportedModel,
        _ => null,
    };

    // A confidence as a value inside an expression: the member's name, as a debugger would show it.
    private static string Value(FindingConfidence confidence) => confidence == FindingConfidence.Certain ? "certain" : "possible";

    internal static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        FindingConfidence confidence => Value(confidence),
        string s => s,
        ICatalogEntity entity => entity.Key,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        ForeignHardware foreign => $"foreign hardware of {foreign.Model.Key} ({Value(foreign.Confidence)})",
        ReleaseCount count => $"{count.Year}: {count.Min} to {count.Max} release(s)",
        ReleaseDrought drought => $"drought in {drought.Year} ({Value(drought.Confidence)})",
        TacSightings tac => $"TAC {tac.Tac}: {tac.Lookups.Count} sighting(s) of {tac.ModelCount} model(s)",
        ForeignModelSightings shared => $"{shared.Maker.Name} model {shared.ReportedModel}: {shared.Lookups.Count} lookup(s) of {shared.ModelCount} model(s)",
        CatalogIndex => "the catalog",
        Outlets.Support support => $"{support.Sources} source(s), {support.Outlets} outlet(s), {support.Primary} primary, {support.IndependentPairs} independent pair(s)",
        Rules.PR010CountMismatchRule.StatedRange range => range.Least == range.Most ? $"{range.Least}" : $"{range.Least} to {range.Most}",
        Rules.PR010CountMismatchRule.Tally tally => $"{tally.Certain.Count} certain, {tally.Possible.Count} possible, by series at least {tally.BySeriesLeast}",
        Rules.PR013FactConflictRule.Recorded recorded => recorded.Values.Count == 0 ? "nothing recorded" : string.Join("; ", recorded.Values.Select(v => $"{v.Field} \"{v.Value}\"")) + (recorded.Agrees ? " (agrees)" : " (differs)"),
        EventVersions pair => $"{Format(pair.From)} | {Format(pair.To)}",
        Rules.PR004SanctionsExposureRule.OnSale onSale => Format(onSale.Versions),
        Rules.PR011SourceConflictRule.ConflictDates dates => string.Join("; ", dates.Versions.Select(d => $"{d.Name} {d.Date} [{string.Join(", ", d.Sources.Select(s => s.Key))}]")),
        Rules.PR011SourceConflictRule.ConflictPair pair => pair.Earlier is null ? "no pair" : $"{pair.Earlier.Name} {pair.Earlier.Date} | {pair.Later!.Name} {pair.Later.Date}: {pair.Gap} days apart",
        IReadOnlyList<DateVersion> versions => versions.Count == 0 ? "none" : string.Join("; ", versions.Select(v => $"{v.Label} {v.Date} [{string.Join(", ", v.Sources.Select(s => s.Key))}]")),
        ICollection collection => collection.Count.ToString(CultureInfo.InvariantCulture) + " item(s)",
        IEnumerable sequence => sequence.Cast<object>().Count().ToString(CultureInfo.InvariantCulture) + " item(s)",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Collects the evaluations of one rule's conditions that involve one subject.</summary>
    private sealed class Recorder(string ruleName, string subjectKey)
    {
        private readonly List<(string Key, ConditionStep Step)> _steps = [];

        public string RuleName { get; } = ruleName;

        public void Attach(ISession session) => session.Events.LhsExpressionEvaluatedEvent += (_, e) =>
        {
            if (e.Rules.Any(r => r.Name == RuleName))
            {
                Record(e);
            }
        };

        public void Record(LhsExpressionEventArgs e)
        {
            var facts = e.Facts.Select(f => f.Value).ToList();
            if (facts.Any(f => SubjectOf(f) == subjectKey || (f is IEnumerable items && f is not string && items.OfType<ICatalogEntity>().Any(i => i.Key == subjectKey))))
            {
                Record(e, facts);
            }
        }

        // Records an evaluation already known to involve this recorder's subject.
        public void Record(LhsExpressionEventArgs e, List<object?> facts)
        {

            // Conditions inside an aggregate's query ($this$ is each candidate) are evaluated per candidate;
            // the aggregate's result shows in the conditions that use it.
            if (e.Expression.ToString().Contains("$this$", StringComparison.Ordinal))
            {
                return;
            }

            // Keep the last evaluation of each condition: NRules re-evaluates as facts arrive.
            var step = Describe(e, facts);
            var index = _steps.FindIndex(s => s.Key == step.Expression);
            if (index >= 0)
            {
                _steps[index] = (step.Expression, step);
            }
            else
            {
                _steps.Add((step.Expression, step));
            }
        }

        public IReadOnlyList<ConditionStep> Steps() => _steps.Select(s => s.Step).ToList();

        private static ConditionStep Describe(LhsExpressionEventArgs e, List<object?> facts)
        {
            var lambda = (LambdaExpression)e.Expression;

            var arguments = Arguments(e, lambda, facts);

            var isBinding = lambda.ReturnType != typeof(bool);
            var values = new List<ConditionValue>();
            foreach (var part in Parts(lambda.Body))
            {
                values.Add(Evaluate(lambda, part, arguments));
            }

            var passed = isBinding || e.Result is true;
            return new ConditionStep(Text(EnumNames.Show(lambda.Body)), isBinding, Format(e.Result), passed && e.Exception is null, values);
        }

        /// <summary>
        /// The values of <paramref name="lambda"/>'s parameters, matched by name: NRules 1.0 does not list the
        /// arguments of a condition over several bindings in parameter order (two Let bindings of one type came
        /// as the second value and null), but the facts of the tuple come in the order the rule declares them,
        /// so each declaration's name finds its value. A condition on one fact (an alpha condition, whose
        /// parameter is the pattern's own) takes the fact it was given.
        /// </summary>
        internal static object?[] Arguments(LhsExpressionEventArgs e, LambdaExpression lambda, IReadOnlyList<object?> facts)
        {
            var given = e.Arguments.ToArray();
            var named = Named(e.Rules, facts);
            var arguments = new object?[lambda.Parameters.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                var parameter = lambda.Parameters[i];
                if (parameter.Name is { } name && named.TryGetValue(name, out var value) && Fits(parameter.Type, value))
                {
                    arguments[i] = value;
                }
                else if (lambda.Parameters.Count == 1 && given.Length > 0 && Fits(parameter.Type, given[0]))
                {
                    arguments[i] = given[0];
                }
                else
                {
                    // A parameter the declarations do not name (never seen in this project's rules): the one
                    // value of its type, or none rather than a wrong one.
                    var candidates = given.Concat(facts).Where(v => v is not null && parameter.Type.IsInstanceOfType(v)).Distinct().ToList();
                    arguments[i] = candidates.Count == 1 ? candidates[0] : null;
                }
            }

            return arguments;
        }

        // The tuple's facts by the name of the declaration that bound each: the rule's top-level elements
        // export their declarations in order, and the tuple holds the first of them.
        private static Dictionary<string, object?> Named(IEnumerable<NRules.RuleModel.IRuleDefinition> rules, IReadOnlyList<object?> facts)
        {
            var named = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                var declarations = rule.LeftHandSide.ChildElements.SelectMany(c => c.Exports).ToList();
                if (declarations.Count < facts.Count)
                {
                    continue;
                }

                for (var i = 0; i < facts.Count; i++)
                {
                    if (Fits(declarations[i].Type, facts[i]))
                    {
                        named.TryAdd(declarations[i].Name, facts[i]);
                    }
                }

                break;
            }

            return named;
        }

        // "Convert(x, Int64)" is a widening C# wrote implicitly (an int compared with a long): show "x".
        internal static string WithoutConversions(string text)
        {
            const string Opening = "Convert(";
            var start = text.IndexOf(Opening, StringComparison.Ordinal);
            while (start >= 0)
            {
                int depth = 0, comma = -1, close = -1;
                for (var i = start + Opening.Length; i < text.Length && close < 0; i++)
                {
                    switch (text[i])
                    {
                        case '(':
                            depth++;
                            break;
                        case ')' when depth == 0:
                            close = i;
                            break;
                        case ')':
                            depth--;
                            break;
                        case ',' when depth == 0:
                            comma = i;
                            break;
                    }
                }

                if (close < 0 || comma < 0)
                {
                    break;
                }

                text = text[..start] + text[(start + Opening.Length)..comma] + text[(close + 1)..];
                start = text.IndexOf(Opening, start, StringComparison.Ordinal);
            }

            return text;
        }

        private static bool Fits(Type type, object? value) => value is null
            ? !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
            : type.IsInstanceOfType(value);

        // The sides of a comparison, the operands of && and ||, the arguments of a call: what a reader wants
        // to see the values of.
        private static IEnumerable<Expression> Parts(Expression body)
        {
            switch (body)
            {
                case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } logical:
                    return Operand(logical.Left).Concat(Operand(logical.Right));
                case BinaryExpression binary:
                    return new[] { binary.Left, binary.Right }.Where(IsInteresting);
                case UnaryExpression { NodeType: ExpressionType.Not } not:
                    return Parts(not.Operand);
                case MethodCallExpression call:
                    return call.Arguments.Where(IsInteresting).SelectMany(a => a is BinaryExpression ? Parts(a) : [a]);
                case MemberExpression member:
                    return new[] { member };
                default:
                    return [];
            }
        }

        // One side of && or ||: a test written as a call (Dated(index, model, ...)) shows its answer, not its arguments.
        private static IEnumerable<Expression> Operand(Expression side) =>
            side is MethodCallExpression { Type: var type } && type == typeof(bool) ? [side] : Parts(side);

        private static bool IsInteresting(Expression expression) => expression is not ConstantExpression;

        private static ConditionValue Evaluate(LambdaExpression lambda, Expression part, object?[] arguments)
        {
            // An enum compared as its number: its value is the enum's, shown by name.
            part = EnumNames.Unconverted(part);
            object? value;
            Func<object?[], object?> evaluate;
            try
            {
                evaluate = ConditionParts.Compile(lambda.Parameters, part);
            }
            catch (ArgumentException)
            {
                // A part that is no value on its own (none of this project's rules has one).
                return new ConditionValue(Text(part), "(unavailable)", SourcesOf(lambda, part, arguments));
            }

            try
            {
                value = evaluate(arguments);
            }
            catch (Exception ex) when (ex is InvalidOperationException or NullReferenceException)
            {
                // A part the condition never reached, such as the value of an empty date after HasValue failed.
                value = "(no value)";
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // What the rule's own code throws for a part is shown by its name, as the part's value.
                value = "(" + ex.GetType().Name + ")";
            }

            return new ConditionValue(Text(part), Format(value), SourcesOf(lambda, part, arguments));
        }

        // A catalog fact such as model.Released has its sources in model.ReleasedBy (the schema's `requires`).
        private static IReadOnlyList<string> SourcesOf(LambdaExpression lambda, Expression part, object?[] arguments)
        {
            var member = part as MemberExpression;
            if (member?.Member.Name == "Value" && member.Expression is MemberExpression inner)
            {
                member = inner;
            }

            if (member?.Expression is null || !typeof(ICatalogEntity).IsAssignableFrom(member.Expression.Type))
            {
                return [];
            }

            // The schema's 'requires' names the field of a fact's sources (released requires released-by); the
            // generated property carries it as [Requires(nameof(ReleasedBy))].
            var required = member.Member.GetCustomAttribute<RequiresAttribute>()?.Property;
            var sourcesProperty = required is null ? null : member.Expression.Type.GetProperty(required);
            if (sourcesProperty is null)
            {
                return [];
            }

            var owner = ConditionParts.Compile(lambda.Parameters, member.Expression);
            try
            {
                return sourcesProperty.GetValue(owner(arguments)) is IEnumerable<Source> sources ? sources.Select(s => s.Key).ToArray() : [];
            }
            catch (Exception ex) when (ex is InvalidOperationException or NullReferenceException or TargetInvocationException)
            {
                return [];
            }
        }

        // C# compares an enum as its number (Convert(entry.Confidence, Int32) == 0); a condition is shown with the
        // enum's member instead (entry.Confidence == High), for display only: the expression is never compiled.
        private sealed class EnumNames : ExpressionVisitor
        {
            private static readonly EnumNames s_instance = new();

            public static Expression Show(Expression body) => s_instance.Visit(body);

            public static Expression Unconverted(Expression part) => EnumOf(part) is null ? part : ((UnaryExpression)part).Operand;

            protected override Expression VisitBinary(BinaryExpression node)
            {
                if (EnumOf(node.Left) is { } left && node.Right is ConstantExpression { Value: { } right })
                {
                    return Expression.MakeBinary(node.NodeType, Visit(node.Left), Named(left, right, node.Right.Type), node.IsLiftedToNull, node.Method);
                }

                if (EnumOf(node.Right) is { } rightEnum && node.Left is ConstantExpression { Value: { } leftValue })
                {
                    return Expression.MakeBinary(node.NodeType, Named(rightEnum, leftValue, node.Left.Type), Visit(node.Right), node.IsLiftedToNull, node.Method);
                }

                return base.VisitBinary(node);
            }

            private static Type? EnumOf(Expression expression) =>
                expression is UnaryExpression { NodeType: ExpressionType.Convert } convert
                && (Nullable.GetUnderlyingType(convert.Operand.Type) ?? convert.Operand.Type) is { IsEnum: true } type
                    ? type
                    : null;

            // A stand-in that prints as the member's name where the number stood.
            private static ParameterExpression Named(Type type, object value, Type numberType) =>
                Expression.Parameter(numberType, Enum.GetName(type, value) ?? Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        private static string Text(Expression expression)
        {
            var text = WithoutConversions(expression.ToString())
                .Replace(" AndAlso ", " && ", StringComparison.Ordinal)
                .Replace(" OrElse ", " || ", StringComparison.Ordinal)
                .Replace("Not(", "!(", StringComparison.Ordinal);
            return expression is BinaryExpression && text.StartsWith('(') && text.EndsWith(')') ? text[1..^1] : text;
        }
    }
}
