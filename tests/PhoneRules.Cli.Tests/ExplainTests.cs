using System.IO;
using System.Linq;
using System.Text.Json;
using NJsonSchema;

namespace PhoneRules.Cli.Tests;

public sealed class ExplainTests
{
    [Fact]
    public void ExplainSubject_Fired_PrintsConditionsValuesAndSources()
    {
        var result = CliProcess.Run("explain", "PR001", "--subject", "pyongyang-2425");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("PR001 late-announcement for pyongyang-2425: fired (warning, possible)\n", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("released 2019-01~ [dnk-kr-2428]; released claim pyongyang-2425-release-seed 2018-10~ [dnk-2021-no-new, hani-2019-11]", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("index.Settings.LateAnnouncementDays = 90", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainSubject_NearMiss_AsJson()
    {
        var result = CliProcess.Run("explain", "PR005", "--subject", "pyongyang-2425", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("fired").GetBoolean());
        Assert.Equal("Dated(index, model, Manufacture) && Dated(index, model, StateMediaUnveiling)", json.RootElement.GetProperty("failedAt").GetString());
    }

    [Fact]
    public void ExplainSubject_Unknown_ExitsTwo()
    {
        var result = CliProcess.Run("explain", "PR001", "--subject", "no-such-phone");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no subject 'no-such-phone'", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeExplain_AddsReasoningInEveryFormat()
    {
        var text = CliProcess.Run("analyze", "--explain", "--rule", "PR001");
        var markdown = CliProcess.Run("analyze", "--explain", "--rule", "PR001", "--format", "markdown");
        var json = CliProcess.Run("analyze", "--explain", "--format", "json");

        Assert.Contains("      1. Dated(index, model, MarketRelease) && Dated(index, model, StateMediaUnveiling) -> true\n", text.Output, System.StringComparison.Ordinal);
        Assert.Contains("    - `Dated(index, model, MarketRelease) && Dated(index, model, StateMediaUnveiling)` is true", markdown.Output, System.StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        Assert.All(document.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("explanation").GetArrayLength() > 0));
    }

    [Fact]
    public async System.Threading.Tasks.Task AnalyzeExplain_Sarif_CarriesTheReasoning_AndStillValidates()
    {
        var result = CliProcess.Run("analyze", "--explain", "--format", "sarif", "--rule", "PR001", "PR011");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        Assert.Empty(schema.Validate(result.Output));
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Contains(" Why: ", first.GetProperty("message").GetProperty("text").GetString(), System.StringComparison.Ordinal);
        Assert.True(first.GetProperty("properties").GetProperty("explanation").GetArrayLength() > 0);
    }

    [Fact]
    public void RulesCoverage_ShowsFilledFieldsPerRule()
    {
        var result = CliProcess.Run("rules", "--coverage");

        Assert.Equal(0, result.ExitCode);
        var line = result.Output.Split('\n').Single(l => l.StartsWith("| PR005", System.StringComparison.Ordinal) && l.Contains("PhoneModel.", System.StringComparison.Ordinal));
        var filled = PhoneRules.Model.Catalog.Models.All.Count(m => m.Manufactured is not null && m.Unveiled is not null);
        Assert.Matches($@"\| PR005 \| made-before-unveiled +\| PhoneModel\.manufactured \+ unveiled +\|\s+{filled} \|\s+{PhoneRules.Model.Catalog.Models.All.Count} \|", line);
    }
}
