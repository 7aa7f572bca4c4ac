using System.IO;

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
