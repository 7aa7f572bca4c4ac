using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhoneRules.Generator.Model;
using PhoneRules.Generator.Writers;
using PhoneRules.Schema;

namespace PhoneRules.Generator;

/// <content>Writing: specs to C# source, one writer per generated file kind (Writers/). Identical specs give identical bytes.</content>
public sealed partial class CatalogGenerator
{
    internal static class Emitter
    {
        public static void EmitSchema(SourceProductionContext output, SchemaSpec spec)
        {
            foreach (var item in spec.Enums)
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                Add(output, item.Name, EnumWriter.Write(spec.Namespace, item));
            }

            foreach (var type in spec.Types)
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                Add(output, type.Name, RecordWriter.Write(spec.Namespace, type, isEntity: true));
            }

            Add(output, GeneratedNames.SettingsClass, RecordWriter.Write(spec.Namespace, spec.Settings with { Name = GeneratedNames.SettingsClass }, isEntity: false));
            Add(output, GeneratedNames.DataClass, CatalogDataWriter.Write(spec));
        }

        public static void EmitData(SourceProductionContext output, DataSpec spec) =>
            Add(output, GeneratedNames.CatalogClass, CatalogWriter.Write(spec, output.CancellationToken));

        private static void Add(SourceProductionContext output, string typeName, string source) =>
            output.AddSource(GeneratedNames.FileName(typeName), SourceText.From(source, System.Text.Encoding.UTF8));
    }
}
