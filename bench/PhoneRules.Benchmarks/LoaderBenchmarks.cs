using BenchmarkDotNet.Attributes;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Benchmarks;

/// <summary>The runtime loader: YAML text to a validated document, and the document to typed records.</summary>
[MemoryDiagnoser]

public class LoaderBenchmarks
{
    private static readonly ReaderLimits s_limits = new() { MaxFileBytes = 256L << 20 };
    private string _yaml = string.Empty;
    private CatalogDocument? _document;

    /// <summary>Models in the catalog (one sighting each); 0 is the shipped catalog.</summary>
    [Params(Sizes.Shipped, 1_000, 10_000, 100_000)]
    public int Models { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _yaml = Sizes.Yaml(Models);
        _document = CatalogReader.ReadText(_yaml, "catalog.yaml", s_limits).Document;
    }

    [Benchmark(Baseline = true, Description = "read and validate")]
    public CatalogReadResult Read() => CatalogReader.ReadText(_yaml, "catalog.yaml", s_limits);

    [Benchmark(Description = "typed records")]
    public CatalogData Records() => CatalogData.FromDocument(_document!);
}
