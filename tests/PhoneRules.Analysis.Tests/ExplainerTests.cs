using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Explanations;
using PhoneRules.Analysis.Findings;
using Snapshooter.Xunit;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Analysis.Tests;

public sealed class ExplainerTests
{
    private static RuleDescriptor Rule(string id) => RuleRunner.Rules.Single(r => r.Id == id);

    [Fact]
    public void Fired_ShowsEveryConditionWithItsValues()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR001"), "pyongyang-2425");

        Assert.True(explanation.Fired);
        Snapshot.Match(ExplanationText.Format(explanation));
    }

    [Fact]
    public void FuzzyPossible_ShowsTheLagRange()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR001"), "jindallae-7");

        Assert.Equal(FindingConfidence.Possible, explanation.Finding!.Confidence);
        Snapshot.Match(ExplanationText.Format(explanation));
    }

    [Fact]
    public void NearMiss_NamesTheFirstFailedConditionWithItsValues()
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01-01", unveiled: "2019-03-22").Build();

        var explanation = Explainer.Explain(catalog, Rule("PR001"), "m");

        Assert.False(explanation.Fired);
        Assert.Equal("lag.Max >= index.Settings.LateAnnouncementDays", explanation.FailedAt!.Expression);
        Assert.Equal(["80", "90"], explanation.FailedAt.Values.Select(v => v.Value));
        Snapshot.Match(ExplanationText.Format(explanation));
    }

    [Fact]
    public void NearMiss_AnExhibitionWithNoSilentYear_FailsAtTheCountOfSilentYears()
    {
        var catalog = new TestCatalog()
            .Add("Exhibition", "x-2018", "name: Expo\nyear: 2018\nstatus: held\nsources: [s1]")
            .Add("Exhibition", "x-2019", "name: Expo\nyear: 2019\nstatus: held\nsources: [s1]")
            .Build();

        var explanation = Explainer.Explain(catalog, Rule("PR007"), "x-2019");

        Assert.False(explanation.Fired);
        Assert.Equal("silent.Count > 0", explanation.FailedAt!.Expression);
        Assert.Equal("0", explanation.FailedAt.Values.Single(v => v.Expression == "silent.Count").Value);
    }

    [Fact]
    public void MissingField_IsTheNearMiss()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR001"), "jindallae-3");

        Assert.False(explanation.Fired);
        Assert.Equal("Dated(index, model, MarketRelease) && Dated(index, model, StateMediaUnveiling)", explanation.FailedAt!.Expression);
        Assert.Equal(
            ["Dated(index, model, MarketRelease)=true", "Dated(index, model, StateMediaUnveiling)=false"],
            explanation.FailedAt.Values.Select(v => v.Expression + "=" + v.Value));
        Assert.DoesNotContain(explanation.Steps, s => s.IsBinding); // nothing is bound for a model the rule cannot judge
    }

    [Theory]
    [InlineData("PR001", "pyongyang-2425", "late-announcement-days")]
    [InlineData("PR001", "chollyong-201", "late-announcement-days")]
    [InlineData("PR005", "chollyong-201", "made-before-unveiled-days")]
    public void ExplanationNumbers_EqualWhatTheRuleComputed(string ruleId, string subject, string setting)
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule(ruleId), subject);

        var finding = explanation.Finding!;
        var lag = explanation.Steps.First(s => s.IsBinding && s.Expression.Contains("Span()", System.StringComparison.Ordinal));
        var threshold = explanation.Steps.Last(s => !s.IsBinding).Values.Last();
        var grade = explanation.Steps.Single(s => s.IsBinding && s.Expression.StartsWith("Grade", System.StringComparison.Ordinal));
        Assert.Equal(finding.Evidence.Single(e => e.Field == "lag-days").Value, lag.Result);
        Assert.Equal(finding.Evidence.Single(e => e.Field == setting).Value, threshold.Value);
        Assert.Equal(Words.Of(finding.Confidence), grade.Result);
        Assert.Equal(lag.Result.Split("..")[0], grade.Values.First(v => v.Expression == "lag.Min").Value);
    }

    [Fact]
    public void NoValueOfAnyFindingsExplanation_IsShownAsATypeName()
    {
        // A lambda inside a test (Any(v => ...)) was once shown as its delegate type, not the test's answer.
        var findings = RuleRunner.Analyze(Catalog.Data);
        var values = Explainer.ExplainAll(Catalog.Data, findings).Values
            .SelectMany(steps => steps.SelectMany(s => s.Values.Select(v => v.Expression + " = " + v.Value).Append(s.Expression + " -> " + s.Result)))
            .ToList();

        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.Contains("System.", System.StringComparison.Ordinal) || v.Contains('`', System.StringComparison.Ordinal));
        Assert.Contains("onSale.Versions.Any(v => (Latest(v.Date) > Adopted(index))) = true", values);
    }

    [Fact]
    public void SanctionsGrade_SaysWhyItIsOnlyPossible()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR004"), "kildongmu");

        var onSale = explanation.Steps.Single(s => s.IsBinding && s.Expression.StartsWith("OnSaleFrom(", System.StringComparison.Ordinal));
        Assert.Equal("unveiled 2019-09 [nkn-kildongmu]", onSale.Result);
        var grade = explanation.Steps.Single(s => s.IsBinding && s.Expression.StartsWith("Grade(", System.StringComparison.Ordinal));
        Assert.Equal("possible", grade.Result);
        Assert.Equal("false", grade.Values.Single(v => v.Expression == "onSale.FromRelease").Value);
        Assert.Equal("false", grade.Values.Single(v => v.Expression == "foreign.IsCertain").Value);
    }

    [Fact]
    public void ChainedRule_IsExplainedWithWhatItChainsOn()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR006"), "2020");

        Assert.True(explanation.Fired);
        Assert.Contains(explanation.Steps.SelectMany(s => s.Values), v => v.Expression == "drought.Year" && v.Value == "2020");
        Assert.Equal("3 item(s)", explanation.Steps[0].Result);
    }

    [Fact]
    public void ExplainAll_ExplainsEveryFinding()
    {
        var findings = RuleRunner.Analyze(Catalog.Data);

        var all = Explainer.ExplainAll(Catalog.Data, findings);

        Assert.Equal(findings.Count, all.Count);
        Assert.All(findings, f => Assert.NotEmpty(all[f]));
        Assert.All(findings, f => Assert.All(all[f], s => Assert.True(s.Passed, $"{f.RuleId} {f.SubjectKey}: {s.Expression}")));
    }

    [Fact]
    public void Coverage_CountsSubjectsWithTheFieldsFilled()
    {
        var coverage = RuleCoverage.Compute(Catalog.Data);

        var pr005 = coverage.Single(c => c.Rule.Id == "PR005" && c.TypeName == "PhoneModel");
        Assert.Equal((2, 22), (pr005.Filled, pr005.Total));
        Assert.Equal(["manufactured", "unveiled"], pr005.Fields);
        Assert.Equal(Catalog.Models.All.Count(m => m.Manufactured is not null && m.Unveiled is not null), pr005.Filled);
        var pr001 = coverage.Single(c => c.Rule.Id == "PR001" && c.TypeName == "PhoneModel");
        Assert.Equal((Catalog.Models.All.Count(m => m.Released is not null && m.Unveiled is not null), Catalog.Models.All.Count), (pr001.Filled, pr001.Total));
        Assert.Equal(RuleRunner.Rules.Select(r => r.Id), coverage.Select(c => c.Rule.Id).Distinct());
    }

    [Fact]
    public void WrittenField_GivesTheCatalogsWordForAGeneratedProperty_AndRefusesWhatIsNoField()
    {
        Assert.Equal("released-by", Written.Field(typeof(PhoneModel), nameof(PhoneModel.ReleasedBy)));
        Assert.Equal("sold-as-domestic", Written.Field(typeof(PhoneModel), nameof(PhoneModel.SoldAsDomestic)));
        Assert.Throws<System.ArgumentException>(() => Written.Field(typeof(PhoneModel), nameof(PhoneModel.Key)));
        Assert.Throws<System.ArgumentException>(() => Written.Field(typeof(PhoneModel), "NoSuchProperty"));
    }

    [Fact]
    public void CountClaim_ShowsTheCountsAndTheRangeAsValues()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR010"), "every-series-2020");

        Assert.True(explanation.Fired);
        Assert.Equal("0", explanation.Steps.Single(s => s.Expression == "Range(stated)").Result);
        var decision = explanation.Steps.Single(s => !s.IsBinding && s.Expression.Contains("range.Most", System.StringComparison.Ordinal));
        var values = decision.Values.Select(v => v.Expression + "=" + v.Value).ToList();
        Assert.Equal(
            ["tally.Certain.Count=1", "range.Most=0", "(tally.Certain.Count + tally.Possible.Count)=12", "range.Least=0", "tally.BySeriesLeast=0", "range.Most=0"],
            values);
    }

    [Theory]
    [InlineData("medium", "Medium", false)]
    [InlineData("low", "Low", false)]
    [InlineData("high", "High", true)]
    public void AnEnumInACondition_IsShownByItsMembersNames_NotAsANumber(string grade, string member, bool passes)
    {
        // C# compares an enum as its number: GradeOf(entry) == 0 is what the expression says.
        var catalog = new TestCatalog()
            .Add("Source", "a", "publisher: A\ntitle: T\nconfidence: medium")
            .Add("PhoneModel", "g", $"name: G\nseries: line\nsold-as-domestic: true\nconfidence: {grade}\nsources: [a]")
            .Build();

        var explanation = Explainer.Explain(catalog, Rule("PR014"), "g");

        var step = explanation.Steps.Single(s => s.Expression.Contains("GradeOf", System.StringComparison.Ordinal));
        Assert.Equal("GradeOf(entry) == High", step.Expression);
        Assert.Equal(passes, step.Passed);
        Assert.Equal(["GradeOf(entry)=" + member], step.Values.Select(v => v.Expression + "=" + v.Value));
    }

    [Fact]
    public void UnsupportedHigh_ShowsPrimaryRecordsAndPairsAsTheDecisionsValues()
    {
        var catalog = new TestCatalog()
            .Add("Source", "a", "publisher: A\ntitle: T\nconfidence: medium")
            .Add("Source", "a2", "publisher: A\ntitle: T\nconfidence: medium")
            .Add("PhoneModel", "g", "name: G\nseries: line\nsold-as-domestic: true\nconfidence: high\nsources: [a, a2]")
            .Build();

        var explanation = Explainer.Explain(catalog, Rule("PR014"), "g");

        Assert.True(explanation.Fired);
        var decision = explanation.Steps.Last();
        Assert.Equal("(Weigh(SourcesOf(entry)).Primary == 0) && (Weigh(SourcesOf(entry)).IndependentPairs == 0)", decision.Expression);
        Assert.True(decision.Passed);
        Assert.Equal(["Weigh(SourcesOf(entry)).Primary=0", "Weigh(SourcesOf(entry)).IndependentPairs=0"], decision.Values.Select(v => v.Expression + "=" + v.Value));
        Assert.DoesNotContain(explanation.Steps, s => s.IsBinding);
    }

    [Theory]
    [InlineData("publisher: B\ntitle: T\nconfidence: medium", "0", "1")]
    [InlineData("publisher: A\ntitle: T\nprimary: true\nconfidence: high", "1", "0")]
    public void SupportedHigh_IsANearMissThatShowsWhatSupportsIt(string second, string primary, string pairs)
    {
        var catalog = new TestCatalog()
            .Add("Source", "a", "publisher: A\ntitle: T\nconfidence: medium")
            .Add("Source", "b", second)
            .Add("PhoneModel", "g", "name: G\nseries: line\nsold-as-domestic: true\nconfidence: high\nsources: [a, b]")
            .Build();

        var explanation = Explainer.Explain(catalog, Rule("PR014"), "g");

        Assert.False(explanation.Fired);
        var decision = explanation.Steps.Last();
        Assert.False(decision.Passed);
        Assert.Equal("Weigh(SourcesOf(entry)).Primary=" + primary, decision.Values[0].Expression + "=" + decision.Values[0].Value);
        Assert.Equal("Weigh(SourcesOf(entry)).IndependentPairs=" + pairs, decision.Values[1].Expression + "=" + decision.Values[1].Value);
    }

    [Fact]
    public void FactConflict_ShowsWhatTheCatalogRecords()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR013"), "chollyong-201-name-meari");

        Assert.True(explanation.Fired);
        Assert.Equal("name \"Chollyong 201\" (differs)", explanation.Steps.Single(s => s.IsBinding).Result);
        Assert.Equal(["recorded.Values.Count=1", "recorded.Agrees=false"], explanation.Steps.Last().Values.Select(v => v.Expression + "=" + v.Value));
    }

    [Fact]
    public void SourceConflict_ShowsTheVersionsTheWidestPairAndTheGapAgainstTheThreshold()
    {
        var explanation = Explainer.Explain(Catalog.Data, Rule("PR011"), "chollyong-201-release-dnk");

        Assert.True(explanation.Fired);
        Assert.Equal(
            "the catalog's market release 2019-10/2019-12 [dnk-2021-no-new]; claim chollyong-201-release-dnk 2020-01/2020-04 [dnk-c201-china]",
            explanation.Steps.Single(s => s.Expression == "Dates(claims)").Result);
        Assert.Equal(
            "the catalog's market release 2019-10/2019-12 | claim chollyong-201-release-dnk 2020-01/2020-04: 1 days apart",
            explanation.Steps.Single(s => s.Expression == "Widest(dates)").Result);
        var decision = explanation.Steps.Last();
        Assert.Equal("1", decision.Values.Single(v => v.Expression == "widest.Gap").Value);
        Assert.Equal("1", decision.Values.Single(v => v.Expression == "Max(1, index.Settings.ConflictMinGapDays)").Value);
    }
}
