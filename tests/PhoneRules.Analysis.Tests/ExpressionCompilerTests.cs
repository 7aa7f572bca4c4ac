using PhoneRules.Cli.Synthetic;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Tests;

/// <summary>The runner compiles rules with FastExpressionCompiler; the findings must be those of NRules' default compiler.</summary>
public sealed class ExpressionCompilerTests
{
    [Fact]
    public void FastExpressionCompiler_FindsWhatExpressionCompileFinds_WithNoFallback()
    {
        var catalog = SyntheticCatalog.Create(1_000, 10_000).Data;
        var linq = RuleRunner.Compile(LinqExpressionCompiler.Instance, spec => spec.From(typeof(RuleRunner).Assembly));
        var fast = RuleRunner.Compile(FastRuleExpressionCompiler.Instance, spec => spec.From(typeof(RuleRunner).Assembly));

        var expected = FindingText.Format(RuleRunner.Analyze(linq, catalog));

        Assert.Equal(expected, FindingText.Format(RuleRunner.Analyze(fast, catalog)));
        Assert.Equal(FindingText.Format(RuleRunner.Analyze(linq, Catalog.Data)), FindingText.Format(RuleRunner.Analyze(fast, Catalog.Data)));
        Assert.Equal(0, FastRuleExpressionCompiler.Instance.Fallbacks);
    }

    /// <summary>The native build interprets every condition and action (nothing is compiled at run time there).</summary>
    [Fact]
    public void InterpretedExpressions_FindWhatCompiledOnesFind()
    {
        var catalog = SyntheticCatalog.Create(300, 3_000).Data;
        var interpreted = RuleRunner.Compile(InterpretingExpressionCompiler.Instance, spec => spec.From(typeof(RuleRunner).Assembly));
        var fast = RuleRunner.Compile(FastRuleExpressionCompiler.Instance, spec => spec.From(typeof(RuleRunner).Assembly));

        var expected = FindingText.Format(RuleRunner.Analyze(fast, catalog));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, FindingText.Format(RuleRunner.Analyze(interpreted, catalog)));
        Assert.Equal(FindingText.Format(RuleRunner.Analyze(fast, Catalog.Data)), FindingText.Format(RuleRunner.Analyze(interpreted, Catalog.Data)));
    }
}

/// <summary>What the native build does: each expression interpreted by System.Linq.Expressions.</summary>
internal sealed class InterpretingExpressionCompiler : NRules.Extensibility.IExpressionCompiler
{
    public static InterpretingExpressionCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
        where TDelegate : System.Delegate => expression.Compile(preferInterpretation: true);
}

/// <summary>NRules' default: each expression through <c>Expression.Compile</c>.</summary>
internal sealed class LinqExpressionCompiler : NRules.Extensibility.IExpressionCompiler
{
    public static LinqExpressionCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
        where TDelegate : System.Delegate => expression.Compile();
}
