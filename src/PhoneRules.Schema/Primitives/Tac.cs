using System;
using System.Globalization;

namespace PhoneRules;

/// <summary>
/// A type allocation code: the first eight digits of an IMEI, naming a device model. Its first two digits
/// name the reporting body that allocated it (35 BABT, 86 TAF China, 01 PTCRB, ...).
/// </summary>
public readonly struct Tac : IEquatable<Tac>, IComparable<Tac>
{
    /// <summary>The number of digits in a TAC.</summary>
    public const int Length = 8;

    /// <summary>Creates a TAC from its numeric value (0 to 99,999,999).</summary>
    public Tac(int value)
    {
        if (value < 0 || value > 99_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A TAC is eight digits.");
        }

        Value = value;
    }

    /// <summary>The eight digits as a number.</summary>
    public int Value { get; }

    /// <summary>The reporting body identifier: the first two digits.</summary>
    public int ReportingBody => Value / 1_000_000;

    /// <summary>Whether the reporting body identifier is one that GSMA has allocated.</summary>
    public bool HasKnownReportingBody => ReportingBodies.IsKnown(ReportingBody);

    /// <summary>Parses exactly eight ASCII digits; throws <see cref="FormatException"/> otherwise.</summary>
    public static Tac Parse(string text) =>
        TryParse(text, out var tac, out var error) ? tac : throw new FormatException(error);

    /// <summary>Parses exactly eight ASCII digits, with a sentence saying what is wrong when it fails.</summary>
    public static bool TryParse(string? text, out Tac tac, out string error)
    {
        tac = default;
        if (!Digits.TryParse(text, Length, out var value))
        {
            error = $"'{text}' is not a TAC: a TAC is exactly {Length} digits";
            return false;
        }

        tac = new Tac((int)value);
        error = string.Empty;
        return true;
    }

    /// <summary>The eight digits.</summary>
    public override string ToString() => Value.ToString("D8", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Tac other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Tac other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(Tac other) => Value.CompareTo(other.Value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Tac left, Tac right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Tac left, Tac right) => !left.Equals(right);
}
