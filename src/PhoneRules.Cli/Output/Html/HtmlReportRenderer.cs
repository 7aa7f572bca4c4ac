using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Model;

namespace PhoneRules.Cli.Output.Html;

/// <summary>
/// One self-contained HTML page (no script, no network): a summary of the findings per rule and severity
/// (and against a baseline), a timeline per series with market releases, state-media unveilings and
/// manufacture dates as marks, their uncertainty as bars, numbered context events as labelled vertical lines,
/// drought years shaded, trade by year as a small chart, every finding, and the sources with an anchor each,
/// which every source key on the page links to. Text alternatives for every chart; printable.
/// </summary>
/// <remarks>
/// It stays small and quick to render at any size: a series of more than <see cref="MaxModelRows"/> models is
/// drawn as one row per kind of date with a mark per year stating its count, and past the first
/// <see cref="FullFindingsPerRule"/> findings of a rule a finding is listed by its subject alone (its text is
/// in <c>analyze</c>). Every finding is on the page either way, with its anchor.
/// </remarks>
internal static class HtmlReportRenderer
{
    /// <summary>The most models a series draws one row each for; a larger series is drawn by year.</summary>
    public const int MaxModelRows = 40;

    /// <summary>The findings of a rule shown with their text and evidence; the rest are listed by subject.</summary>
    public const int FullFindingsPerRule = 50;

    // The drought rule's id from the rule itself, never retyped here.
    private static readonly string s_droughtRule = PhoneRules.Analysis.RuleDescriptor.Of<PhoneRules.Analysis.Rules.PR003ReleaseDroughtRule>().Id;

    private const int Left = 190;
    private const int Right = 30;
    private const int Width = 1100;
    private const int RowHeight = 26;
    private const int Top = 36;

    private static readonly (string Kind, string Label, Func<PhoneModel, FuzzyDate?> Date)[] s_kinds =
    [
        ("released", "market releases", m => m.Released),
        ("unveiled", "state-media unveilings", m => m.Unveiled),
        ("manufactured", "manufacture dates", m => m.Manufactured),
    ];

    /// <summary>
    /// The years a timeline spans by default: the first year any model is dated in to the last year of any date,
    /// drought, event or trade figure; without a dated model, the years of the rest; null when nothing is dated.
    /// </summary>
    public static (int First, int Last)? DefaultYears(CatalogData catalog, IEnumerable<Finding> findings)
    {
        var dates = catalog.Models.SelectMany(m => new[] { m.Released, m.Unveiled, m.Manufactured }).OfType<FuzzyDate>().ToList();
        var others = DroughtYears(findings).Concat(catalog.ContextEvents.Select(e => e.Date.Year)).Concat(catalog.TradeYears.Select(t => t.Year)).Where(y => y is >= 1900 and <= 2100).ToList();
        if (dates.Count == 0)
        {
            // Nothing to draw but context: the years of the context.
            return others.Count == 0 ? null : (others.Min(), others.Max());
        }

        var first = Math.Max(1900, dates.Min(d => d.Earliest.Year));
        var last = dates.Max(d => d.Latest.Year <= 2100 ? d.Latest.Year : d.Earliest.Year);
        last = Math.Max(last, DroughtYears(findings).DefaultIfEmpty(last).Max());
        last = Math.Max(last, catalog.ContextEvents.Select(e => e.Date.Year).Where(y => y >= first && y <= 2100).DefaultIfEmpty(last).Max());
        last = Math.Max(last, catalog.TradeYears.Select(t => t.Year).Where(y => y >= first).DefaultIfEmpty(last).Max());
        return (first, Math.Min(last, 2100));
    }

    public static string Render(CatalogData catalog, FindingsReport report, int firstYear, int lastYear)
    {
        var html = new StringBuilder();
        var ids = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            ids[report.Findings[i]] = "f-" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        var firstFinding = report.Findings.GroupBy(f => f.SubjectKey).ToDictionary(g => g.Key, g => (Id: ids[g.First()], Count: g.Count()));
        var droughtYears = DroughtYears(report.Findings).ToHashSet();
        var sources = catalog.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var modelsBySeries = catalog.Models.ToLookup<PhoneModel, Series>(m => m.Series, ReferenceEqualityComparer.Instance);
        var aggregated = catalog.Series.Where(s => modelsBySeries[s].Count() > MaxModelRows).ToHashSet<Series>(ReferenceEqualityComparer.Instance);
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in catalog.Models)
        {
            subjects[model.Key] = aggregated.Contains(model.Series) ? "series-" + model.Series.Key : "m-" + model.Key;
        }

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>PhoneRules report</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>PhoneRules report</h1>\n");
        html.Append($"<p class=\"verdict\">{E(report.Summary())}; phonerules {E(report.ToolVersion)}.</p>\n");
        html.Append("<nav aria-label=\"Contents\"><a href=\"#summary-h\">Summary</a> · <a href=\"#timeline-h\">Timeline</a> · <a href=\"#trade-h\">Trade</a> · <a href=\"#findings-h\">Findings</a> · <a href=\"#sources-h\">Sources</a></nav>\n</header>\n<main>\n");

        AppendSummary(html, report);
        AppendTimeline(html, catalog, modelsBySeries, aggregated, firstFinding, droughtYears, sources, firstYear, lastYear);
        AppendTrade(html, catalog, sources, firstYear, lastYear);
        AppendFindings(html, report, ids, subjects, sources);
        AppendSources(html, catalog);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<int> DroughtYears(IEnumerable<Finding> findings) =>
        findings.Where(f => f.RuleId == s_droughtRule && int.TryParse(f.SubjectKey, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(f => int.Parse(f.SubjectKey, NumberStyles.None, CultureInfo.InvariantCulture));

    // Findings per rule and severity, every rule that ran (a zero is an answer too), and the baseline's states.
    private static void AppendSummary(StringBuilder html, FindingsReport report)
    {
        var severities = new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Note };
        var states = new[] { BaselineState.New, BaselineState.Updated, BaselineState.Unchanged, BaselineState.Absent };
        var byRule = report.Findings.ToLookup(f => f.RuleId, StringComparer.Ordinal);
        var absentByRule = report.Absent.ToLookup(f => f.RuleId, StringComparer.Ordinal);
        html.Append("<section aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>\n");
        html.Append("<table class=\"summary\"><caption>Findings per rule and severity").Append(report.HasBaseline ? ", and against the baseline" : string.Empty).Append("</caption>\n<thead><tr><th scope=\"col\">rule</th>");
        foreach (var severity in severities)
        {
            html.Append($"<th scope=\"col\">{Words.Of(severity)}</th>");
        }

        html.Append("<th scope=\"col\">total</th>");
        if (report.HasBaseline)
        {
            foreach (var state in states)
            {
                html.Append($"<th scope=\"col\">{Words.Of(state)}</th>");
            }
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var rule in report.Rules)
        {
            var findings = byRule[rule.Id].ToList();
            var name = findings.Count > 0 ? $"<a href=\"#rule-{E(rule.Id)}\">{E(rule.Id)} {E(rule.Name)}</a>" : $"{E(rule.Id)} {E(rule.Name)}";
            SummaryRow(html, rule.Id, name, findings, absentByRule[rule.Id].Count(), report, severities, states);
        }

        html.Append("</tbody>\n<tfoot>\n");
        SummaryRow(html, "all", "all rules", report.Findings, report.Absent.Count(), report, severities, states);
        html.Append("</tfoot></table>\n");
        if (report.HasBaseline && report.Absent.Any())
        {
            html.Append("<p>Absent since the baseline: ").Append(string.Join(", ", report.Absent.Select(f => $"{E(f.RuleId)} {E(f.SubjectKey)}"))).Append(".</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void SummaryRow(StringBuilder html, string rule, string label, IReadOnlyCollection<Finding> findings, int absent, FindingsReport report, FindingSeverity[] severities, BaselineState[] states)
    {
        html.Append($"<tr data-rule=\"{E(rule)}\"><th scope=\"row\">{label}</th>");
        foreach (var severity in severities)
        {
            html.Append($"<td data-count=\"{Words.Of(severity)}\">{findings.Count(f => f.Severity == severity)}</td>");
        }

        html.Append($"<td data-count=\"total\">{findings.Count}</td>");
        if (report.HasBaseline)
        {
            foreach (var state in states)
            {
                var count = state == BaselineState.Absent ? absent : findings.Count(f => report.StateOf(f) == state);
                html.Append($"<td data-count=\"{Words.Of(state)}\">{count}</td>");
            }
        }

        html.Append("</tr>\n");
    }

    private static void AppendTimeline(StringBuilder html, CatalogData catalog, ILookup<Series, PhoneModel> modelsBySeries, HashSet<Series> aggregated, Dictionary<string, (string Id, int Count)> findings, HashSet<int> droughtYears, HashSet<string> sources, int firstYear, int lastYear)
    {
        html.Append("<section aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Timeline by series</h2>\n");
        html.Append("<p class=\"legend\"><span class=\"key released\" aria-hidden=\"true\">&#9679;</span> market release, <span class=\"key unveiled\" aria-hidden=\"true\">&#9670;</span> state-media unveiling, <span class=\"key manufactured\" aria-hidden=\"true\">&#9632;</span> manufacture date; a bar shows how uncertain a date is; <span class=\"key drought\" aria-hidden=\"true\">&#9608;</span> a release drought (")
            .Append(E(s_droughtRule)).Append($"). A series of more than {MaxModelRows} models has one row per kind of date, with a mark per year stating how many dates fall in it (by their earliest day).</p>\n");

        var events = catalog.ContextEvents.OrderBy(e => e.Date).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        if (events.Count > 0)
        {
            html.Append("<p>The numbered vertical lines:</p>\n<ol class=\"events\">\n");
            foreach (var item in events)
            {
                var kind = item.Kind == ContextKind.Sanctions ? "sanctions" : "border closure";
                var outside = item.Date.Year < firstYear || item.Date.Year > lastYear ? " (outside the timeline)" : string.Empty;
                html.Append($"<li id=\"event-{E(item.Key)}\"><strong>{E(item.Name)}</strong>, {Day(item.Date)}, {kind}{outside}: {E(item.Description)} {SourceLinks(item.Sources.Select(s => s.Key), sources)}</li>\n");
            }

            html.Append("</ol>\n");
        }

        if (catalog.Models.Count == 0)
        {
            html.Append("<p>The catalog has no models.</p>\n");
        }

        foreach (var series in catalog.Series.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            var models = modelsBySeries[series].OrderBy(m => m.Released?.Earliest ?? m.Unveiled?.Earliest ?? DateTime.MaxValue).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();
            if (models.Count == 0)
            {
                continue;
            }

            var id = "series-" + E(series.Key);
            var maker = series.Maker is { } m ? ", sold by " + E(m.Name) : string.Empty;
            html.Append($"<figure id=\"{id}\" class=\"series\">\n<h3 id=\"{id}-h\">{E(series.Name)}{maker}: {Count(models.Count, "model")}</h3>\n");
            var rows = aggregated.Contains(series) ? s_kinds.Count(k => models.Any(x => k.Date(x) is not null)) : models.Count;
            var height = Top + (Math.Max(rows, 1) * RowHeight) + 10;
            html.Append($"<svg class=\"timeline\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">\n");
            html.Append($"<title id=\"{id}-t\">{E(series.Name)} series timeline, {firstYear} to {lastYear}</title>\n");
            AppendAxis(html, events, droughtYears, firstYear, lastYear, height - 10);
            if (aggregated.Contains(series))
            {
                AppendYearRows(html, id, series, models, firstYear, lastYear);
            }
            else
            {
                var description = string.Join("; ", models.Select(x => $"{x.Name}: released {Text(x.Released)}, unveiled {Text(x.Unveiled)}, made {Text(x.Manufactured)}"));
                html.Append($"<desc id=\"{id}-d\">{E(description)}</desc>\n");
                AppendModelRows(html, models, findings, firstYear, lastYear);
            }

            html.Append("</svg>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendAxis(StringBuilder html, List<ContextEvent> events, HashSet<int> droughtYears, int firstYear, int lastYear, int bottom)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            var x = X(new DateTime(year, 1, 1), firstYear, lastYear);
            if (droughtYears.Contains(year))
            {
                var w = X(new DateTime(year, 12, 31), firstYear, lastYear) - x;
                html.Append($"<rect class=\"drought\" x=\"{F(x)}\" y=\"20\" width=\"{F(w)}\" height=\"{bottom - 20}\"><title>{year}: release drought ({E(s_droughtRule)})</title></rect>\n");
            }

            html.Append($"<line class=\"grid\" x1=\"{F(x)}\" y1=\"20\" x2=\"{F(x)}\" y2=\"{bottom}\"/><text class=\"year\" x=\"{F(x + 2)}\" y=\"14\">{year}</text>\n");
        }

        // Each line labelled with its number in the list above the charts; labels of close events move right
        // of each other instead of overprinting.
        var labelEnd = double.MinValue;
        for (var i = 0; i < events.Count; i++)
        {
            var item = events[i];
            if (item.Date.Year < firstYear || item.Date.Year > lastYear)
            {
                continue;
            }

            var x = X(item.Date.ToDateTime(TimeOnly.MinValue), firstYear, lastYear);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var labelX = Math.Max(x + 3, labelEnd + 3);
            labelEnd = labelX + (7 * number.Length);
            html.Append($"<g class=\"context {(item.Kind == ContextKind.Sanctions ? "sanctions" : "closure")}\"><title>{number}: {E(item.Name)}, {Day(item.Date)}</title>");
            html.Append($"<line x1=\"{F(x)}\" y1=\"20\" x2=\"{F(x)}\" y2=\"{bottom}\"/><text class=\"event-label\" x=\"{F(labelX)}\" y=\"30\">{number}</text></g>\n");
        }
    }

    private static void AppendModelRows(StringBuilder html, List<PhoneModel> models, Dictionary<string, (string Id, int Count)> findings, int firstYear, int lastYear)
    {
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            var target = findings.TryGetValue(model.Key, out var found) ? found : default((string Id, int Count)?);
            html.Append($"<g id=\"m-{E(model.Key)}\" class=\"model\">\n");
            html.Append($"<text class=\"label\" x=\"{Left - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{E(model.Name)}</text>\n");
            if (target is { } t)
            {
                html.Append($"<a href=\"#{t.Id}\" aria-label=\"{E(model.Name)}: {Count(t.Count, "finding")}\">\n");
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
    }

    // A series too large for a row per model: a row per kind of date, a mark per year with the count of the
    // dates whose earliest day falls in it. The marks' counts add up to the series' dates on the axis.
    private static void AppendYearRows(StringBuilder html, string id, Series series, List<PhoneModel> models, int firstYear, int lastYear)
    {
        var rows = new List<(string Kind, string Label, SortedDictionary<int, int> PerYear)>();
        foreach (var (kind, label, date) in s_kinds)
        {
            var dated = models.Select(date).OfType<FuzzyDate>().ToList();
            if (dated.Count == 0)
            {
                continue;
            }

            var perYear = new SortedDictionary<int, int>();
            foreach (var year in dated.Select(d => d.Earliest.Year).Where(y => y >= firstYear && y <= lastYear))
            {
                perYear[year] = perYear.GetValueOrDefault(year) + 1;
            }

            rows.Add((kind, label, perYear));
        }

        var description = string.Join("; ", rows.Select(r => $"{r.Label} by year: " + (r.PerYear.Count == 0 ? "none on the axis" : string.Join(", ", r.PerYear.Select(p => $"{p.Key}: {p.Value}")))));
        html.Append($"<desc id=\"{id}-d\">{E(series.Name)}, {Count(models.Count, "model")}; {E(description)}</desc>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (kind, label, perYear) = rows[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            html.Append($"<g class=\"row\"><text class=\"label\" x=\"{Left - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{label}</text>\n");
            foreach (var (year, count) in perYear)
            {
                var mid = X(new DateTime(year, 7, 1), firstYear, lastYear);
                html.Append($"<g class=\"mark {kind}\" data-count=\"{count}\"><title>{E(series.Name)}: {count} {label} in {year}</title>");
                html.Append(Shape(kind, mid, y));
                html.Append($"<text class=\"count\" x=\"{F(mid + 7)}\" y=\"{y + 4}\">{count}</text></g>\n");
            }

            html.Append("</g>\n");
        }
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
        html.Append($"<g class=\"mark {kind}\" data-count=\"1\"><title>{E(title)}</title>");
        html.Append($"<line class=\"span\" x1=\"{F(x1)}\" y1=\"{y}\" x2=\"{F(x2)}\" y2=\"{y}\"/>");
        html.Append(Shape(kind, mid, y));
        html.Append("</g>\n");
    }

    private static string Shape(string kind, double mid, int y) => kind switch
    {
        "released" => $"<circle cx=\"{F(mid)}\" cy=\"{y}\" r=\"4\"/>",
        "unveiled" => $"<path d=\"M{F(mid)} {y - 5} l5 5 l-5 5 l-5 -5 z\"/>",
        _ => $"<rect x=\"{F(mid - 4)}\" y=\"{y - 4}\" width=\"8\" height=\"8\"/>",
    };

    private static void AppendTrade(StringBuilder html, CatalogData catalog, HashSet<string> sources, int firstYear, int lastYear)
    {
        html.Append("<section aria-labelledby=\"trade-h\"><h2 id=\"trade-h\">Trade by year</h2>\n");
        var trade = catalog.TradeYears.Where(t => t.Year >= firstYear && t.Year <= lastYear).OrderBy(t => t.Year).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        if (trade.Count == 0)
        {
            html.Append("<p>The catalog records no trade in these years.</p>\n</section>\n");
            return;
        }

        var max = trade.Max(t => t.ValueMusd);
        html.Append("<figure>\n");
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
            html.Append($"<tr><td>{year.Year}</td><td>{E(year.Partner.ToString())}</td><td>{N(year.ValueMusd)}{(year.Derived ? " (derived)" : string.Empty)}</td><td>{(year.ChangePercent is { } c ? N(c) + "%" : "-")}</td><td>{SourceLinks(year.Sources.Select(s => s.Key), sources)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    // Every finding, grouped by rule: the first of each rule with text, evidence and sources, the rest by subject.
    private static void AppendFindings(StringBuilder html, FindingsReport report, Dictionary<Finding, string> ids, Dictionary<string, string> subjects, HashSet<string> sources)
    {
        html.Append("<section aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">Findings</h2>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
        }

        foreach (var rule in report.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var findings = rule.ToList();
            html.Append($"<h3 id=\"rule-{E(rule.Key)}\">{E(rule.Key)} {E(findings[0].RuleName)}: {Count(findings.Count, "finding")}</h3>\n");
            html.Append("<table class=\"findings\"><thead><tr><th scope=\"col\">severity</th><th scope=\"col\">subject</th><th scope=\"col\">finding</th><th scope=\"col\">evidence and sources</th></tr></thead><tbody>\n");
            foreach (var finding in findings.Take(FullFindingsPerRule))
            {
                var state = report.StateOf(finding) is { } s ? ", " + Words.Of(s) : string.Empty;
                html.Append($"<tr id=\"{ids[finding]}\" class=\"finding {Words.Of(finding.Severity)}\"><td>{Words.Of(finding.Severity)}, {Words.Of(finding.Confidence)}{state}</td>");
                html.Append($"<td>{Subject(finding, subjects)}</td><td>{E(finding.Message)}</td><td><ul>");
                foreach (var evidence in finding.EvidenceWithoutKeeping())
                {
                    html.Append($"<li>{E(evidence.Field)}: {E(EvidenceText.Of(evidence))}{(evidence.Sources.Count > 0 ? " " + SourceLinks(evidence.Sources, sources) : string.Empty)}</li>");
                }

                html.Append("</ul></td></tr>\n");
            }

            html.Append("</tbody></table>\n");
            if (findings.Count > FullFindingsPerRule)
            {
                var rest = findings.Skip(FullFindingsPerRule).ToList();
                html.Append($"<p>{Count(rest.Count, "more finding")} of {E(rule.Key)}, by subject; their text and evidence: <code>phonerules analyze --rule {E(rule.Key)}</code>.</p>\n<ol class=\"more\">");
                foreach (var finding in rest)
                {
                    var state = report.StateOf(finding) is { } s ? " (" + Words.Of(s) + ")" : string.Empty;
                    html.Append($"<li id=\"{ids[finding]}\">{E(finding.SubjectKey)}{state}</li>");
                }

                html.Append("</ol>\n");
            }
        }

        html.Append("</section>\n");
    }

    private static string Subject(Finding finding, Dictionary<string, string> subjects) =>
        finding.SubjectType == nameof(PhoneModel) && subjects.TryGetValue(finding.SubjectKey, out var anchor)
            ? $"<a href=\"#{E(anchor)}\">{E(finding.SubjectKey)}</a>"
            : E(finding.SubjectKey);

    private static void AppendSources(StringBuilder html, CatalogData catalog)
    {
        html.Append("<section aria-labelledby=\"sources-h\"><h2 id=\"sources-h\">Sources</h2>\n");
        if (catalog.Sources.Count == 0)
        {
            html.Append("<p>The catalog has no sources.</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"sources\"><thead><tr><th scope=\"col\">key</th><th scope=\"col\">publisher</th><th scope=\"col\">title</th><th scope=\"col\">published</th><th scope=\"col\">link</th><th scope=\"col\">language</th><th scope=\"col\">confidence</th><th scope=\"col\">note</th></tr></thead><tbody>\n");
        foreach (var source in catalog.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            html.Append($"<tr id=\"src-{E(source.Key)}\"><th scope=\"row\"><code>{E(source.Key)}</code></th><td>{E(source.Publisher)}</td><td>{E(source.Title)}</td><td>{Text(source.Published)}</td><td>{Link(source.Url)}</td>");
            html.Append($"<td>{E(source.Language ?? "English")}</td><td>{E(source.Confidence.ToString().ToLowerInvariant())}</td><td>{E(source.Note ?? string.Empty)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    // Only http and https become links (the catalog allows no other scheme; this makes sure no input ever
    // becomes a javascript: or data: URL). The link's text is the address as written, IRIs included.
    private static string Link(Uri? url) =>
        url is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? $"<a class=\"out\" href=\"{E(u.AbsoluteUri)}\" rel=\"noopener noreferrer\">{E(u.OriginalString)}</a>"
            : E(url?.OriginalString ?? string.Empty);

    // "[a, b]", each key a link to its row in the sources table.
    private static string SourceLinks(IEnumerable<string> keys, HashSet<string> known) =>
        "<span class=\"sources\">[" + string.Join(", ", keys.Select(k => known.Contains(k) ? $"<a class=\"src\" href=\"#src-{E(k)}\">{E(k)}</a>" : $"<span class=\"src unknown\">{E(k)}</span>")) + "]</span>";

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static double X(DateTime day, int firstYear, int lastYear)
    {
        var start = new DateTime(firstYear, 1, 1);
        var end = new DateTime(lastYear + 1, 1, 1);
        return Left + ((day - start).TotalDays / (end - start).TotalDays * (Width - Left - Right));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(FuzzyDate? date) => date?.ToString() ?? "unknown";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // The one escape for HTML, text and attributes alike: controls and bidirectional overrides spelled out
    // (an RTL override would reorder the page), then HTML-encoded.
    private static string E(string text) => WebUtility.HtmlEncode(TerminalText.Escape(text));

    private const string Css = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
        h1 { margin: 0 0 .3rem; } h2 { margin-top: 2rem; } h3 { margin: 1.2rem 0 .3rem; font-size: 1rem; }
        figure { margin: 0 0 1rem; } figcaption { font-size: .85rem; color: #444; }
        svg { max-width: 100%; height: auto; } svg text { font-size: 11px; fill: #1a1a1a; }
        .grid { stroke: #ddd; } .year { fill: #555; } svg text.undated { fill: #777; font-style: italic; }
        .drought { fill: #f6d6d6; }
        .context line { stroke-width: 2; stroke-dasharray: 4 3; } .sanctions line { stroke: #7a3db8; } .closure line { stroke: #c0392b; }
        svg text.event-label { font-weight: bold; } .sanctions text { fill: #7a3db8; } .closure text { fill: #c0392b; }
        .mark .span { stroke-width: 3; stroke-linecap: round; opacity: .45; }
        .released circle, .released .span { fill: #1f77b4; stroke: #1f77b4; }
        .unveiled path, .unveiled .span { fill: #ff7f0e; stroke: #ff7f0e; }
        .manufactured rect, .manufactured .span { fill: #2ca02c; stroke: #2ca02c; }
        .bar { fill: #5b8db8; } .bar.derived { fill: #b7cde0; stroke: #5b8db8; stroke-dasharray: 3 2; }
        a:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
        .model:target .label { font-weight: bold; fill: #b00; } .series:target h3 { background: #fff3b0; }
        table.findings, figure.series { content-visibility: auto; contain-intrinsic-size: auto 400px; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        .summary td { text-align: right; } .summary th[scope=row] { text-align: left; font-weight: normal; } .summary tfoot th { font-weight: bold; } caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
        tr:target, li:target { background: #fff3b0; }
        .finding.error td:nth-child(1) { color: #b00; font-weight: bold; } .finding.warning td:nth-child(1) { color: #8a5a00; }
        .findings ul { margin: 0; padding-left: 1rem; } .sources { color: #555; } table.sources td:nth-child(5) { word-break: break-all; }
        ol.more { content-visibility: auto; contain-intrinsic-size: auto 20000px; padding: 0; list-style: none; font-size: .85rem; } ol.more li { display: inline; } ol.more li + li::before { content: ", "; }
        .legend .key { font-size: 1.1rem; } .key.released { color: #1f77b4; } .key.unveiled { color: #ff7f0e; } .key.manufactured { color: #2ca02c; } .key.drought { color: #f6d6d6; }
        @media print { body { margin: 0; } a { color: inherit; text-decoration: none; } figure, tr { break-inside: avoid; } svg { max-width: 100%; height: auto; } }

        """;
}
