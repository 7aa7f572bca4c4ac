using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// Every option and argument of every command, taken from the command tree (so one added later is tested
/// too), given a missing, an empty and a garbage value, in process: each is a usage error, exit 2, one line
/// on standard error, no stack trace, nothing on standard output.
/// </summary>
public sealed class ParseTests
{
    private const string Garbage = "\u001b[2J\u0007bogus\r\nerror PRG999: fake";

    public static TheoryData<string[]> BadValues() => new(Cases());

    private static List<string[]> Cases()
    {
        var data = new List<string[]>();
        foreach (var command in PhoneRulesApp.CreateRoot(Console()).Subcommands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            // A required argument is given a valid value when another symbol is under test.
            string[] prefix = command.Arguments.Any(a => a.Arity.MinimumNumberOfValues > 0) ? [command.Name, "PR001"] : [command.Name];
            foreach (var option in command.Options.Where(o => o is not HelpOption && o is not VersionOption))
            {
                if (option.Arity.MinimumNumberOfValues > 0)
                {
                    data.Add([.. prefix, option.Name]);
                    data.Add([.. prefix, option.Name, string.Empty]);
                }

                data.Add([.. prefix, option.Name, Garbage]);
            }

            foreach (var argument in command.Arguments.Where(a => a.Arity.MaximumNumberOfValues > 0))
            {
                data.Add([command.Name, string.Empty]);
                data.Add([command.Name, Garbage]);
            }
        }

        return data;
    }

    [Fact]
    public void BadValues_CoverEveryOptionOfEveryCommand()
    {
        var cases = Cases();
        var covered = cases.Select(args => string.Join(' ', args.Take(args[1] == "PR001" ? 3 : 2))).ToHashSet(StringComparer.Ordinal);

        // The expected count is spelled out so a command or option that stops being enumerated fails here.
        Assert.Equal(132, cases.Count);
        Assert.Contains("analyze --baseline-rev", covered);
        Assert.Contains("analyze --fail-on-new", covered);
        Assert.Contains("report --from", covered);
        Assert.Contains("report --baseline-rev", covered);
        Assert.Contains("validate --limit", covered);
        Assert.Contains("synth --models", covered);
        Assert.Contains("synth --sightings", covered);
        Assert.Contains("lsp --stdio", covered);
        Assert.Contains("watch --report", covered);
        Assert.Contains("lsp --limit", covered);
        Assert.Contains("explain PR001 --subject", covered);
        Assert.Contains("validate --timings", covered);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void BadValue_IsAUsageErrorOnOneLine(string[] args)
    {
        var result = RunInProcess(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("phonerules: error: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\r', result.Error);
    }

    [Theory]
    [InlineData("analyze", "--fail-on-new", "bogus", "--baseline", "b.json")]
    [InlineData("analyze", "--fail-on-new")]
    [InlineData("analyze", "--baseline-rev", "")]
    [InlineData("analyze", "--baseline", "")]
    [InlineData("report", "--from", "x")]
    [InlineData("analyze", "--format", "bogus")]
    public void KnownBadValue_IsAUsageErrorNotACrash(params string[] args)
    {
        var result = RunInProcess(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("phonerules: error: ", result.Error, StringComparison.Ordinal);
    }

    // Every command that compares with a baseline refuses the same combinations in the same words (BaselineOptions).
    public static TheoryData<string, string[]> Conflicts()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var command in BaselineCommands())
        {
            data.Add("--catalog - and --baseline - cannot both read standard input", [command, "--catalog", "-", "--baseline", "-"]);
            data.Add("--baseline-rev needs --catalog to name a file in a git repository, not -", [command, "--catalog", "-", "--baseline-rev", "HEAD"]);
            data.Add("--baseline-rev needs --catalog to name a file in a git repository, not --builtin", [command, "--builtin", "--baseline-rev", "HEAD"]);
            data.Add("--baseline and --baseline-rev cannot be used together", [command, "--baseline", "b.json", "--baseline-rev", "HEAD"]);
        }

        return data;
    }

    [Fact]
    public void BaselineOptions_AreOfferedByAnalyzeAndReport()
    {
        var commands = PhoneRulesApp.CreateRoot(Console()).Subcommands.Where(c => c.Options.Any(o => o.Name == "--baseline")).ToList();

        Assert.Equal(BaselineCommands(), commands.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(commands, c => Assert.Contains(c.Options, o => o.Name == "--baseline-rev"));
    }

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void ConflictingOptions_AreAUsageErrorOnOneLine(string expected, string[] args)
    {
        var result = RunInProcess(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: {expected} (see 'phonerules --help')\n", result.Error);
    }

    [Theory]
    [InlineData("analyze", "@args.rsp")]
    [InlineData("validate", "@args.rsp")]
    [InlineData("explain", "@args.rsp")]
    public void ResponseFile_IsNotExpanded(params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("args.rsp", "--version\n");

        var result = CliProcess.RunIn(folder.Path, args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.DoesNotContain("Response file", result.Error, StringComparison.Ordinal);
        Assert.Contains("@args.rsp", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void EmptyValue_NamesTheOption()
    {
        var result = RunInProcess("analyze", "--baseline-rev", string.Empty);

        Assert.Equal("phonerules: error: --baseline-rev needs a value; an empty one is not allowed (see 'phonerules --help')\n", result.Error);
    }

    [Fact]
    public void ExitCodeTable_IsDistinct()
    {
        int[] codes = [ExitCodes.Ok, ExitCodes.FindingsFound, ExitCodes.BadInput, ExitCodes.InternalError, ExitCodes.Interrupted];

        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void InternalError_IsOneLineWithItsOwnExitCode()
    {
        var line = Commands.CliCommand.InternalErrorLine(new InvalidOperationException("bad\n   at Foo.Bar()\u001b[2K"));

        Assert.Equal("phonerules: internal error: InvalidOperationException: bad\\u{000A}   at Foo.Bar()\\u{001B}[2K (please report this with the command and catalog that caused it)", line);
    }

    internal static CliProcess.Result RunInProcess(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, outputIsTerminal: false, errorIsTerminal: false, noColor: true);
        var code = PhoneRulesApp.Run(args, console);
        return new CliProcess.Result(code, output.ToString(), error.ToString());
    }

    private static string[] BaselineCommands() => ["analyze", "report"];

    private static CliConsole Console() => new(TextWriter.Null, TextWriter.Null, outputIsTerminal: false, errorIsTerminal: false, noColor: true);
}
