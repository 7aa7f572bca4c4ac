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

        Assert.Equal(212, ConditionParts.Compile([s_lag, s_name], part, interpret)([new DayRange(-120, 212), "x"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EachParameter_TakesTheArgumentAtItsPosition(bool interpret)
    {
        var part = Expression.Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!, s_name, Expression.Call(Expression.Property(s_lag, nameof(DayRange.Min)), typeof(int).GetMethod(nameof(int.ToString), Type.EmptyTypes)!));

        Assert.Equal("lag -3", ConditionParts.Compile([s_name, s_lag], part, interpret)(["lag ", new DayRange(-3, 4)]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NullForAValueType_IsItsDefault_AsReflectionPassesIt(bool interpret)
    {
        Assert.Equal(0, ConditionParts.Compile([s_lag], Expression.Property(s_lag, nameof(DayRange.Min)), interpret)([null]));
        Assert.Null(ConditionParts.Compile([s_day], Expression.Convert(s_day, typeof(object)), interpret)([null]));
        Assert.Null(ConditionParts.Compile([s_name], s_name, interpret)([null]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnExceptionThePartThrows_IsThrownUnwrapped(bool interpret)
    {
        Assert.Throws<InvalidOperationException>(() => ConditionParts.Compile([s_day], Expression.Property(s_day, nameof(Nullable<int>.Value)), interpret)([null]));
        Assert.Throws<NullReferenceException>(() => ConditionParts.Compile([s_name], Expression.Property(s_name, nameof(string.Length)), interpret)([null]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ArgumentsThatDoNotMatchTheParameters_AreRefused(bool interpret)
    {
        Assert.Throws<ArgumentException>(() => ConditionParts.Compile([s_lag, s_name], s_name, interpret)(["only one"]));
        Assert.Throws<InvalidCastException>(() => ConditionParts.Compile([s_name], s_name, interpret)([42]));
    }
}
