using System;
using CsCheck;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

public sealed class FuzzyDateTests
{
    [Theory]
    [InlineData("2019", "2019-01-01", "2019-12-31", DatePrecision.Year)]
    [InlineData("2019-10", "2019-10-01", "2019-10-31", DatePrecision.Month)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", DatePrecision.Month)]
    [InlineData("2019-10-05", "2019-10-05", "2019-10-05", DatePrecision.Day)]
    [InlineData("2019-10/2019-12", "2019-10-01", "2019-12-31", DatePrecision.Month)]
    [InlineData("2018-10~", "2018-10-01", "2018-10-31", DatePrecision.Month)]
    [InlineData("2021-01-28?", "2021-01-28", "2021-01-28", DatePrecision.Day)]
    [InlineData("2019/2020-03", "2019-01-01", "2020-03-31", DatePrecision.Year)]
    public void Parse_ValidText_GivesBounds(string text, string earliest, string latest, DatePrecision precision)
    {
        var date = FuzzyDate.Parse(text);

        Assert.Equal(DateTime.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateTime.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("", "a fuzzy date cannot be empty")]
    [InlineData("2019-02-30", "'2019-02-30' is not a calendar date")]
    [InlineData("2019-13", "'2019-13' is not a calendar date")]
    [InlineData("2019-00", "'2019-00' is not a calendar date")]
    [InlineData("2019-00-00", "'2019-00-00' is not a calendar date")]
    [InlineData("2019-01-00", "'2019-01-00' is not a calendar date")]
    [InlineData("0000", "'0000' is not a calendar date")]
    [InlineData("19", "'19' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2019-1", "'2019-1' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-01")]
    [InlineData("late 2019", "'late 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-09/2019-12 (EDTF: the last four months)")]
    [InlineData("early 2020", "'early 2020' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2020-01/2020-04 (EDTF: the first four months)")]
    [InlineData("about 2019", "'about 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019~ (EDTF: approximately)")]
    [InlineData("October 2019", "'October 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-10")]
    [InlineData("5 Oct 2019", "'5 Oct 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-10-05")]
    [InlineData("October 5, 2019", "'October 5, 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-10-05")]
    [InlineData("12/03/2019", "'12/03/2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-12-03 if the month comes first, 2019-03-12 if the day does")]
    [InlineData("25/12/2019", "'25/12/2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-12-25")]
    [InlineData("03/2019", "'03/2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-03")]
    [InlineData("2019-3-5", "'2019-3-5' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-03-05")]
    [InlineData("soon", "'soon' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2019-12/2019-10", "interval '2019-12/2019-10' ends before it starts")]
    [InlineData("2019/2020/2021", "'2019/2020/2021' has more than one '/'; an interval is start/end")]
    [InlineData("2019-10-05/", "'2019-10-05/' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-10-05")]
    public void TryParse_InvalidText_FailsWithReason(string text, string reason)
    {
        Assert.False(FuzzyDate.TryParse(text, out _, out var error));
        Assert.Equal(reason, error);
        Assert.Throws<FormatException>(() => FuzzyDate.Parse(text));
    }

    [Fact]
    public void DaysBetween_LateLastYearToEarlyThisYear_SpansFromOneDayToHalfAYear()
    {
        var released = FuzzyDate.Parse("2019-10/2019-12");
        var unveiled = FuzzyDate.Parse("2020-01/2020-03");

        var lag = FuzzyDate.DaysBetween(released, unveiled);

        Assert.Equal(new DayRange(1, 182), lag);
        Assert.Equal("1..182", lag.ToString());
    }

    [Fact]
    public void Comparisons_AdmitUncertainty()
    {
        var late2019 = FuzzyDate.Parse("2019-10/2019-12");
        var december = FuzzyDate.Parse("2019-12");
        var year2020 = FuzzyDate.Parse("2020");

        Assert.True(late2019.IsCertainlyBefore(year2020));
        Assert.False(late2019.IsCertainlyBefore(december));
        Assert.True(late2019.IsPossiblyBefore(december));
        Assert.False(year2020.IsPossiblyBefore(late2019));
        Assert.True(late2019.Overlaps(december));
        Assert.False(late2019.Overlaps(year2020));
        Assert.True(late2019.IsCertainlyIn(2019));
        Assert.True(FuzzyDate.Parse("2019-12/2020-01").IsPossiblyIn(2020));
        Assert.False(FuzzyDate.Parse("2019-12/2020-01").IsCertainlyIn(2020));
    }

    [Fact]
    public void Property_FormatThenParse_RoundTrips()
    {
        var part = Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[0, 31], Gen.Int[0, 3].Select(i => new[] { "", "?", "~", "%" }[i]))
            .Where(t => (t.Item2 != 0 || t.Item3 == 0) && (t.Item3 == 0 || t.Item3 <= DateTime.DaysInMonth(t.Item1, t.Item2)))
            .Select(t => (t.Item2 == 0 ? t.Item1.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
                : t.Item3 == 0 ? $"{t.Item1:D4}-{t.Item2:D2}" : $"{t.Item1:D4}-{t.Item2:D2}-{t.Item3:D2}") + t.Item4);

        Property.Holds(Gen.Select(part, part, Gen.Bool), t =>
        {
            var text = t.Item3 ? t.Item1 + "/" + t.Item2 : t.Item1;
            if (!FuzzyDate.TryParse(text, out var date))
            {
                // Only a reversed interval may be rejected.
                var a = FuzzyDate.Parse(t.Item1);
                var b = FuzzyDate.Parse(t.Item2);
                return t.Item3 && b.Earliest < a.Earliest;
            }

            return date.ToString() == text && FuzzyDate.Parse(date.ToString()).Equals(date) && date.Earliest <= date.Latest;
        }, 20_000);
    }

    [Fact]
    public void Property_DaysBetween_BoundsEveryPairOfDays()
    {
        var dates = Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 12], Gen.Int[0, 3])
            .Select(t => t.Item3 == 0 ? FuzzyDate.FromYear(t.Item1) : t.Item3 == 1 ? FuzzyDate.FromMonth(t.Item1, t.Item2) : FuzzyDate.FromDate(t.Item1, t.Item2, 1 + (t.Item3 * 7)));

        Property.Holds(Gen.Select(dates, dates, Gen.Int[0, 400], Gen.Int[0, 400]), t =>
        {
            var (from, to, i, j) = t;
            var dayFrom = from.Earliest.AddDays(i % from.SpanDays);
            var dayTo = to.Earliest.AddDays(j % to.SpanDays);
            var lag = (int)(dayTo - dayFrom).TotalDays;
            var range = FuzzyDate.DaysBetween(from, to);
            return range.Min <= lag && lag <= range.Max;
        }, 20_000);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(1)]
    [InlineData(9999)]
    public void EveryTwoDigitMonthAndDay_IsAcceptedExactlyWhenTheCalendarHasIt(int year)
    {
        var y = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        for (var month = 0; month <= 99; month++)
        {
            var ym = $"{y}-{month:D2}";
            Assert.True(FuzzyDate.TryParse(ym, out _) == (month is >= 1 and <= 12), ym);
            for (var day = 0; day <= 99; day++)
            {
                var ymd = $"{ym}-{day:D2}";
                var real = DateTime.TryParseExact(ymd, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
                Assert.True(FuzzyDate.TryParse(ymd, out _) == real, ymd);
                Assert.True(FuzzyDate.TryParse(ymd + "~", out _) == real, ymd + "~");
            }
        }
    }
}
