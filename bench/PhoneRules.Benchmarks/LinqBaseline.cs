using System.Collections.Generic;
using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using PhoneRules.Analysis.Rules.Support;

namespace PhoneRules.Benchmarks;

/// <summary>
/// The same findings as the NRules rules, computed by hand with loops and LINQ: the engine's matching,
/// joins, aggregation and chaining replaced by plain code. Findings are built with the rules' own helpers,
/// so what is compared is the engine, not the message formatting. A test asserts the two agree.
/// </summary>
public static class LinqBaseline
{
    /// <summary>Every finding, in <see cref="FindingOrder"/>.</summary>
    public static IReadOnlyList<Finding> Analyze(CatalogData catalog)
    {
        var index = new CatalogIndex(catalog);
        var settings = catalog.Settings;
        var findings = new List<Finding>();

        foreach (var model in catalog.Models)
        {
            var releases = DateVersions.Of(index, model, DateEvent.MarketRelease);
            var made = DateVersions.Of(index, model, DateEvent.Manufacture);
            var unveilings = DateVersions.Of(index, model, DateEvent.StateMediaUnveiling);
            if (releases.Count > 0 && unveilings.Count > 0)
            {
                var lag = DateVersions.Span(releases, unveilings);
                if (lag.Max >= settings.LateAnnouncementDays)
                {
                    var certain = lag.Min >= settings.LateAnnouncementDays && !DateVersions.AnyQualified(releases, unveilings);
                    findings.Add(PR001LateAnnouncementRule.Report(index, model, new EventVersions(releases, unveilings), lag, certain ? FindingConfidence.Certain : FindingConfidence.Possible));
                }
            }

            if (made.Count > 0 && unveilings.Count > 0)
            {
                var lag = DateVersions.Span(made, unveilings);
                if (lag.Max >= settings.MadeBeforeUnveiledDays)
                {
                    var certain = lag.Min >= settings.MadeBeforeUnveiledDays && !DateVersions.AnyQualified(made, unveilings);
                    findings.Add(PR005MadeBeforeUnveiledRule.Report(index, model, new EventVersions(made, unveilings), lag, certain ? FindingConfidence.Certain : FindingConfidence.Possible));
                }
            }

            if (model.SoldAsDomestic && PR002ForeignHardwareRule.Find(index, model) is { } foreign)
            {
                findings.Add(PR002ForeignHardwareRule.Report(index, foreign));
                var onSale = PR004SanctionsExposureRule.OnSaleFrom(index, model);
                var adopted = PR004SanctionsExposureRule.Adopted(index);
                if (onSale.Versions.Any(v => DateQualifiers.Latest(v.Date) > adopted))
                {
                    var certain = onSale.FromRelease && onSale.Versions.All(v => !v.Date.IsQualified && DateQualifiers.Earliest(v.Date) > adopted) && foreign.Confidence == FindingConfidence.Certain;
                    findings.Add(PR004SanctionsExposureRule.Report(index, foreign, onSale, certain ? FindingConfidence.Certain : FindingConfidence.Possible));
                }
            }
        }

        // PR003 and PR006: release counts per year, the drought, its context.
        var counts = new List<ReleaseCount>();
        foreach (var year in Years(settings.DroughtFirstYear, settings.DroughtLastYear))
        {
            var y = year;
            counts.Add(ReleaseCountRule.Count(new AnalysisYear(y), catalog.Models.Where(m => m.Released is { } d && DateQualifiers.IsPossiblyIn(d, y))));
        }

        foreach (var count in counts)
        {
            var history = counts.Where(h => h.Year < count.Year && h.Year >= (long)count.Year - settings.DroughtWindowYears).ToList();
            if (history.Count < System.Math.Max(1, settings.DroughtMinHistoryYears) || history.Sum(h => h.Min) < settings.DroughtMinHistoryReleases || PR003ReleaseDroughtRule.Judge(index, count, history) is not { } drought)
            {
                continue;
            }

            findings.Add(PR003ReleaseDroughtRule.Report(index, drought, history));
            var context = PR006DroughtContextRule.Context(index, drought.Year);
            if (context.Count > 0)
            {
                findings.Add(PR006DroughtContextRule.Report(index, drought, context));
            }
        }

        foreach (var editions in catalog.Exhibitions.GroupBy(e => e.Name))
        {
            findings.AddRange(PR007ExhibitionSilenceRule.SilentYears(index, editions));
        }

        foreach (var lookup in catalog.ImeiLookups)
        {
            if (!lookup.Illustrative && lookup.Imei is { } imei && (!imei.HasValidCheckDigit || !imei.Tac.HasKnownReportingBody))
            {
                findings.Add(PR008InvalidImeiRule.Report(index, lookup));
            }
        }

        foreach (var shared in catalog.ImeiLookups.Where(l => l.Imei.HasValue && !l.Illustrative).GroupBy(l => l.Imei!.Value.Tac))
        {
            if (shared.Select(l => l.Model).Distinct().Skip(1).Any())
            {
                findings.Add(PR009SharedTacRule.Report(index, CatalogIndex.Group(shared.Key, shared.ToList())));
            }
        }

        foreach (var shared in index.GroupByReportedModel())
        {
            if (shared.Lookups.Select(l => l.Model).Distinct().Skip(1).Any())
            {
                var certain = shared.Lookups.All(l => l.Confidence != Confidence.Low);
                findings.Add(PR012SharedForeignModelRule.Report(index, shared, certain ? FindingConfidence.Certain : FindingConfidence.Possible));
            }
        }

        foreach (var stated in catalog.SeriesCounts)
        {
            var range = PR010CountMismatchRule.Range(stated);
            var tally = PR010CountMismatchRule.Count(index, stated);
            if (tally.Certain.Count > range.Most || tally.Certain.Count + tally.Possible.Count < range.Least || tally.BySeriesLeast > range.Most)
            {
                findings.Add(PR010CountMismatchRule.Report(index, stated, range, tally));
            }
        }

        foreach (var claim in catalog.FactClaims)
        {
            var recorded = PR013FactConflictRule.Record(index, claim);
            if (recorded.Values.Count > 0 && !recorded.Agrees)
            {
                findings.Add(PR013FactConflictRule.Report(index, claim, recorded));
            }
        }

        foreach (var entry in GradedEntry.Of(catalog).Where(e => e.Confidence == Confidence.High))
        {
            var support = Outlets.Weigh(entry.Sources);
            if (support.Primary == 0 && support.IndependentPairs == 0)
            {
                findings.Add(PR014ConfidenceUnsupportedRule.Report(index, entry, support));
            }
        }

        foreach (var claims in catalog.DateClaims.GroupBy(c => (c.Model, c.Event)))
        {
            var dates = PR011SourceConflictRule.Dates(claims);
            if (dates.Versions.Count < 2)
            {
                continue;
            }

            var widest = PR011SourceConflictRule.Widest(dates);
            if (widest.Gap >= System.Math.Max(1, settings.ConflictMinGapDays))
            {
                findings.Add(PR011SourceConflictRule.Report(index, dates, widest));
            }
        }

        findings.Sort(FindingOrder.Instance);
        return findings;
    }

    // The analysed years, as the rules bound them: at most the last 200 (RuleSupport.MaxYearSpan), overflow-safe.
    private static IEnumerable<int> Years(long first, long last)
    {
        var count = System.Math.Clamp(last - first + 1, 0, 200);
        var start = last - count + 1;
        return count == 0 || start < int.MinValue || last > int.MaxValue ? [] : Enumerable.Range((int)start, (int)count);
    }
}
