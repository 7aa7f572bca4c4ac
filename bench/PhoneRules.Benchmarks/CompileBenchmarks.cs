using System.Linq;
using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Extensibility;
using PhoneRules.Analysis;

namespace PhoneRules.Benchmarks;

/// <summary>
/// Compiling the whole rule set into a session factory (what the console does once per process, before its first
/// analysis): NRules' default, <c>Expression.Compile</c>, against FastExpressionCompiler, which the runner uses.
/// </summary>
[MemoryDiagnoser]

public class CompileBenchmarks
{
    private static readonly System.Type[] s_rules = typeof(RuleRunner).Assembly.GetTypes().Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract).ToArray();

    // What RuleRunner.Compile does, with NRules' default expression compiler.
    [Benchmark(Baseline = true, Description = "compile rules: Expression.Compile")]
    public ISessionFactory ExpressionCompile()
    {
        var repository = new NRules.Fluent.RuleRepository();
        repository.Load(spec => spec.From(s_rules));
        var compiler = new RuleCompiler { ExpressionCompiler = LinqExpressionCompiler.Instance };
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = System.Collections.Generic.ReferenceEqualityComparer.Instance;
        return compiler.Compile(repository.GetRuleSets().SelectMany(set => set.Rules));
    }

    [Benchmark(Description = "compile rules: FastExpressionCompiler")]
    public ISessionFactory FastExpressionCompiler() => RuleRunner.Compile(s_rules);
}

/// <summary>NRules' default: each expression through <c>Expression.Compile</c>.</summary>
internal sealed class LinqExpressionCompiler : IExpressionCompiler
{
    public static LinqExpressionCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
        where TDelegate : System.Delegate => expression.Compile();
}
