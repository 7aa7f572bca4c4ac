namespace PhoneRules;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,

    /// <summary>The year and month.</summary>
    Month,

    /// <summary>The exact day.</summary>
    Day,
}
