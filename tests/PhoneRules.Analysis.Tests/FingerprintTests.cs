using System.Linq;
using PhoneRules.Model;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis.Tests;

public sealed class FingerprintTests
{
    // Analysed in each test, not once per class: a static initializer runs before a mutation test switches its
    // mutant on, so a mutant in the rules would not reach it.
    private static Finding LateAnnouncement => RuleRunner.Analyze(Catalog.Data).First(f => f.RuleId == "PR001");

    [Fact]
    public void RewordedMessageOrMovedLine_KeepsTheFingerprint_ButNotTheContent()
    {
        var finding = LateAnnouncement;
        var reworded = finding with { Message = "Reworded.", Location = finding.Location with { Line = 1 } };

        Assert.Equal(Fingerprints.Of(finding), Fingerprints.Of(reworded));
        Assert.NotEqual(Fingerprints.Content(finding), Fingerprints.Content(reworded));
        Assert.Equal(Fingerprints.Content(finding), Fingerprints.Content(finding with { Location = finding.Location with { Line = 1 } }));
    }

    [Fact]
    public void OtherSubjectRuleOrPartner_ChangesTheFingerprint()
    {
        var finding = LateAnnouncement;
        Assert.NotEqual(Fingerprints.Of(finding), Fingerprints.Of(finding with { SubjectKey = "other" }));
        Assert.NotEqual(Fingerprints.Of(finding), Fingerprints.Of(finding with { RuleId = "PR005" }));
        Assert.NotEqual(Fingerprints.Of(finding), Fingerprints.Of(finding with { Partner = "claim x" }));
        Assert.Matches("^[0-9a-f]{16}$", Fingerprints.Of(finding));
    }

    [Fact]
    public void Compare_GivesEachState()
    {
        var finding = LateAnnouncement;
        var all = RuleRunner.Analyze(Catalog.Data);
        var before = all.Skip(1).Select((f, i) => i == 0 ? f with { Message = "old wording" } : f).Append(finding with { SubjectKey = "gone" }).ToList();

        var states = Baseline.Compare(all, before);

        Assert.Equal(BaselineState.New, states[0].State);
        Assert.Equal(BaselineState.Updated, states[1].State);
        Assert.All(states.Skip(2).Take(all.Count - 2), r => Assert.Equal(BaselineState.Unchanged, r.State));
        Assert.Equal(BaselineState.Absent, states[^1].State);
        Assert.Equal("gone", states[^1].Finding.SubjectKey);
    }
}
