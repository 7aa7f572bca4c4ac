using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PhoneRules.Model;
using PhoneRules.Analysis;

namespace PhoneRules.Cli.Tests;

/// <summary>The HTML report: self-contained, and checked in a real headless Chromium.</summary>
public sealed class ReportTests
{
    [Fact]
    public void Report_IsOneSelfContainedPage()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.html");

        var result = CliProcess.Run("report", "--output", path, "--until", "2026");
        var html = File.ReadAllText(path);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<title id=\"series-pyongyang-t\">Pyongyang series timeline, 2013 to 2026</title>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Equal(CliProcess.Run("report", "--until", "2026").Output, html);
    }

    [Fact]
    public void Report_BadYears_ExitTwo()
    {
        var result = CliProcess.Run("report", "--from", "2020", "--until", "2010");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must be years from 1900 to 2100, in order", result.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Report_InHeadlessChromium_HasEveryFindingAndTheTimeline_AndNoConsoleErrors()
    {
        var chromium = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => p is not null && File.Exists(p));
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(chromium is null && !inCi, "Chromium is not installed (apt-get install chromium); .ci/run installs it, so CI always runs this test.");
        Assert.NotNull(chromium);

        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "report.html");
        Assert.Equal(0, CliProcess.Run("report", "--output", page, "--until", "2026").ExitCode);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Delete(screenshot);

        var dom = Chromium(chromium!, folder.Path, "--dump-dom", "file://" + page);
        var shot = Chromium(chromium!, folder.Path, "--screenshot=" + screenshot, "--window-size=1280,2400", "file://" + page);

        var findings = RuleRunner.Analyze(Catalog.Data);
        for (var i = 1; i <= findings.Count; i++)
        {
            Assert.Contains($"id=\"f-{i}\"", dom.Output, StringComparison.Ordinal);
        }

        var marks = Catalog.Models.All.Sum(m => new[] { m.Released, m.Unveiled, m.Manufactured }.Count(d => d.HasValue));
        Assert.Equal(marks, Regex.Matches(dom.Output, "<g class=\"mark ").Count);
        Assert.Equal(Catalog.Series.All.Count, Regex.Matches(dom.Output, "<svg class=\"timeline\"").Count);
        foreach (var log in new[] { dom.Error, shot.Error })
        {
            Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
            Assert.DoesNotContain("net::ERR", log, StringComparison.Ordinal);
        }

        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is missing or empty");
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
