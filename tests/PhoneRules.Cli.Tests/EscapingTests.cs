using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PhoneRules.Cli.Output;
using PhoneRules.Model;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Explanations;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output.Html;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// Every value from a catalog or a baseline is escaped once per format. The renderers come from the one
/// registry the console dispatches with, so a format added later is tested here too. Each hostile report has
/// a benign twin of the same shape: the hostile one must have the same lines (no value starts a line of its
/// own: no fake "error PRG999" line, no Markdown heading) and no character a terminal or viewer acts on.
/// </summary>
public sealed class EscapingTests
{
    // ESC (clear screen), BEL, CR, LF, a fake diagnostic, a Markdown heading, a javascript: link, HTML, an RTL
    // override, a C1 CSI, DEL, a code span, emphasis and a table cell.
    private const string Hostile = "x\u001b[2J\u0007\r\nerror PRG999: fake\n# Heading\n[click](javascript:alert(1)) <a href=\"javascript:x\">y</a> <script>z</script> \u202Egnp.exe \u009b31m \u007f `c` *e* _u_ |cell| ~s~";
    private const string Benign = "x";

    public static TheoryData<string> Formats() => new(Renderers.Formats);

    [Fact]
    public void Registry_HasEveryFormatTheOptionAccepts()
    {
        var result = ParseTests.RunInProcess("analyze", "--format", "bogus");

        Assert.Contains("Must be one of: " + string.Join(", ", Renderers.Formats.Select(f => $"'{f}'")), result.Error, StringComparison.Ordinal);
        Assert.Equal(["text", "json", "sarif", "markdown", "github"], Renderers.Formats);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Renderer_HostileValues_AreEscaped(string format)
    {
        var hostile = Renderers.Render(format, Report(Hostile));
        var benign = Renderers.Render(format, Report(Benign));

        Assert.Equal(Lines(benign), Lines(hostile));
        Assert.Empty(Acted(hostile));
        Assert.DoesNotContain("\nerror PRG999", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# Heading", hostile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void JsonRenderer_HostileValues_RoundTrip(string format)
    {
        using var json = JsonDocument.Parse(Renderers.Render(format, Report(Hostile)));

        Assert.Contains(Hostile, Strings(json.RootElement));
    }

    [Fact]
    public void Markdown_HostileValues_OpenNoLinkHtmlOrCodeSpan()
    {
        var markdown = Renderers.Render("markdown", Report(Hostile));

        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", markdown);
        Assert.DoesNotContain("<a ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[click\\](javascript:alert(1))", markdown, StringComparison.Ordinal);
        Assert.Contains("\\|cell\\|", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ColouredText_HostileValues_AreEscaped()
    {
        var hostile = Coloured(Report(Hostile));
        var benign = Coloured(Report(Benign));

        Assert.Equal(Lines(benign), Lines(hostile));
        Assert.Equal(benign.Count(c => c == '\u001b'), hostile.Count(c => c == '\u001b'));
        Assert.Empty(Acted(hostile.Replace("\u001b", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void HtmlReport_HostileValues_AreEscaped()
    {
        var html = HtmlReportRenderer.Render(Catalog.Data, Report(Hostile), 2013, 2025);
        var benign = HtmlReportRenderer.Render(Catalog.Data, Report(Benign), 2013, 2025);

        Assert.Equal(Lines(benign), Lines(html));
        Assert.Empty(Acted(html));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        Assert.Contains("\\u{202E}gnp.exe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_HostileValues_AreEscaped()
    {
        var hostile = ExplanationText.Format(new Explanation(RuleRunner.Rules[0], Hostile, Finding(Hostile), Steps(Hostile)));
        var benign = ExplanationText.Format(new Explanation(RuleRunner.Rules[0], Benign, Finding(Benign), Steps(Benign)));

        Assert.Equal(Lines(benign), Lines(hostile));
        Assert.Empty(Acted(hostile));
    }

    [Fact]
    public void Diagnostic_FromACatalogValue_IsOneLine()
    {
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"))
            .Replace("released: 2019-01~", "released: \"2018-13\\r\\n\\u001b[1A\\u001b[2Kcatalog.yaml(1,1): error PRG999: fake\\u202E\"", StringComparison.Ordinal));

        var result = ParseTests.RunInProcess("validate", catalog);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Empty(Acted(result.Error));
        Assert.Contains("\\u{000D}\\u{000A}\\u{001B}[1A\\u{001B}[2Kcatalog.yaml(1,1): error PRG999: fake\\u{202E}", result.Error, StringComparison.Ordinal);
    }

    // Every character in the text that a terminal or a viewer would act on, other than the line breaks the format writes.
    private static List<char> Acted(string text) => text.Where(c => c != '\n' && TerminalText.NeedsEscape(c)).ToList();

    private static int Lines(string text) => text.Count(c => c == '\n');

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string Coloured(FindingsReport report)
    {
        var output = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, TextWriter.Null, outputIsTerminal: true, errorIsTerminal: false, noColor: false);
        console.Ansi.Profile.Width = 100_000; // no wrapping: a line more is an escaping failure, not a narrow terminal
        TextRenderer.Write(console.Ansi, report);
        return output.ToString();
    }

    private static FindingsReport Report(string value)
    {
        var finding = Finding(value);
        var absent = Finding(value) with { RuleId = "PR002", SubjectKey = value + "-gone" };
        return new FindingsReport(value, [finding], RuleRunner.Rules, "0.1.0")
        {
            Baseline = [new BaselineResult(finding, BaselineState.Updated), new BaselineResult(absent, BaselineState.Absent)],
            Explanations = new Dictionary<Finding, IReadOnlyList<ConditionStep>> { [finding] = Steps(value) },
        };
    }

    private static Finding Finding(string value) => new(
        "PR001",
        value,
        FindingSeverity.Warning,
        FindingConfidence.Certain,
        value,
        value,
        value,
        [new Evidence(value, value, [value, value])],
        new FindingLocation(value, 1, 1),
        value);

    private static List<ConditionStep> Steps(string value) =>
        [new ConditionStep(value, IsBinding: false, value, Passed: true, [new ConditionValue(value + "-inner", value, [value])])];
}
