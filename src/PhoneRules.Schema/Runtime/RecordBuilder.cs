using System;
using System.Collections.Generic;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema.Runtime;

/// <summary>
/// Helpers the generated <c>CatalogData.FromDocument</c> calls to turn validated values into typed record
/// properties. Not meant for hand-written code.
/// </summary>
public static class RecordBuilder
{
    /// <summary>The value of a required single field.</summary>
    public static T Required<T>(EntityRecord entity, string field, Func<object, T> convert) =>
        entity.Get(field) is { Value: { } value }
            ? convert(value)
            : throw new InvalidOperationException($"{entity.Type.Name} '{entity.Key}' has no value for required field '{field}'; read the catalog through CatalogReader first.");

    /// <summary>The value of an optional single field of a value type, or null.</summary>
    public static T? OptionalValue<T>(EntityRecord entity, string field, Func<object, T> convert)
        where T : struct =>
        entity.Get(field) is { Value: { } value } ? convert(value) : null;

    /// <summary>The value of an optional single field of a reference type, or null.</summary>
    public static T? OptionalReference<T>(EntityRecord entity, string field, Func<object, T> convert)
        where T : class =>
        entity.Get(field) is { Value: { } value } ? convert(value) : null;

    /// <summary>The items of a list field; empty when absent.</summary>
    public static IReadOnlyList<T> List<T>(EntityRecord entity, string field, Func<object, T> convert)
    {
        if (entity.Get(field) is not { Items: { } items })
        {
            return Array.Empty<T>();
        }

        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = convert(items[i].Value!);
        }

        return result;
    }

    /// <summary>The location of an entity's key.</summary>
    public static CatalogLocation Location(EntityRecord entity) => new(entity.Span.Line, entity.Span.Column);

    /// <summary>
    /// Reads the catalog file at <paramref name="path"/> and checks that its schema is the compiled one
    /// (<paramref name="compiledSchema"/>, with <paramref name="compiledFingerprint"/>): a file without a schema
    /// section is read with the compiled one; a different schema is one PRG017 naming the first difference.
    /// Returns the document, or null with every problem in <paramref name="diagnostics"/>.
    /// </summary>
    public static CatalogDocument? ReadMatching(string path, string compiledFingerprint, string compiledSchema, ReaderLimits? limits, out IReadOnlyList<CatalogDiagnostic> diagnostics) =>
        Match(CatalogReader.ReadFile(path, limits, defaultSchema: compiledSchema), path, compiledFingerprint, compiledSchema, out diagnostics);

    /// <summary>
    /// The document of <paramref name="result"/> when it has no errors and its schema is the compiled one;
    /// otherwise null, with the errors, or one PRG017 in <paramref name="diagnostics"/> that names the first
    /// difference from <paramref name="compiledSchema"/> at its place in the file and says what to do.
    /// </summary>
    public static CatalogDocument? Match(CatalogReadResult result, string path, string compiledFingerprint, string compiledSchema, out IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        diagnostics = result.Diagnostics;
        if (result.HasErrors || result.Document is null)
        {
            return null;
        }

        if (string.Equals(result.Document.Schema.Fingerprint, compiledFingerprint, StringComparison.Ordinal))
        {
            return result.Document;
        }

        var compiled = CatalogReader.ReadText(compiledSchema, path).Schema;
        var (what, where) = compiled is null
            ? ("it is not the compiled one", SourceSpan.At(0, 1, 1))
            : SchemaDifference.First(result.Document.Schema, compiled);
        diagnostics = new[]
        {
            new CatalogDiagnostic(
                DiagnosticCodes.SchemaMismatch.Id,
                CatalogSeverity.Error,
                $"this file's schema differs from the one compiled into this program: {what}; remove the file's 'schema' section to read it with the compiled schema, or rebuild the program with this schema",
                path,
                where),
        };
        return null;
    }
}
