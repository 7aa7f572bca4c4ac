using System.Linq;
using Microsoft.CodeAnalysis;
using Snapshooter.Xunit;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

public sealed class GeneratorOutputTests
{
    [Fact]
    public void SmallCatalog_GeneratedSource_MatchesSnapshot()
    {
        var run = GeneratorHarness.Run(Small);

        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match(run.GeneratedText);
    }

    [Fact]
    public void SmallCatalog_GeneratedCode_CompilesWithoutWarnings()
    {
        const string usage = """
            namespace Consumer;

            /// <summary>Uses the generated API.</summary>
            public static class Use
            {
                /// <summary>Reads a member.</summary>
                public static string Name() => Demo.Model.Catalog.Models.Pyongyang2425.Maker.Name;

                /// <summary>Reads a setting.</summary>
                public static int LateDays() => Demo.Model.Catalog.Settings.LateDays;
            }
            """;

        var run = GeneratorHarness.Run(Small, usage);

        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void SameInput_GivesIdenticalOutput()
    {
        var first = GeneratorHarness.Run(Small).GeneratedText;
        var second = GeneratorHarness.Run(Small).GeneratedText;

        Assert.Equal(first, second);
    }

    [Fact]
    public void DataErrorOnly_StillGeneratesTypes_SoNoCascade()
    {
        var yaml = Replace(Small, "released: 2019-10/2019-12", "released: 2019-02-30");
        const string usage = """
            namespace Consumer;

            /// <summary>Uses the generated API.</summary>
            public static class Use
            {
                /// <summary>Reads a member.</summary>
                public static Demo.Model.PhoneModel Model() => Demo.Model.Catalog.Models.Pyongyang2425;
            }
            """;

        var run = GeneratorHarness.Run(yaml, usage);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PRG006", diagnostic.Id);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void SchemaWithoutNamespaceAndData_GeneratesDefaultNamespace()
    {
        const string yaml = "schema:\n  types:\n    Thing:\n      fields:\n        name: string\n";

        var run = GeneratorHarness.Run(yaml);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("namespace CatalogModel;", run.GeneratedText, System.StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
