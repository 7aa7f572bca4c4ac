using NRules.Extensibility;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// The runner compiles rules with FastExpressionCompiler (and, in the native build, interprets them); the findings
/// must be those of NRules' default compiler.
/// </summary>
public sealed class ExpressionCompilerTests
{
    [Fact]
    public void FastExpressionCompiler_FindsWhatExpressionCompileFinds_WithNoFallback()
    {
        AssertSameFindings(LinqExpressionCompiler.Compiled, FastRuleExpressionCompiler.Instance, SyntheticCatalog.Create(1_000, 10_000).Data);
        Assert.Equal(0, FastRuleExpressionCompiler.Instance.Fallbacks);
    }

    /// <summary>The native build interprets every condition and action (nothing is compiled at run time there).</summary>
    [Fact]
    public void InterpretedExpressions_FindWhatCompiledOnesFind()
    {
        AssertSameFindings(FastRuleExpressionCompiler.Instance, LinqExpressionCompiler.Interpreted, SyntheticCatalog.Create(300, 3_000).Data);
    }

    // The rules compiled by each, on a synthetic catalog and on the shipped one: the same findings, and some.
    private static void AssertSameFindings(IExpressionCompiler expectedCompiler, IExpressionCompiler actualCompiler, CatalogData synthetic)
    {
        var expected = RuleRunner.Compile(expectedCompiler, spec => spec.From(typeof(RuleRunner).Assembly));
        var actual = RuleRunner.Compile(actualCompiler, spec => spec.From(typeof(RuleRunner).Assembly));
        foreach (var catalog in new[] { synthetic, Catalog.Data })
        {
            var findings = FindingText.Format(RuleRunner.Analyze(expected, catalog));

            Assert.NotEmpty(findings);
            Assert.Equal(findings, FindingText.Format(RuleRunner.Analyze(actual, catalog)));
        }
    }
}

/// <summary>
/// System.Linq.Expressions' own: <see cref="Compiled"/> is NRules' default (<c>Expression.Compile</c>),
/// <see cref="Interpreted"/> what the native build does.
/// </summary>
internal sealed class LinqExpressionCompiler(bool interpret) : IExpressionCompiler
{
    public static LinqExpressionCompiler Compiled { get; } = new(interpret: false);

    public static LinqExpressionCompiler Interpreted { get; } = new(interpret: true);

    public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
        where TDelegate : System.Delegate => expression.Compile(preferInterpretation: interpret);
}
