using System.IO;

namespace PhoneRules.Cli.Tests;

/// <summary>A catalog without a schema section is read with the schema compiled into the console, so it survives new versions.</summary>
public sealed class SchemaSectionTests
{
    [Fact]
    public void CatalogWithoutSchemaSection_IsAnalysedLikeTheFullOne()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));
        var full = folder.File("full.yaml", text);
        var dataOnly = folder.File("data-only.yaml", text[(text.IndexOf("\nsettings:", System.StringComparison.Ordinal) + 1)..]);

        var fromFull = CliProcess.Run("analyze", "--catalog", full, "--format", "json");
        var fromDataOnly = CliProcess.Run("analyze", "--catalog", dataOnly, "--format", "json");

        Assert.Equal(string.Empty, fromDataOnly.Error);
        Assert.Equal(fromFull.ExitCode, fromDataOnly.ExitCode);

        // The same findings; only the file name and the lines (the schema's length shorter) differ.
        static string Shape(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"(line|column|uri|file|path|catalog)\": *(\"[^\"]*\"|[0-9]+)", "\"$1\": _");
        Assert.Contains("\"ruleId\": \"PR001\"", fromDataOnly.Output, System.StringComparison.Ordinal);
        Assert.Equal(Shape(fromFull.Output), Shape(fromDataOnly.Output));
    }
}
