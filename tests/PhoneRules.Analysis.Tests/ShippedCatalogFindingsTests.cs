using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;
using Snapshooter.Xunit;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Analysis.Tests;

public sealed class ShippedCatalogFindingsTests
{
    [Fact]
    public void ShippedCatalog_Findings_MatchSnapshot()
    {
        var findings = RuleRunner.Analyze(Catalog.Data);

        Snapshot.Match(FindingText.Format(findings));
    }

    // Each anomaly the seed report (Daily NK, early 2021) describes, as (rule, subject, confidence).
    [Theory]
    [InlineData("PR001", "pyongyang-2425", FindingConfidence.Possible)] // released about January 2019 (Daily NK Korean), unveiled April 2019: 60-119 days
    [InlineData("PR001", "chollyong-201", FindingConfidence.Possible)] // marketed late 2019, unveiled early 2020
    [InlineData("PR001", "chollyong-202", FindingConfidence.Possible)]
    [InlineData("PR001", "jindallae-6", FindingConfidence.Possible)]
    [InlineData("PR001", "jindallae-7", FindingConfidence.Possible)]
    [InlineData("PR005", "chollyong-201", FindingConfidence.Possible)] // label shows late 2019
    [InlineData("PR002", "chollyong-201", FindingConfidence.Certain)] // IMEI lookups show foreign makers
    [InlineData("PR002", "jindallae-7", FindingConfidence.Certain)]
    [InlineData("PR002", "pyongyang-2425", FindingConfidence.Certain)]
    [InlineData("PR003", "2020", FindingConfidence.Certain)] // no new models in 2020
    [InlineData("PR006", "2020", FindingConfidence.Certain)] // trade -80%, border closed
    [InlineData("PR007", "it-successes-2020", FindingConfidence.Possible)] // no exhibition news in 2020: an absence of reports
    [InlineData("PR004", "pyongyang-2425", FindingConfidence.Possible)] // parts imported despite UNSCR 2397; its release date is approximate (2019-01~)
    [InlineData("PR004", "jindallae-7", FindingConfidence.Certain)]
    [InlineData("PR011", "pyongyang-2425-release-seed", FindingConfidence.Possible)] // six vs three months
    [InlineData("PR012", "gionee 2417", FindingConfidence.Certain)] // the 2423 and the 2425 both look up as Gionee 2417
    public void ShippedCatalog_ReportsWhatTheSeedDescribes(string ruleId, string subject, FindingConfidence confidence)
    {
        var findings = RuleRunner.Analyze(Catalog.Data);

        var finding = Assert.Single(findings, f => f.RuleId == ruleId && f.SubjectKey == subject);
        Assert.Equal(confidence, finding.Confidence);
    }

    [Fact]
    public void ShippedCatalog_HasOnlyIllustrativeImeis_SoPR008AndPR009StaySilent()
    {
        var findings = RuleRunner.Analyze(Catalog.Data);

        Assert.DoesNotContain(findings, f => f.RuleId is "PR008" or "PR009");
        Assert.All(Catalog.ImeiLookups.All.Where(l => l.Imei.HasValue), l => Assert.True(l.Illustrative));
    }
}
