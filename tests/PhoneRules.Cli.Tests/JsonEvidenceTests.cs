using System.Linq;
using System.Text.Json;

namespace PhoneRules.Cli.Tests;

/// <summary>The JSON output's evidence is structured (a date's interval beside its text) and written without needless escapes.</summary>
public sealed class JsonEvidenceTests
{
    [Fact]
    public void Analyze_Json_DatesCarryMinMaxAndQualified()
    {
        var result = ParseTests.RunInProcess("analyze", "--builtin", "--format", "json", "--rule", "PR001");

        using var json = JsonDocument.Parse(result.Output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("subject").GetProperty("key").GetString() == "pyongyang-2425");
        var evidence = finding.GetProperty("evidence").EnumerateArray().ToList();
        var released = evidence.Single(e => e.GetProperty("field").GetString() == "released");
        Assert.Equal("2019-01~", released.GetProperty("value").GetString());
        Assert.Equal("2018-12-01", released.GetProperty("min").GetString());
        Assert.Equal("2019-02-28", released.GetProperty("max").GetString());
        Assert.True(released.GetProperty("qualified").GetBoolean());
        Assert.Equal(["dnk-kr-2428"], released.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var threshold = evidence.Single(e => e.GetProperty("field").GetString() == "late-announcement-days");
        Assert.False(threshold.TryGetProperty("min", out _));
    }

    [Fact]
    public void Analyze_Json_WritesApostrophesAsThemselves()
    {
        var result = ParseTests.RunInProcess("analyze", "--builtin", "--format", "json", "--rule", "PR013");

        Assert.Contains("Sources give Chollyong 201's name as \\\"Chollyong 21\\\"", result.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", result.Output, System.StringComparison.Ordinal);
    }
}
