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
}
