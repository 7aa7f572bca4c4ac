using System.Collections.Generic;
using System.Threading.Tasks;
using PhoneRules.Model;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using RE = RulesEngine;

namespace PhoneRules.Benchmarks;

/// <summary>
/// The per-fact rules (PR001, PR005, PR008, and PR002 over a precomputed join) expressed for Microsoft
/// RulesEngine 6.0.1, the peer a user would pick instead of NRules. RulesEngine has no working memory, so
/// joins, aggregates and chaining (PR003, PR004, PR006, PR007, PR009-PR011) are out of its reach; inputs
/// are projections computed in C#, and each fact is one call, as its documentation shows.
/// </summary>
public sealed class RulesEnginePeer
{
    /// <summary>The rule ids this peer expresses.</summary>
    public static readonly string[] RuleIds = ["PR001", "PR002", "PR005", "PR008"];

    private const string ModelWorkflow = "models";
    private const string SightingWorkflow = "sightings";

    private readonly RE.RulesEngine _engine = new(
        [
            new RE.Models.Workflow
            {
                WorkflowName = ModelWorkflow,
                Rules =
                [
                    Rule("PR001", "input1.HasReleaseAndUnveiling && input1.ReleaseLagMax >= input1.LateDays"),
                    Rule("PR005", "input1.HasManufactureAndUnveiling && input1.MadeLagMax >= input1.MadeDays"),
                    Rule("PR002", "input1.SoldAsDomestic && input1.HasForeignEvidence"),
                ],
            },
            new RE.Models.Workflow
            {
                WorkflowName = SightingWorkflow,
                Rules = [Rule("PR008", "input1.HasReportedImei && (!input1.ValidCheckDigit || !input1.KnownReportingBody)")],
            },
        ],
        new RE.Models.ReSettings { EnableExceptionAsErrorMessage = false });

    /// <summary>The findings of the four rules, in <see cref="FindingOrder"/>.</summary>
    public async Task<IReadOnlyList<Finding>> AnalyzeAsync(CatalogData catalog)
    {
        var index = new CatalogIndex(catalog);
        var settings = catalog.Settings;
        var findings = new List<Finding>();
        foreach (var model in catalog.Models)
        {
            var foreign = PR002ForeignHardwareRule.Find(index, model);
            // Every version of each date (the catalog's and its DateClaims), as the NRules rules see them.
            var releases = DateVersions.Of(index, model, DateEvent.MarketRelease);
            var made = DateVersions.Of(index, model, DateEvent.Manufacture);
            var unveilings = DateVersions.Of(index, model, DateEvent.StateMediaUnveiling);
            var hasRelease = releases.Count > 0 && unveilings.Count > 0;
            var hasManufacture = made.Count > 0 && unveilings.Count > 0;
            var releaseLag = hasRelease ? DateVersions.Span(releases, unveilings) : default;
            var madeLag = hasManufacture ? DateVersions.Span(made, unveilings) : default;
            var input = new ModelInput(
                hasRelease, releaseLag.Max, settings.LateAnnouncementDays,
                hasManufacture, madeLag.Max, settings.MadeBeforeUnveiledDays,
                model.SoldAsDomestic, foreign is not null);
            foreach (var result in await _engine.ExecuteAllRulesAsync(ModelWorkflow, input))
            {
                if (!result.IsSuccess)
                {
                    continue;
                }

                findings.Add(result.Rule.RuleName switch
                {
                    "PR001" => PR001LateAnnouncementRule.Report(index, model, new EventVersions(releases, unveilings), releaseLag, releaseLag.Min >= settings.LateAnnouncementDays && !DateVersions.AnyQualified(releases, unveilings) ? FindingConfidence.Certain : FindingConfidence.Possible),
                    "PR005" => PR005MadeBeforeUnveiledRule.Report(index, model, new EventVersions(made, unveilings), madeLag, madeLag.Min >= settings.MadeBeforeUnveiledDays && !DateVersions.AnyQualified(made, unveilings) ? FindingConfidence.Certain : FindingConfidence.Possible),
                    _ => PR002ForeignHardwareRule.Report(index, foreign!),
                });
            }
        }

        foreach (var lookup in catalog.ImeiLookups)
        {
            var imei = lookup.Imei;
            var input = new SightingInput(imei.HasValue && !lookup.Illustrative, imei?.HasValidCheckDigit ?? true, imei?.Tac.HasKnownReportingBody ?? true);
            var results = await _engine.ExecuteAllRulesAsync(SightingWorkflow, input);
            if (results[0].IsSuccess)
            {
                findings.Add(PR008InvalidImeiRule.Report(index, lookup));
            }
        }

        findings.Sort(FindingOrder.Instance);
        return findings;
    }

    private static RE.Models.Rule Rule(string id, string expression) => new()
    {
        RuleName = id,
        Expression = expression,
        RuleExpressionType = RE.Models.RuleExpressionType.LambdaExpression,
    };

    /// <summary>A model as RulesEngine sees it: flat values computed in C#.</summary>
    public sealed record ModelInput(bool HasReleaseAndUnveiling, int ReleaseLagMax, int LateDays, bool HasManufactureAndUnveiling, int MadeLagMax, int MadeDays, bool SoldAsDomestic, bool HasForeignEvidence);

    /// <summary>A sighting as RulesEngine sees it.</summary>
    public sealed record SightingInput(bool HasReportedImei, bool ValidCheckDigit, bool KnownReportingBody);
}
