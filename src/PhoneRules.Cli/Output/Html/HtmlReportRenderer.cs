using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Output.Html;

/// <summary>
/// One self-contained HTML page (no script, no network): a timeline per series with market releases,
/// state-media unveilings and manufacture dates as marks, their uncertainty as bars, context events as
/// vertical lines, drought years shaded, trade by year as a small chart, and the findings below, each linked
/// to the marks of its subject and back. Text alternatives for every chart; printable.
/// </summary>
internal static class HtmlReportRenderer
{
    // The drought rule's id from the rule itself, never retyped here.
    private static readonly string s_droughtRule = PhoneRules.Analysis.RuleDescriptor.Of<PhoneRules.Analysis.Rules.PR003ReleaseDroughtRule>().Id;

    private const int Left = 190;
    private const int Right = 30;
    private const int Width = 1100;
    private const int RowHeight = 26;

    public static string Render(CatalogData catalog, FindingsReport report, int firstYear, int lastYear)
    {
        var html = new StringBuilder();
        var findingsBySubject = report.Findings.Select((f, i) => (Finding: f, Id: "f-" + (i + 1).ToString(CultureInfo.InvariantCulture)))
            .GroupBy(x => x.Finding.SubjectKey).ToDictionary(g => g.Key, g => g.ToList());
        var droughtYears = report.Findings.Where(f => f.RuleId == s_droughtRule).Select(f => int.Parse(f.SubjectKey, CultureInfo.InvariantCulture)).ToHashSet();

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>PhoneRules report</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>PhoneRules report</h1>\n");
        html.Append($"<p>{E(report.Summary())}. Catalog: {(report.Builtin ? E(report.CatalogName) : "<code>" + E(report.CatalogPath) + "</code>")}, phonerules {E(report.ToolVersion)}.</p>\n");
        html.Append("<p class=\"legend\" aria-hidden=\"true\"><span class=\"key released\">&#9679;</span> market release <span class=\"key unveiled\">&#9670;</span> state-media unveiling <span class=\"key manufactured\">&#9632;</span> manufacture date; bars show how uncertain a date is; <span class=\"key drought\">&#9608;</span> release drought; vertical lines: sanctions and border closures.</p>\n</header>\n<main>\n");

        html.Append("<section aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Timeline by series</h2>\n");
        // Models grouped once: a where-per-series was series times models.
        var modelsBySeries = catalog.Models.ToLookup(m => m.Series, ReferenceEqualityComparer.Instance);
        foreach (var series in catalog.Series.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var models = modelsBySeries[series].OrderBy(m => m.Released?.Earliest ?? m.Unveiled?.Earliest ?? DateTime.MaxValue).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();
            if (models.Count > 0)
            {
                AppendSeries(html, catalog, series, models, findingsBySubject, droughtYears, firstYear, lastYear);
            }
        }

        html.Append("</section>\n");
        AppendTrade(html, catalog, firstYear, lastYear);
        AppendFindings(html, report, findingsBySubject);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSeries(StringBuilder html, CatalogData catalog, Series series, List<PhoneModel> models, Dictionary<string, List<(Finding Finding, string Id)>> findings, HashSet<int> droughtYears, int firstYear, int lastYear)
    {
        var id = "series-" + E(series.Key);
        var height = 30 + (models.Count * RowHeight) + 20;
        html.Append($"<figure>\n<svg class=\"timeline\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">\n");
        html.Append($"<title id=\"{id}-t\">{E(series.Name)} series timeline, {firstYear} to {lastYear}</title>\n");
        var description = string.Join("; ", models.Select(m => $"{m.Name}: released {Text(m.Released)}, unveiled {Text(m.Unveiled)}, made {Text(m.Manufactured)}"));
        html.Append($"<desc id=\"{id}-d\">{E(description)}</desc>\n");

        var bottom = height - 20;
        for (var year = firstYear; year <= lastYear; year++)
        {
            var x = X(new DateTime(year, 1, 1), firstYear, lastYear);
            if (droughtYears.Contains(year))
            {
                var w = X(new DateTime(year, 12, 31), firstYear, lastYear) - x;
                html.Append($"<rect class=\"drought\" x=\"{F(x)}\" y=\"20\" width=\"{F(w)}\" height=\"{bottom - 20}\"><title>{year}: release drought (PR003)</title></rect>\n");
            }

            html.Append($"<line class=\"grid\" x1=\"{F(x)}\" y1=\"20\" x2=\"{F(x)}\" y2=\"{bottom}\"/><text class=\"year\" x=\"{F(x + 2)}\" y=\"14\">{year}</text>\n");
        }

        foreach (var context in catalog.ContextEvents)
        {
            var day = context.Date.ToDateTime(TimeOnly.MinValue);
            if (day.Year < firstYear || day.Year > lastYear)
            {
                continue;
            }

            var x = X(day, firstYear, lastYear);
            html.Append($"<line class=\"context {(context.Kind == ContextKind.Sanctions ? "sanctions" : "closure")}\" x1=\"{F(x)}\" y1=\"20\" x2=\"{F(x)}\" y2=\"{bottom}\"><title>{E(context.Name)}, {context.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</title></line>\n");
        }

        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var y = 30 + (i * RowHeight) + (RowHeight / 2);
            var target = findings.TryGetValue(model.Key, out var list) ? "#" + list[0].Id : null;
            html.Append($"<g id=\"m-{E(model.Key)}\" class=\"model\">\n");
            html.Append($"<text class=\"label\" x=\"{Left - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{E(model.Name)}</text>\n");
            if (target is not null)
            {
                html.Append($"<a href=\"{target}\" aria-label=\"{E(model.Name)}: {list!.Count} finding(s)\">\n");
            }

            if (model.Released is null && model.Unveiled is null && model.Manufactured is null)
            {
                html.Append($"<text class=\"undated\" x=\"{Left + 6}\" y=\"{y + 4}\">no dates recorded</text>\n");
            }

            Mark(html, "released", model.Released, y - 5, firstYear, lastYear, $"{model.Name} released {Text(model.Released)}");
            Mark(html, "unveiled", model.Unveiled, y, firstYear, lastYear, $"{model.Name} unveiled by state media {Text(model.Unveiled)}");
            Mark(html, "manufactured", model.Manufactured, y + 5, firstYear, lastYear, $"{model.Name} manufactured {Text(model.Manufactured)}");
            if (target is not null)
            {
                html.Append("</a>\n");
            }

            html.Append("</g>\n");
        }

        html.Append("</svg>\n");
        html.Append($"<figcaption>{E(series.Name)}{(series.Maker is { } maker ? ", sold by " + E(maker.Name) : string.Empty)}: {models.Count} model(s).</figcaption>\n</figure>\n");
    }

    private static void Mark(StringBuilder html, string kind, FuzzyDate? date, int y, int firstYear, int lastYear, string title)
    {
        if (date is not { } value || value.Latest.Year < firstYear || value.Earliest.Year > lastYear)
        {
            return;
        }

        // Clamp to the drawn years: an open-ended date (2019-10/9999) ends at the last year, not past DateTime.MaxValue.
        var first = new DateTime(firstYear, 1, 1);
        var end = new DateTime(lastYear + 1, 1, 1);
        var x1 = X(value.Earliest < first ? first : value.Earliest, firstYear, lastYear);
        var x2 = X(value.Latest >= end.AddDays(-1) ? end : value.Latest.AddDays(1), firstYear, lastYear);
        var mid = (x1 + x2) / 2;
        html.Append($"<g class=\"mark {kind}\"><title>{E(title)}</title>");
        html.Append($"<line class=\"span\" x1=\"{F(x1)}\" y1=\"{y}\" x2=\"{F(x2)}\" y2=\"{y}\"/>");
        html.Append(kind switch
        {
            "released" => $"<circle cx=\"{F(mid)}\" cy=\"{y}\" r=\"4\"/>",
            "unveiled" => $"<path d=\"M{F(mid)} {y - 5} l5 5 l-5 5 l-5 -5 z\"/>",
            _ => $"<rect x=\"{F(mid - 4)}\" y=\"{y - 4}\" width=\"8\" height=\"8\"/>",
        });
        html.Append("</g>\n");
    }

    private static void AppendTrade(StringBuilder html, CatalogData catalog, int firstYear, int lastYear)
    {
        var trade = catalog.TradeYears.Where(t => t.Year >= firstYear && t.Year <= lastYear).OrderBy(t => t.Year).ToList();
        if (trade.Count == 0)
        {
            return;
        }

        var max = trade.Max(t => t.ValueMusd);
        html.Append("<section aria-labelledby=\"trade-h\"><h2 id=\"trade-h\">Trade by year</h2>\n<figure>\n");
        html.Append($"<svg class=\"trade\" role=\"img\" aria-labelledby=\"trade-t\" viewBox=\"0 0 {Width} 130\" width=\"{Width}\" height=\"130\">\n<title id=\"trade-t\">Recorded trade by year, millions of US dollars</title>\n");
        foreach (var year in trade)
        {
            var x = X(new DateTime(year.Year, 1, 1), firstYear, lastYear);
            var w = X(new DateTime(year.Year, 12, 31), firstYear, lastYear) - x - 4;
            // All-zero or negative figures draw no bar instead of dividing by zero or drawing upwards of the axis.
            var h = max <= 0 || year.ValueMusd <= 0 ? 0 : (double)(year.ValueMusd / max) * 90;
            html.Append($"<rect class=\"bar{(year.Derived ? " derived" : string.Empty)}\" x=\"{F(x + 2)}\" y=\"{F(110 - h)}\" width=\"{F(w)}\" height=\"{F(h)}\"><title>{year.Year} with {E(year.Partner.ToString())}: {N(year.ValueMusd)} million USD{(year.ChangePercent is { } c ? ", " + N(c) + "%" : string.Empty)}{(year.Derived ? " (derived)" : string.Empty)}</title></rect>");
            html.Append($"<text class=\"year\" x=\"{F(x + 2)}\" y=\"124\">{year.Year}</text><text class=\"value\" x=\"{F(x + 2)}\" y=\"{F(106 - h)}\">{N(year.ValueMusd)}</text>\n");
        }

        html.Append("</svg>\n<figcaption>Bars are to scale; a hatched bar is derived, not reported.</figcaption>\n</figure>\n");
        html.Append("<table><caption>Trade by year (text alternative)</caption><thead><tr><th scope=\"col\">year</th><th scope=\"col\">partner</th><th scope=\"col\">million USD</th><th scope=\"col\">change</th><th scope=\"col\">sources</th></tr></thead><tbody>\n");
        foreach (var year in trade)
        {
            html.Append($"<tr><td>{year.Year}</td><td>{E(year.Partner.ToString())}</td><td>{N(year.ValueMusd)}{(year.Derived ? " (derived)" : string.Empty)}</td><td>{(year.ChangePercent is { } c ? N(c) + "%" : "-")}</td><td>{E(string.Join(", ", year.Sources.Select(s => s.Key)))}</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendFindings(StringBuilder html, FindingsReport report, Dictionary<string, List<(Finding Finding, string Id)>> findingsBySubject)
    {
        html.Append("<section aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">Findings</h2>\n");
        html.Append("<table class=\"findings\"><thead><tr><th scope=\"col\">rule</th><th scope=\"col\">severity</th><th scope=\"col\">subject</th><th scope=\"col\">finding</th><th scope=\"col\">evidence and sources</th></tr></thead><tbody>\n");
        var index = 0;
        foreach (var finding in report.Findings)
        {
            index++;
            var id = "f-" + index.ToString(CultureInfo.InvariantCulture);
            var subject = findingsBySubject.ContainsKey(finding.SubjectKey) && finding.SubjectType == nameof(PhoneModel)
                ? $"<a href=\"#m-{E(finding.SubjectKey)}\">{E(finding.SubjectKey)}</a>"
                : E(finding.SubjectKey);
            html.Append($"<tr id=\"{id}\" class=\"finding {Words.Of(finding.Severity)}\"><td>{E(finding.RuleId)} {E(finding.RuleName)}</td>");
            html.Append($"<td>{Words.Of(finding.Severity)}, {Words.Of(finding.Confidence)}</td><td>{subject}</td><td>{E(finding.Message)}</td><td><ul>");
            foreach (var evidence in finding.Evidence)
            {
                html.Append($"<li>{E(evidence.Field)}: {E(evidence.Value)}{(evidence.Sources.Count > 0 ? " <span class=\"sources\">[" + E(string.Join(", ", evidence.Sources)) + "]</span>" : string.Empty)}</li>");
            }

            html.Append("</ul></td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static double X(DateTime day, int firstYear, int lastYear)
    {
        var start = new DateTime(firstYear, 1, 1);
        var end = new DateTime(lastYear + 1, 1, 1);
        return Left + ((day - start).TotalDays / (end - start).TotalDays * (Width - Left - Right));
    }

    private static string Text(FuzzyDate? date) => date?.ToString() ?? "unknown";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // The one escape for HTML, text and attributes alike: controls and bidirectional overrides spelled out
    // (an RTL override would reorder the page), then HTML-encoded.
    private static string E(string text) => WebUtility.HtmlEncode(TerminalText.Escape(text));

    private const string Css = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
        h1 { margin: 0 0 .3rem; } h2 { margin-top: 2rem; }
        figure { margin: 0 0 1rem; } figcaption { font-size: .85rem; color: #444; }
        svg text { font-size: 11px; fill: #1a1a1a; }
        .grid { stroke: #ddd; } .year { fill: #555; } svg text.undated { fill: #777; font-style: italic; }
        .drought { fill: #f6d6d6; }
        .context { stroke-width: 2; stroke-dasharray: 4 3; } .sanctions { stroke: #7a3db8; } .closure { stroke: #c0392b; }
        .mark .span { stroke-width: 3; stroke-linecap: round; opacity: .45; }
        .released circle, .released .span { fill: #1f77b4; stroke: #1f77b4; }
        .unveiled path, .unveiled .span { fill: #ff7f0e; stroke: #ff7f0e; }
        .manufactured rect, .manufactured .span { fill: #2ca02c; stroke: #2ca02c; }
        .bar { fill: #5b8db8; } .bar.derived { fill: #b7cde0; stroke: #5b8db8; stroke-dasharray: 3 2; }
        a:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
        .model:target .label { font-weight: bold; fill: #b00; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        tr:target { background: #fff3b0; }
        .finding.error td:nth-child(2) { color: #b00; font-weight: bold; } .finding.warning td:nth-child(2) { color: #8a5a00; }
        .findings ul { margin: 0; padding-left: 1rem; } .sources { color: #555; }
        .legend .key { font-size: 1.1rem; } .key.released { color: #1f77b4; } .key.unveiled { color: #ff7f0e; } .key.manufactured { color: #2ca02c; } .key.drought { color: #f6d6d6; }
        @media print { body { margin: 0; } a { color: inherit; text-decoration: none; } figure, tr { break-inside: avoid; } svg { max-width: 100%; height: auto; } }

        """;
}
