using System;
using System.Globalization;
using System.Linq;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// Turns one written value into the typed value its field's kind names (one case per <see cref="FieldKind"/>),
/// checking ranges; a reference stays a key here, for <see cref="ReferenceResolver"/>.
/// </summary>
internal sealed class ValueParser
{
    // Boxed values that repeat in every entity, boxed once: a bool and an enum member's index are the same object for
    // every field that holds them (they are compared by value wherever they are read).
    private static readonly object s_true = true;
    private static readonly object s_false = false;
    private static readonly object[] s_memberIndexes = BoxedIndexes(64);

    private readonly ValidationContext _context;
    private readonly CatalogSchema _schema;

    /// <summary>How many reference values were read: each has its <see cref="FieldValue.ReferenceSlot"/> below this.</summary>
    public int ReferenceCount { get; private set; }

    public ValueParser(ValidationContext context, CatalogSchema schema)
    {
        _context = context;
        _schema = schema;
    }

    /// <summary>The typed value of <paramref name="field"/> written at <paramref name="node"/>, or null (reported).</summary>
    public FieldValue? Read(FieldDefinition field, YamlNode node)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (!field.Type.IsList)
        {
            return ReadSingle(field, node);
        }

        if (node is not YamlSequence sequence)
        {
            _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects a list of {Describe(_schema, field.Type)}, not {node.KindName}", node.Span);
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            if (field.IsRequired)
            {
                _context.Report(DiagnosticCodes.MissingField, $"'{field.Name}' is required and needs at least one item", sequence.Span);
            }

            return null;
        }

        // Every item is read (each problem reported); a list with a problem is left out whole.
        var items = new FieldValue[sequence.Items.Count];
        var complete = true;
        for (var itemIndex = 0; itemIndex < items.Length; itemIndex++)
        {
            var value = ReadSingle(field, sequence.Items[itemIndex]);
            complete &= value is not null;
            items[itemIndex] = value!;
        }

        return complete ? new FieldValue(null, items, sequence.Span) : null;
    }

    private FieldValue? ReadSingle(FieldDefinition field, YamlNode node)
    {
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {Describe(_schema, field.Type)}, not {node.KindName}", node.Span);
            return null;
        }

        var text = scalar.Value;
        var span = scalar.Span;
        string error;
        switch (field.Type.Kind)
        {
            case FieldKind.String:
                return new FieldValue(text, null, span);

            case FieldKind.Int:
                if (CatalogGrammar.TryParseInt(text, out var number, out error) && scalar.IsPlain)
                {
                    return InRange(field, number, text, span) ? new FieldValue(number, null, span) : null;
                }

                _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {(error.Length > 0 ? error : "a whole number")}, not '{ValidationContext.Shorten(text)}'", span);
                return null;

            case FieldKind.Decimal:
                if (CatalogGrammar.TryParseDecimal(text, out var dec, out error) && scalar.IsPlain)
                {
                    return InRange(field, dec, text, span) ? new FieldValue(dec, null, span) : null;
                }

                _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {(error.Length > 0 ? error : "a number such as 80.7")}, not '{ValidationContext.Shorten(text)}'", span);
                return null;

            case FieldKind.Bool:
                if (scalar.IsPlain && text is "true" or "false")
                {
                    return new FieldValue(text == "true" ? s_true : s_false, null, span);
                }

                break;

            case FieldKind.Date:
                if (text.Length == 10 && FuzzyDate.TryParse(text, out var exact, out error) && exact.Precision == DatePrecision.Day && !exact.IsQualified)
                {
                    return new FieldValue(exact.Earliest, null, span);
                }

                _context.Report(DiagnosticCodes.InvalidDate, $"'{field.Name}': '{text}' is not a date of the form YYYY-MM-DD", span);
                return null;

            case FieldKind.FuzzyDate:
                if (FuzzyDate.TryParse(text, out var fuzzy, out error))
                {
                    return new FieldValue(fuzzy, null, span);
                }

                _context.Report(DiagnosticCodes.InvalidDate, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Url:
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
                {
                    return new FieldValue(uri, null, span);
                }

                break;

            case FieldKind.Country:
                if (CountryCode.TryParse(text, out var country, out error))
                {
                    return new FieldValue(country, null, span);
                }

                _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Imei:
                if (Imei.TryParse(text, out var imei, out error))
                {
                    return new FieldValue(imei, null, span);
                }

                _context.Report(DiagnosticCodes.InvalidImei, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Tac:
                if (Tac.TryParse(text, out var tac, out error))
                {
                    return new FieldValue(tac, null, span);
                }

                _context.Report(DiagnosticCodes.InvalidImei, $"'{field.Name}': {error}", span);
                return null;

            case FieldKind.Enum:
                var enumType = _schema.FindEnum(field.Type.TargetName!)!;
                var index = enumType.IndexOf(text);
                if (index >= 0)
                {
                    return new FieldValue(index < s_memberIndexes.Length ? s_memberIndexes[index] : index, null, span);
                }

                break;

            case FieldKind.Reference:
                return FieldValue.Reference(text, ReferenceCount++, span);
        }

        _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}' expects {Describe(_schema, field.Type)}, not '{ValidationContext.Shorten(text)}'", span);
        return null;
    }

    // The field's range from the schema; a value outside it is a PRG005 saying the range.
    private bool InRange(FieldDefinition field, decimal value, string text, SourceSpan span)
    {
        if ((field.Min is { } min && value < min) || (field.Max is { } max && value > max))
        {
            var range = field.Min is not null && field.Max is not null
                ? $"from {field.Min.Value.ToString(CultureInfo.InvariantCulture)} to {field.Max.Value.ToString(CultureInfo.InvariantCulture)}"
                : field.Min is not null ? $"at least {field.Min.Value.ToString(CultureInfo.InvariantCulture)}" : $"at most {field.Max!.Value.ToString(CultureInfo.InvariantCulture)}";
            _context.Report(DiagnosticCodes.WrongType, $"'{field.Name}' must be {range}, not {ValidationContext.Shorten(text)}", span);
            return false;
        }

        return true;
    }

    private static string Describe(CatalogSchema schema, FieldType type) => type.Kind switch
    {
        FieldKind.String => "text",
        FieldKind.Int => "a whole number",
        FieldKind.Decimal => "a number such as 80.7",
        FieldKind.Bool => "true or false",
        FieldKind.Date => "a date such as 2017-12-22",
        FieldKind.FuzzyDate => "a fuzzy date such as 2019-10/2019-12",
        FieldKind.Url => "an http or https URL",
        FieldKind.Country => "a country code such as KP",
        FieldKind.Imei => "a 15-digit IMEI",
        FieldKind.Tac => "an 8-digit TAC",
        FieldKind.Enum => "one of " + string.Join(", ", schema.FindEnum(type.TargetName!)!.Members.Select(m => m.Name)),
        _ => $"the key of a {type.TargetName}",
    };

    // Boxed once, so an enum value read a million times allocates nothing. A loop, not Enumerable.Range(..).Select:
    // that instantiates LINQ over int, which a new compiler process compiles afresh on the generator's first run.
    private static object[] BoxedIndexes(int count)
    {
        var boxed = new object[count];
        for (var i = 0; i < count; i++)
        {
            boxed[i] = i;
        }

        return boxed;
    }
}
