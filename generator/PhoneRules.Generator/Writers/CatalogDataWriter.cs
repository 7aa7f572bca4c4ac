using System.Linq;
using PhoneRules.Generator.CSharp;
using PhoneRules.Generator.Helpers;
using PhoneRules.Generator.Model;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Writers;

/// <summary>
/// Writes <c>CatalogData.g.cs</c>: a whole catalog as an object, its constructor, <c>Load</c> (the run-time
/// reader) and <c>FromDocument</c>, with one private factory per type. Private names start with
/// <see cref="GeneratedNames.HelperPrefix"/>; members are reached through <c>global::</c>-qualified names.
/// </summary>
internal static class CatalogDataWriter
{
    private const string Document = "document";
    private const string Entity = GeneratedNames.HelperPrefix + "entity";
    private const string Built = GeneratedNames.HelperPrefix + "built";
    private const string Item = GeneratedNames.HelperPrefix + "item";
    private const string Value = GeneratedNames.HelperPrefix + "value";
    private const string SettingsLocal = GeneratedNames.HelperPrefix + "settings";
    private const string CreateSettings = GeneratedNames.HelperPrefix + "Create" + GeneratedNames.SettingsClass;

    public static string Write(SchemaSpec spec)
    {
        var ns = spec.Namespace;
        var self = TypeRefs.InSchema(ns, GeneratedNames.DataClass);
        var settingsType = TypeRefs.InSchema(ns, GeneratedNames.SettingsClass);
        var writer = GeneratedFile.Begin(ns);
        writer.WriteSummary("A whole catalog: the settings and every entity, by type. Catalog.Data is the one compiled from the catalog file; Load reads another file with the same schema at run time.");
        GeneratedFile.WriteGeneratedCode(writer);
        writer.OpenBlock("public sealed partial class " + GeneratedNames.DataClass);
        writer.WriteSummary("A hash of the schema this code was generated from; a file with another schema is rejected with PRG017.");
        writer.WriteLine("public const string " + GeneratedNames.SchemaFingerprint + " = " + Literals.String(spec.Fingerprint) + ";");
        writer.WriteLine();
        writer.WriteSummary("The schema section this code was generated from: a catalog loaded without a schema section of its own is read with it.");
        writer.WriteLine("public const string " + GeneratedNames.SchemaText + " = " + Literals.String(spec.Text) + ";");
        writer.WriteLine();

        writer.WriteSummary("Creates a catalog from its parts.");
        var parameters = string.Concat(spec.Types.Select(t => ", " + TypeRefs.EntityList(TypeRefs.InSchema(ns, t.Name)) + " " + Parameter(t.Plural)));
        writer.OpenBlock("public " + GeneratedNames.DataClass + "(string sourcePath, " + settingsType + " settings" + parameters + ")");
        writer.WriteLine("this." + GeneratedNames.SourcePath + " = sourcePath;");
        writer.WriteLine("this." + GeneratedNames.Settings + " = settings;");
        foreach (var type in spec.Types)
        {
            writer.WriteLine("this." + Literals.Identifier(type.Plural) + " = " + Parameter(type.Plural) + ";");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteSummary("The catalog file this data was read from, as given.");
        writer.WriteLine("public string " + GeneratedNames.SourcePath + " { get; }");
        writer.WriteLine();
        writer.WriteSummary("The settings (rule thresholds and other values).");
        writer.WriteLine("public " + settingsType + " " + GeneratedNames.Settings + " { get; }");
        foreach (var type in spec.Types)
        {
            writer.WriteLine();
            writer.WriteSummary("Every " + type.Name + ", in file order.");
            writer.WriteLine("public " + TypeRefs.EntityList(TypeRefs.InSchema(ns, type.Name)) + " " + Literals.Identifier(type.Plural) + " { get; }");
        }

        writer.WriteLine();
        writer.WriteSummary("Every entity of every type, types in schema order, entities in file order.");
        writer.OpenBlock("public " + TypeRefs.IEnumerable + "<" + TypeRefs.ICatalogEntity + "> " + GeneratedNames.Entities);
        writer.OpenBlock("get");
        foreach (var type in spec.Types)
        {
            writer.WriteLine("foreach (var " + Item + " in this." + Literals.Identifier(type.Plural) + ") yield return " + Item + ";");
        }

        if (spec.Types.Count == 0)
        {
            writer.WriteLine("yield break;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteSummary("Reads a catalog file at run time through the same validation as the build; a file without a schema section is read with this one. Returns null, with every problem in diagnostics, when the file is invalid or its schema differs from this one.");
        writer.OpenBlock("public static " + self + "? " + GeneratedNames.Load + "(string path, out " + TypeRefs.IReadOnlyList + "<" + TypeRefs.CatalogDiagnostic + "> diagnostics, " + TypeRefs.ReaderLimits + "? limits = null)");
        writer.WriteLine("var " + GeneratedNames.HelperPrefix + "document = " + TypeRefs.CatalogReader + ".ReadMatching(path, " + self + "." + GeneratedNames.SchemaFingerprint + ", " + self + "." + GeneratedNames.SchemaText + ", limits, out diagnostics);");
        writer.WriteLine("return " + GeneratedNames.HelperPrefix + "document is null ? null : " + self + "." + GeneratedNames.FromDocument + "(" + GeneratedNames.HelperPrefix + "document);");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteSummary("Builds typed records from a validated document whose schema is this one.");
        writer.OpenBlock("public static " + self + " " + GeneratedNames.FromDocument + "(" + TypeRefs.CatalogDocument + " " + Document + ")");
        writer.OpenBlock("if (" + Document + ".Schema.Fingerprint != " + self + "." + GeneratedNames.SchemaFingerprint + ")");
        writer.WriteLine("throw new " + TypeRefs.ArgumentException + "(\"The document's schema differs from the compiled schema; rebuild with that schema.\", nameof(" + Document + "));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var " + Built + " = new " + TypeRefs.BuiltRecords + "(" + Document + ");");
        writer.OpenBlock("foreach (var " + Entity + " in " + Document + ".EntitiesInDependencyOrder)");
        writer.OpenBlock(Built + ".Add(" + Entity + ", " + Entity + ".Type.Name switch");
        foreach (var type in spec.Types)
        {
            writer.WriteLine(Literals.String(type.Name) + " => " + Factory(type.Name) + "(" + Entity + ", " + Built + "),");
        }

        writer.WriteLine("_ => throw new " + TypeRefs.ArgumentException + "(\"Unknown type \" + " + Entity + ".Type.Name, nameof(" + Document + ")),");
        writer.CloseBlock("});");
        writer.CloseBlock();
        writer.WriteLine();
        foreach (var type in spec.Types)
        {
            writer.WriteLine("var " + ValueWriter.EntityArray(type.Plural) + " = new " + TypeRefs.List + "<" + TypeRefs.InSchema(ns, type.Name) + ">();");
        }

        writer.OpenBlock("foreach (var " + Entity + " in " + Document + ".Entities)");
        writer.OpenBlock("switch (" + Built + "[" + Entity + "])");
        foreach (var type in spec.Types)
        {
            writer.WriteLine("case " + TypeRefs.InSchema(ns, type.Name) + " " + Item + ": " + ValueWriter.EntityArray(type.Plural) + ".Add(" + Item + "); break;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var " + SettingsLocal + " = " + CreateSettings + "(" + Document + ".Settings, " + Built + ");");
        var arguments = string.Concat(spec.Types.Select(t => ", new " + TypeRefs.EntityList(TypeRefs.InSchema(ns, t.Name)) + "(" + ValueWriter.EntityArray(t.Plural) + ")"));
        writer.WriteLine("return new " + self + "(" + Document + ".FilePath, " + SettingsLocal + arguments + ");");
        writer.CloseBlock();

        foreach (var type in spec.Types)
        {
            writer.WriteLine();
            WriteFactory(writer, ns, type, TypeRefs.InSchema(ns, type.Name), Factory(type.Name), isEntity: true);
        }

        writer.WriteLine();
        WriteFactory(writer, ns, spec.Settings, settingsType, CreateSettings, isEntity: false);
        writer.CloseBlock();
        return writer.ToString();
    }

    private static string Parameter(string plural) => Literals.Identifier(char.ToLowerInvariant(plural[0]) + plural.Substring(1));

    private static string Factory(string typeName) => GeneratedNames.HelperPrefix + "Create" + Literals.Identifier(typeName);

    private static void WriteFactory(SourceWriter writer, string ns, TypeSpec type, string typeRef, string name, bool isEntity)
    {
        writer.OpenBlock("private static " + typeRef + " " + name + "(" + TypeRefs.EntityRecord + " " + Entity + ", " + TypeRefs.BuiltRecords + " " + Built + ")");
        writer.WriteLine("_ = " + Built + ";");
        writer.OpenBlock("return new " + typeRef);
        if (isEntity)
        {
            writer.WriteLine(GeneratedNames.Key + " = " + Entity + ".Key,");
        }

        writer.WriteLine(GeneratedNames.Location + " = " + TypeRefs.RecordBuilder + ".Location(" + Entity + "),");
        foreach (var field in type.Fields)
        {
            var convert = Converter(ns, field);
            var method = field.IsList ? "List" : field.IsRequired ? "Required" : RecordWriter.IsReferenceType(field.Kind) ? "OptionalReference" : "OptionalValue";
            writer.WriteLine(Literals.Identifier(field.Identifier) + " = " + TypeRefs.RecordBuilder + "." + method + "(" + Entity + ", " + Literals.String(field.Name) + ", " + convert + "),");
        }

        writer.CloseBlock("};");
        writer.CloseBlock();
    }

    private static string Converter(string ns, FieldSpec field)
    {
        var type = ValueWriter.ElementType(ns, field.Kind, field.TargetName);
        return field.Kind switch
        {
            FieldKind.Date => "static " + Value + " => " + TypeRefs.DateOnly + ".FromDateTime((" + TypeRefs.DateTime + ")" + Value + ")",
            FieldKind.Enum => "static " + Value + " => (" + type + ")(int)" + Value,
            FieldKind.Reference => Value + " => (" + type + ")" + Built + "[(" + TypeRefs.EntityRecord + ")" + Value + "]",
            _ => "static " + Value + " => (" + type + ")" + Value,
        };
    }
}
