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
    [Benchmark(Baseline = true, Description = "compile rules: Expression.Compile")]
    public ISessionFactory ExpressionCompile() => RuleRunner.Compile(LinqExpressionCompiler.Instance, spec => spec.From(typeof(RuleRunner).Assembly));

    [Benchmark(Description = "compile rules: FastExpressionCompiler")]
    public ISessionFactory FastExpressionCompiler() => RuleRunner.Compile(FastRuleExpressionCompiler.Instance, spec => spec.From(typeof(RuleRunner).Assembly));
}

/// <summary>NRules' default: each expression through <c>Expression.Compile</c>.</summary>
internal sealed class LinqExpressionCompiler : IExpressionCompiler
{
    public static LinqExpressionCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
        where TDelegate : System.Delegate => expression.Compile();
}
