using System.IO;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Cli.Tests;

/// <summary>The console reports the line an editor shows, whichever line breaks the catalog uses.</summary>
public sealed class LineBreakTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ErrorInShippedCatalog_IsReportedAtTheEditorsLine(string lineBreak)
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"))
            .Replace("released: 2019-01~", "released: 2018-13", System.StringComparison.Ordinal)
            .Replace("\n", lineBreak, System.StringComparison.Ordinal);
        var catalog = folder.File("catalog.yaml", text);
        var (line, column) = Position(text, "2018-13");

        var result = CliProcess.Run("analyze", "--catalog", catalog);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{catalog}({line},{column}): error PRG006: 'released': '2018-13' is not a calendar date\n", result.Error);
    }
}
