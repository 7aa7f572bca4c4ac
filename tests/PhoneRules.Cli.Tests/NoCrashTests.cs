using System;
using System.IO;
using System.Text.Json.Nodes;

namespace PhoneRules.Cli.Tests;

/// <summary>Inputs that crashed the console: each is now output (exit 0) or one line of bad input (exit 2), never a stack trace.</summary>
public sealed class NoCrashTests
{
    private static readonly string s_shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));

    [Theory]
    [InlineData("released: 2019-01~", "released: 2019-10/9999")]
    [InlineData("released: 2019-01~", "released: 0001/2019")]
    [InlineData("value-musd: 2793", "value-musd: 0")]
    [InlineData("value-musd: 2793", "value-musd: 1000000000")]
    public void Report_OnExtremeValues_WritesThePage(string from, string to)
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", Replace(s_shipped, from, to).Replace("value-musd: 539.1", to.StartsWith("value", StringComparison.Ordinal) ? to : "value-musd: 539.1", StringComparison.Ordinal));
        var output = Path.Combine(folder.Path, "report.html");

        var result = ParseTests.RunInProcess("report", "--catalog", catalog, "--output", output);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var html = File.ReadAllText(output);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
        Assert.DoesNotContain("height=\"-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogTimeline_WithADateFarAway_PrintsOneLineForTheEmptyYears()
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", Replace(s_shipped, "released: 2019-01~", "released: 9999"));

        var result = ParseTests.RunInProcess("catalog", "--catalog", catalog);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("\n  2021-9998  (none)\n  9999\n", result.Output, StringComparison.Ordinal);
        Assert.InRange(result.Output.Split('\n').Length, 1, 100);
    }

    [Theory]
    [InlineData("ruleId", null, "findings[0].ruleId: missing or not a string")]
    [InlineData("ruleId", "--output=x", "findings[0].ruleId: '--output=x' is not a rule id ('PR' and three digits)")]
    [InlineData("severity", "critical", "findings[0].severity: 'critical' is not one of note, warning, error")]
    [InlineData("confidence", "sure", "findings[0].confidence: 'sure' is not one of certain, possible")]
    [InlineData("message", null, "findings[0].message: missing or not a string")]
    public void Baseline_WithABadField_IsRefusedInEveryFormat(string field, string? value, string expected)
    {
        using var folder = new TempFolder();
        var baseline = Baseline(folder, json => json["findings"]![0]![field] = value is null ? null : JsonValue.Create(value));

        foreach (var format in new[] { "text", "json", "sarif", "markdown" })
        {
            var result = ParseTests.RunInProcess("analyze", "--baseline", baseline, "--format", format);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Equal($"phonerules: error: baseline '{baseline}': {expected}\n", result.Error);
            Assert.Equal(string.Empty, result.Output);
        }
    }

    [Fact]
    public void Baseline_WithADuplicateFinding_IsRefused()
    {
        using var folder = new TempFolder();
        var baseline = Baseline(folder, json => json["findings"]!.AsArray().Add(json["findings"]![0]!.DeepClone()));

        var result = ParseTests.RunInProcess("analyze", "--baseline", baseline);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Matches($@"^phonerules: error: baseline '.*': findings\[{PhoneRules.Analysis.RuleRunner.Analyze(PhoneRules.Model.Catalog.Data).Count}\]: the same finding as findings\[0\] \(fingerprint [0-9a-f]{{16}}\)\n$", result.Error);
    }

    [Theory]
    [InlineData("name", "other-tool", "'tool.name' is not 'phonerules'")]
    [InlineData("version", "99.0.0", "written by phonerules 99.0.0, newer than this one")]
    [InlineData("version", "latest", "'tool.version' 'latest' is not a version")]
    public void Baseline_FromAnotherToolOrVersion_IsRefused(string field, string value, string expected)
    {
        using var folder = new TempFolder();
        var baseline = Baseline(folder, json => json["tool"]![field] = value);

        var result = ParseTests.RunInProcess("analyze", "--baseline", baseline);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    public void Baseline_WithAnotherSchemaVersion_IsRefused(string version)
    {
        using var folder = new TempFolder();
        var baseline = Baseline(folder, json => json["schemaVersion"] = JsonNode.Parse(version));

        var result = ParseTests.RunInProcess("analyze", "--baseline", baseline);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: baseline '{baseline}': 'schemaVersion' {version} is not one this phonerules reads (1 to 1)\n", result.Error);
    }

    [Fact]
    public void Baseline_WithoutSchemaVersion_IsReadAsVersionOne()
    {
        using var folder = new TempFolder();
        var baseline = Baseline(folder, json => json.AsObject().Remove("schemaVersion"));

        var result = ParseTests.RunInProcess("analyze", "--baseline", baseline, "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"\"unchanged\": {PhoneRules.Analysis.RuleRunner.Analyze(PhoneRules.Model.Catalog.Data).Count}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_With500BadFindings_PrintsACappedList()
    {
        using var folder = new TempFolder();
        var baseline = Baseline(folder, json =>
        {
            var findings = json["findings"]!.AsArray();
            findings.Clear();
            for (var i = 0; i < 500; i++)
            {
                findings.Add(new JsonObject { ["ruleId"] = "PR001" });
            }
        });

        var result = ParseTests.RunInProcess("analyze", "--baseline", baseline);

        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(DiagnosticLimit.MaxLines + 1, lines.Length);
        Assert.Equal("phonerules: error: ... and 3400 more", lines[^1]);
    }

    [Fact]
    public void InternalError_ExitsThreeWithOneLine()
    {
        var console = new CliConsole(new ThrowingWriter(), new StringWriter(), outputIsTerminal: false, errorIsTerminal: false, noColor: true);
        var error = (StringWriter)console.Error;

        var code = PhoneRulesApp.Run(["rules"], console);

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Equal("phonerules: internal error: InvalidOperationException: the writer broke (please report this with the command and catalog that caused it)", error.ToString().TrimEnd());
    }

    [Fact]
    public void OutputThatCannotBeWritten_IsOneLineOfWordsNamingTheTarget()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, new string('n', 300) + ".json"); // longer than a file name may be

        var result = CliProcess.Run("schema", "--output", output);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"phonerules: error: cannot write '{output}': ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[A-Z][A-Za-z]+_[A-Za-z_]+\b", result.Error); // a resource key such as IO_PathTooLong_Path
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Output_WithTheLongestFileName_IsWritten()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, new string('n', 250) + ".json");

        var result = ParseTests.RunInProcess("schema", "--output", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([output], Directory.GetFileSystemEntries(folder.Path));
    }

    private static string Baseline(TempFolder folder, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder.Path, "baseline.json");
        Assert.Equal(ExitCodes.Ok, ParseTests.RunInProcess("analyze", "--format", "json", "--output", path).ExitCode);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer broke");

        public override void Write(string? value) => throw new InvalidOperationException("the writer broke");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer broke");
    }
}
