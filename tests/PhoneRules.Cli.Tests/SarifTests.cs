using System.IO;
using System.Linq;
using System.Text.Json;
using NJsonSchema;
using Snapshooter.Xunit;

namespace PhoneRules.Cli.Tests;

public sealed class SarifTests
{
    [Fact]
    public async System.Threading.Tasks.Task Sarif_ValidatesAgainstTheSarif210Schema()
    {
        var result = CliProcess.Run("analyze", "--format", "sarif");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        var errors = schema.Validate(result.Output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Sarif_ResultsPointAtTheSubjectLineInCatalogYaml()
    {
        var result = CliProcess.Run("analyze", "--format", "sarif", "--rule", "PR001");
        var lines = File.ReadAllLines(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));

        using var json = JsonDocument.Parse(result.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal(12, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Equal("0.1.0", run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
        foreach (var item in run.GetProperty("results").EnumerateArray())
        {
            var location = item.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("catalog.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
            var key = item.GetProperty("properties").GetProperty("subjectKey").GetString();
            Assert.Equal(key + ":", lines[line - 1].Trim());
        }
    }

    [Fact]
    public void Sarif_MatchesSnapshot()
    {
        Snapshot.Match(CliProcess.Run("analyze", "--format", "sarif").Output);
    }
}
