using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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

    /// <summary>Runs the generator on <paramref name="yaml"/> in a build that sets the MSBuild properties given (name to value).</summary>
    public static RunOutput Run(string yaml, IReadOnlyDictionary<string, string> buildProperties, CSharpParseOptions? parseOptions = null)
    {
        var file = new InMemoryText(CatalogPath, yaml);
        var global = new Options(buildProperties.ToDictionary(p => "build_property." + p.Key, p => p.Value, System.StringComparer.Ordinal));
        var driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [file],
            parseOptions ?? ParseOptions,
            new OptionsProvider(file, Options.Empty, global),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var generatorDiagnostics);
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

/// <summary>Analyzer config options from a dictionary (MSBuild properties and item metadata as the compiler sees them).</summary>
internal sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

    public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
        values.TryGetValue(key, out value);
}

/// <summary>Options for one AdditionalText, and global options (the build's properties).</summary>
internal sealed class OptionsProvider(AdditionalText file, AnalyzerConfigOptions options, AnalyzerConfigOptions? global = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions => global ?? Options.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ReferenceEquals(textFile, file) ? options : Options.Empty;
}

/// <summary>An AdditionalText held in memory.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
