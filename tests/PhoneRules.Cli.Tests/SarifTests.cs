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
        var result = OutsideGit("analyze", "--format", "sarif");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        var errors = schema.Validate(result.Output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Sarif_ResultsPointAtTheSubjectLineInCatalogYaml()
    {
        var result = OutsideGit("analyze", "--format", "sarif", "--rule", "PR001");
        var lines = File.ReadAllLines(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));

        using var json = JsonDocument.Parse(result.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal(PhoneRules.Analysis.RuleRunner.Rules.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
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
        Snapshot.Match(OutsideGit("analyze", "--format", "sarif").Output);
    }

    [Fact]
    public async System.Threading.Tasks.Task Sarif_CatalogInARepository_HasRepositoryRelativeUrisAndRuleHelp()
    {
        using var repository = new TempFolder();
        Directory.CreateDirectory(Path.Combine(repository.Path, "data"));
        File.Copy(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"), Path.Combine(repository.Path, "data", "catalog.yaml"));
        BaselineTests.Git(repository.Path, "init", "-q");
        using var elsewhere = new TempFolder();
        var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        var result = CliProcess.RunIn(elsewhere.Path, "analyze", "--catalog", Path.Combine(repository.Path, "data", "catalog.yaml"), "--format", "sarif", "--rule", "PR001");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(schema.Validate(result.Output).Select(e => e.ToString()));
        using var json = JsonDocument.Parse(result.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal(new System.Uri(repository.Path + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        var artifact = run.GetProperty("artifacts")[0].GetProperty("location");
        Assert.Equal("data/catalog.yaml", artifact.GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        Assert.All(run.GetProperty("results").EnumerateArray(), r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal("data/catalog.yaml", location.GetProperty("uri").GetString());
            Assert.Equal("SRCROOT", location.GetProperty("uriBaseId").GetString());
        });
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://github.com/phonerules/phonerules", driver.GetProperty("informationUri").GetString());
        var rule = driver.GetProperty("rules")[0];
        Assert.Equal("https://github.com/phonerules/phonerules/blob/main/rules/PhoneRules.Analysis/Docs/PR001.md", rule.GetProperty("helpUri").GetString());
        Assert.StartsWith("# PR001 late-announcement (warning)\n\nState media unveiled a model long after it went on sale.", rule.GetProperty("help").GetProperty("markdown").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(PhoneRules.Analysis.RuleDocs.Get(PhoneRules.Analysis.RuleRunner.Rules[0]), rule.GetProperty("help").GetProperty("text").GetString());
    }

    [Fact]
    public void Github_CatalogInARepository_NamesTheFileFromTheRepositoryRoot()
    {
        using var repository = new TempFolder();
        Directory.CreateDirectory(Path.Combine(repository.Path, "data"));
        File.Copy(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"), Path.Combine(repository.Path, "data", "catalog.yaml"));
        BaselineTests.Git(repository.Path, "init", "-q");

        var result = CliProcess.RunIn(Path.Combine(repository.Path, "data"), "analyze", "--format", "github", "--rule", "PR005");

        Assert.Equal(0, result.ExitCode);
        var shipped = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"));
        Assert.StartsWith($"::notice file=data/catalog.yaml,line={GithubFormatTests.KeyLine(shipped, "chollyong-201")},col=5,title=PR005 made-before-unveiled::", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_AbsolutePathOutsideARepository_IsAFileUri()
    {
        using var folder = new TempFolder();
        var catalog = Path.Combine(folder.Path, "catalog.yaml");
        File.Copy(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"), catalog);

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", catalog, "--format", "sarif", "--rule", "PR005");

        using var json = JsonDocument.Parse(result.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
        Assert.Equal(new System.Uri(catalog).AbsoluteUri, run.GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString());
    }

    // The shipped catalog, copied into a folder that is in no git repository: URIs are as the user named them.
    internal static CliProcess.Result OutsideGit(params string[] args)
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"), Path.Combine(folder.Path, "catalog.yaml"));
        return CliProcess.RunIn(folder.Path, args);
    }
}
