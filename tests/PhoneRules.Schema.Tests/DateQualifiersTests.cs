using System;

namespace PhoneRules.Schema.Tests;

/// <summary>Every qualifier at every precision, on each side of an interval: how <see cref="DateQualifiers"/> widens it.</summary>
public sealed class DateQualifiersTests
{
    [Theory]
    [InlineData("2019", "2019-01-01", "2019-12-31", true)]
    [InlineData("2019~", "2018-01-01", "2020-12-31", false)]
    [InlineData("2019?", "2019-01-01", "2019-12-31", false)]
    [InlineData("2019%", "2018-01-01", "2020-12-31", false)]
    [InlineData("2019-01", "2019-01-01", "2019-01-31", true)]
    [InlineData("2019-01~", "2018-12-01", "2019-02-28", false)]
    [InlineData("2019-01?", "2019-01-01", "2019-01-31", false)]
    [InlineData("2019-01%", "2018-12-01", "2019-02-28", false)]
    [InlineData("2020-01~", "2019-12-01", "2020-02-29", false)]
    [InlineData("2019-12~", "2019-11-01", "2020-01-31", false)]
    [InlineData("2019-03-15", "2019-03-15", "2019-03-15", true)]
    [InlineData("2019-03-15~", "2019-03-08", "2019-03-22", false)]
    [InlineData("2019-03-15?", "2019-03-15", "2019-03-15", false)]
    [InlineData("2019-03-15%", "2019-03-08", "2019-03-22", false)]
    [InlineData("2018-10~/2019-01", "2018-09-01", "2019-01-31", false)]
    [InlineData("2018-10/2019-01~", "2018-10-01", "2019-02-28", false)]
    [InlineData("2018-10?/2019-01?", "2018-10-01", "2019-01-31", false)]
    [InlineData("2018/2019-03-15~", "2018-01-01", "2019-03-22", false)]
    public void Widen_EachQualifier_AtEachPrecision(string text, string earliest, string latest, bool firm)
    {
        var date = FuzzyDate.Parse(text);

        Assert.Equal(DateTime.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateQualifiers.Earliest(date));
        Assert.Equal(DateTime.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), DateQualifiers.Latest(date));
        Assert.Equal(firm, DateQualifiers.IsFirm(date));
    }

    [Fact]
    public void DaysBetween_IsTakenOverTheWidenedDates()
    {
        var lag = DateQualifiers.DaysBetween(FuzzyDate.Parse("2019-01~"), FuzzyDate.Parse("2019-04"));

        // From 2018-12-01 .. 2019-02-28 to 2019-04-01 .. 2019-04-30.
        Assert.Equal(new DayRange(32, 150), lag);
        Assert.Equal(FuzzyDate.DaysBetween(FuzzyDate.Parse("2019-01"), FuzzyDate.Parse("2019-04")), DateQualifiers.DaysBetween(FuzzyDate.Parse("2019-01"), FuzzyDate.Parse("2019-04")));
    }

    [Theory]
    [InlineData("2019-06", 2019, true, true)]
    [InlineData("2019-06?", 2019, false, true)]
    [InlineData("2019-12~", 2019, false, true)]
    [InlineData("2019-12~", 2020, false, true)]
    [InlineData("2019-11~", 2020, false, false)]
    [InlineData("2019~", 2020, false, true)]
    [InlineData("2019~", 2021, false, false)]
    public void Years_CertainOnlyWhenFirmAndWhollyInside(string text, int year, bool certainly, bool possibly)
    {
        var date = FuzzyDate.Parse(text);

        Assert.Equal(certainly, DateQualifiers.IsCertainlyIn(date, year));
        Assert.Equal(possibly, DateQualifiers.IsPossiblyIn(date, year));
        Assert.Equal(certainly, DateQualifiers.IsCertainlyWithin(date, year, year));
        Assert.Equal(possibly, DateQualifiers.IsPossiblyWithin(date, year, year));
    }

    [Fact]
    public void Widen_AtTheEdgesOfTheCalendar_StaysInsideIt()
    {
        Assert.Equal(new DateTime(9999, 12, 31), DateQualifiers.Latest(FuzzyDate.Parse("9999~")));
        Assert.Equal(new DateTime(9999, 12, 31), DateQualifiers.Latest(FuzzyDate.Parse("9999-12~")));
        Assert.Equal(new DateTime(9999, 12, 31), DateQualifiers.Latest(FuzzyDate.Parse("9999-12-31~")));
        Assert.Equal(new DateTime(1, 1, 1), DateQualifiers.Earliest(FuzzyDate.Parse("0001~")));
    }

    [Theory]
    [InlineData('~', true)]
    [InlineData('%', true)]
    [InlineData('?', false)]
    [InlineData('\0', false)]
    public void Widens_OnlyApproximateQualifiers(char qualifier, bool widens) => Assert.Equal(widens, DateQualifiers.Widens(qualifier));
}
