using System;
using System.Globalization;
using System.Text;

namespace PhoneRules;

/// <summary>
/// A date known to year, month or day precision, or an interval of such dates, written after
/// ISO 8601 and EDTF levels 0 and 1: <c>2019</c>, <c>2019-10</c>, <c>2019-10-05</c>, <c>2019-10/2019-12</c>
/// ("late 2019"), each part optionally qualified <c>?</c> (uncertain), <c>~</c> (approximate) or
/// <c>%</c> (both). A fuzzy date stands for every day from <see cref="Earliest"/> to <see cref="Latest"/>;
/// comparisons say whether a relation holds for all of those days (certainly) or for some (possibly).
/// </summary>
public readonly struct FuzzyDate : IEquatable<FuzzyDate>, IComparable<FuzzyDate>
{
    private readonly DatePart _start;
    private readonly DatePart _end;

    private FuzzyDate(DatePart start, DatePart end)
    {
        _start = start;
        _end = end;
    }

    /// <summary>Whether this is an interval (<c>start/end</c>) rather than a single date.</summary>
    public bool IsInterval => !_end.Equals(_start);

    /// <summary>Whether any part is marked uncertain (<c>?</c>) or approximate (<c>~</c>).</summary>
    public bool IsQualified => _start.Qualifier != '\0' || _end.Qualifier != '\0';

    /// <summary>The precision of the start part.</summary>
    public DatePrecision Precision => _start.Precision;

    /// <summary>The qualifier of the date's start (its only part when it is not an interval): <c>~</c>, <c>?</c>, <c>%</c>, or <c>'\0'</c> for none. <see cref="DateQualifiers"/> says what each means.</summary>
    public char StartQualifier => _start.Qualifier;

    /// <summary>The qualifier of the date's end (the same part as the start when it is not an interval).</summary>
    public char EndQualifier => _end.Qualifier;

    /// <summary>The precision of the date's end.</summary>
    public DatePrecision EndPrecision => _end.Precision;

    /// <summary>The first day this date may stand for.</summary>
    public DateTime Earliest => _start.First;

    /// <summary>The last day this date may stand for.</summary>
    public DateTime Latest => _end.Last;

    /// <summary>The first day as a day number (days since 0001-01-01), for cheap arithmetic.</summary>
    public int EarliestDay => DayNumber(Earliest);

    /// <summary>The last day as a day number (days since 0001-01-01).</summary>
    public int LatestDay => DayNumber(Latest);

    /// <summary>The number of days the date spans: 1 for a day, 28 to 31 for a month.</summary>
    public int SpanDays => LatestDay - EarliestDay + 1;

    /// <summary>An exact day.</summary>
    public static FuzzyDate FromDate(int year, int month, int day)
    {
        var part = DatePart.Create(year, month, day, '\0') ?? throw new ArgumentOutOfRangeException(nameof(day), "Not a calendar day.");
        return new FuzzyDate(part, part);
    }

    /// <summary>A whole month.</summary>
    public static FuzzyDate FromMonth(int year, int month)
    {
        var part = DatePart.Create(year, month, 0, '\0') ?? throw new ArgumentOutOfRangeException(nameof(month), "Not a calendar month.");
        return new FuzzyDate(part, part);
    }

    /// <summary>A whole year.</summary>
    public static FuzzyDate FromYear(int year)
    {
        var part = DatePart.Create(year, 0, 0, '\0') ?? throw new ArgumentOutOfRangeException(nameof(year), "Year must be 1 to 9999.");
        return new FuzzyDate(part, part);
    }

    /// <summary>Parses the EDTF-style text; throws <see cref="FormatException"/> on invalid input.</summary>
    public static FuzzyDate Parse(string text)
    {
        if (TryParse(text, out var value, out var error))
        {
            return value;
        }

        throw new FormatException(error);
    }

    /// <summary>Parses the EDTF-style text.</summary>
    public static bool TryParse(string? text, out FuzzyDate value) => TryParse(text, out value, out _);

    /// <summary>Parses the EDTF-style text, with a sentence saying what is wrong when it fails (and what to write, for the usual other forms).</summary>
    public static bool TryParse(string? text, out FuzzyDate value, out string error)
    {
        if (TryParseExact(text, out value, out error))
        {
            return true;
        }

        if (text is not null && Suggest(text) is { } suggestion)
        {
            error = $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write {suggestion}";
        }

        return false;
    }

    /// <summary>
    /// What to write instead of a date in another usual form: <c>12/03/2019</c>, <c>03/2019</c>, <c>2019-3-5</c>,
    /// <c>October 2019</c>, <c>5 October 2019</c>, <c>late 2019</c>, <c>about 2019</c>; null when there is no guess.
    /// </summary>
    public static string? Suggest(string text)
    {
        var parts = text.Trim().Replace(",", " ").Split(new[] { ' ', '/', '.', '-' }, StringSplitOptions.RemoveEmptyEntries);
        var words = text.Trim().ToLowerInvariant().Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && IsYear(words[1], out var y))
        {
            switch (words[0])
            {
                case "early":
                case "beginning":
                    return $"{y:D4}-01/{y:D4}-04 (EDTF: the first four months)";
                case "mid":
                case "mid-year":
                    return $"{y:D4}-05/{y:D4}-08 (EDTF: the middle four months)";
                case "late":
                case "end":
                    return $"{y:D4}-09/{y:D4}-12 (EDTF: the last four months)";
                case "about":
                case "around":
                case "circa":
                case "c.":
                case "ca.":
                    return $"{y:D4}~ (EDTF: approximately)";
            }

            if (MonthNumber(words[0]) is { } m)
            {
                return $"{y:D4}-{m:D2}";
            }
        }

        if (parts.Length == 3 && MonthNumber(parts[1].ToLowerInvariant()) is { } month2 && IsNumber(parts[0], out var d2) && IsYear(parts[2], out var y2) && IsDay(y2, month2, d2))
        {
            return $"{y2:D4}-{month2:D2}-{d2:D2}";
        }

        if (parts.Length == 3 && MonthNumber(parts[0].ToLowerInvariant()) is { } month3 && IsNumber(parts[1], out var d3) && IsYear(parts[2], out var y3) && IsDay(y3, month3, d3))
        {
            return $"{y3:D4}-{month3:D2}-{d3:D2}";
        }

        if (parts.Length == 3 && IsYear(parts[0], out var y4) && IsNumber(parts[1], out var m4) && IsNumber(parts[2], out var d4) && IsDay(y4, m4, d4))
        {
            return $"{y4:D4}-{m4:D2}-{d4:D2}";
        }

        if (parts.Length == 2 && IsYear(parts[0], out var y5) && IsNumber(parts[1], out var m5) && m5 is >= 1 and <= 12)
        {
            return $"{y5:D4}-{m5:D2}";
        }

        if (parts.Length == 2 && IsNumber(parts[0], out var m6) && m6 is >= 1 and <= 12 && IsYear(parts[1], out var y6))
        {
            return $"{y6:D4}-{m6:D2}";
        }

        if (parts.Length == 3 && IsNumber(parts[0], out var a) && IsNumber(parts[1], out var b) && IsYear(parts[2], out var y7))
        {
            // 12/03/2019: month first in the US, day first elsewhere; offer what the calendar allows.
            var monthFirst = IsDay(y7, a, b) ? $"{y7:D4}-{a:D2}-{b:D2}" : null;
            var dayFirst = IsDay(y7, b, a) ? $"{y7:D4}-{b:D2}-{a:D2}" : null;
            return monthFirst is not null && dayFirst is not null && monthFirst != dayFirst
                ? $"{monthFirst} if the month comes first, {dayFirst} if the day does"
                : monthFirst ?? dayFirst;
        }

        return null;
    }

    private static bool IsNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length <= 2;

    private static bool IsYear(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length == 4 && value >= 1;

    private static bool IsDay(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int? MonthNumber(string word)
    {
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < months.Length; i++)
        {
            if (word == months[i] || (word.Length >= 3 && months[i].StartsWith(word.TrimEnd('.'), StringComparison.Ordinal) && word.TrimEnd('.').Length >= 3))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool TryParseExact(string? text, out FuzzyDate value, out string error)
    {
        value = default;
        if (text is null || text.Length == 0)
        {
            error = "a fuzzy date cannot be empty";
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParsePart(text, out var single, out error))
            {
                return false;
            }

            value = new FuzzyDate(single, single);
            return true;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = $"'{text}' has more than one '/'; an interval is start/end";
            return false;
        }

        if (!TryParsePart(text.Substring(0, slash), out var start, out error) ||
            !TryParsePart(text.Substring(slash + 1), out var end, out error))
        {
            return false;
        }

        if (end.Last < start.First || end.First < start.First)
        {
            error = $"interval '{text}' ends before it starts";
            return false;
        }

        value = new FuzzyDate(start, end);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// The days from <paramref name="from"/> to <paramref name="to"/>: the smallest and the largest lag that
    /// the two fuzzy dates admit. Negative when <paramref name="to"/> may come first.
    /// </summary>
    public static DayRange DaysBetween(FuzzyDate from, FuzzyDate to) =>
        new(to.EarliestDay - from.LatestDay, to.LatestDay - from.EarliestDay);

    /// <summary>Every day of this date lies before every day of <paramref name="other"/>.</summary>
    public bool IsCertainlyBefore(FuzzyDate other) => Latest < other.Earliest;

    /// <summary>Some day of this date lies before some day of <paramref name="other"/>.</summary>
    public bool IsPossiblyBefore(FuzzyDate other) => Earliest < other.Latest;

    /// <summary>The two dates share at least one day.</summary>
    public bool Overlaps(FuzzyDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>The day lies within this date.</summary>
    public bool Contains(DateTime day) => day.Date >= Earliest && day.Date <= Latest;

    /// <summary>Every day of this date lies in <paramref name="year"/>.</summary>
    public bool IsCertainlyIn(int year) => Earliest.Year == year && Latest.Year == year;

    /// <summary>Some day of this date lies in <paramref name="year"/>.</summary>
    public bool IsPossiblyIn(int year) => Earliest.Year <= year && Latest.Year >= year;

    /// <summary>The canonical text, the same form <see cref="Parse"/> reads.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(24);
        _start.AppendTo(builder);
        if (IsInterval)
        {
            builder.Append('/');
            _end.AppendTo(builder);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(FuzzyDate other) => _start.Equals(other._start) && _end.Equals(other._end);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FuzzyDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_start.GetHashCode() * 397) ^ _end.GetHashCode();

    /// <summary>Orders by earliest day, then latest day, then text, so sorting is total and stable.</summary>
    public int CompareTo(FuzzyDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = Latest.CompareTo(other.Latest);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(ToString(), other.ToString());
    }

    /// <summary>Equality of the written form.</summary>
    public static bool operator ==(FuzzyDate left, FuzzyDate right) => left.Equals(right);

    /// <summary>Inequality of the written form.</summary>
    public static bool operator !=(FuzzyDate left, FuzzyDate right) => !left.Equals(right);

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator <(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator >(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator <=(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator >=(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) >= 0;

    /// <summary>Days since 0001-01-01.</summary>
    public static int DayNumber(DateTime day) => (int)(day.Ticks / TimeSpan.TicksPerDay);

    private static bool TryParsePart(string text, out DatePart part, out string error)
    {
        part = default;
        var qualifier = '\0';
        var body = text;
        if (body.Length > 0 && (body[body.Length - 1] == '?' || body[body.Length - 1] == '~' || body[body.Length - 1] == '%'))
        {
            qualifier = body[body.Length - 1];
            body = body.Substring(0, body.Length - 1);
        }

        int year, month = 0, day = 0;
        var ok = body.Length switch
        {
            4 => TryDigits(body, 0, 4, out year),
            7 => TryDigits(body, 0, 4, out year) && body[4] == '-' && TryDigits(body, 5, 2, out month),
            10 => TryDigits(body, 0, 4, out year) && body[4] == '-' && TryDigits(body, 5, 2, out month) && body[7] == '-' && TryDigits(body, 8, 2, out day),
            _ => Fail(out year),
        };

        if (!ok)
        {
            error = $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        // A written month or day is never 00: "2019-00" is no month, not the year 2019.
        var created = (body.Length >= 7 && month == 0) || (body.Length == 10 && day == 0) ? null : DatePart.Create(year, month, day, qualifier);
        if (created is null)
        {
            error = $"'{text}' is not a calendar date";
            return false;
        }

        part = created.Value;
        error = string.Empty;
        return true;
    }

    private static bool Fail(out int value)
    {
        value = 0;
        return false;
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private readonly struct DatePart : IEquatable<DatePart>
    {
        private readonly short _year;
        private readonly byte _month;
        private readonly byte _day;

        private DatePart(int year, int month, int day, char qualifier)
        {
            _year = (short)year;
            _month = (byte)month;
            _day = (byte)day;
            Qualifier = qualifier;
        }

        public char Qualifier { get; }

        public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

        public DateTime First => new(_year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

        public DateTime Last => _month == 0
            ? new DateTime(_year, 12, 31)
            : new DateTime(_year, _month, _day == 0 ? DateTime.DaysInMonth(_year, _month) : _day);

        public static DatePart? Create(int year, int month, int day, char qualifier)
        {
            if (year < 1 || year > 9999 || month < 0 || month > 12 || (month == 0 && day != 0))
            {
                return null;
            }

            if (day != 0 && day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            return day < 0 ? null : new DatePart(year, month, day, qualifier);
        }

        public void AppendTo(StringBuilder builder)
        {
            builder.Append(_year.ToString("D4", CultureInfo.InvariantCulture));
            if (_month != 0)
            {
                builder.Append('-').Append(_month.ToString("D2", CultureInfo.InvariantCulture));
            }

            if (_day != 0)
            {
                builder.Append('-').Append(_day.ToString("D2", CultureInfo.InvariantCulture));
            }

            if (Qualifier != '\0')
            {
                builder.Append(Qualifier);
            }
        }

        public bool Equals(DatePart other) => _year == other._year && _month == other._month && _day == other._day && Qualifier == other.Qualifier;

        public override bool Equals(object? obj) => obj is DatePart other && Equals(other);

        public override int GetHashCode() => ((((_year * 13) + _month) * 32) + _day) * 4 + Qualifier switch { '?' => 1, '~' => 2, '%' => 3, _ => 0 };
    }
}
