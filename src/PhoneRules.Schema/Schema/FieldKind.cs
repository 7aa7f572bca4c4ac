namespace PhoneRules.Schema;

/// <summary>The kinds of value a catalog field can hold.</summary>
public enum FieldKind
{
    /// <summary>Any text.</summary>
    String,

    /// <summary>A 32-bit integer.</summary>
    Int,

    /// <summary>A decimal number, written with a dot.</summary>
    Decimal,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>An exact ISO 8601 day, <c>2017-12-22</c>.</summary>
    Date,

    /// <summary>A <see cref="PhoneRules.FuzzyDate"/>: <c>2019</c>, <c>2019-10</c>, <c>2019-10/2019-12</c>.</summary>
    FuzzyDate,

    /// <summary>An absolute http or https URL.</summary>
    Url,

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    Country,

    /// <summary>A 15-digit IMEI.</summary>
    Imei,

    /// <summary>An 8-digit TAC.</summary>
    Tac,

    /// <summary>One value of an enum the schema defines.</summary>
    Enum,

    /// <summary>The key of an entity of a type the schema defines.</summary>
    Reference,
}
