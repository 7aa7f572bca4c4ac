using Microsoft.CodeAnalysis;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids, titles and causes come from
/// <see cref="DiagnosticCodes"/>, shared with the console, so build and run time speak alike.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PhoneRules.Catalog";
    private const string HelpLink = "docs/diagnostics.md";

    /// <summary>PRG001: YAML syntax error.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = Create("PRG001", DiagnosticCodes.YamlSyntax);

    /// <summary>PRG002: unknown type.</summary>
    public static readonly DiagnosticDescriptor UnknownType = Create("PRG002", DiagnosticCodes.UnknownType);

    /// <summary>PRG003: unknown field.</summary>
    public static readonly DiagnosticDescriptor UnknownField = Create("PRG003", DiagnosticCodes.UnknownField);

    /// <summary>PRG004: missing required field.</summary>
    public static readonly DiagnosticDescriptor MissingField = Create("PRG004", DiagnosticCodes.MissingField);

    /// <summary>PRG005: wrong value type.</summary>
    public static readonly DiagnosticDescriptor WrongType = Create("PRG005", DiagnosticCodes.WrongType);

    /// <summary>PRG006: invalid date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = Create("PRG006", DiagnosticCodes.InvalidDate);

    /// <summary>PRG007: duplicate key.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Create("PRG007", DiagnosticCodes.DuplicateKey);

    /// <summary>PRG008: dangling reference.</summary>
    public static readonly DiagnosticDescriptor DanglingReference = Create("PRG008", DiagnosticCodes.DanglingReference);

    /// <summary>PRG009: identifier collision.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = Create("PRG009", DiagnosticCodes.IdentifierCollision);

    /// <summary>PRG010: no catalog file.</summary>
    public static readonly DiagnosticDescriptor NoCatalog = Create("PRG010", DiagnosticCodes.NoCatalog);

    /// <summary>PRG011: invalid schema.</summary>
    public static readonly DiagnosticDescriptor InvalidSchema = Create("PRG011", DiagnosticCodes.InvalidSchema);

    /// <summary>PRG012: invalid IMEI or TAC.</summary>
    public static readonly DiagnosticDescriptor InvalidImei = Create("PRG012", DiagnosticCodes.InvalidImei);

    /// <summary>PRG013: limit exceeded.</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = Create("PRG013", DiagnosticCodes.LimitExceeded);

    /// <summary>PRG014: unsupported YAML feature.</summary>
    public static readonly DiagnosticDescriptor UnsupportedYaml = Create("PRG014", DiagnosticCodes.UnsupportedYaml);

    /// <summary>PRG015: invalid encoding.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = Create("PRG015", DiagnosticCodes.InvalidEncoding);

    /// <summary>PRG016: reference cycle.</summary>
    public static readonly DiagnosticDescriptor ReferenceCycle = Create("PRG016", DiagnosticCodes.ReferenceCycle);

    /// <summary>PRG018: invalid key.</summary>
    public static readonly DiagnosticDescriptor InvalidKey = Create("PRG018", DiagnosticCodes.InvalidKey);

    /// <summary>PRG099: internal error.</summary>
    public static readonly DiagnosticDescriptor InternalError = Create("PRG099", DiagnosticCodes.InternalError);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "PRG001" => YamlSyntax,
        "PRG002" => UnknownType,
        "PRG003" => UnknownField,
        "PRG004" => MissingField,
        "PRG005" => WrongType,
        "PRG006" => InvalidDate,
        "PRG007" => DuplicateKey,
        "PRG008" => DanglingReference,
        "PRG009" => IdentifierCollision,
        "PRG010" => NoCatalog,
        "PRG011" => InvalidSchema,
        "PRG012" => InvalidImei,
        "PRG013" => LimitExceeded,
        "PRG014" => UnsupportedYaml,
        "PRG015" => InvalidEncoding,
        "PRG016" => ReferenceCycle,
        "PRG018" => InvalidKey,
        _ => InternalError,
    };

    private static DiagnosticDescriptor Create(string id, DiagnosticCode code) => new(
        id,
        code.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: code.Cause,
        helpLinkUri: HelpLink + "#" + id.ToLowerInvariant());
}
