using System.IO;
using System.Text;

namespace PhoneRules.Cli.Tests;

/// <summary>Every kind of bad input: exit 2, one clear line per problem on stderr, no stack trace, nothing written to --output.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void MissingFile_ExitsTwoWithPRG010()
    {
        AssertBadInput(folder => Path.Combine(folder.Path, "missing.yaml"), "error PRG010: catalog file '", expectLocation: false);
    }

    [Fact]
    public void Directory_ExitsTwoWithPRG010()
    {
        AssertBadInput(folder => folder.Path, "error PRG010:", expectLocation: false);
    }

    [Fact]
    public void EmptyFile_ExitsTwoWithPRG011()
    {
        AssertBadInput(folder => folder.File("empty.yaml", string.Empty), "(1,1): error PRG011: the catalog is empty");
    }

    [Fact]
    public void InvalidUtf8_ExitsTwoWithPRG015AtLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("schema:\n  types: {}\n# caf\u00e9\n");
        bytes[^3] = 0xFF;
        AssertBadInput(folder => folder.File("latin1.yaml", bytes), "(3,6): error PRG015: invalid UTF-8 byte 0xFF");
    }

    [Fact]
    public void MalformedYaml_ExitsTwoWithPRG001AtLineAndColumn()
    {
        AssertBadInput(folder => folder.File("broken.yaml", "schema:\n  types: [\n"), "(3,1): error PRG001:");
    }

    [Fact]
    public void DifferentSchema_ExitsTwoWithPRG017SayingRebuild()
    {
        AssertBadInput(folder => folder.File("other.yaml", "schema:\n  types:\n    Thing:\n      fields:\n        name: string\n"), "(1,1): error PRG017: this file's schema differs from the one compiled into this program: its namespace is 'CatalogModel', the compiled one 'PhoneRules.Model'; remove the file's 'schema' section to read it with the compiled schema, or rebuild the program with this schema");
    }

    [Fact]
    public void DataError_ExitsTwoWithTheYamlLine()
    {
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml")).Replace("released: 2019-01~", "released: 2018-13", System.StringComparison.Ordinal);
        AssertBadInput(folder => folder.File("typo.yaml", text), "error PRG006: 'released': '2018-13' is not a calendar date");
    }

    [Fact]
    public void UnknownRule_ExitsTwo()
    {
        var result = CliProcess.Run("analyze", "--rule", "PR099");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("phonerules: error: unknown rule 'PR099'; the rules are PR001, PR002, PR003, PR004, PR005, PR006, PR007, PR008, PR009, PR010, PR011, PR012, PR013, PR014 (see 'phonerules rules')\n", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void UnknownFormat_ExitsTwoWithOneLine()
    {
        var result = CliProcess.Run("analyze", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("phonerules: error: Argument 'xml' not recognized. Must be one of: 'text', 'json', 'sarif', 'markdown', 'github' (see 'phonerules --help')\n", result.Error);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        Assert.Equal(2, CliProcess.Run("analyse").ExitCode);
    }

    [Fact]
    public void OutputInMissingDirectory_ExitsTwo()
    {
        var result = CliProcess.Run("analyze", "--output", Path.Combine(Path.GetTempPath(), "no-such-dir-" + System.Guid.NewGuid().ToString("N"), "out.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error, System.StringComparison.Ordinal);
    }

    private static void AssertBadInput(System.Func<TempFolder, string> makeCatalog, string expected, bool expectLocation = true)
    {
        using var folder = new TempFolder();
        var catalog = makeCatalog(folder);
        var output = Path.Combine(folder.Path, "out.json");

        var result = CliProcess.Run("analyze", "--catalog", catalog, "--format", "json", "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, System.StringComparison.Ordinal);
        Assert.StartsWith(catalog + (expectLocation ? "(" : ":"), result.Error, System.StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(output));
        Assert.Equal(string.Empty, result.Output);
    }
}
