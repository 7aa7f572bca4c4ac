using System.IO;

namespace PhoneRules.Cli.Tests;

/// <summary>Colour on a terminal only, and never with NO_COLOR (in process: a test cannot own a terminal).</summary>
public sealed class ColorTests
{
    [Fact]
    public void Terminal_GetsColour()
    {
        var output = new StringWriter();

        var exit = PhoneRulesApp.Run(["analyze", "--rule", "PR004"], new CliConsole(output, new StringWriter(), outputIsTerminal: true, errorIsTerminal: false, noColor: false));

        Assert.Equal(0, exit);
        Assert.Contains("\u001b[", output.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("Pyongyang 2423", output.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NoColor_OnATerminal_GetsPlainText()
    {
        var output = new StringWriter();

        PhoneRulesApp.Run(["analyze", "--rule", "PR004"], new CliConsole(output, new StringWriter(), outputIsTerminal: true, errorIsTerminal: false, noColor: true));

        Assert.DoesNotContain("\u001b[", output.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("Pyongyang 2423", output.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_GoesToStandardErrorOnlyOnATerminal()
    {
        var quiet = new StringWriter();
        var loud = new StringWriter();

        PhoneRulesApp.Run(["analyze", "--builtin"], new CliConsole(new StringWriter(), quiet, outputIsTerminal: false, errorIsTerminal: false, noColor: true));
        PhoneRulesApp.Run(["analyze", "--builtin"], new CliConsole(new StringWriter(), loud, outputIsTerminal: false, errorIsTerminal: true, noColor: true));

        Assert.Equal(string.Empty, quiet.ToString());
        var lines = loud.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"phonerules: analysed {PhoneRules.Model.Catalog.Models.All.Count} models in ", lines[0], System.StringComparison.Ordinal);
        Assert.Matches("^phonerules: wrote [0-9]+ findings as text in [0-9]+ ms$", lines[1].TrimEnd('\r'));
    }
}
