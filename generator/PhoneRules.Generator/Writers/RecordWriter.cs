using PhoneRules.Generator.CSharp;
using PhoneRules.Generator.Model;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Writers;

/// <summary>Writes <c>&lt;Type&gt;.g.cs</c> (one sealed record per schema type) and <c>CatalogSettings.g.cs</c>.</summary>
internal static class RecordWriter
{
    public static string Write(string ns, TypeSpec spec, bool isEntity)
    {
        var writer = GeneratedFile.Begin(ns);
        writer.WriteSummary(spec.Doc.Length > 0 ? spec.Doc : spec.Name + ".");
        GeneratedFile.WriteGeneratedCode(writer);
        writer.OpenBlock("public sealed partial record " + Literals.Identifier(spec.Name) + (isEntity ? " : " + TypeRefs.ICatalogEntity : string.Empty));
        if (isEntity)
        {
            writer.WriteSummary("The stable key of this entity in the catalog.");
            writer.WriteLine("public string " + GeneratedNames.Key + " { get; init; } = string.Empty;");
            writer.WriteLine();
        }

        writer.WriteSummary(isEntity ? "Where this entity's key is written in the catalog file." : "Where the settings are written in the catalog file.");
        writer.WriteLine("public " + TypeRefs.CatalogLocation + " " + GeneratedNames.Location + " { get; init; }");
        foreach (var field in spec.Fields)
        {
            writer.WriteLine();
            var doc = field.Doc.Length > 0 ? field.Doc : field.Identifier + ".";
            writer.WriteSummary(doc + (field.IsRequired ? string.Empty : "\nOptional.") + "\nWritten '" + field.Name + "'.");
            writer.WriteLine("[" + TypeRefs.WrittenAttribute + "(" + Literals.String(field.Name) + ")]");
            if (field.RequiresIdentifier is { } required)
            {
                writer.WriteLine("[" + TypeRefs.RequiresAttribute + "(nameof(" + Literals.Identifier(required) + "))]");
            }

            writer.WriteLine("public " + PropertyType(ns, field) + " " + Literals.Identifier(field.Identifier) + " { get; init; }" + Initializer(ns, field));
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>Whether values of <paramref name="kind"/> are references (nullable with <c>?</c> without Nullable&lt;T&gt;).</summary>
    public static bool IsReferenceType(FieldKind kind) => kind is FieldKind.String or FieldKind.Url or FieldKind.Reference;

    private static string PropertyType(string ns, FieldSpec field)
    {
        var element = ValueWriter.ElementType(ns, field.Kind, field.TargetName);
        if (field.IsList)
        {
            return TypeRefs.IReadOnlyList + "<" + element + ">";
        }

        return field.IsRequired ? element : element + "?";
    }

    private static string Initializer(string ns, FieldSpec field)
    {
        if (field.IsList)
        {
            return " = " + TypeRefs.Array + ".Empty<" + ValueWriter.ElementType(ns, field.Kind, field.TargetName) + ">();";
        }

        return field.IsRequired && IsReferenceType(field.Kind) ? " = default!;" : string.Empty;
    }
}
