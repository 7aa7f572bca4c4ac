using System.IO;
using System.Linq;
using PhoneRules.Model;

namespace PhoneRules.Cli.Tests;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_WritesAValidStarterCatalog_TheSchema_AndTheEditorSetting()
    {
        using var folder = new TempFolder();

        var init = CliProcess.Run("init", folder.Path);
        var validate = CliProcess.RunIn(folder.Path, "validate");
        var analyze = CliProcess.RunIn(folder.Path, "analyze", "--catalog", "catalog.yaml", "--fail-on", "note");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(0, analyze.ExitCode);
        Assert.Contains("# PhoneModel:", File.ReadAllText(Path.Combine(folder.Path, "catalog.yaml")), System.StringComparison.Ordinal);
        Assert.Equal(CliProcess.Run("schema").Output, File.ReadAllText(Path.Combine(folder.Path, "catalog.schema.json")));
        Assert.Equal("{\n  \"yaml.schemas\": { \"./catalog.schema.json\": \"catalog.yaml\" }\n}\n", File.ReadAllText(Path.Combine(folder.Path, ".vscode", "settings.json")));
    }

    [Fact]
    public void Init_Starter_HasNoSchemaSection_AndSaysWhatTheShippedCatalogSays()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliProcess.Run("init", folder.Path).ExitCode);
        var path = Path.Combine(folder.Path, "catalog.yaml");

        // No schema section: the tool's own schema is used (README, "Changing the schema").
        Assert.DoesNotMatch("(?m)^schema:", File.ReadAllText(path));
        var starter = CatalogData.Load(path, out var diagnostics);
        Assert.Empty(diagnostics);
        var shipped = Catalog.Data;
        foreach (var property in typeof(CatalogSettings).GetProperties().Where(p => p.Name != nameof(CatalogSettings.Location)))
        {
            var (mine, theirs) = (property.GetValue(starter!.Settings), property.GetValue(shipped.Settings));
            Assert.Equal(theirs is ICatalogEntity e ? e.Key : theirs, mine is ICatalogEntity m ? m.Key : mine);
        }

        // Every fact the starter states is the shipped catalog's, word for word (the event's first sentence).
        var source = Assert.Single(starter!.Sources);
        Assert.Equal(shipped.Sources.Get(source.Key) with { Location = source.Location }, source);
        var sanctions = Assert.Single(starter.ContextEvents);
        var original = shipped.ContextEvents.Get(sanctions.Key);
        Assert.Equal((original.Name, original.Kind, original.Date), (sanctions.Name, sanctions.Kind, sanctions.Date));
        Assert.StartsWith(sanctions.Description, original.Description, System.StringComparison.Ordinal);
        Assert.EndsWith(".", sanctions.Description, System.StringComparison.Ordinal);
        Assert.Equal(original.Sources[0].Key, Assert.Single(sanctions.Sources).Key);
    }

    [Fact]
    public void Init_Forced_OverAnEditorsOwnSettings_KeepsThem()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".vscode"));
        var settings = folder.File(Path.Combine(".vscode", "settings.json"), "{ \"editor.tabSize\": 2 }");
        Assert.Equal(0, CliProcess.Run("init", folder.Path).ExitCode);
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"editor.tabSize\": 2", "\"editor.tabSize\": 3", System.StringComparison.Ordinal));

        var forced = CliProcess.Run("init", folder.Path, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("{\n  \"editor.tabSize\": 3,\n  \"yaml.schemas\": {\n    \"./catalog.schema.json\": \"catalog.yaml\"\n  }\n}\n", File.ReadAllText(settings));
    }

    [Fact]
    public void Init_DoesNotOverwrite_UnlessForced()
    {
        using var folder = new TempFolder();
        folder.File("catalog.yaml", "mine");

        var refused = CliProcess.Run("init", folder.Path);
        var forced = CliProcess.Run("init", folder.Path, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists; use --force to overwrite it", refused.Error, System.StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("mine", File.ReadAllText(Path.Combine(folder.Path, "catalog.yaml")));
    }

    [Fact]
    public void Init_PrintsTheExactNextCommands_AndTheyRun()
    {
        using var folder = new TempFolder();

        var init = CliProcess.RunIn(folder.Path, "init", "my-catalog");

        Assert.Equal(0, init.ExitCode);
        var next = init.Output[init.Output.IndexOf("Next:", System.StringComparison.Ordinal)..];
        Assert.Equal(
            "Next: edit my-catalog/catalog.yaml, then run:\n"
            + $"  dotnet {CliProcess.Dll} validate my-catalog/catalog.yaml\n"
            + $"  dotnet {CliProcess.Dll} analyze --catalog my-catalog/catalog.yaml\n"
            + "The editor setting applies when my-catalog is opened as the workspace folder.\n",
            next);
        // The printed commands, run from the same folder, do what they say.
        Assert.Equal(0, CliProcess.RunIn(folder.Path, "validate", "my-catalog/catalog.yaml").ExitCode);
        Assert.Equal(0, CliProcess.RunIn(folder.Path, "analyze", "--catalog", "my-catalog/catalog.yaml").ExitCode);
    }

    [Fact]
    public void Init_InTheCurrentFolder_PrintsCommandsWithoutPaths()
    {
        using var folder = new TempFolder();

        var init = CliProcess.RunIn(folder.Path, "init");

        Assert.Equal(0, init.ExitCode);
        Assert.EndsWith($"Next: edit catalog.yaml, then run:\n  dotnet {CliProcess.Dll} validate\n  dotnet {CliProcess.Dll} analyze\n", init.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my-catalog/catalog.yaml", "my-catalog/catalog.yaml")]
    [InlineData("my cat/catalog.yaml", "'my cat/catalog.yaml'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$HOME", "'$HOME'")]
    public void Shell_QuotesWhatAShellWouldReadOtherwise(string word, string expected) =>
        Assert.Equal(expected, PhoneRules.Cli.Commands.InitCommand.Shell(word));
}
