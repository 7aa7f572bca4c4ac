using System.Collections.Concurrent;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Model;

namespace PhoneRules.Benchmarks;

/// <summary>The catalog sizes benchmarks run on: the shipped catalog, then synthetic ones with ten sightings per model.</summary>
public static class Sizes
{
    /// <summary>The name of the shipped catalog in benchmark parameters.</summary>
    public const int Shipped = 0;

    private static readonly ConcurrentDictionary<int, CatalogData> s_catalogs = new();
    private static readonly ConcurrentDictionary<int, string> s_yaml = new();

    /// <summary>The catalog with <paramref name="models"/> models (0: the shipped one) and ten sightings per model.</summary>
    public static CatalogData Catalog(int models) =>
        s_catalogs.GetOrAdd(models, static n => n == Shipped ? PhoneRules.Model.Catalog.Data : SyntheticCatalog.Create(n, n * 10).Data);

    /// <summary>The same catalog as YAML, with one sighting per model so that 100,000 models stay near 60 MB.</summary>
    public static string Yaml(int models) =>
        s_yaml.GetOrAdd(models, static n => n == Shipped ? ShippedYaml() : SyntheticCatalog.Create(n, n).ToYaml(ShippedYaml()));

    /// <summary>The shipped catalog.yaml, copied beside the benchmarks: its schema and settings head every synthetic catalog's YAML.</summary>
    public static string ShippedYaml() => System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));
}
