using System;
using System.Collections.Generic;
using System.Threading;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// Validates a YAML tree against the catalog format, in passes that each hand the next a new value and change
/// nothing they handed out: the schema (<see cref="SchemaReader"/>), the settings and data
/// (<see cref="DataReader"/>, <see cref="ValueParser"/>), references (<see cref="ReferenceResolver"/>), the
/// build order (<see cref="DependencyOrder"/>) and the immutable document (<see cref="DocumentAssembler"/>).
/// </summary>
internal sealed class CatalogValidator
{
    private readonly ValidationContext _context;

    public CatalogValidator(string filePath, ReaderLimits limits, List<CatalogDiagnostic> diagnostics, CancellationToken cancellationToken) =>
        _context = new ValidationContext(filePath, limits, diagnostics, cancellationToken);

    public CatalogReadResult Validate(YamlNode? root, string text, string? defaultSchema)
    {
        if (root is null)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, "the catalog is empty; it needs a 'schema' section and a 'data' section", SourceSpan.At(0, 1, 1));
            return Result(null, null);
        }

        if (root is not YamlMapping rootMap)
        {
            _context.Report(DiagnosticCodes.InvalidSchema, $"the catalog must be a mapping with 'schema', 'settings' and 'data', not {root.KindName}", root.Span);
            return Result(null, null);
        }

        foreach (var entry in rootMap.Entries)
        {
            if (entry.Key.Value is not ("schema" or "settings" or "data"))
            {
                _context.ReportUnknownField("the catalog", entry.Key, new[] { "schema", "settings", "data" });
            }
        }

        var errorsBefore = _context.ErrorCount;
        var schemaEntry = rootMap.Find("schema");
        CatalogSchema? schema;
        if (schemaEntry is not null)
        {
            schema = new SchemaReader(_context).Read(schemaEntry.Value);
            if (schema is not null)
            {
                // The section as written, a YAML document of its own: what a catalog without one is read with.
                var start = schemaEntry.Key.Span.StartOffset;
                var end = Math.Min(text.Length, Math.Max(start, schemaEntry.Value.Span.EndOffset));
                var span = schemaEntry.Value is YamlMapping schemaMap && schemaMap.Find("namespace") is { } nsEntry ? nsEntry.Value.Span : schemaEntry.Key.Span;
                schema = schema with { Text = text.Substring(start, end - start).TrimEnd() + "\n", Span = span };
            }
        }
        else if (defaultSchema is not null)
        {
            schema = new SchemaReader(_context).ReadCompiled(defaultSchema);
        }
        else
        {
            _context.Report(DiagnosticCodes.InvalidSchema, "the catalog has no 'schema' section", rootMap.Span.IsKnown ? SourceSpan.At(rootMap.Span.StartOffset, rootMap.Span.Line, rootMap.Span.Column) : SourceSpan.At(0, 1, 1));
            return Result(null, null);
        }

        if (schema is null || _context.ErrorCount > errorsBefore)
        {
            return Result(null, null);
        }

        var refused = new RefusedKeys();
        var data = new DataReader(_context, schema, refused);
        var settingsEntry = rootMap.Find("settings");
        var settings = data.ReadEntity(schema.Settings, string.Empty, settingsEntry?.Key.Span ?? SourceSpan.At(0, 1, 1), settingsEntry?.Value, isSettings: true);
        var entities = data.ReadData(rootMap.Find("data"));
        var linked = new ReferenceResolver(_context, schema, refused).Resolve(entities, settings, data.ReferenceCount);
        var order = DependencyOrder.Compute(_context, linked);
        return Result(schema, DocumentAssembler.Assemble(_context.FilePath, schema, linked, order));
    }

    private CatalogReadResult Result(CatalogSchema? schema, CatalogDocument? document) => new(schema, document, _context.Diagnostics);
}
