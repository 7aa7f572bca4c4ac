using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

namespace PhoneRules.Analysis.Explanations;

/// <summary>
/// Evaluates one part of a rule's condition (<c>lag.Min</c>, <c>model.Released</c>) over the arguments NRules gave
/// the whole condition. The part is compiled as a delegate of one fixed type, arguments in and a value out, so no
/// delegate type is made at run time (a <c>Func</c> over the condition's own parameter types would be): the same
/// code runs where nothing can be compiled at run time, as in the native build, which interprets it.
/// </summary>
internal static class ConditionParts
{
    /// <summary>
    /// <paramref name="part"/>, an expression over <paramref name="parameters"/>, as a function of their arguments
    /// in order (as many as there are parameters, else it throws <see cref="ArgumentException"/>). A null argument for
    /// a parameter of a value type is that type's default, as reflection passes it; an exception the part throws
    /// comes out as it is, not wrapped. <paramref name="interpret"/> interprets it where code could be compiled (the
    /// tests' way to run what the native build runs).
    /// </summary>
    public static Func<object?[], object?> Compile(IReadOnlyList<ParameterExpression> parameters, Expression part, bool interpret = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(part);

        // The condition's parameters become the block's variables, each set from the array: the part itself is
        // used as it is, with the parameter objects it already refers to.
        var array = Expression.Parameter(typeof(object[]), "arguments");
        var assignments = parameters.Select((parameter, i) => (Expression)Expression.Assign(parameter, Unboxed(Expression.ArrayIndex(array, Expression.Constant(i)), parameter.Type)));
        var body = Expression.Block(parameters, assignments.Append(Expression.Convert(part, typeof(object))));
        var evaluate = Expression.Lambda<Func<object?[], object?>>(body, array).Compile(preferInterpretation: interpret);
        var count = parameters.Count;
        return arguments =>
        {
            ArgumentNullException.ThrowIfNull(arguments);
            return arguments.Length == count
                ? evaluate(arguments)
                : throw new ArgumentException($"{arguments.Length} argument(s) for {count} parameter(s).", nameof(arguments));
        };
    }

    private static Expression Unboxed(Expression item, Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null
            ? Expression.Condition(Expression.Equal(item, Expression.Constant(null)), Expression.Default(type), Expression.Convert(item, type))
            : Expression.Convert(item, type);
}
