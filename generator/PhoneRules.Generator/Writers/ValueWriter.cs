using System;
using System.Globalization;
using System.Linq;
using PhoneRules.Generator.CSharp;
using PhoneRules.Generator.Model;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Writers;

/// <summary>Types of fields, and typed values as C# expressions: the only place a catalog value becomes code.</summary>
internal static class ValueWriter
{
    /// <summary>The C# type of one value of a field.</summary>
    public static string ElementType(string ns, FieldKind kind, string? target) => kind switch
    {
        FieldKind.String => "string",
        FieldKind.Int => "int",
        FieldKind.Decimal => "decimal",
        FieldKind.Bool => "bool",
        FieldKind.Date => TypeRefs.DateOnly,
        FieldKind.FuzzyDate => TypeRefs.FuzzyDate,
        FieldKind.Url => TypeRefs.Uri,
        FieldKind.Country => TypeRefs.CountryCode,
        FieldKind.Imei => TypeRefs.Imei,
        FieldKind.Tac => TypeRefs.Tac,
        _ => TypeRefs.InSchema(ns, target!),
    };

    /// <summary>
    /// The local that holds a type's entities while the catalog is built: <c>__all</c> and the plural, which starts
    /// upper-case, so it can equal neither a factory (<c>__Create…</c>) nor another local (lower-case words).
    /// </summary>
    public static string EntityArray(string plural) => GeneratedNames.HelperPrefix + "all" + Literals.Identifier(plural);

    /// <summary>The expression a property is initialised with: one value, or an array of them for a list field.</summary>
    public static string Expression(string ns, PropertyInit property)
    {
        if (!property.IsList)
        {
            return Value(ns, property, property.Values[0]);
        }

        return "new " + ElementType(ns, property.Kind, property.TargetName) + "[] { " + string.Join(", ", property.Values.Select(v => Value(ns, property, v))) + " }";
    }

    private static string Value(string ns, PropertyInit property, ValueSpec value)
    {
        if (value.Kind != property.Kind)
        {
            throw new ArgumentException($"A {value.Kind} value for a {property.Kind} property.", nameof(value));
        }

        var text = value.Text;
        switch (value.Kind)
        {
            case FieldKind.String:
                return Literals.String(text);
            case FieldKind.Int:
                return Literals.Int(int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            case FieldKind.Decimal:
                return Literals.Decimal(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case FieldKind.Bool:
                return Literals.Bool(text switch { "true" => true, "false" => false, _ => throw new ArgumentException($"'{text}' is not a bool.", nameof(value)) });
            case FieldKind.Date:
                var date = DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
                return "new " + TypeRefs.DateOnly + "(" + Literals.Int(date.Year) + ", " + Literals.Int(date.Month) + ", " + Literals.Int(date.Day) + ")";
            case FieldKind.FuzzyDate:
                return TypeRefs.FuzzyDate + ".Parse(" + Literals.String(text) + ")";
            case FieldKind.Url:
                return "new " + TypeRefs.Uri + "(" + Literals.String(text) + ")";
            case FieldKind.Country:
                return TypeRefs.CountryCode + ".Parse(" + Literals.String(text) + ")";
            case FieldKind.Imei:
                return TypeRefs.Imei + ".Parse(" + Literals.String(text) + ")";
            case FieldKind.Tac:
                return TypeRefs.Tac + ".Parse(" + Literals.String(text) + ")";
            case FieldKind.Enum:
                return TypeRefs.InSchema(ns, property.TargetName!) + "." + Literals.Identifier(text);
            case FieldKind.Reference:
                return EntityArray(text) + "[" + Literals.Int(value.Index) + "]";
            default:
                throw new ArgumentException($"Unknown kind {value.Kind}.", nameof(value));
        }
    }
}
