using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PhoneRules.Testing;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// Which AdditionalFiles the generator reads: catalog.yaml by name, or a file of any name marked
/// PhoneRulesCatalog="true" (an item's metadata, which the package's targets make visible to the compiler).
/// </summary>
public sealed class CatalogSelectionTests
{
    [Theory]
    [InlineData("/repo/data/lighthouses.yaml", "true", true)]
    [InlineData("/repo/data/lighthouses.yaml", "True", true)]
    [InlineData("/repo/data/lighthouses.yaml", null, false)]
    [InlineData("/repo/catalog.yaml", null, true)]
    [InlineData("/repo/catalog.yaml", "false", false)]
    [InlineData("/repo/CATALOG.YAML", null, true)]
    public void AFile_IsReadWhenNamedCatalogYamlOrMarked(string path, string? marked, bool read)
    {
        var file = new InMemoryText(path, TestCatalogs.Small);
        var options = new Options(marked is null ? [] : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PhoneRulesCatalog"] = marked });
        var driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [file],
            GeneratorHarness.ParseOptions,
            new OptionsProvider(file, options));

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        if (read)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Contains(result.GeneratedSources, s => s.HintName == "Catalog.g.cs");
        }
        else
        {
            Assert.Empty(result.GeneratedSources);
            Assert.Equal("PRG010", Assert.Single(result.Diagnostics).Id);
        }
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }

    private sealed class OptionsProvider(AdditionalText file, AnalyzerConfigOptions options) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options s_empty = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => s_empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ReferenceEquals(textFile, file) ? options : s_empty;
    }
}
