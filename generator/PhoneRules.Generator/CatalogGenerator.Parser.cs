using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
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
        public static ParsedCatalog Parse(ImmutableArray<CatalogFile> files, CancellationToken cancellationToken)
        {
            if (files.IsDefaultOrEmpty)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.NoCatalog.Id, $"no {CatalogFileName} among the project's AdditionalFiles; add <AdditionalFiles Include=\"{CatalogFileName}\" />", string.Empty, 0, 0, 0, 0, 0, 0));
            }

            var file = files[0];
            if (files.Length > 1)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.NoCatalog.Id, $"more than one {CatalogFileName} among the AdditionalFiles; a project has one catalog", files[1].Path, 0, 0, 1, 1, 1, 1));
            }

            if (file.Text is null)
            {
                return Failed(new DiagnosticInfo(DiagnosticCodes.NoCatalog.Id, $"cannot read '{file.Path}'", file.Path, 0, 0, 0, 0, 0, 0));
            }

            try
            {
                var result = CatalogReader.ReadText(file.Text, file.Path, cancellationToken: cancellationToken);
                var diagnostics = result.Diagnostics.Select(DiagnosticInfo.From).ToEquatableArray();
                if (result.Document is null)
                {
                    return new ParsedCatalog(null, null, diagnostics);
                }

                var document = result.Document;
                return new ParsedCatalog(ToSchemaSpec(document.Schema), ToDataSpec(document, cancellationToken), diagnostics);
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

        private static ParsedCatalog Failed(DiagnosticInfo diagnostic) => new(null, null, new[] { diagnostic }.ToEquatableArray());

        private static SchemaSpec ToSchemaSpec(CatalogSchema schema) => new(
            schema.Namespace,
            schema.Fingerprint,
            schema.Enums.Select(e => new EnumSpec(e.Name, e.Doc, e.Members.Select(m => new EnumMemberSpec(m.Name, m.Identifier, m.Doc)).ToEquatableArray())).ToEquatableArray(),
            schema.Types.Select(ToTypeSpec).ToEquatableArray(),
            ToTypeSpec(schema.Settings));

        private static TypeSpec ToTypeSpec(TypeDefinition type) => new(
            type.Name,
            type.Plural,
            type.Doc,
            type.Fields.Select(f => new FieldSpec(f.Name, f.Identifier, f.Doc, f.Type.Kind, f.Type.TargetName, f.Type.IsList, f.IsRequired)).ToEquatableArray());

        private static DataSpec ToDataSpec(CatalogDocument document, CancellationToken cancellationToken)
        {
            var schema = document.Schema;
            var indexes = new Dictionary<EntityRecord, int>();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entity in document.Entities)
            {
                counts.TryGetValue(entity.Type.Name, out var count);
                indexes[entity] = count;
                counts[entity.Type.Name] = count + 1;
            }

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
                schema.Types.Select(t => new TypeCount(t.Name, t.Plural, counts.TryGetValue(t.Name, out var n) ? n : 0)).ToEquatableArray(),
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

                string expression;
                if (value.Items is { } items)
                {
                    expression = "new " + Emitter.ElementType(schema.Namespace, field.Type.Kind, field.Type.TargetName) + "[] { "
                        + string.Join(", ", items.Select(i => Literal(schema, field, i.Value!, indexes))) + " }";
                }
                else
                {
                    expression = Literal(schema, field, value.Value!, indexes);
                }

                properties.Add(new PropertyInit(field.Identifier, expression));
            }

            return properties.ToEquatableArray();
        }

        private static string Literal(CatalogSchema schema, FieldDefinition field, object value, Dictionary<EntityRecord, int> indexes) => field.Type.Kind switch
        {
            FieldKind.String => StringLiteral((string)value),
            FieldKind.Int => ((int)value).ToString(CultureInfo.InvariantCulture),
            FieldKind.Decimal => ((decimal)value).ToString(CultureInfo.InvariantCulture) + "m",
            FieldKind.Bool => (bool)value ? "true" : "false",
            FieldKind.Date => string.Format(CultureInfo.InvariantCulture, "new global::System.DateOnly({0}, {1}, {2})", ((DateTime)value).Year, ((DateTime)value).Month, ((DateTime)value).Day),
            FieldKind.FuzzyDate => "global::PhoneRules.FuzzyDate.Parse(" + StringLiteral(value.ToString()!) + ")",
            FieldKind.Url => "new global::System.Uri(" + StringLiteral(((Uri)value).OriginalString) + ")",
            FieldKind.Country => "global::PhoneRules.CountryCode.Parse(" + StringLiteral(value.ToString()!) + ")",
            FieldKind.Imei => "global::PhoneRules.Imei.Parse(" + StringLiteral(value.ToString()!) + ")",
            FieldKind.Tac => "global::PhoneRules.Tac.Parse(" + StringLiteral(value.ToString()!) + ")",
            FieldKind.Enum => "global::" + schema.Namespace + "." + field.Type.TargetName + "." + schema.FindEnum(field.Type.TargetName!)!.Members[(int)value].Identifier,
            _ => Emitter.ArrayName(((EntityRecord)value).Type.Plural) + "[" + indexes[(EntityRecord)value].ToString(CultureInfo.InvariantCulture) + "]",
        };

        internal static string StringLiteral(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c == '\u0085')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
