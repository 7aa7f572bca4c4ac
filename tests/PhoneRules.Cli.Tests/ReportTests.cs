using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Cli.Output.Html;
using PhoneRules.Model;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The HTML report: self-contained, and checked as a reader checks it, in the DOM a real headless Chromium
/// builds: every finding <c>analyze</c> reports is on the page, the summary's counts are <c>analyze</c>'s,
/// every source key links to a source that is on the page, every in-page link lands, and every dated mark
/// is counted once. In CI (CI=true, as .ci/run runs) a missing Chromium fails these tests; elsewhere they are
/// skipped, and say so.
/// </summary>
public sealed class ReportTests
{
    [Fact]
    public void Report_IsOneSelfContainedPage_WithNoScriptAndNoResourceFromOutside()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.html");

        var result = CliProcess.Run("report", "--output", path, "--until", "2026");
        var html = File.ReadAllText(path);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\son[a-z]+=", html);
        Assert.DoesNotMatch(@"\ssrc=", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        // The only links out of the page are the sources' own addresses, http or https, in their table.
        var outside = Regex.Matches(html, "href=\"(?!#)([^\"]*)\"").Select(m => m.Value).ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, href => Assert.Matches("^href=\"https?://", href));
        Assert.Equal(Regex.Matches(html, "<a class=\"out\" href=\"https?://[^\"]*\" rel=\"noopener noreferrer\">").Count, outside.Count);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Equal(CliProcess.Run("report", "--until", "2026").Output, html);
    }

    [Fact]
    public void Report_Axis_StartsAtTheFirstDatedYear_AndEndsAtTheLastYearOfAnything()
    {
        var html = CliProcess.Run("report", "--builtin").Output;

        var dates = Catalog.Models.All.SelectMany(m => new[] { m.Released, m.Unveiled, m.Manufactured }).OfType<FuzzyDate>().ToList();
        var first = dates.Min(d => d.Earliest.Year);
        var last = new[] { dates.Max(d => d.Latest.Year), Catalog.TradeYears.All.Max(t => t.Year), Catalog.ContextEvents.All.Max(e => e.Date.Year) }.Max();
        Assert.Equal(2013, first); // Arirang AS1201, unveiled 2013-08: no empty years before it.
        Assert.Contains($"<title id=\"series-pyongyang-t\">Pyongyang series timeline, {first} to {last}</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($">{first - 1}</text>", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"series-pyongyang-t\">Pyongyang series timeline, 2015 to 2026</title>", CliProcess.Run("report", "--builtin", "--from", "2015", "--until", "2026").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2020", "--until", "2010")]
    [InlineData("--from", "1800")]
    [InlineData("--until", "2101")]
    public void Report_BadYears_ExitTwo(params string[] years)
    {
        var result = CliProcess.Run(["report", .. years]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must be years from 1900 to 2100, in order", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EveryContextEvent_IsANumberedLabelledLine()
    {
        var html = CliProcess.Run("report", "--builtin").Output;

        var events = Catalog.ContextEvents.All.OrderBy(e => e.Date).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Contains($"<li id=\"event-{events[i].Key}\"><strong>", html, StringComparison.Ordinal);
            Assert.Contains($"<title>{i + 1}: ", html, StringComparison.Ordinal);
            Assert.Matches($"<text class=\"event-label\" x=\"[0-9.]+\" y=\"30\">{i + 1}</text>", html);
        }

        // The labels of the two closures in January 2020 (nine days apart) do not overprint.
        var labels = Regex.Matches(html, "<text class=\"event-label\" x=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Take(events.Count).ToList();
        for (var i = 1; i < labels.Count; i++)
        {
            Assert.True(labels[i] >= labels[i - 1] + 7, $"label {i + 1} at {labels[i]} overprints label {i} at {labels[i - 1]}");
        }
    }

    [SkippableFact]
    public void Report_InHeadlessChromium_IsWhatAnalyzeReports_WithEverySourceLinked()
    {
        var chromium = RequireChromium();
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "report.html");
        Assert.Equal(0, CliProcess.Run("report", "--output", page).ExitCode);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Delete(screenshot);

        var dom = Chromium(chromium, folder.Path, "--dump-dom", "file://" + page);
        var shot = Chromium(chromium, folder.Path, "--screenshot=" + screenshot, "--window-size=1280,2400", "file://" + page);

        AssertReadable(dom.Output, Analyze(AppContext.BaseDirectory, "--catalog", "catalog.yaml"), Catalog.Data);
        Assert.Equal(Catalog.Series.All.Count, Regex.Matches(dom.Output, "<svg class=\"timeline\"").Count);
        foreach (var log in new[] { dom.Error, shot.Error })
        {
            Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
            Assert.DoesNotContain("net::ERR", log, StringComparison.Ordinal);
        }

        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is missing or empty");
    }

    [SkippableFact]
    public void Report_WithABaseline_CountsWhatChanged_AsAnalyzeDoes()
    {
        var chromium = RequireChromium();
        using var folder = new TempFolder();
        var catalog = folder.File("catalog.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml")));
        Assert.Equal(0, CliProcess.RunIn(folder.Path, "analyze", "--format", "json", "--output", "previous.json").ExitCode);
        // A model unveiled three months later: its PR001 finding's evidence changes (updated).
        var text = File.ReadAllText(catalog);
        var edited = text.Replace("unveiled: 2019-04", "unveiled: 2019-07", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(catalog, edited);

        Assert.Equal(0, CliProcess.RunIn(folder.Path, "report", "--baseline", "previous.json", "--output", "report.html").ExitCode);
        var dom = Chromium(chromium, folder.Path, "--dump-dom", "file://" + Path.Combine(folder.Path, "report.html"));

        var analyze = Analyze(folder.Path, "--baseline", "previous.json");
        AssertReadable(dom.Output, analyze, null);
        var baseline = analyze.RootElement.GetProperty("summary").GetProperty("baseline");
        foreach (var state in new[] { "new", "updated", "unchanged", "absent" })
        {
            Assert.Equal(baseline.GetProperty(state).GetInt32(), SummaryCell(dom.Output, "all", state));
        }

        Assert.True(baseline.GetProperty("updated").GetInt32() > 0, "the edit updated no finding: the test would check nothing");
    }

    [Fact]
    public void Report_WithABaselineRevision_WhereTheCatalogIsNew_CountsEveryFindingNew()
    {
        using var folder = new TempFolder();
        folder.File("catalog.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml")));
        BaselineTests.Git(folder.Path, "init", "-q");
        BaselineTests.Git(folder.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "before the catalog");
        BaselineTests.Git(folder.Path, "add", "catalog.yaml");
        BaselineTests.Git(folder.Path, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", "the catalog");

        var result = CliProcess.RunIn(folder.Path, "report", "--catalog", "catalog.yaml", "--baseline-rev", "HEAD~1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("phonerules: note: ", result.Error, StringComparison.Ordinal);
        var total = Analyze(folder.Path).RootElement.GetProperty("summary").GetProperty("total").GetInt32();
        Assert.True(total > 0);
        Assert.Equal(total, SummaryCell(result.Output, "all", "new"));
        Assert.Equal(0, SummaryCell(result.Output, "all", "unchanged"));
    }

    [Fact]
    public void Report_BaselineOptions_AreCheckedAsAnalyzeChecksThem()
    {
        var both = CliProcess.Run("report", "--baseline", "a.json", "--baseline-rev", "HEAD~1");
        var builtin = CliProcess.Run("report", "--builtin", "--baseline-rev", "HEAD~1");

        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--baseline and --baseline-rev cannot be used together", both.Error, StringComparison.Ordinal);
        Assert.Equal(2, builtin.ExitCode);
        Assert.Contains("--baseline-rev needs --catalog to name a file in a git repository", builtin.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The issue's scale: 10,000 models and 100,000 IMEI lookups (the benchmarks' synthetic catalog). The page
    /// must stay at most 3 MB (a contract on bytes, not on time; the render time is measured in
    /// docs/performance.md) and still hold every finding, with large series drawn by year.
    /// </summary>
    [SkippableFact]
    public void Report_At10000Models_IsAtMost3MB_AndHoldsEveryFinding()
    {
        var chromium = RequireChromium();
        using var folder = new TempFolder();
        var synthetic = SyntheticCatalog.Create(10_000, 100_000);
        File.WriteAllText(Path.Combine(folder.Path, "catalog.yaml"), synthetic.ToYaml(System.Text.Encoding.UTF8.GetString(CatalogSource.EmbeddedCatalog())));

        Assert.Equal(0, CliProcess.RunIn(folder.Path, "report", "--output", "report.html").ExitCode);
        var size = new FileInfo(Path.Combine(folder.Path, "report.html")).Length;
        Assert.True(size <= 3_000_000, $"the report of 10,000 models is {size} bytes, over 3,000,000");

        var dom = Chromium(chromium, folder.Path, "--dump-dom", "file://" + Path.Combine(folder.Path, "report.html"));
        var analyze = Analyze(folder.Path);
        Assert.True(analyze.RootElement.GetProperty("summary").GetProperty("total").GetInt32() > 10_000, "the synthetic catalog has fewer findings than the test means to check");
        AssertReadable(dom.Output, analyze, synthetic.Data);
        Assert.Contains("<ol class=\"more\">", dom.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<g id=\"m-", dom.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HostileSource_IsEscaped_AndOnlyAnHttpAddressBecomesALink()
    {
        var data = Catalog.Data;
        const string Hostile = "<script>alert(1)</script>\u202Egnp.exe\" onmouseover=\"x";
        var sources = new PhoneRules.EntityList<Source>(data.Sources.Select((s, i) => s with
        {
            Title = Hostile,
            Publisher = Hostile,
            Note = Hostile,
            Url = i % 2 == 0 ? new Uri("javascript:alert(1)") : new Uri("data:text/html,<script>alert(1)</script>"),
        }));
        var hostile = new CatalogData(data.SourcePath, data.Settings, sources, data.Makers, data.Series, data.Models, data.ImeiLookups, data.AppearanceMatches, data.DateClaims, data.ContextEvents, data.TradeYears, data.Exhibitions, data.SeriesCounts, data.FactClaims);
        var report = new PhoneRules.Cli.Output.FindingsReport("catalog.yaml", PhoneRules.Analysis.RuleRunner.Analyze(data), PhoneRules.Analysis.RuleRunner.Rules, "0");

        var html = HtmlReportRenderer.Render(hostile, report, 2017, 2020);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        // Publisher, title and note of every source, each escaped as text, the link's address as text too.
        Assert.Equal(3 * data.Sources.Count, Regex.Matches(html, "&lt;script&gt;alert\\(1\\)&lt;/script&gt;\\\\u\\{202E\\}gnp.exe&quot; onmouseover=&quot;x<").Count);
        Assert.Contains("<td>javascript:alert(1)</td>", html, StringComparison.Ordinal);
    }

    // What a reader checks on the page, against analyze's JSON: every finding has its anchor, the summary's
    // counts per rule and severity are analyze's, every in-page link lands, every source key cited by a
    // finding links to its source, every source of the catalog has its row, and the marks count every date.
    private static void AssertReadable(string dom, JsonDocument analyze, CatalogData? catalog)
    {
        var findings = analyze.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var ids = Regex.Matches(dom, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i <= findings.Count; i++)
        {
            Assert.Contains($"f-{i}", ids);
        }

        Assert.DoesNotContain($"f-{findings.Count + 1}", ids);
        foreach (var rule in findings.GroupBy(f => f.GetProperty("ruleId").GetString()!))
        {
            foreach (var severity in new[] { "error", "warning", "note" })
            {
                Assert.Equal(rule.Count(f => f.GetProperty("severity").GetString() == severity), SummaryCell(dom, rule.Key, severity));
            }

            Assert.Equal(rule.Count(), SummaryCell(dom, rule.Key, "total"));
        }

        var summary = analyze.RootElement.GetProperty("summary");
        foreach (var count in new[] { "error", "warning", "note", "total" })
        {
            Assert.Equal(summary.GetProperty(count).GetInt32(), SummaryCell(dom, "all", count));
        }

        var targets = Regex.Matches(dom, "href=\"#([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Contains(target, ids));

        var cited = findings.SelectMany(f => f.GetProperty("evidence").EnumerateArray()).SelectMany(e => e.GetProperty("sources").EnumerateArray()).Select(s => s.GetString()!).ToHashSet(StringComparer.Ordinal);
        var linked = Regex.Matches(dom, "<a class=\"src\" href=\"#src-([^\"]+)\">([^<]+)</a>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.All(linked, link => Assert.Equal(link.Item1, link.Item2));
        Assert.DoesNotContain("class=\"src unknown\"", dom, StringComparison.Ordinal);
        Assert.Equal(Regex.Matches(dom, "class=\"src").Count, linked.Count);
        // The findings shown in full cite these; a finding listed by subject shows no evidence.
        var shown = linked.Select(l => l.Item1).ToHashSet(StringComparer.Ordinal);
        Assert.All(findings.Take(HtmlReportRenderer.FullFindingsPerRule).SelectMany(f => f.GetProperty("evidence").EnumerateArray()).SelectMany(e => e.GetProperty("sources").EnumerateArray()), s => Assert.Contains(s.GetString()!, shown));
        Assert.NotEmpty(cited);

        if (catalog is not null)
        {
            Assert.All(catalog.Sources, s => Assert.Contains("src-" + s.Key, ids));
            var dated = catalog.Models.Sum(m => new[] { m.Released, m.Unveiled, m.Manufactured }.Count(d => d.HasValue));
            Assert.Equal(dated, Regex.Matches(dom, "<g class=\"mark [a-z]+\" data-count=\"([0-9]+)\"").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static int SummaryCell(string dom, string rule, string count)
    {
        var row = Regex.Match(dom, $"<tr data-rule=\"{Regex.Escape(rule)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no summary row for {rule}");
        var cell = Regex.Match(row.Groups[1].Value, $"<td data-count=\"{count}\">([0-9]+)</td>");
        Assert.True(cell.Success, $"no {count} count for {rule}");
        return int.Parse(cell.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonDocument Analyze(string folder, params string[] args)
    {
        var result = CliProcess.RunIn(folder, ["analyze", "--format", "json", .. args]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Output);
    }

    private static string RequireChromium()
    {
        var chromium = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => p is not null && File.Exists(p));
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(chromium is null && !inCi, "Chromium is not installed (apt-get install chromium); .ci/run installs it, so CI always runs this test.");
        Assert.True(chromium is not null, "CI=true and no Chromium: .ci/run installs it; a report test never skips in CI");
        return chromium!;
    }

    private static CliProcess.Result Chromium(string chromium, string profileParent, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=" + Path.Combine(profileParent, "chromium-profile-" + Guid.NewGuid().ToString("N")),
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish in 90 seconds.");
        }

        return new CliProcess.Result(process.ExitCode, output.Result, error.Result);
    }
}
