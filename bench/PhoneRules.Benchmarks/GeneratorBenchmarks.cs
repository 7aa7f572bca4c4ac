using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PhoneRules.Generator;

namespace PhoneRules.Benchmarks;

/// <summary>
/// The source generator as the compiler drives it: a cold run (new driver), a run after an unrelated C#
/// edit (every step cached), and a run after a one-line data edit.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(10)]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private Text _catalog = null!;
    private Text _dataEdit = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>Models in the catalog (one sighting each); 0 is the shipped catalog.</summary>
    [Params(Sizes.Shipped, 1_000, 10_000)]
    public int Models { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var yaml = Sizes.Yaml(Models);
        _catalog = new Text("/repo/catalog.yaml", yaml);
        var line = yaml.IndexOf("  conflict-min-gap-days: 1", System.StringComparison.Ordinal);
        _dataEdit = new Text("/repo/catalog.yaml", yaml.Remove(line, "  conflict-min-gap-days: 1".Length).Insert(line, "  conflict-min-gap-days: 2"));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("namespace A; internal static class First { }", s_parse)]);
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace A; internal static class Second { }", s_parse));
    }

    [Benchmark(Baseline = true, Description = "cold")]
    public GeneratorDriver Cold() => Driver().RunGenerators(_compilation);

    [IterationSetup(Targets = [nameof(UnrelatedEdit), nameof(DataEdit)])]
    public void Warm() => _warm = Driver().RunGenerators(_compilation);

    [Benchmark(Description = "after unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

    [Benchmark(Description = "after one-line data edit")]
    public GeneratorDriver DataEdit() => _warm.ReplaceAdditionalText(_catalog, _dataEdit).RunGenerators(_compilation);

    private GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new CatalogGenerator().AsSourceGenerator()],
        [_catalog],
        s_parse,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
