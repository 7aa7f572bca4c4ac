using PhoneRules.Generator.CSharp;
using PhoneRules.Generator.Model;

namespace PhoneRules.Generator.Writers;

/// <summary>Writes <c>&lt;Enum&gt;.g.cs</c>: one catalog enum, each value documented with its YAML name.</summary>
internal static class EnumWriter
{
    public static string Write(string ns, EnumSpec spec)
    {
        var writer = GeneratedFile.Begin(ns);
        writer.WriteSummary(spec.Doc.Length > 0 ? spec.Doc : spec.Name + ".");
        GeneratedFile.WriteGeneratedCode(writer);
        writer.OpenBlock("public enum " + Literals.Identifier(spec.Name));
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            writer.WriteSummary((member.Doc.Length > 0 ? member.Doc + "\n" : string.Empty) + "Written '" + member.Name + "'.");
            writer.WriteLine("[" + TypeRefs.WrittenAttribute + "(" + Literals.String(member.Name) + ")]");
            writer.WriteLine(Literals.Identifier(member.Identifier) + " = " + Literals.Int(i) + ",");
            if (i < spec.Members.Count - 1)
            {
                writer.WriteLine();
            }
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
