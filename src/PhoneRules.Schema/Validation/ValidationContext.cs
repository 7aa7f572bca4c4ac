using System;
using System.Collections.Generic;
using System.Threading;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// What every validation pass shares: the file's name, the limits, the cancellation token and the one list of
/// diagnostics, with the wording helpers every pass reports through.
/// </summary>
internal sealed class ValidationContext
{
    public ValidationContext(string filePath, ReaderLimits limits, List<CatalogDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        FilePath = filePath;
        Limits = limits;
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public string FilePath { get; }

    public ReaderLimits Limits { get; }

    public List<CatalogDiagnostic> Diagnostics { get; }

    public CancellationToken CancellationToken { get; }

    public int ErrorCount => Diagnostics.Count;

    /// <summary>A context for reading a text of its own (the compiled schema) into a separate list.</summary>
    public ValidationContext Fork(List<CatalogDiagnostic> diagnostics) => new(FilePath, Limits, diagnostics, CancellationToken);

    public void Report(DiagnosticCode code, string message, SourceSpan span) =>
        Diagnostics.Add(CatalogDiagnostic.Error(code, message, FilePath, span));

    /// <summary>The entries of a mapping section (<c>enums</c>, <c>types</c>); anything else is reported.</summary>
    public IReadOnlyList<YamlEntry> Entries(YamlEntry? entry, string what)
    {
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            return Array.Empty<YamlEntry>();
        }

        if (entry.Value is YamlMapping map)
        {
            return map.Entries;
        }

        Report(DiagnosticCodes.InvalidSchema, $"{what} must be a mapping of names to definitions, not {entry.Value.KindName}", entry.Value.Span);
        return Array.Empty<YamlEntry>();
    }

    /// <summary>Reports every key of <paramref name="map"/> that is not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(string owner, YamlMapping map, params string[] allowed)
    {
        foreach (var entry in map.Entries)
        {
            if (Array.IndexOf(allowed, entry.Key.Value) >= 0)
            {
                continue;
            }

            if (entry.Key.IsPlain && entry.Key.Value.IndexOf(' ') >= 0 && entry.Value is YamlScalar { IsNull: true })
            {
                // { type: string, doc: The name, as sold. }: YAML ends the doc text at the comma.
                Report(DiagnosticCodes.UnknownField, $"{owner} has no field '{Shorten(entry.Key.Value)}': inside {{ }} a comma ends a value, so this is the rest of the text before it; quote that text (doc: \"..., {Shorten(entry.Key.Value)}\")", entry.Key.Span);
                continue;
            }

            ReportUnknownField(owner, entry.Key, allowed);
        }
    }

    /// <summary>Reports an unknown field with the closest known one; returns that suggestion, if any.</summary>
    public string? ReportUnknownField(string owner, YamlKey key, IEnumerable<string> known)
    {
        var suggestion = SchemaNames.Suggest(key.Value, known);
        Report(DiagnosticCodes.UnknownField, $"{owner} has no field '{Shorten(key.Value)}'" + DidYouMean(suggestion), key.Span);
        return suggestion;
    }

    public static string ScalarText(YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar.Value : string.Empty;

    public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

    public static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
