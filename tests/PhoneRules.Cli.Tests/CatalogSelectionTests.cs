using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PhoneRules.Cli.Output;
using PhoneRules.Analysis;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// One rule for which catalog a command reads, seen as a user sees it: in a folder holding the analyst's own
/// catalog.yaml every command reads that file; in a folder without one every command says how to name one;
/// the catalog compiled into the tool is read only with --builtin, and then named as such.
/// </summary>
public sealed class CatalogSelectionTests : IDisposable
{
    // The starter catalog plus one model unveiled eight months after release: one PR001 finding, on late-one.
    private const string LateModel = "\n  PhoneModel:\n    late-one:\n      name: Late One\n      series: example-series\n      sold-as-domestic: true\n      released: 2019-01\n      released-by: [un-2397]\n      unveiled: 2019-09\n      unveiled-by: [un-2397]\n      confidence: medium\n      sources: [un-2397]\n";

    private readonly TempFolder _own = new();
    private readonly TempFolder _empty = new();

    public CatalogSelectionTests()
    {
        var init = CliProcess.RunIn(_own.Path, "init", ".");
        Assert.Equal(0, init.ExitCode);
        File.AppendAllText(Path.Combine(_own.Path, "catalog.yaml"), LateModel);
    }

    public void Dispose()
    {
        _own.Dispose();
        _empty.Dispose();
    }

    [Fact]
    public void Analyze_InAFolderWithItsOwnCatalog_ReadsThatCatalog()
    {
        var result = CliProcess.RunIn(_own.Path, "analyze", "--rule", "PR001");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PhoneModel late-one (catalog.yaml:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("pyongyang-2425", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (0 error, 1 warning, 0 note) in catalog.yaml\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InAFolderWithItsOwnCatalog_ReadsThatCatalog()
    {
        var result = CliProcess.RunIn(_own.Path, "explain", "PR001", "--subject", "late-one");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("PR001 late-announcement for late-one: fired (warning, certain)\n", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("Catalog: catalog.yaml\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_InAFolderWithItsOwnCatalog_ReadsThatCatalog()
    {
        var result = CliProcess.RunIn(_own.Path, "catalog");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Models in catalog.yaml", result.Output, StringComparison.Ordinal);
        Assert.Contains("| late-one | Late One |", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Pyongyang 2425", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InAFolderWithItsOwnCatalog_ReadsThatCatalog()
    {
        var result = CliProcess.RunIn(_own.Path, "report", "--output", "report.html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("wrote report.html: 1 model, 1 finding, ", result.Output, StringComparison.Ordinal);
        Assert.EndsWith(", from catalog.yaml\n", result.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_own.Path, "report.html"));
        Assert.Contains("late-one", html, StringComparison.Ordinal);
        Assert.DoesNotContain("pyongyang-2425", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCoverage_InAFolderWithItsOwnCatalog_ReadsThatCatalog()
    {
        var result = CliProcess.RunIn(_own.Path, "rules", "--coverage");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Coverage of catalog.yaml:\n", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\| PR001 \| late-announcement +\| PhoneModel\.released \+ unveiled +\| +1 \| +1 \|", result.Output);
    }

    [Theory]
    [InlineData]
    [InlineData("--catalog", "catalog.yaml")]
    [InlineData("catalog.yaml")]
    public void Validate_InAFolderWithItsOwnCatalog_ReadsThatCatalog(params string[] args)
    {
        var result = CliProcess.RunIn(_own.Path, ["validate", .. args]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("catalog.yaml: valid (4 entities of 12 types; schema matches this build)\nreader limits: " + string.Join(" ", Schema.ReaderLimits.Default.Describe()) + "\n", result.Output);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("explain", "PR001", "--subject", "late-one")]
    [InlineData("catalog")]
    [InlineData("report", "--output", "report.html")]
    [InlineData("rules", "--coverage")]
    [InlineData("validate")]
    public void EveryCommand_InAFolderWithoutACatalog_SaysHowToNameOne(params string[] args)
    {
        var result = CliProcess.RunIn(_empty.Path, args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"phonerules: error: no catalog.yaml in this folder ({_empty.Path}); name a catalog with --catalog FILE, or read the one compiled into phonerules with --builtin\n", result.Error);
        Assert.False(File.Exists(Path.Combine(_empty.Path, "report.html")));
    }

    [Fact]
    public void EveryCatalogOption_SaysWhatItDefaultsTo_AsTheRuleIs()
    {
        var root = PhoneRulesApp.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null, outputIsTerminal: false, errorIsTerminal: false, noColor: true));

        var options = root.Subcommands.SelectMany(c => c.Options).Where(o => o.Name == "--catalog").ToList();

        // Every command that reads a catalog but lsp (which reads what the editor sends) offers it.
        Assert.Equal(7, options.Count);
        Assert.All(options, o => Assert.Equal("A catalog file with the compiled schema, read at run time; - reads standard input (default: ./catalog.yaml when there is one; --builtin reads the catalog compiled into phonerules).", o.Description));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("catalog")]
    [InlineData("explain", "PR001", "--subject", "pyongyang-2425")]
    [InlineData("rules", "--coverage")]
    [InlineData("validate")]
    public void Builtin_InAFolderWithItsOwnCatalog_ReadsAndNamesTheBuiltInCatalog(params string[] args)
    {
        var result = CliProcess.RunIn(_own.Path, [.. args, "--builtin"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the built-in catalog (compiled into phonerules " + CatalogSource.Version + ")", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("late-one", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Builtin_Report_NamesTheBuiltInCatalog()
    {
        var result = CliProcess.RunIn(_own.Path, "report", "--builtin", "--output", "report.html");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(", from the built-in catalog (compiled into phonerules " + CatalogSource.Version + ")\n", result.Output, StringComparison.Ordinal);
        Assert.Contains(" in the built-in catalog (compiled into phonerules ", File.ReadAllText(Path.Combine(_own.Path, "report.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "--catalog", "catalog.yaml", "--builtin")]
    [InlineData("validate", "--catalog", "catalog.yaml", "--builtin")]
    [InlineData("analyze", "--builtin", "--baseline-rev", "HEAD")]
    public void Builtin_WithAFile_IsAUsageError(params string[] args)
    {
        var result = CliProcess.RunIn(_own.Path, args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("--builtin", result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> Formats() => new(Renderers.Formats);

    // Every format in the registry names the built-in catalog: the words where a person reads them, a flag
    // where a machine does.
    [Theory]
    [MemberData(nameof(Formats))]
    public void Builtin_EveryFormat_NamesTheBuiltInCatalog(string format)
    {
        var report = new FindingsReport("catalog.yaml", [], RuleRunner.Rules, "9.9.9") { Builtin = true };
        var file = new FindingsReport("catalog.yaml", [], RuleRunner.Rules, "9.9.9");

        var rendered = Renderers.Render(format, report);

        Assert.DoesNotContain("built-in", Renderers.Render(format, file), StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(rendered);
            Assert.True(json.RootElement.GetProperty("builtin").GetBoolean());
            Assert.False(JsonDocument.Parse(Renderers.Render(format, file)).RootElement.GetProperty("builtin").GetBoolean());
        }
        else
        {
            Assert.Contains("the built-in catalog (compiled into phonerules 9.9.9)", rendered, StringComparison.Ordinal);
        }
    }
}
