using System;
using System.Linq;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Lsp.Protocol;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Service;
using PhoneRules.Schema;
using Range = PhoneRules.Cli.Lsp.Protocol.Range;

namespace PhoneRules.Cli.Lsp;

/// <summary>
/// What the editor shows for one analysis: every reader and validator problem with the build's code, text and
/// place; for a valid catalog, every finding on its subject's key (notes as information, warnings as warnings).
/// </summary>
internal static class LspDiagnostics
{
    /// <summary>The diagnostics' <c>source</c>.</summary>
    public const string Source = "phonerules";

    /// <summary>The diagnostics of <paramref name="result"/>.</summary>
    public static Diagnostic[] Of(AnalysisResult result) =>
        result.Diagnostics.Count > 0
            ? [.. result.Diagnostics.Select(Of)]
            : [.. result.Findings.Select(Of)];

    /// <summary>A reader or validator problem as the build reports it.</summary>
    public static Diagnostic Of(CatalogDiagnostic diagnostic) =>
        new(LspText.ToRange(diagnostic.Span), diagnostic.Severity == CatalogSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Code, Source, LspText.Plain(diagnostic.Message));

    /// <summary>A finding on its subject's key (its location; a point when the subject is no entity: a year, a TAC).</summary>
    public static Diagnostic Of(Finding finding)
    {
        var (line, column) = (Math.Max(finding.Location.Line, 1) - 1, Math.Max(finding.Location.Column, 1) - 1);
        var length = finding.Location.Line > 0 && finding.Location.Column > 0 && SchemaNames.IsValidKey(finding.SubjectKey) ? finding.SubjectKey.Length : 0;
        var range = new Range(new Position(line, column), new Position(line, column + length));
        var severity = finding.Severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Information,
        };
        var message = $"{finding.RuleName} ({Words.Of(finding.Confidence)}): {finding.Message}";
        return new Diagnostic(range, severity, finding.RuleId, Source, LspText.Plain(message));
    }
}
