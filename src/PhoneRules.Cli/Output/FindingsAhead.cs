using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output;

/// <summary>A finding with what writing it computes: its fingerprint and its evidence (worded by the rule on request).</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Fingerprint">Its <see cref="Fingerprints.Of">fingerprint</see>.</param>
/// <param name="Evidence">Its evidence, not kept by the finding (<see cref="Finding.EvidenceWithoutKeeping"/>).</param>
internal readonly record struct PreparedFinding(Finding Finding, string Fingerprint, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// Prepares findings for the JSON and SARIF writers one chunk ahead, on another core: wording the evidence and
/// hashing the fingerprint is a large share of writing a large report, and the writer, which formats and writes,
/// runs beside it. The findings come in their order; a chunk's evidence goes once the writer has moved past it.
/// </summary>
internal static class FindingsAhead
{
    /// <summary>How many findings are prepared at a time; a report of at most this many is prepared on the writer's thread.</summary>
    public const int Chunk = 2048;

    /// <summary>Each of <paramref name="findings"/>, in order, prepared.</summary>
    public static IEnumerable<PreparedFinding> Of(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Count <= Chunk || Environment.ProcessorCount < 2 ? InOrder(findings) : Ahead(findings);
    }

    private static IEnumerable<PreparedFinding> InOrder(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            yield return Prepare(finding);
        }
    }

    private static IEnumerable<PreparedFinding> Ahead(IReadOnlyList<Finding> findings)
    {
        var next = Task.Run(() => PrepareChunk(findings, 0));
        for (var start = 0; start < findings.Count; start += Chunk)
        {
            // A chunk that failed throws here, on the writer's thread, as writing it would have.
            var chunk = next.GetAwaiter().GetResult();
            var following = start + Chunk;
            next = following < findings.Count ? Task.Run(() => PrepareChunk(findings, following)) : Task.FromResult(Array.Empty<PreparedFinding>());
            foreach (var prepared in chunk)
            {
                yield return prepared;
            }
        }
    }

    private static PreparedFinding[] PrepareChunk(IReadOnlyList<Finding> findings, int start)
    {
        var chunk = new PreparedFinding[Math.Min(Chunk, findings.Count - start)];
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = Prepare(findings[start + i]);
        }

        return chunk;
    }

    private static PreparedFinding Prepare(Finding finding) => new(finding, Fingerprints.Of(finding), finding.EvidenceWithoutKeeping());
}
