using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>
/// Every code the catalog reader, the validator and the source generator report. Ids are stable:
/// a code is never reused for another meaning. <c>docs/diagnostics.md</c> documents each one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The diagnostics reference, online; the repository is the one Directory.Build.props names.</summary>
    public const string DocsUrl = "https://github.com/phonerules/phonerules/blob/main/docs/diagnostics.md";

    /// <summary>PRG001: the file is not well-formed YAML.</summary>
    public static readonly DiagnosticCode YamlSyntax = new("PRG001", "YAML syntax error", "The file is not well-formed YAML: an unclosed quote or bracket, bad indentation, a tab used for indentation.");

    /// <summary>PRG002: a type or enum name that the schema does not define.</summary>
    public static readonly DiagnosticCode UnknownType = new("PRG002", "Unknown type", "A field type or a data section names a type or enum that the schema does not define.");

    /// <summary>PRG003: a field that the type does not declare.</summary>
    public static readonly DiagnosticCode UnknownField = new("PRG003", "Unknown field", "An entity or a schema entry has a field its type does not declare, often a typo.");

    /// <summary>PRG004: a required field is missing.</summary>
    public static readonly DiagnosticCode MissingField = new("PRG004", "Missing required field", "An entity lacks a field that its type declares as required, or a required list is empty.");

    /// <summary>PRG005: a value does not match its field's type.</summary>
    public static readonly DiagnosticCode WrongType = new("PRG005", "Wrong value type", "A value does not fit the field's type: text where a number is expected, an unknown enum value, a malformed URL or country code, a list where one value is expected.");

    /// <summary>PRG006: an invalid date or fuzzy date.</summary>
    public static readonly DiagnosticCode InvalidDate = new("PRG006", "Invalid date", "A date is not ISO 8601 (2019-04-08), or a fuzzy date is not of the forms 2019, 2019-10, 2019-10-05 or start/end, or names a day that does not exist, or its interval ends before it starts.");

    /// <summary>PRG007: the same key twice.</summary>
    public static readonly DiagnosticCode DuplicateKey = new("PRG007", "Duplicate key", "The same entity key, field, type or enum value appears twice in one mapping.");

    /// <summary>PRG008: a reference to an entity that does not exist.</summary>
    public static readonly DiagnosticCode DanglingReference = new("PRG008", "Dangling reference", "A reference field names a key that no entity of the referenced type has.");

    /// <summary>PRG009: two names that become the same C# identifier.</summary>
    public static readonly DiagnosticCode IdentifierCollision = new("PRG009", "Identifier collision", "Two names become the same C# identifier, two type names differ only in case, or a name becomes one that the generated code declares in the same place.");

    /// <summary>PRG010: no catalog file.</summary>
    public static readonly DiagnosticCode NoCatalog = new("PRG010", "No catalog file", "No catalog.yaml is among the project's AdditionalFiles, or the file given does not exist or cannot be read.");

    /// <summary>PRG011: the schema itself is malformed.</summary>
    public static readonly DiagnosticCode InvalidSchema = new("PRG011", "Invalid schema", "The schema part is malformed: a type without fields, a field without a type, a bad type expression, a missing top-level section.");

    /// <summary>PRG012: an IMEI or TAC that is not 15 or 8 digits.</summary>
    public static readonly DiagnosticCode InvalidImei = new("PRG012", "Invalid IMEI or TAC", "An IMEI is not exactly 15 digits or a TAC not exactly 8 digits. (A wrong Luhn check digit is not an error: the analysis reports it as a finding, invalid-imei.)");

    /// <summary>PRG013: a limit was exceeded.</summary>
    public static readonly DiagnosticCode LimitExceeded = new("PRG013", "Limit exceeded", "The file is larger, deeper, longer or has more entities than the reader allows; the limits protect the compiler and the console from hostile input.");

    /// <summary>PRG014: a YAML feature the catalog does not allow.</summary>
    public static readonly DiagnosticCode UnsupportedYaml = new("PRG014", "Unsupported YAML feature", "Anchors, aliases, merge keys, tags, complex keys and multiple documents are not allowed in a catalog: they hide where a value comes from.");

    /// <summary>PRG015: the file is not UTF-8.</summary>
    public static readonly DiagnosticCode InvalidEncoding = new("PRG015", "Invalid encoding", "The file is not valid UTF-8, or holds a character a catalog does not allow: a control character YAML forbids, U+FFFD, or the line separators NEL, LS and PS.");

    /// <summary>PRG016: entities that reference each other in a cycle.</summary>
    public static readonly DiagnosticCode ReferenceCycle = new("PRG016", "Reference cycle", "Entities reference each other in a cycle, so no immutable records can be built from them.");

    /// <summary>PRG017: the file's schema differs from the compiled one.</summary>
    public static readonly DiagnosticCode SchemaMismatch = new("PRG017", "Schema differs from the compiled schema", "A catalog loaded at run time has a schema that differs from the one compiled into the program; rebuild the program with that schema.");

    /// <summary>PRG018: an entity key that is not a valid stable key.</summary>
    public static readonly DiagnosticCode InvalidKey = new("PRG018", "Invalid key", "An entity key must be lower-case letters, digits and single hyphens, starting with a letter or digit (pyongyang-2425).");

    /// <summary>PRG099: an internal error, reported instead of a crash.</summary>
    public static readonly DiagnosticCode InternalError = new("PRG099", "Internal error", "The reader failed in a way it does not expect; please report it with the file that caused it.");

    /// <summary>Every code, in id order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = new[]
    {
        YamlSyntax, UnknownType, UnknownField, MissingField, WrongType, InvalidDate, DuplicateKey, DanglingReference,
        IdentifierCollision, NoCatalog, InvalidSchema, InvalidImei, LimitExceeded, UnsupportedYaml, InvalidEncoding,
        ReferenceCycle, SchemaMismatch, InvalidKey, InternalError,
    };
}
