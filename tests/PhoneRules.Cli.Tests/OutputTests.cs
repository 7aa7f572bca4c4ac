using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PhoneRules.Cli.Input;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// Outputs never destroy what they replace: regular files are replaced atomically with their mode and owner,
/// devices and FIFOs are written through, links stay links, the input catalog is never the output, no
/// temporary file survives a signal, and init is all-or-nothing. Special files are made in a temporary folder.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputTests
{
    private static readonly string s_schema = ParseTests.RunInProcess("schema").Output;

    [Fact]
    public async Task Output_Fifo_IsWrittenThroughAndStaysAFifo()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "pipe");
        Assert.True(Run("mkfifo", fifo));
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = CliProcess.Run("schema", "--output", fifo);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(s_schema, await reader.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(FileKind.Fifo, FileStat.OfLink(fifo).Kind);
    }

    [SkippableFact]
    public void Output_CharacterDevice_IsWrittenThroughAndStaysADevice()
    {
        using var folder = new TempFolder();
        var device = Path.Combine(folder.Path, "null");
        Skip.IfNot(Run("mknod", device, "c", "1", "3"), "mknod needs root (CI runs as root)");

        var result = ParseTests.RunInProcess("schema", "--output", device);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(FileKind.CharacterDevice, FileStat.OfLink(device).Kind);
        Assert.Equal(["null"], Names(folder));
    }

    [SkippableFact]
    public void Output_BlockDevice_IsRefused()
    {
        using var folder = new TempFolder();
        var device = Path.Combine(folder.Path, "disk");
        Skip.IfNot(Run("mknod", device, "b", "7", "200"), "mknod needs root (CI runs as root)");

        var result = ParseTests.RunInProcess("schema", "--output", device);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: --output '{device}' is a block device; write to a regular file, a pipe or '-'\n", result.Error);
        Assert.Equal(FileKind.BlockDevice, FileStat.OfLink(device).Kind);
    }

    [Fact]
    public void Output_SymbolicLink_StaysALinkAndItsTargetIsReplaced()
    {
        using var folder = new TempFolder();
        var target = folder.File("target.json", "old");
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, target);

        var result = ParseTests.RunInProcess("schema", "--output", link);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(FileKind.SymbolicLink, FileStat.OfLink(link).Kind);
        Assert.Equal(s_schema, File.ReadAllText(target));
        Assert.Equal(["link.json", "target.json"], Names(folder));
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead)]
    public void Output_ExistingFile_KeepsItsMode(UnixFileMode mode)
    {
        using var folder = new TempFolder();
        var path = folder.File("out.json", "old");
        File.SetUnixFileMode(path, mode);

        var result = ParseTests.RunInProcess("schema", "--output", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal(s_schema, File.ReadAllText(path));
        Assert.Equal(["out.json"], Names(folder));
    }

    [SkippableFact]
    public void Output_ExistingFile_KeepsItsOwner()
    {
        using var folder = new TempFolder();
        var path = folder.File("out.json", "old");
        Skip.IfNot(Run("chown", "1234:5678", path), "chown needs root (CI runs as root)");

        var result = ParseTests.RunInProcess("schema", "--output", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var status = FileStat.Of(path);
        Assert.Equal((1234u, 5678u), (status.Uid, status.Gid));
        Assert.Equal(s_schema, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("catalog.yaml")]
    [InlineData("link.yaml")]
    [InlineData("hard.yaml")]
    [InlineData("./sub/../catalog.yaml")]
    public void Output_TheInputCatalog_IsRefusedAndTheCatalogKept(string output)
    {
        using var folder = new TempFolder();
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));
        var catalog = folder.File("catalog.yaml", shipped);
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.yaml"), catalog);
        Assert.True(Run("ln", catalog, Path.Combine(folder.Path, "hard.yaml")));

        foreach (var args in new[] { new[] { "analyze", "--catalog", "catalog.yaml", "--output", output }, ["report", "--catalog", "catalog.yaml", "--output", output] })
        {
            var result = CliProcess.RunIn(folder.Path, args);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Equal($"phonerules: error: --output '{output}' is the input catalog; write to another file\n", result.Error);
            Assert.Equal(shipped, File.ReadAllText(catalog));
        }
    }

    [Fact]
    public void Output_Dash_IsStandardOutput()
    {
        using var folder = new TempFolder();

        var result = CliProcess.RunIn(folder.Path, "schema", "--output", "-");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(s_schema, result.Output);
        Assert.Empty(Names(folder));
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public void Signal_WhileWriting_LeavesNoTemporaryFileAndTheOldContent(string signal, int exitCode)
    {
        using var folder = new TempFolder();
        var path = folder.File("out.json", "old");
        // Through env, which puts the signals back to their defaults and then becomes dotnet (same process id):
        // a runner started as a background job (`nohup ... &`) ignores SIGINT and SIGHUP, and a child inherits that.
        var start = new ProcessStartInfo("env") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--default-signal=INT,HUP,TERM", "dotnet", CliProcess.Dll, "schema", "--output", path })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PHONERULES_TEST_HOLD_BEFORE_REPLACE"] = "1";
        using var process = Process.Start(start)!;
        var holding = process.StandardError.ReadLine();
        Assert.NotNull(holding);
        Assert.StartsWith("phonerules: holding " + Path.Combine(folder.Path, ".out.json."), holding, StringComparison.Ordinal);
        Assert.Equal(2, Names(folder).Length);

        Assert.True(Run("kill", "-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Equal(["out.json"], Names(folder));
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Theory]
    [InlineData(".vscode", false)]
    [InlineData(".vscode/settings.json", true)]
    [InlineData("catalog.schema.json", true)]
    public void Init_ThatFails_LeavesTheFolderAsItWas(string obstacle, bool obstacleIsDirectory)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "new");
        Directory.CreateDirectory(target);
        var blocked = Path.Combine(target, obstacle);
        if (obstacleIsDirectory)
        {
            Directory.CreateDirectory(blocked);
        }
        else
        {
            File.WriteAllText(blocked, "mine");
        }

        var before = Directory.GetFileSystemEntries(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var result = ParseTests.RunInProcess("init", target, "--force");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(before, Directory.GetFileSystemEntries(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Init_WithEditorSettings_MergesTheMappingAndKeepsEverythingElse()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".vscode"));
        var settings = folder.File(Path.Combine(".vscode", "settings.json"), "{ \"editor.tabSize\": 2, \"yaml.schemas\": { \"other.json\": \"other.yaml\" }, \"files.exclude\": { \"**/bin\": true } }");

        var result = ParseTests.RunInProcess("init", folder.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(settings));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("editor.tabSize").GetInt32());
        Assert.True(root.GetProperty("files.exclude").GetProperty("**/bin").GetBoolean());
        Assert.Equal("other.yaml", root.GetProperty("yaml.schemas").GetProperty("other.json").GetString());
        Assert.Equal("catalog.yaml", root.GetProperty("yaml.schemas").GetProperty("./catalog.schema.json").GetString());
    }

    [Theory]
    [InlineData("{\n  // mine\n  \"editor.tabSize\": 2\n}\n")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"yaml.schemas\": [\"x\"] }")]
    [InlineData("not json")]
    public void Init_WithEditorSettingsItCannotMergeSafely_WritesNothing(string content)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".vscode"));
        var settings = folder.File(Path.Combine(".vscode", "settings.json"), content);

        var result = ParseTests.RunInProcess("init", folder.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("yourself", result.Error, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(settings));
        Assert.Equal([".vscode"], Names(folder));
    }

    [Fact]
    public void Init_InAMissingFolder_ThatFails_RemovesTheFoldersItMade()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "a", "b");
        Directory.CreateDirectory(Path.Combine(target, "catalog.yaml"));
        Directory.Delete(Path.Combine(target, "catalog.yaml"));
        Directory.Delete(target);
        File.WriteAllText(target, "a file where the folder would go");

        var result = ParseTests.RunInProcess("init", Path.Combine(target, "c"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(["a"], Names(folder));
        Assert.Equal(["b"], Directory.GetFileSystemEntries(Path.Combine(folder.Path, "a")).Select(p => Path.GetFileName(p)!).ToArray());
    }

    private static string[] Names(TempFolder folder) =>
        Directory.GetFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();

    private static bool Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
