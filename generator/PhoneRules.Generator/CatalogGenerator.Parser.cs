using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using PhoneRules.Generator.Diagnostics;
using PhoneRules.Generator.Helpers;
using PhoneRules.Generator.Model;
using PhoneRules.Schema;

namespace PhoneRules.Generator;

/// <content>Reading: catalog files to specs and diagnostics.</content>
public sealed partial class CatalogGenerator
{
    internal static class Parser
    {
        public static ParsedCatalog Parse(ImmutableArray<CatalogFile> files, CancellationToken cancellationToken) =>
            Parse(files, new BuildSettings(string.Empty, string.Empty), cancellationToken);

        public static ParsedCatalog Parse(ImmutableArray<CatalogFile> files, BuildSettings settings, CancellationToken cancellationToken)
        {
            var limits = ReaderLimits.Default.Parse([settings.Limits], out var limitError);
            if (limits is null)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.LimitExceeded.Id, $"the build property {LimitsProperty} is not valid: {limitError}", string.Empty, 0, 0, 0, 0, 0, 0));
            }

            if (MaxNamedEntities(settings.MaxNamedEntities) is not { } maxNamed)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.LimitExceeded.Id, $"the build property {MaxNamedEntitiesProperty} is not valid: it needs a whole number from 0 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)} ({MaxNamedEntitiesProperty}={DefaultMaxNamedEntities.ToString(CultureInfo.InvariantCulture)}), not '{settings.MaxNamedEntities.Trim()}'", string.Empty, 0, 0, 0, 0, 0, 0));
            }

            if (files.IsDefaultOrEmpty)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.NoCatalog.Id, $"no {CatalogFileName} among the project's AdditionalFiles; add <AdditionalFiles Include=\"{CatalogFileName}\" />, or mark a catalog of another name with {CatalogMetadata}=\"true\"", string.Empty, 0, 0, 0, 0, 0, 0));
            }

            var file = files[0];
            if (files.Length > 1)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.NoCatalog.Id, $"more than one catalog among the AdditionalFiles ({Path.GetFileName(files[0].Path)} and {Path.GetFileName(files[1].Path)}); a project has one catalog", files[1].Path, 0, 0, 1, 1, 1, 1));
            }

            if (file.Text is null)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.NoCatalog.Id, $"cannot read '{file.Path}'", file.Path, 0, 0, 0, 0, 0, 0));
            }

            try
            {
                var result = CatalogReader.ReadText(file.Text, file.Path, limits, cancellationToken);
                var diagnostics = result.Diagnostics.Select(DiagnosticInfo.From).ToEquatableArray();
                if (result.Document is null)
                {
                    return new ParsedCatalog(null, null, diagnostics);
                }

                var document = result.Document;
                var data = document.Entities.Count > maxNamed && settings.HasUtf8Literals
                    ? ToTextSpec(document, file.Text, maxNamed, limits)
                    : ToDataSpec(document, cancellationToken);
                return new ParsedCatalog(ToSchemaSpec(document.Schema), data, diagnostics);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // Never throw from a generator: report instead.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.InternalError.Id, $"internal error while reading the catalog: {ex.GetType().Name}: {ex.Message}", file.Path, 0, 0, 1, 1, 1, 1));
            }
        }

        // Unset (empty) is the default; otherwise a whole number from 0, surrounding spaces allowed.
        private static int? MaxNamedEntities(string setting)
        {
            var text = setting.Trim();
            if (text.Length == 0)
            {
                return DefaultMaxNamedEntities;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        // A catalog past the most entities compiled one by one: the text the reader validated, encoded to be read
        // again at run time with the same limits (the run-time read drops a byte order mark as the build's did).
        private static DataSpec ToTextSpec(CatalogDocument document, string text, int maxNamed, ReaderLimits limits)
        {
            var counts = CountByType(document, indexes: null);
            var base64 = PhoneRules.Schema.Runtime.EmbeddedCatalog.Encode(text, out var length);
            return new DataSpec(
                document.Schema.Namespace,
                Path.GetFileName(document.FilePath),
                TypeCounts(document.Schema, counts),
                EquatableArray<EntitySpec>.Empty,
                EquatableArray<PropertyInit>.Empty,
                document.Settings.Span.Line,
                document.Settings.Span.Column,
                new CatalogTextSpec(base64, length, document.Entities.Count, maxNamed, string.Join(",", limits.Describe())));
        }

        // How many entities each type has, by type name; with indexes, each entity's place among its type's too.
        private static Dictionary<string, int> CountByType(CatalogDocument document, Dictionary<EntityRecord, int>? indexes)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entity in document.Entities)
            {
                counts.TryGetValue(entity.Type.Name, out var count);
                if (indexes is not null)
                {
                    indexes[entity] = count;
                }

                counts[entity.Type.Name] = count + 1;
            }

            return counts;
        }

        // Each type of the schema, in schema order, with its number of entities.
        private static EquatableArray<TypeCount> TypeCounts(CatalogSchema schema, Dictionary<string, int> counts) =>
            schema.Types.Select(t => new TypeCount(t.Name, t.Plural, counts.TryGetValue(t.Name, out var n) ? n : 0)).ToEquatableArray();

        private static ParsedCatalog Failed(DiagnosticInfo diagnostic) => new(null, null, new[] { diagnostic }.ToEquatableArray());

        private static SchemaSpec ToSchemaSpec(CatalogSchema schema) => new(
            schema.Namespace,
            schema.Fingerprint,
            schema.Text,
            schema.Enums.Select(e => new EnumSpec(e.Name, e.Doc, e.Members.Select(m => new EnumMemberSpec(m.Name, m.Identifier, m.Doc)).ToEquatableArray())).ToEquatableArray(),
            schema.Types.Select(ToTypeSpec).ToEquatableArray(),
            ToTypeSpec(schema.Settings));

        private static TypeSpec ToTypeSpec(TypeDefinition type) => new(
            type.Name,
            type.Plural,
            type.Doc,
            type.Fields.Select(f => new FieldSpec(f.Name, f.Identifier, f.Doc, f.Type.Kind, f.Type.TargetName, f.Type.IsList, f.IsRequired, f.Requires is null ? null : type.FindField(f.Requires)?.Identifier)).ToEquatableArray());

        private static DataSpec ToDataSpec(CatalogDocument document, CancellationToken cancellationToken)
        {
            var schema = document.Schema;
            var indexes = new Dictionary<EntityRecord, int>();
            var counts = CountByType(document, indexes);

            var entities = new List<EntitySpec>(document.Entities.Count);
            foreach (var entity in document.EntitiesInDependencyOrder)
            {
                if (entities.Count % 512 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                entities.Add(new EntitySpec(
                    entity.Type.Name,
                    entity.Type.Plural,
                    entity.Key,
                    SchemaNames.ToIdentifier(entity.Key),
                    indexes[entity],
                    entity.Span.Line,
                    entity.Span.Column,
                    Properties(schema, entity, indexes)));
            }

            return new DataSpec(
                schema.Namespace,
                Path.GetFileName(document.FilePath),
                TypeCounts(schema, counts),
                entities.ToEquatableArray(),
                Properties(schema, document.Settings, indexes),
                document.Settings.Span.Line,
                document.Settings.Span.Column);
        }

        private static EquatableArray<PropertyInit> Properties(CatalogSchema schema, EntityRecord entity, Dictionary<EntityRecord, int> indexes)
        {
            var properties = new List<PropertyInit>(entity.Type.Fields.Count);
            foreach (var field in entity.Type.Fields)
            {
                if (entity.Get(field.Name) is not { } value)
                {
                    continue;
                }

                var values = value.Items is { } items
                    ? items.Select(i => Value(schema, field, i.Value!, indexes)).ToEquatableArray()
                    : new[] { Value(schema, field, value.Value!, indexes) }.ToEquatableArray();
                properties.Add(new PropertyInit(field.Identifier, field.Type.Kind, field.Type.TargetName, field.Type.IsList, values));
            }

            return properties.ToEquatableArray();
        }

        // A validated value as its kind and invariant text; the Emitter decides how it is written in C#.
        private static ValueSpec Value(CatalogSchema schema, FieldDefinition field, object value, Dictionary<EntityRecord, int> indexes)
        {
            var kind = field.Type.Kind;
            return kind switch
            {
                FieldKind.String => new ValueSpec(kind, (string)value),
                FieldKind.Int => new ValueSpec(kind, ((int)value).ToString(CultureInfo.InvariantCulture)),
                FieldKind.Decimal => new ValueSpec(kind, ((decimal)value).ToString(CultureInfo.InvariantCulture)),
                FieldKind.Bool => new ValueSpec(kind, (bool)value ? "true" : "false"),
                FieldKind.Date => new ValueSpec(kind, ((DateTime)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FieldKind.Url => new ValueSpec(kind, ((Uri)value).OriginalString),
                FieldKind.Enum => new ValueSpec(kind, schema.FindEnum(field.Type.TargetName!)!.Members[(int)value].Identifier),
                FieldKind.Reference => new ValueSpec(kind, ((EntityRecord)value).Type.Plural, indexes[(EntityRecord)value]),
                _ => new ValueSpec(kind, value.ToString()!),
            };
        }
    }
}
