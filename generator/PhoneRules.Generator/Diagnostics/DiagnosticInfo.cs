using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Diagnostics;

/// <summary>
/// An equatable description of a diagnostic: it becomes a <see cref="Diagnostic"/> only when reported,
/// so pipeline models stay comparable by value.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static DiagnosticInfo From(CatalogDiagnostic diagnostic) => new(
        diagnostic.Code,
        diagnostic.Message,
        diagnostic.FilePath,
        diagnostic.Span.StartOffset,
        diagnostic.Span.EndOffset - diagnostic.Span.StartOffset,
        diagnostic.Span.Line,
        diagnostic.Span.Column,
        diagnostic.Span.EndLine,
        diagnostic.Span.EndColumn);

    public Diagnostic ToDiagnostic()
    {
        var location = Line > 0 && FilePath.Length > 0
            ? Location.Create(
                FilePath,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(EndLine - 1, EndColumn - 1)))
            : Location.None;
        // Every id comes from DiagnosticCodes; one that does not is itself an internal error, said as such.
        return DiagnosticDescriptors.ById(Id) is { } descriptor
            ? Diagnostic.Create(descriptor, location, Message)
            : Diagnostic.Create(DiagnosticDescriptors.InternalError, location, $"unknown diagnostic id {Id}: {Message}");
    }
}
