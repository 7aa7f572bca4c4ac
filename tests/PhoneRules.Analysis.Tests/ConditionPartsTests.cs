using System;
using System.Linq.Expressions;
using PhoneRules.Analysis.Explanations;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// One part of a condition evaluated over the condition's arguments, with one delegate type whatever the
/// parameters' types (the native build cannot make a <c>Func</c> over a value type at run time), compiled and
/// interpreted (as the native build runs it).
/// </summary>
public sealed class ConditionPartsTests
{
    private static readonly ParameterExpression s_lag = Expression.Parameter(typeof(DayRange), "lag");
    private static readonly ParameterExpression s_name = Expression.Parameter(typeof(string), "name");
    private static readonly ParameterExpression s_day = Expression.Parameter(typeof(int?), "day");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void APartOverAValueType_IsItsValue(bool interpret)
    {
        var part = Expression.Property(s_lag, nameof(DayRange.Max));

        Assert.Equal(212, ConditionParts.Evaluate([s_lag, s_name], part, [new DayRange(-120, 212), "x"], interpret));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EachParameter_TakesTheArgumentAtItsPosition(bool interpret)
    {
        var part = Expression.Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!, s_name, Expression.Call(Expression.Property(s_lag, nameof(DayRange.Min)), typeof(int).GetMethod(nameof(int.ToString), Type.EmptyTypes)!));

        Assert.Equal("lag -3", ConditionParts.Evaluate([s_name, s_lag], part, ["lag ", new DayRange(-3, 4)], interpret));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NullForAValueType_IsItsDefault_AsReflectionPassesIt(bool interpret)
    {
        Assert.Equal(0, ConditionParts.Evaluate([s_lag], Expression.Property(s_lag, nameof(DayRange.Min)), [null], interpret));
        Assert.Null(ConditionParts.Evaluate([s_day], Expression.Convert(s_day, typeof(object)), [null], interpret));
        Assert.Null(ConditionParts.Evaluate([s_name], s_name, [null], interpret));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnExceptionThePartThrows_IsThrownUnwrapped(bool interpret)
    {
        Assert.Throws<InvalidOperationException>(() => ConditionParts.Evaluate([s_day], Expression.Property(s_day, nameof(Nullable<int>.Value)), [null], interpret));
        Assert.Throws<NullReferenceException>(() => ConditionParts.Evaluate([s_name], Expression.Property(s_name, nameof(string.Length)), [null], interpret));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ArgumentsThatDoNotMatchTheParameters_AreRefused(bool interpret)
    {
        Assert.Throws<ArgumentException>(() => ConditionParts.Evaluate([s_lag, s_name], s_name, ["only one"], interpret));
        Assert.Throws<InvalidCastException>(() => ConditionParts.Evaluate([s_name], s_name, [42], interpret));
    }
}
