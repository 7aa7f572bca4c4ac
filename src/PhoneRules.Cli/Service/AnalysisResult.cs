using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PhoneRules.Analysis.Findings;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Service;

/// <summary>
/// What the analysis service made of one text of one catalog: the reader's and validator's diagnostics (the
/// build's codes, messages and places), the findings as <c>phonerules analyze</c> gives them (none while the
/// text has errors), and where every entity, field and reference is written.
/// </summary>
public sealed class AnalysisResult
{
    private readonly Lazy<DocumentIndex> _index;

    internal AnalysisResult(string path, string fingerprint, string text, IReadOnlyList<CatalogDiagnostic> diagnostics, IReadOnlyList<Finding> findings, CatalogSchema? schema, CatalogDocument? document, Func<DocumentIndex> index)
    {
        Path = path;
        Fingerprint = fingerprint;
        Text = text;
        Diagnostics = diagnostics;
        Findings = findings;
        Schema = schema;
        Document = document;
        _index = new Lazy<DocumentIndex>(index, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalog's path as the caller named it (the file name in every diagnostic).</summary>
    public string Path { get; }

    /// <summary>The SHA-256 of the text's UTF-8 bytes, in hexadecimal: equal texts, equal fingerprints.</summary>
    public string Fingerprint { get; }

    /// <summary>The text analysed.</summary>
    public string Text { get; }

    /// <summary>Every problem the reader and validator found, in file order; empty for a valid catalog.</summary>
    public IReadOnlyList<CatalogDiagnostic> Diagnostics { get; }

    /// <summary>The findings, in the order <c>analyze</c> prints them; empty when the text has errors.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The schema the text was read with (its own, or the compiled one), when its schema part could be read.</summary>
    public CatalogSchema? Schema { get; }

    /// <summary>The validated document, when the text is a valid catalog with the compiled schema.</summary>
    public CatalogDocument? Document { get; }

    /// <summary>
    /// Where every entity, field and reference is written; empty when the YAML could not be read. Made on first
    /// use (the diagnostics of an edit need none of it: findings carry their place).
    /// </summary>
    public DocumentIndex Index => _index.Value;

    /// <summary>Whether the text is a valid catalog that was analysed.</summary>
    public bool IsGood => Document is not null && !Diagnostics.Any(d => d.Severity == CatalogSeverity.Error);
}
