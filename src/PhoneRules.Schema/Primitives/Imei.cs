using System;
using System.Globalization;

namespace PhoneRules;

/// <summary>
/// An International Mobile Equipment Identity: 15 digits, the 8-digit <see cref="Tac"/> (type allocation
/// code), a 6-digit serial and a Luhn check digit. Parsing checks the shape only; whether the check digit
/// is right is a property (<see cref="HasValidCheckDigit"/>), because a wrong one is a finding about the
/// reported number, not a typo in the catalog.
/// </summary>
public readonly struct Imei : IEquatable<Imei>, IComparable<Imei>
{
    /// <summary>The number of digits in an IMEI.</summary>
    public const int Length = 15;

    private readonly long _value;

    private Imei(long value) => _value = value;

    /// <summary>The type allocation code: the first eight digits.</summary>
    public Tac Tac => new((int)(_value / 10_000_000L));

    /// <summary>The serial number: digits 9 to 14.</summary>
    public int Serial => (int)(_value / 10 % 1_000_000L);

    /// <summary>The last digit, meant to be the Luhn check digit of the first fourteen.</summary>
    public int CheckDigit => (int)(_value % 10);

    /// <summary>Whether <see cref="CheckDigit"/> is the Luhn check digit of the first fourteen digits.</summary>
    public bool HasValidCheckDigit => ComputeCheckDigit(_value / 10) == CheckDigit;

    /// <summary>Parses exactly fifteen ASCII digits; throws <see cref="FormatException"/> otherwise.</summary>
    public static Imei Parse(string text) =>
        TryParse(text, out var imei, out var error) ? imei : throw new FormatException(error);

    /// <summary>Parses exactly fifteen ASCII digits.</summary>
    public static bool TryParse(string? text, out Imei imei) => TryParse(text, out imei, out _);

    /// <summary>Parses exactly fifteen ASCII digits, with a sentence saying what is wrong when it fails.</summary>
    public static bool TryParse(string? text, out Imei imei, out string error)
    {
        imei = default;
        if (!Digits.TryParse(text, Length, out var value))
        {
            error = $"'{text}' is not an IMEI: an IMEI is exactly {Length} digits";
            return false;
        }

        imei = new Imei(value);
        error = string.Empty;
        return true;
    }

    /// <summary>Builds an IMEI from a TAC and a serial, with the correct check digit.</summary>
    public static Imei Create(Tac tac, int serial)
    {
        if (serial < 0 || serial > 999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), "A serial is six digits.");
        }

        var body = ((long)tac.Value * 1_000_000L) + serial;
        return new Imei((body * 10) + ComputeCheckDigit(body));
    }

    /// <summary>The Luhn check digit of a 14-digit IMEI body.</summary>
    public static int ComputeCheckDigit(long body)
    {
        // Luhn from the right: the digit next to the check digit is doubled, then every second one.
        var sum = 0;
        var doubleIt = true;
        for (var i = 0; i < Length - 1; i++)
        {
            var digit = (int)(body % 10);
            body /= 10;
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The fifteen digits.</summary>
    public override string ToString() => _value.ToString("D15", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Imei other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Imei other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Imei other) => _value.CompareTo(other._value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Imei left, Imei right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Imei left, Imei right) => !left.Equals(right);
}
