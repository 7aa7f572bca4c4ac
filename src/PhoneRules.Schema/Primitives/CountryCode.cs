using System;
using System.Collections.Generic;

namespace PhoneRules;

/// <summary>An ISO 3166-1 alpha-2 country code, upper case (<c>KP</c>, <c>CN</c>).</summary>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
{
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
        "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
        "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
        "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
        "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    private static readonly HashSet<string> s_assigned = new(Assigned.Split(' '), StringComparer.Ordinal);

    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The two upper-case letters.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses an assigned ISO 3166-1 alpha-2 code; throws <see cref="FormatException"/> otherwise.</summary>
    public static CountryCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Parses an assigned ISO 3166-1 alpha-2 code (upper case), with a sentence when it fails.</summary>
    public static bool TryParse(string? text, out CountryCode code, out string error)
    {
        code = default;
        if (text is null || !s_assigned.Contains(text))
        {
            error = $"'{text}' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as KP or CN)";
            return false;
        }

        code = new CountryCode(text);
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(CountryCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);
}
