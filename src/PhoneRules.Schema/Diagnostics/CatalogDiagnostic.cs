using System.Globalization;

namespace PhoneRules.Schema;

/// <summary>
/// One problem found in a catalog file, with a stable code and the place it was found. The source
/// generator reports it as a compiler diagnostic; the console prints <see cref="ToString"/>.
/// </summary>
/// <param name="Code">The stable code, for example <c>PRG004</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">One sentence that says what is wrong and, where it helps, how to fix it.</param>
/// <param name="FilePath">The catalog file as the caller named it.</param>
/// <param name="Span">Where in the file; <see cref="SourceSpan.None"/> when the problem has no place.</param>
public sealed record CatalogDiagnostic(string Code, CatalogSeverity Severity, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>An error with <paramref name="code"/>'s id: what the reader reports for every problem it finds.</summary>
    /// <param name="code">The code, from <see cref="DiagnosticCodes"/>.</param>
    /// <param name="message">One sentence that says what is wrong and, where it helps, how to fix it.</param>
    /// <param name="filePath">The catalog file as the caller named it.</param>
    /// <param name="span">Where in the file; <see cref="SourceSpan.None"/> when the problem has no place.</param>
    public static CatalogDiagnostic Error(DiagnosticCode code, string message, string filePath, SourceSpan span) =>
        new((code ?? throw new System.ArgumentNullException(nameof(code))).Id, CatalogSeverity.Error, message, filePath, span);

    /// <summary>Formats as <c>file(line,col): error CODE: message</c>, the MSBuild canonical form.</summary>
    public override string ToString()
    {
        var severity = Severity == CatalogSeverity.Error ? "error" : "warning";
        return Span.IsKnown
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", FilePath, Span.Line, Span.Column, severity, Code, Message)
            : string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", FilePath, severity, Code, Message);
    }
}
