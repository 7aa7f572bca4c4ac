using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using PhoneRules.Generator.CSharp;
using PhoneRules.Generator.Helpers;
using PhoneRules.Generator.Model;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Writers;

/// <summary>
/// Writes <c>Catalog.g.cs</c>: the static <c>Catalog</c> with <c>Data</c>, <c>Settings</c> and, per type, a
/// nested class with <c>All</c>, <c>Get</c>, <c>TryGet</c> and every entity as a named member; or, for a catalog
/// of more entities than the build compiles one by one, the same without named members, its text compiled in.
/// </summary>
internal static class CatalogWriter
{
    private const string Create = GeneratedNames.HelperPrefix + "Create";
    private const string SettingsLocal = GeneratedNames.HelperPrefix + "settings";

    /// <summary>How many entities one generated method builds.</summary>
    public const int EntitiesPerMethod = 100;

    /// <summary>How many bytes of a catalog compiled as text (ASCII: Base64) one UTF-8 literal holds.</summary>
    public const int BytesPerLiteral = 16 * 1024;

    /// <summary>How many of those literals one generated method copies.</summary>
    public const int LiteralsPerMethod = 64;

    private const string Text = GeneratedNames.HelperPrefix + "text";
    private const string CopyText = GeneratedNames.HelperPrefix + "Text";

    public static string Write(DataSpec spec, CancellationToken cancellationToken)
    {
        var ns = spec.Namespace;
        var self = TypeRefs.InSchema(ns, GeneratedNames.CatalogClass);
        var dataType = TypeRefs.InSchema(ns, GeneratedNames.DataClass);
        var writer = GeneratedFile.Begin(ns);
        writer.WriteSummary(spec.Text is { } text
            ? string.Format(CultureInfo.InvariantCulture, "The catalog compiled from {0}: {1} entities, more than the {2} a build compiles one by one ({3}), so the file's text is compiled in and read when this class is first used; a list per type and lookups by key.", spec.FileName, text.EntityCount, text.MaxNamedEntities, CatalogGenerator.MaxNamedEntitiesProperty)
            : "The catalog compiled from " + spec.FileName + ": every entity as a named member, a list per type and lookups by key.");
        GeneratedFile.WriteGeneratedCode(writer);
        writer.OpenBlock("public static partial class " + GeneratedNames.CatalogClass);
        writer.WriteSummary("The whole catalog as data, for code that takes any catalog (such as the rules).");
        writer.WriteLine("public static " + dataType + " " + GeneratedNames.Data + " { get; } = " + Create + "();");
        writer.WriteLine();
        writer.WriteSummary("The settings from " + spec.FileName + ".");
        writer.WriteLine("public static " + TypeRefs.InSchema(ns, GeneratedNames.SettingsClass) + " " + GeneratedNames.Settings + " => " + self + "." + GeneratedNames.Data + "." + GeneratedNames.Settings + ";");

        var byType = spec.Entities.ToLookup(e => e.TypeName, System.StringComparer.Ordinal);
        foreach (var type in spec.Types)
        {
            writer.WriteLine();
            WriteTypeClass(writer, spec, type, byType[type.Name], cancellationToken);
        }

        writer.WriteLine();
        if (spec.Text is { } catalogText)
        {
            WriteTextFactory(writer, spec, catalogText, cancellationToken);
        }
        else
        {
            WriteEntityFactory(writer, spec, cancellationToken);
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    // The entities are built in methods of at most EntitiesPerMethod each, in dependency order, filling arrays
    // they share: the compiler's time grows with the size of a method faster than linearly, so one method per
    // 25,000 entities took minutes where small ones take seconds.
    private static void WriteEntityFactory(SourceWriter writer, DataSpec spec, CancellationToken cancellationToken)
    {
        var ns = spec.Namespace;
        var dataType = TypeRefs.InSchema(ns, GeneratedNames.DataClass);
        var parameters = string.Join(", ", spec.Types.Select(t => TypeRefs.InSchema(ns, t.Name) + "[] " + ValueWriter.EntityArray(t.Plural)));
        var arguments = string.Join(", ", spec.Types.Select(t => ValueWriter.EntityArray(t.Plural)));
        var chunks = (spec.Entities.Count + EntitiesPerMethod - 1) / EntitiesPerMethod;

        writer.OpenBlock("private static " + dataType + " " + Create + "()");
        foreach (var type in spec.Types)
        {
            writer.WriteLine("var " + ValueWriter.EntityArray(type.Plural) + " = new " + TypeRefs.InSchema(ns, type.Name) + "[" + Literals.Int(type.Count) + "];");
        }

        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.WriteLine(Create + Literals.Int(chunk) + "(" + arguments + ");");
        }

        writer.OpenBlock("var " + SettingsLocal + " = new " + TypeRefs.InSchema(ns, GeneratedNames.SettingsClass));
        WriteLocation(writer, spec.SettingsLine, spec.SettingsColumn);
        foreach (var property in spec.Settings)
        {
            writer.WriteLine(Literals.Identifier(property.Identifier) + " = " + ValueWriter.Expression(ns, property) + ",");
        }

        writer.CloseBlock("};");
        var lists = string.Concat(spec.Types.Select(t => ", new " + TypeRefs.EntityList(TypeRefs.InSchema(ns, t.Name)) + "(" + ValueWriter.EntityArray(t.Plural) + ")"));
        writer.WriteLine("return new " + dataType + "(" + Literals.String(spec.FileName) + ", " + SettingsLocal + lists + ");");
        writer.CloseBlock();

        for (var chunk = 0; chunk < chunks; chunk++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine();
            writer.OpenBlock("private static void " + Create + Literals.Int(chunk) + "(" + parameters + ")");
            var end = Math.Min(spec.Entities.Count, (chunk + 1) * EntitiesPerMethod);
            for (var i = chunk * EntitiesPerMethod; i < end; i++)
            {
                var entity = spec.Entities[i];
                writer.OpenBlock(ValueWriter.EntityArray(entity.Plural) + "[" + Literals.Int(entity.Index) + "] = new " + TypeRefs.InSchema(ns, entity.TypeName));
                writer.WriteLine(GeneratedNames.Key + " = " + Literals.String(entity.Key) + ",");
                WriteLocation(writer, entity.Line, entity.Column);
                foreach (var property in entity.Properties)
                {
                    writer.WriteLine(Literals.Identifier(property.Identifier) + " = " + ValueWriter.Expression(ns, property) + ",");
                }

                writer.CloseBlock("};");
            }

            writer.CloseBlock();
        }
    }

    // The catalog's text, encoded by EmbeddedCatalog, in UTF-8 literals (data in the assembly, no code per entity),
    // copied into one array and read by the same reader the build used, with the build's limits.
    private static void WriteTextFactory(SourceWriter writer, DataSpec spec, CatalogTextSpec text, CancellationToken cancellationToken)
    {
        var dataType = TypeRefs.InSchema(spec.Namespace, GeneratedNames.DataClass);
        var literals = (text.Base64.Length + BytesPerLiteral - 1) / BytesPerLiteral;
        var methods = (literals + LiteralsPerMethod - 1) / LiteralsPerMethod;
        writer.OpenBlock("private static " + dataType + " " + Create + "()");
        writer.WriteLine("var " + Text + " = new byte[" + Literals.Int(text.Base64.Length) + "];");
        for (var method = 0; method < methods; method++)
        {
            writer.WriteLine(CopyText + Literals.Int(method) + "(" + Text + ");");
        }

        writer.WriteLine("return " + dataType + "." + GeneratedNames.FromDocument + "(" + TypeRefs.EmbeddedCatalog + ".Read(" + Text + ", " + Literals.Int(text.Length) + ", " + Literals.String(spec.FileName) + ", " + Literals.String(text.Limits) + "));");
        writer.CloseBlock();

        for (var method = 0; method < methods; method++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine();
            writer.OpenBlock("private static void " + CopyText + Literals.Int(method) + "(byte[] " + Text + ")");
            var end = Math.Min(literals, (method + 1) * LiteralsPerMethod);
            for (var i = method * LiteralsPerMethod; i < end; i++)
            {
                var start = i * BytesPerLiteral;
                var length = Math.Min(BytesPerLiteral, text.Base64.Length - start);
                writer.WriteLine(Literals.Utf8String(text.Base64.Substring(start, length)) + ".CopyTo(new " + TypeRefs.ByteSpan + "(" + Text + ", " + Literals.Int(start) + ", " + Literals.Int(length) + "));");
            }

            writer.CloseBlock();
        }
    }

    private static void WriteLocation(SourceWriter writer, int line, int column) =>
        writer.WriteLine(GeneratedNames.Location + " = new " + TypeRefs.CatalogLocation + "(" + Literals.Int(line) + ", " + Literals.Int(column) + "),");

    private static void WriteTypeClass(SourceWriter writer, DataSpec spec, TypeCount type, System.Collections.Generic.IEnumerable<EntitySpec> entities, CancellationToken cancellationToken)
    {
        var ns = spec.Namespace;
        var full = TypeRefs.InSchema(ns, type.Name);
        var self = TypeRefs.InSchema(ns, GeneratedNames.CatalogClass) + "." + Literals.Identifier(type.Plural);
        writer.WriteSummary("Every " + type.Name + " in " + spec.FileName + (spec.Text is null ? ", by name and by key." : ", by key."));
        writer.OpenBlock("public static class " + Literals.Identifier(type.Plural));
        writer.WriteSummary("Every " + type.Name + ", in file order.");
        writer.WriteLine("public static " + TypeRefs.EntityList(full) + " " + GeneratedNames.All + " => " + TypeRefs.InSchema(ns, GeneratedNames.CatalogClass) + "." + GeneratedNames.Data + "." + Literals.Identifier(type.Plural) + ";");
        writer.WriteLine();
        writer.WriteSummary("The " + type.Name + " with the key; throws KeyNotFoundException when there is none.");
        writer.WriteLine("public static " + full + " " + GeneratedNames.Get + "(string key) => " + self + "." + GeneratedNames.All + ".Get(key);");
        writer.WriteLine();
        writer.WriteSummary("Looks up the " + type.Name + " with the key.");
        writer.WriteLine("public static bool " + GeneratedNames.TryGet + "(string key, [" + TypeRefs.NotNullWhenAttribute + "(true)] out " + full + "? value) => " + self + "." + GeneratedNames.All + ".TryGet(key, out value);");
        var written = 0;
        foreach (var entity in entities.OrderBy(e => e.Identifier, System.StringComparer.Ordinal))
        {
            if (++written % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            writer.WriteLine();
            writer.WriteSummary(string.Format(CultureInfo.InvariantCulture, "{0}, {1} line {2}.", entity.Key, spec.FileName, entity.Line));
            writer.WriteLine("public static " + full + " " + Literals.Identifier(entity.Identifier) + " => " + self + "." + GeneratedNames.All + "[" + Literals.Int(entity.Index) + "];");
        }

        writer.CloseBlock();
    }
}
