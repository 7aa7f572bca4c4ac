using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The JSON and SARIF writers take their findings prepared a chunk ahead on another core: the same findings, in
/// the same order, with the fingerprint and evidence the writer would have computed itself, at every size around
/// the chunk's edges.
/// </summary>
public sealed class FindingsAheadTests
{
    public static TheoryData<int> Sizes => [0, 1, FindingsAhead.Chunk - 1, FindingsAhead.Chunk, FindingsAhead.Chunk + 1, 2 * FindingsAhead.Chunk, (3 * FindingsAhead.Chunk) + 5];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Of_GivesEveryFindingInOrder_WithItsFingerprintAndEvidence(int count)
    {
        var builds = 0;
        var findings = Enumerable.Range(0, count).Select(i => Finding(i, () => Interlocked.Increment(ref builds))).ToList();

        var prepared = FindingsAhead.Of(findings).ToList();

        Assert.Equal(count, prepared.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Same(findings[i], prepared[i].Finding);
            Assert.Equal(Fingerprints.Of(findings[i]), prepared[i].Fingerprint);
            Assert.Equal("lag-days=" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(";", prepared[i].Evidence.Select(e => e.Field + "=" + e.Value)));
        }

        // Each finding's evidence was built once, and not kept: the next read builds it again.
        Assert.Equal(count, builds);
        Assert.All(findings, f => f.EvidenceWithoutKeeping());
        Assert.Equal(2 * count, builds);
    }

    [Fact]
    public void Of_AFailingEvidenceFunction_ThrowsToTheWriter_AfterTheFindingsBeforeIt()
    {
        var failing = FindingsAhead.Chunk + 7;
        var findings = Enumerable.Range(0, 3 * FindingsAhead.Chunk)
            .Select(i => i == failing ? Finding(i, () => throw new InvalidOperationException("evidence " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) : Finding(i, () => { }))
            .ToList();
        var written = new List<Finding>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var prepared in FindingsAhead.Of(findings))
            {
                written.Add(prepared.Finding);
            }
        });

        Assert.Equal("evidence " + failing.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Equal(findings.Take(FindingsAhead.Chunk), written);
    }

    private static Finding Finding(int i, Action built) => CountedEvidence.Of(
        new Finding(
            "PR001",
            "PR001 late-announcement",
            FindingSeverity.Warning,
            FindingConfidence.Certain,
            "PhoneModel",
            "model-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            "Message " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
            [new Evidence("lag-days", i.ToString(System.Globalization.CultureInfo.InvariantCulture), [])],
            new FindingLocation("catalog.yaml", i + 1, 5)),
        built);
}
