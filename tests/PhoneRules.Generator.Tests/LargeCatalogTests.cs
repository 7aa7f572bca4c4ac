using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// Catalogs larger than one generated method: entities are built in methods of a bounded size (so build time
/// grows linearly), and the data is the same as written, references across methods included.
/// </summary>
public sealed class LargeCatalogTests
{
    [Fact]
    public void EntitiesAcrossSeveralMethods_AreBuiltInFileOrder_WithReferencesAcrossMethods()
    {
        const int makers = 250;
        var yaml = new StringBuilder();
        for (var i = 0; i < makers; i++)
        {
            yaml.Append("    maker-").Append(i).Append(":\n      name: Maker ").Append(i).Append("\n      country: CN\n");
        }

        // The model refers to the first maker, built two methods before it.
        var catalog = Replace(Small, "    acme:\n", yaml + "    acme:\n").Replace("maker: acme", "maker: maker-0", System.StringComparison.Ordinal);

        var run = GeneratorHarness.Run(catalog);

        Assert.Empty(run.GeneratorDiagnostics);
        var catalogSource = run.Result.GeneratedSources.Single(s => s.HintName == "Catalog.g.cs").SourceText.ToString();
        var methods = (makers + 3 + Writers.CatalogWriter.EntitiesPerMethod - 1) / Writers.CatalogWriter.EntitiesPerMethod;
        Assert.Contains($"private static void __Create{methods - 1}(", catalogSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain($"private static void __Create{methods}(", catalogSource, System.StringComparison.Ordinal);

        var context = new AssemblyLoadContext("large-catalog", isCollectible: true);
        try
        {
            var assembly = Load(run.Output, context);
            var data = assembly.GetType("Demo.Model.Catalog")!.GetProperty("Data")!.GetValue(null)!;
            var keys = ((System.Collections.IEnumerable)data.GetType().GetProperty("Makers")!.GetValue(data)!).Cast<object>()
                .Select(m => (string)m.GetType().GetProperty("Key")!.GetValue(m)!).ToList();
            Assert.Equal(Enumerable.Range(0, makers).Select(i => "maker-" + i).Append("acme"), keys);

            var model = ((System.Collections.IEnumerable)data.GetType().GetProperty("Models")!.GetValue(data)!).Cast<object>().Single();
            var maker = model.GetType().GetProperty("Maker")!.GetValue(model)!;
            Assert.Equal("maker-0", maker.GetType().GetProperty("Key")!.GetValue(maker));
        }
        finally
        {
            context.Unload();
        }
    }

    private static Assembly Load(Compilation compilation, AssemblyLoadContext context)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}
