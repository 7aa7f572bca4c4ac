using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// A finding's evidence is built from a function when first read and kept (<see cref="Finding.Evidence"/>), or
/// built for one read and not kept (<see cref="Finding.EvidenceWithoutKeeping"/>), which is what lets a report of
/// a large catalog write its findings without every finding's evidence living until the end.
/// </summary>
public sealed class FindingEvidenceTests
{
    [Fact]
    public void Evidence_IsBuiltOnce_AndKept()
    {
        var (finding, builds) = Counted();

        var first = finding.Evidence;
        var second = finding.Evidence;

        Assert.Equal(1, builds());
        Assert.Same(first, second);
    }

    [Fact]
    public void EvidenceWithoutKeeping_BuildsOnEveryRead_UntilTheEvidenceIsKept()
    {
        var (finding, builds) = Counted();

        var unkept = finding.EvidenceWithoutKeeping();
        _ = finding.EvidenceWithoutKeeping();
        Assert.Equal(2, builds());

        var kept = finding.Evidence;
        Assert.Equal(3, builds());
        Assert.NotSame(unkept, kept);
        Assert.Equal(Values(unkept), Values(kept));

        // Once kept, every read gives the kept values and nothing is built again.
        Assert.Same(kept, finding.EvidenceWithoutKeeping());
        Assert.Equal(3, builds());
    }

    [Fact]
    public void EvidenceWithoutKeeping_OfAFindingBuiltWithItsEvidence_IsThatEvidence()
    {
        IReadOnlyList<Evidence> evidence = [new Evidence("lag-days", "120", [])];
        var finding = new Finding("PR001", "PR001 late-announcement", FindingSeverity.Warning, FindingConfidence.Certain, "PhoneModel", "m", "Message.", evidence, new FindingLocation("catalog.yaml", 1, 1));

        Assert.Same(evidence, finding.EvidenceWithoutKeeping());
        Assert.Same(evidence, finding.Evidence);
    }

    [Fact]
    public void EvidenceWithoutKeeping_CanBeCollected_WhileTheFindingLives()
    {
        var (finding, _) = Counted();

        var evidence = ReadWithoutKeeping(finding);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(evidence.IsAlive);
        GC.KeepAlive(finding);
    }

    [Fact]
    public void EveryRule_GivesTheSameEvidence_KeptOrNot()
    {
        // A fresh analysis, whose findings have built nothing yet: every rule's evidence function, read both ways.
        var findings = RuleRunner.Analyze(SyntheticCatalog.Create(2_000, 20_000).Data).Concat(RuleRunner.Analyze(Catalog.Data)).ToList();

        Assert.Equal(RuleRunner.Rules.Select(r => r.Id), findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
        foreach (var finding in findings)
        {
            var unkept = finding.EvidenceWithoutKeeping();
            Assert.NotEmpty(unkept);
            Assert.Equal(Values(unkept), Values(finding.Evidence));
            Assert.NotSame(unkept, finding.Evidence);
        }
    }

    // Evidence compares its sources by reference: compare what is written.
    private static List<string> Values(IReadOnlyList<Evidence> evidence) =>
        [.. evidence.Select(e => string.Join("|", e.Field, e.Value, string.Join(",", e.Sources), e.Min?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), e.Max?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), e.Qualified))];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ReadWithoutKeeping(Finding finding) => new(finding.EvidenceWithoutKeeping());

    private static (Finding Finding, Func<int> Builds) Counted()
    {
        var builds = 0;
        var finding = new Finding(
            "PR001",
            "PR001 late-announcement",
            FindingSeverity.Warning,
            FindingConfidence.Certain,
            "PhoneModel",
            "m",
            "Message.",
            () =>
            {
                builds++;
                return [new Evidence("lag-days", "120", ["s1"])];
            },
            new FindingLocation("catalog.yaml", 1, 1));
        return (finding, () => builds);
    }
}
