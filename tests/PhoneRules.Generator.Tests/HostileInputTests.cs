using System;
using System.Linq;
using CsCheck;
using System.Text;
using Microsoft.CodeAnalysis;
using PhoneRules.Testing;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// Hostile input through the generator as the compiler runs it: it must never throw (an exception becomes
/// CS8785 and silently drops every generated type), and every problem is a PRG diagnostic in catalog.yaml.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void YamlTestSuite_EveryCase_GivesPRGDiagnosticsOrOutput_NeverAnException()
    {
        foreach (var (id, input, _) in YamlTestSuite.Cases())
        {
            var run = GeneratorHarness.Run(Encoding.UTF8.GetString(input));

            Assert.Null(run.Result.Exception);
            Assert.All(run.GeneratorDiagnostics, d =>
            {
                Assert.StartsWith("PRG", d.Id, System.StringComparison.Ordinal);
                Assert.NotEqual("PRG099", d.Id);
            });
            Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785");
            _ = id;
        }
    }

    [Fact]
    public void Property_MutatedCatalog_NeverThrowsInTheGenerator()
    {
        var original = Encoding.UTF8.GetBytes(TestCatalogs.Small);
        var generator = Gen.Int[0, original.Length - 1].SelectMany(at => Gen.Byte.Array[1, 6].Select(bytes => (byte[])[.. original.AsSpan(0, at), .. bytes, .. original.AsSpan(at)]));

        Property.Holds(
            generator,
            input =>
            {
                var run = GeneratorHarness.Run(Encoding.UTF8.GetString(input));
                return run.Result.Exception is null
                    && run.GeneratorDiagnostics.All(d => d.Id.StartsWith("PRG", System.StringComparison.Ordinal) && d.Id != "PRG099" && (d.Location == Location.None || d.Location.GetLineSpan().Path == GeneratorHarness.CatalogPath));
            },
            500);
    }

    [Fact]
    public void KeysThatLookLikeKeywordsOrNumbers_BecomeValidIdentifiers()
    {
        var yaml = TestCatalogs.Replace(TestCatalogs.Small, "    acme:\n", "    class:\n      name: C\n      country: CN\n    2425:\n      name: N\n      country: CN\n    acme:\n");
        const string usage = """
            namespace Consumer;

            /// <summary>Uses the generated API.</summary>
            public static class Use
            {
                /// <summary>Reads members.</summary>
                public static string Names() => Demo.Model.Catalog.Makers.Class.Name + Demo.Model.Catalog.Makers._2425.Name;
            }
            """;

        var run = GeneratorHarness.Run(yaml, usage);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void CrLfLineEndings_AndBom_KeepPositions()
    {
        var yaml = "\uFEFF" + TestCatalogs.Replace(TestCatalogs.Small, "maker: acme", "maker: acmee").Replace("\n", "\r\n", System.StringComparison.Ordinal);

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).GeneratorDiagnostics);

        var (line, column) = TestCatalogs.Position(TestCatalogs.Small, "maker: acme");
        Assert.Equal("PRG008", diagnostic.Id);
        Assert.Equal((line, column + 7), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
    }
}
