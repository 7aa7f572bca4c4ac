using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhoneRules.Generator.Helpers;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

public sealed class IncrementalTests
{
    private static readonly string[] s_allSteps =
    {
        TrackingNames.CatalogFile, TrackingNames.CatalogFiles, TrackingNames.BuildSettings, TrackingNames.ParsedCatalog,
        TrackingNames.SchemaSpec, TrackingNames.DataSpec, TrackingNames.Diagnostics,
    };

    [Fact]
    public void UnrelatedCSharpEdit_LeavesEveryStepCached()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace A; internal static class First { }");
        var driver = GeneratorHarness.CreateDriver(new InMemoryText(GeneratorHarness.CatalogPath, Small)).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace A; internal static class Second { }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        foreach (var step in s_allSteps)
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void DataEdit_RerunsData_LeavesSchemaUnchanged()
    {
        var original = new InMemoryText(GeneratorHarness.CatalogPath, Small);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(original).RunGenerators(compilation);

        var edited = new InMemoryText(GeneratorHarness.CatalogPath, Replace(Small, "name: Acme", "name: Acme Ltd"));
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.ParsedCatalog));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.SchemaSpec));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.DataSpec));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.Diagnostics));
        Assert.Contains("Acme Ltd", result.GeneratedSources.Single(s => s.HintName == "Catalog.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AsText_AnUnrelatedEditLeavesEveryStepCached_AndADataEditRerunsOnlyTheData()
    {
        var original = new InMemoryText(GeneratorHarness.CatalogPath, Small);
        var global = new Options(new System.Collections.Generic.Dictionary<string, string> { ["build_property." + CatalogGenerator.MaxNamedEntitiesProperty] = "0" });
        var compilation = GeneratorHarness.CreateCompilation("namespace A; internal static class First { }");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [original],
            GeneratorHarness.ParseOptions,
            new OptionsProvider(original, Options.Empty, global),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace A; internal static class Second { }", GeneratorHarness.ParseOptions)));

        var unrelated = driver.GetRunResult().Results.Single();
        Assert.All(unrelated.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var edited = new InMemoryText(GeneratorHarness.CatalogPath, Replace(Small, "name: Acme", "name: Acme Ltd"));
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.SchemaSpec));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.DataSpec));
        Assert.Contains("u8.CopyTo(", result.GeneratedSources.Single(s => s.HintName == "Catalog.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void DocOnlySchemaEdit_RegeneratesTypes()
    {
        var original = new InMemoryText(GeneratorHarness.CatalogPath, Small);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(original).RunGenerators(compilation);

        var edited = new InMemoryText(GeneratorHarness.CatalogPath, Replace(Small, "doc: A phone.", "doc: A smartphone."));
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.SchemaSpec));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.DataSpec));
    }

    [Fact]
    public void PipelineModels_HoldNoSymbolsOrCompilations()
    {
        var run = GeneratorHarness.Run(Small);

        foreach (var step in s_allSteps)
        {
            foreach (var output in run.Result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, 0);
            }
        }
    }

    private static IncrementalStepRunReason Reason(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Single().Reason;

    private static void AssertNoRoslynObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SemanticModel, $"{step} holds a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), step, depth + 1);
        }
    }
}
