using System.Linq;
using System.Reflection;
using NetArchTest.Rules;

namespace PhoneRules.Architecture.Tests;

/// <summary>
/// Each layer knows only what sits below it: Schema (the format) ← Generator; Schema ← Model (generated) ←
/// Analysis (rules, findings as values) ← Cli (words, colours, formats). Checked on the built assemblies.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly s_schema = typeof(PhoneRules.Schema.CatalogReader).Assembly;
    private static readonly Assembly s_generator = typeof(PhoneRules.Generator.CatalogGenerator).Assembly;
    private static readonly Assembly s_model = typeof(PhoneRules.Model.Catalog).Assembly;
    private static readonly Assembly s_analysis = typeof(PhoneRules.Analysis.RuleRunner).Assembly;
    private static readonly Assembly s_cli = Assembly.Load("phonerules");

    [Fact]
    public void FormatLibrary_KnowsNothingAboveIt() =>
        AssertNone(s_schema, "PhoneRules.Model", "PhoneRules.Analysis", "PhoneRules.Cli", "PhoneRules.Generator", "Microsoft.CodeAnalysis", "NRules");

    [Fact]
    public void Generator_KnowsOnlyTheFormatLibrary() =>
        AssertNone(s_generator, "PhoneRules.Model", "PhoneRules.Analysis", "PhoneRules.Cli", "NRules");

    [Fact]
    public void Model_IsDataOnly() =>
        AssertNone(s_model, "PhoneRules.Analysis", "PhoneRules.Cli", "NRules", "System.Text.Json");

    [Fact]
    public void AnalysisLayer_KnowsNoWordsColoursOrFormats() =>
        AssertNone(s_analysis, "PhoneRules.Cli", "System.Text.Json", "Spectre.Console", "YamlDotNet", "PhoneRules.Schema.Yaml");

    [Fact]
    public void Console_ReadsCatalogsOnlyThroughThePublicReader() =>
        AssertNone(s_cli, "PhoneRules.Schema.Yaml", "PhoneRules.Schema.Runtime", "YamlDotNet");

    [Fact]
    public void YamlReader_IsInternal()
    {
        var result = Types.InAssembly(s_schema).That().ResideInNamespace("PhoneRules.Schema.Yaml").Should().NotBePublic().GetResult();

        Assert.True(result.IsSuccessful, "public in PhoneRules.Schema.Yaml: " + string.Join(", ", result.FailingTypeNames ?? Enumerable.Empty<string>()));
    }

    [Fact]
    public void AssemblyReferences_PointDown()
    {
        Assert.DoesNotContain(s_schema.GetReferencedAssemblies(), a => a.Name is "PhoneRules.Model" or "PhoneRules.Analysis" or "phonerules");
        Assert.DoesNotContain(s_analysis.GetReferencedAssemblies(), a => a.Name is "phonerules" or "System.Text.Json" or "Spectre.Console");
        Assert.Contains(s_analysis.GetReferencedAssemblies(), a => a.Name == "PhoneRules.Model");
    }

    private static void AssertNone(Assembly assembly, params string[] namespaces)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(namespaces).GetResult();

        Assert.True(result.IsSuccessful, $"{assembly.GetName().Name} depends on one of {string.Join(", ", namespaces)}: {string.Join(", ", result.FailingTypeNames ?? Enumerable.Empty<string>())}");
    }
}
