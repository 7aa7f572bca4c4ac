using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Tests;

public sealed class FingerprintTests
{
    private static readonly Finding s_finding = RuleRunner.Analyze(Catalog.Data).First(f => f.RuleId == "PR001");

    [Fact]
    public void RewordedMessageOrMovedLine_KeepsTheFingerprint_ButNotTheContent()
    {
        var reworded = s_finding with { Message = "Reworded.", Location = s_finding.Location with { Line = 1 } };

        Assert.Equal(Fingerprints.Of(s_finding), Fingerprints.Of(reworded));
        Assert.NotEqual(Fingerprints.Content(s_finding), Fingerprints.Content(reworded));
        Assert.Equal(Fingerprints.Content(s_finding), Fingerprints.Content(s_finding with { Location = s_finding.Location with { Line = 1 } }));
    }

    [Fact]
    public void OtherSubjectRuleOrPartner_ChangesTheFingerprint()
    {
        Assert.NotEqual(Fingerprints.Of(s_finding), Fingerprints.Of(s_finding with { SubjectKey = "other" }));
        Assert.NotEqual(Fingerprints.Of(s_finding), Fingerprints.Of(s_finding with { RuleId = "PR005" }));
        Assert.NotEqual(Fingerprints.Of(s_finding), Fingerprints.Of(s_finding with { Partner = "claim x" }));
        Assert.Matches("^[0-9a-f]{16}$", Fingerprints.Of(s_finding));
    }

    [Fact]
    public void Compare_GivesEachState()
    {
        var all = RuleRunner.Analyze(Catalog.Data);
        var before = all.Skip(1).Select((f, i) => i == 0 ? f with { Message = "old wording" } : f).Append(s_finding with { SubjectKey = "gone" }).ToList();

        var states = Baseline.Compare(all, before);

        Assert.Equal(BaselineState.New, states[0].State);
        Assert.Equal(BaselineState.Updated, states[1].State);
        Assert.All(states.Skip(2).Take(all.Count - 2), r => Assert.Equal(BaselineState.Unchanged, r.State));
        Assert.Equal(BaselineState.Absent, states[^1].State);
        Assert.Equal("gone", states[^1].Finding.SubjectKey);
    }
}
