using System;

namespace PhoneRules;

/// <summary>
/// What each EDTF qualifier does to a fuzzy date, defined once for every rule. A qualifier applies to the
/// part it follows: the start or the end of an interval, or the whole date.
/// <list type="bullet">
/// <item><c>~</c> (approximate): the true date may lie one unit of the written precision beyond it on that
/// side - a year for <c>2019~</c>, a month for <c>2019-01~</c>, seven days for <c>2019-01-15~</c> - so
/// <c>2019-01~</c> admits 2018-12-01 to 2019-02-28.</item>
/// <item><c>?</c> (uncertain): the source may be wrong; the written interval is kept, but no verdict that
/// rests on it is certain.</item>
/// <item><c>%</c> (both): widened as <c>~</c> and uncertain.</item>
/// </list>
/// Any qualifier keeps a verdict from being certain (<see cref="IsFirm"/>).
/// </summary>
public static class DateQualifiers
{
    /// <summary>How many days an approximate day-precision date may be off.</summary>
    public const int ApproximateDays = 7;

    /// <summary>Whether <paramref name="qualifier"/> widens the part it follows.</summary>
    public static bool Widens(char qualifier) => qualifier is '~' or '%';

    /// <summary>Whether <paramref name="date"/> carries no qualifier, so a verdict resting on it may be certain.</summary>
    public static bool IsFirm(FuzzyDate date) => !date.IsQualified;

    /// <summary>The earliest day <paramref name="date"/> admits once its qualifiers are honoured.</summary>
    public static DateTime Earliest(FuzzyDate date) =>
        Widens(date.StartQualifier) ? Shift(date.Earliest, date.Precision, -1) : date.Earliest;

    /// <summary>The latest day <paramref name="date"/> admits once its qualifiers are honoured.</summary>
    public static DateTime Latest(FuzzyDate date)
    {
        if (!Widens(date.EndQualifier))
        {
            return date.Latest;
        }

        // One unit later than the written end: the last day of the next year or month, or seven days on.
        return date.EndPrecision switch
        {
            DatePrecision.Year => date.Latest.Year >= DateTime.MaxValue.Year ? date.Latest : new DateTime(date.Latest.Year + 1, 12, 31),
            DatePrecision.Month => Shift(new DateTime(date.Latest.Year, date.Latest.Month, 1), DatePrecision.Month, 1) is var next ? next.AddDays(DateTime.DaysInMonth(next.Year, next.Month) - 1) : date.Latest,
            _ => Shift(date.Latest, DatePrecision.Day, 1),
        };
    }

    /// <summary>The day number of <see cref="Earliest"/>.</summary>
    public static int EarliestDay(FuzzyDate date) => FuzzyDate.DayNumber(Earliest(date));

    /// <summary>The day number of <see cref="Latest"/>.</summary>
    public static int LatestDay(FuzzyDate date) => FuzzyDate.DayNumber(Latest(date));

    /// <summary>The smallest and largest number of days from <paramref name="from"/> to <paramref name="to"/> once both are widened.</summary>
    public static DayRange DaysBetween(FuzzyDate from, FuzzyDate to) =>
        new(EarliestDay(to) - LatestDay(from), LatestDay(to) - EarliestDay(from));

    /// <summary>Whether every day <paramref name="date"/> admits lies in <paramref name="year"/> and the date is firm.</summary>
    public static bool IsCertainlyIn(FuzzyDate date, int year) => IsFirm(date) && Earliest(date).Year == year && Latest(date).Year == year;

    /// <summary>Whether some day <paramref name="date"/> admits, once widened, lies in <paramref name="year"/>.</summary>
    public static bool IsPossiblyIn(FuzzyDate date, int year) => Earliest(date).Year <= year && Latest(date).Year >= year;

    /// <summary>Whether every day <paramref name="date"/> admits lies within <paramref name="firstYear"/> to <paramref name="lastYear"/> and the date is firm.</summary>
    public static bool IsCertainlyWithin(FuzzyDate date, int firstYear, int lastYear) => IsFirm(date) && Earliest(date).Year >= firstYear && Latest(date).Year <= lastYear;

    /// <summary>Whether some day <paramref name="date"/> admits lies within <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public static bool IsPossiblyWithin(FuzzyDate date, int firstYear, int lastYear) => Latest(date).Year >= firstYear && Earliest(date).Year <= lastYear;

    private static DateTime Shift(DateTime day, DatePrecision precision, int direction)
    {
        try
        {
            return precision switch
            {
                DatePrecision.Year => day.AddYears(direction),
                DatePrecision.Month => day.AddMonths(direction),
                _ => day.AddDays(direction * ApproximateDays),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return day;
        }
    }
}
