using System.IO;
using System.Linq;
using System.Text.Json;
using PhoneRules.Analysis;

namespace PhoneRules.Cli.Tests;

/// <summary><c>phonerules rules --format json</c>, with and without <c>--coverage</c>, as a script reads it.</summary>
public sealed class RulesJsonTests
{
    [Fact]
    public void Rules_Json_ListsEveryRuleWithItsWordsAndHelp()
    {
        var result = CliProcess.Run("rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleRunner.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var pr004 = rules[3];
        Assert.Equal("sanctions-exposure", pr004.GetProperty("name").GetString());
        Assert.Equal("warning", pr004.GetProperty("severity").GetString());
        Assert.Equal(RuleRunner.Rules[3].Description, pr004.GetProperty("description").GetString());
        Assert.Equal(RuleRunner.Rules[3].Tags, pr004.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("https://github.com/phonerules/phonerules/blob/main/rules/PhoneRules.Analysis/Docs/PR004.md", pr004.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void RulesCoverage_Json_CountsTheChosenCatalog()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"), Path.Combine(folder.Path, "catalog.yaml"));

        var result = CliProcess.RunIn(folder.Path, "rules", "--coverage", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("catalog.yaml", json.RootElement.GetProperty("catalog").GetString());
        Assert.False(json.RootElement.GetProperty("builtin").GetBoolean());
        var pr005 = json.RootElement.GetProperty("coverage").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PR005" && r.GetProperty("type").GetString() == "PhoneModel");
        Assert.Equal("PhoneModel", pr005.GetProperty("type").GetString());
        Assert.Equal(["manufactured", "unveiled"], pr005.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(PhoneRules.Model.Catalog.Models.All.Count(m => m.Manufactured is not null && m.Unveiled is not null), pr005.GetProperty("filled").GetInt32());
        Assert.Equal(PhoneRules.Model.Catalog.Models.All.Count, pr005.GetProperty("total").GetInt32());
    }
}
