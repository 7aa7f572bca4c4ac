using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PhoneRules.Generator.Tests;

/// <summary>Runs the generator in memory, as the compiler would, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public const string CatalogPath = "/repo/catalog.yaml";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
        Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(FuzzyDate).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver CreateDriver(params AdditionalText[] files) => CSharpGeneratorDriver.Create(
        new[] { new CatalogGenerator().AsSourceGenerator() },
        files,
        ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static RunOutput Run(string yaml, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(new InMemoryText(CatalogPath, yaml))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new RunOutput(driver, output, generatorDiagnostics);
    }

    internal sealed record RunOutput(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

        /// <summary>Every generated file, in hint-name order, each under a header line.</summary>
        public string GeneratedText => string.Join(
            "\n",
            Result.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal)
                .Select(s => "//// " + s.HintName + "\n" + s.SourceText));
    }
}

/// <summary>An AdditionalText held in memory.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
