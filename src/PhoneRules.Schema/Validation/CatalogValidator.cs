using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// Validates a YAML tree against the catalog format, in passes that each hand the next a new value and change
/// nothing they handed out: the schema (<see cref="SchemaReader"/>), the settings and data
/// (<see cref="DataReader"/>, <see cref="ValueParser"/>), references (<see cref="ReferenceResolver"/>), the
/// build order (<see cref="DependencyOrder"/>) and the immutable document (<see cref="DocumentAssembler"/>).
/// As the tree's sink (<see cref="IYamlTreeSink"/>) it reads the schema section as soon as it is complete and, once
/// that schema is known to be good, each entity of the data section as soon as it closes, so the tree never holds
/// them all; <see cref="Validate"/> then reads what the tree still holds, the same way.
/// </summary>
internal sealed class CatalogValidator : IYamlTreeSink
{
    private readonly ValidationContext _context;
    private readonly string _text;
    private readonly RefusedKeys _refused = new();

    // The schema section, once read (null schema: it has errors), and the data reader that follows a good one.
    private bool _schemaRead;
    private CatalogSchema? _schema;
    private DataReader? _data;

    // What a sink may not throw into the reader, reported by Validate.
    private ExceptionDispatchInfo? _fault;

    public CatalogValidator(string filePath, string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        _context = new ValidationContext(filePath, limits, new List<CatalogDiagnostic>(), cancellationToken);
        _text = text;
    }

    /// <summary>
    /// Validates what the tree holds, after what was read as it was built. Never throws, except for cancellation: a
    /// failure here, or one kept while the tree was built, is one PRG099 after the problems found before it.
    /// </summary>
    public CatalogReadResult Validate(YamlNode? root, string? defaultSchema)
    {
        try
        {
            _fault?.Throw();
            return ValidateTree(root, defaultSchema);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // Never throw: an unexpected failure is reported as PRG099 instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _context.Report(DiagnosticCodes.InternalError, $"internal error while validating the catalog: {ex.GetType().Name}: {ex.Message}", SourceSpan.At(0, 1, 1));
            return Result(null, null);
        }
    }

    private CatalogReadResult ValidateTree(YamlNode? root, string? defaultSchema)
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

        var schemaEntry = rootMap.Find("schema");
        if (schemaEntry is not null)
        {
            if (!_schemaRead)
            {
                ReadSchema(schemaEntry);
            }
        }
        else if (defaultSchema is not null)
        {
            // Null, with one PRG099, when the compiled schema cannot be read.
            _schema = new SchemaReader(_context).ReadCompiled(defaultSchema);
        }
        else
        {
            _context.Report(DiagnosticCodes.InvalidSchema, "the catalog has no 'schema' section", SourceSpan.At(rootMap.Span.StartOffset, rootMap.Span.Line, rootMap.Span.Column));
            return Result(null, null);
        }

        // Only a schema without errors is read on with.
        if (_schema is not { } schema)
        {
            return Result(null, null);
        }

        var data = _data ?? new DataReader(_context, schema, _refused);
        var entities = data.ReadData(rootMap.Find("data"));
        var settingsEntry = rootMap.Find("settings");
        var settings = data.ReadEntity(schema.Settings, string.Empty, settingsEntry?.Key.Span ?? SourceSpan.At(0, 1, 1), settingsEntry?.Value, isSettings: true);
        var linked = new ReferenceResolver(_context, schema, _refused).Resolve(entities, settings, data.ReferenceCount);
        var order = DependencyOrder.Compute(_context, linked);
        return Result(schema, DocumentAssembler.Assemble(_context.FilePath, schema, linked, order));
    }

    void IYamlTreeSink.RootEntry(YamlEntry entry)
    {
        if (!_schemaRead && _fault is null && entry.Key.Value == "schema")
        {
            Guard(static (validator, entry) => validator.ReadSchema(entry), this, entry);
        }
    }

    bool IYamlTreeSink.Take(YamlKey rootKey, YamlKey sectionKey, YamlKey key, YamlNode value)
    {
        if (_data is not { } data || _fault is not null || rootKey.Value != "data")
        {
            return false;
        }

        Guard(static (data, entity) => data.ReadEntity(entity.sectionKey, entity.key, entity.value), data, (sectionKey, key, value));
        return true;
    }

    // The schema section; a schema with errors stops the validation, so nothing is read as it closes after it.
    private void ReadSchema(YamlEntry schemaEntry)
    {
        _schemaRead = true;
        var errorsBefore = _context.ErrorCount;
        var schema = new SchemaReader(_context).Read(schemaEntry.Value);
        if (schema is null || _context.ErrorCount > errorsBefore)
        {
            return;
        }

        // The section as written, a YAML document of its own: what a catalog without one is read with.
        var start = schemaEntry.Key.Span.StartOffset;
        var end = Math.Min(_text.Length, Math.Max(start, schemaEntry.Value.Span.EndOffset));
        var span = schemaEntry.Value is YamlMapping schemaMap && schemaMap.Find("namespace") is { } nsEntry ? nsEntry.Value.Span : schemaEntry.Key.Span;
        _schema = schema with { Text = _text.Substring(start, end - start).TrimEnd() + "\n", Span = span };
        _data = new DataReader(_context, _schema, _refused);
    }

    // A failure while the tree is built is kept for Validate (which reports it as PRG099); cancellation goes on up.
    private void Guard<TReader, TInput>(Action<TReader, TInput> read, TReader reader, TInput input)
    {
        try
        {
            read(reader, input);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A sink must not throw into the reader: the failure is thrown again by Validate.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _fault = ExceptionDispatchInfo.Capture(ex);
        }
    }

    private CatalogReadResult Result(CatalogSchema? schema, CatalogDocument? document) => new(schema, document, _context.Diagnostics);
}
