using System;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace PhoneRules.Analysis;

/// <summary>
/// Compiles the rules' conditions and actions with FastExpressionCompiler instead of <c>Expression.Compile</c>
/// (which NRules uses by default): the same delegates, built without the System.Linq.Expressions interpreter's
/// compiler pipeline, so compiling the rule set costs a fraction of the time at start-up. An expression FEC
/// cannot compile falls back to <c>Expression.Compile</c>, so every rule compiles either way. Where no code can be
/// generated at run time (the native build, <c>-p:PhoneRulesNative=true</c>), FEC cannot emit its methods and every
/// expression is interpreted by <c>Expression.Compile</c> instead.
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    /// <summary>The one instance; it holds no state.</summary>
    public static FastRuleExpressionCompiler Instance { get; } = new();

    /// <summary>How many expressions fell back to <c>Expression.Compile</c> (tests assert none do for the shipped rules).</summary>
    public int Fallbacks => _fallbacks;

    private int _fallbacks;

    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return expression.Compile(preferInterpretation: true);
        }

        var compiled = expression.CompileFast(ifFastFailedReturnNull: true);
        if (compiled is not null)
        {
            return compiled;
        }

        System.Threading.Interlocked.Increment(ref _fallbacks);
        return expression.Compile();
    }
}
