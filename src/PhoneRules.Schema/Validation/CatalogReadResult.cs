using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Schema;

/// <summary>What reading a catalog produced: the schema and document as far as they could be built, and every problem.</summary>
public sealed class CatalogReadResult
{
    internal CatalogReadResult(CatalogSchema? schema, CatalogDocument? document, IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        Schema = schema;
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>The schema, when the schema part is valid.</summary>
    public CatalogSchema? Schema { get; }

    /// <summary>
    /// The document, when the schema part is valid. It holds what could be validated even when the data part
    /// has errors (the generator still emits the types then), so check <see cref="HasErrors"/> before using it.
    /// </summary>
    public CatalogDocument? Document { get; }

    /// <summary>Every problem, in the order found (file order within each stage).</summary>
    public IReadOnlyList<CatalogDiagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == CatalogSeverity.Error);
}
