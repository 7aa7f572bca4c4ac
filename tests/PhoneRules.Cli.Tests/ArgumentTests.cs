using System;
using System.IO;
using System.Linq;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// Arguments never reach other programs as options: a revision is verified as a commit before git sees it,
/// one starting with '-' is refused, '@file' is never a response file, and the catalog's place in its
/// repository is found through symbolic links.
/// </summary>
public sealed class ArgumentTests
{
    private static readonly string s_shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));

    [Theory]
    [InlineData("--output=x")]
    [InlineData("--output=x HEAD")]
    [InlineData("-ox")]
    [InlineData("--exec=touch x")]
    [InlineData("-p")]
    [InlineData("--upload-pack=touch x")]
    public void BaselineRev_ThatIsAnOption_IsRefusedAndNothingIsWritten(string revision)
    {
        using var folder = Repository();
        var catalog = Path.Combine(folder.Path, "catalog.yaml");
        var before = Directory.GetFileSystemEntries(folder.Path).Order(StringComparer.Ordinal).ToArray();

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", catalog, "--baseline-rev=" + revision);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: --baseline-rev '{revision}' is not a revision (a revision never starts with '-')\n", result.Error);
        Assert.Equal(before, Directory.GetFileSystemEntries(folder.Path).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("HEAD:catalog.yaml")]
    [InlineData("HEAD^{tree}")]
    [InlineData("HEAD~5")]
    public void BaselineRev_ThatIsNotACommit_IsOneLine(string revision)
    {
        using var folder = Repository();

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", Path.Combine(folder.Path, "catalog.yaml"), "--baseline-rev", revision);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: --baseline-rev '{revision}' is not a commit in the repository of '{Path.Combine(folder.Path, "catalog.yaml")}'\n", result.Error);
    }

    [Fact]
    public void BaselineRev_Empty_IsAUsageError()
    {
        using var folder = Repository();

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", "catalog.yaml", "--baseline-rev", string.Empty);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("phonerules: error: --baseline-rev needs a value; an empty one is not allowed (see 'phonerules --help')\n", result.Error);
    }

    [Theory]
    [InlineData("linked-folder/catalog.yaml")]
    [InlineData("linked-file.yaml")]
    [InlineData("linked-folder/../repo/catalog.yaml")]
    public void BaselineRev_ThroughASymbolicLink_FindsTheCatalogInItsRepository(string relative)
    {
        using var outer = new TempFolder();
        var repo = Path.Combine(outer.Path, "repo");
        Directory.CreateDirectory(repo);
        File.WriteAllText(Path.Combine(repo, "catalog.yaml"), s_shipped);
        Commit(repo);
        Directory.CreateSymbolicLink(Path.Combine(outer.Path, "linked-folder"), repo);
        File.CreateSymbolicLink(Path.Combine(outer.Path, "linked-file.yaml"), Path.Combine(repo, "catalog.yaml"));

        var result = CliProcess.RunIn(outer.Path, "analyze", "--catalog", relative, "--baseline-rev", "HEAD", "--format", "json");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"\"unchanged\": {PhoneRules.Analysis.RuleRunner.Analyze(PhoneRules.Model.Catalog.Data).Count}", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "--catalog", "@catalog.yaml")]
    [InlineData("validate", "@catalog.yaml")]
    [InlineData("catalog", "--catalog", "@catalog.yaml")]
    public void AtSign_IsAnOrdinaryFileName(params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("catalog.yaml", "--version\n");

        var result = CliProcess.RunIn(folder.Path, args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("@catalog.yaml: error PRG010: catalog file '@catalog.yaml' does not exist\n", result.Error);
    }

    [Fact]
    public void BaselineRev_CatalogLargerThanTheLimitAtThatRevision_IsPRG013AfterTheLimitPlusOneByte()
    {
        using var folder = new TempFolder();
        var catalog = Path.Combine(folder.Path, "catalog.yaml");
        using (var file = File.Create(catalog))
        {
            file.SetLength(Schema.ReaderLimits.Default.MaxFileBytes + 1); // zeros: git stores them in a few KB
        }

        Commit(folder.Path);
        File.WriteAllText(catalog, s_shipped);

        var result = CliProcess.RunIn(folder.Path, "analyze", "--catalog", catalog, "--baseline-rev", "HEAD");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"HEAD:catalog.yaml(1,1): error PRG013: the file at that revision is larger than the limit of {Schema.ReaderLimits.Default.MaxFileBytes} bytes\n", result.Error);
    }

    private static TempFolder Repository()
    {
        var folder = new TempFolder();
        folder.File("catalog.yaml", s_shipped);
        Commit(folder.Path);
        return folder;
    }

    private static void Commit(string directory)
    {
        BaselineTests.Git(directory, "init", "-q");
        BaselineTests.Git(directory, "add", "catalog.yaml");
        BaselineTests.Git(directory, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", "catalog");
    }
}
