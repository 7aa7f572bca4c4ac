using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, built from <see cref="DiagnosticCodes.All"/>: an id, its title,
/// cause and help link are written once, there, and shared with the console, so build and run time speak alike
/// and no code can be forgotten here. (AnalyzerReleases.*.md is checked against the same list by a test.)
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PhoneRules.Catalog";

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = DiagnosticCodes.All.ToDictionary(code => code.Id, Create);

    /// <summary>PRG099, for failures the generator reports itself.</summary>
    public static DiagnosticDescriptor InternalError { get; } = s_byId[DiagnosticCodes.InternalError.Id];

    /// <summary>Every descriptor, in id order.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => DiagnosticCodes.All.Select(code => s_byId[code.Id]);

    /// <summary>The descriptor of a code's id; null for an id <see cref="DiagnosticCodes"/> does not have.</summary>
    public static DiagnosticDescriptor? ById(string id) => s_byId.TryGetValue(id, out var descriptor) ? descriptor : null;

#pragma warning disable RS1017 // The id is not a literal here by design: DiagnosticCodes is its one home.
    private static DiagnosticDescriptor Create(DiagnosticCode code) => new(
        code.Id,
        code.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: code.Cause,
        helpLinkUri: code.HelpUri);
#pragma warning restore RS1017
}
