using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PhoneRules.Model;
using PhoneRules.Schema;
using PhoneRules.Testing;

namespace PhoneRules.Cli.Tests.Lsp;

/// <summary>
/// The shipped catalog's text and the oracle the editor's answers are checked against: the runtime loader's own
/// read of a file (<see cref="CatalogReader.ReadMatching"/>), which the build's generator shares. Places in the
/// catalog are found through that validated document, never hard-coded, so the tests follow the catalog's edits.
/// </summary>
internal static class ShippedCatalog
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepositoryRoot.Folder, "catalog.yaml"));

    public static CatalogDocument Document { get; } = Read(Text).Document ?? throw new InvalidOperationException("the shipped catalog does not read");

    /// <summary>The document and diagnostics the loader gives for <paramref name="text"/> written to a file.</summary>
    public static (CatalogDocument? Document, IReadOnlyList<CatalogDiagnostic> Diagnostics) Read(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "phonerules-lsp-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, text);
        try
        {
            var document = CatalogReader.ReadMatching(path, CatalogData.SchemaFingerprint, CatalogData.SchemaText, null, out var diagnostics);
            return (document, diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static IEnumerable<EntityRecord> OfType(string type) => Document.Entities.Where(e => e.Type.Name == type);

    /// <summary>Every place a reference names an entity of <paramref name="type"/> with <paramref name="key"/>.</summary>
    public static IEnumerable<SourceSpan> ReferencesTo(string type, string key) =>
        Document.EntitiesInDependencyOrder.Append(Document.Settings)
            .SelectMany(e => e.Values.Values)
            .SelectMany(v => v.Items ?? [v])
            .Where(v => v.Value is EntityRecord target && target.Type.Name == type && target.Key == key)
            .Select(v => v.Span);

    /// <summary><paramref name="text"/> with <paramref name="span"/> replaced.</summary>
    public static string Replace(string text, SourceSpan span, string with) => text[..span.StartOffset] + with + text[span.EndOffset..];

    /// <summary><paramref name="text"/> with <paramref name="line"/> (a whole line and its break) inserted after the line of <paramref name="span"/>.</summary>
    public static string InsertLineAfter(string text, SourceSpan span, string line)
    {
        var next = text.IndexOf('\n', span.EndOffset) + 1;
        return text[..next] + line + "\n" + text[next..];
    }

    /// <summary><paramref name="text"/> without the line that holds <paramref name="span"/>.</summary>
    public static string RemoveLine(string text, SourceSpan span)
    {
        var start = text.LastIndexOf('\n', span.StartOffset) + 1;
        var end = text.IndexOf('\n', span.EndOffset) + 1;
        return text[..start] + text[end..];
    }

    /// <summary>The first model with a release date whose sources sit on the release's own line below it.</summary>
    public static EntityRecord ModelWithRelease() =>
        OfType("PhoneModel").First(m => m.Get("released") is not null && m.Get("released-by") is { } by && by.Span.Line == by.Span.EndLine);
}
