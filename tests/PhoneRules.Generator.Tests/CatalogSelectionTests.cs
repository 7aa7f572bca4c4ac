using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

    [Theory]
    [InlineData("max-entities=1", "PRG013", "more than 1 entity")]
    [InlineData("max-file-bytes=100", "PRG013", "over the limit of 100")]
    [InlineData("max-entities=1000000", null, null)]
    [InlineData("max-entities=one", "PRG013", "the build property PhoneRulesLimits is not valid: the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not 'one'")]
    [InlineData("max-bytes=1", "PRG013", "the build property PhoneRulesLimits is not valid: 'max-bytes' is not a reader limit; the limits are max-file-bytes, max-depth, max-scalar-length, max-entities")]
    public void TheBuildProperty_PhoneRulesLimits_SetsTheReaderLimits(string limits, string? code, string? message)
    {
        var file = new InMemoryText("/repo/catalog.yaml", TestCatalogs.Small);
        var global = new Options(new Dictionary<string, string> { ["build_property." + CatalogGenerator.LimitsProperty] = limits });
        var driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [file],
            GeneratorHarness.ParseOptions,
            new OptionsProvider(file, new Options(ImmutableDictionary<string, string>.Empty), global));

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        if (code is null)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Contains(result.GeneratedSources, s => s.HintName == "Catalog.g.cs");
        }
        else
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(code, diagnostic.Id);
            Assert.Contains(message!, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            if (message!.StartsWith("the build property", System.StringComparison.Ordinal))
            {
                // A setting the build cannot read stops the generator before the catalog is read.
                Assert.Empty(result.GeneratedSources);
            }
        }
    }
}
