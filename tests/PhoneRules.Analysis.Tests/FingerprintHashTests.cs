using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using PhoneRules.Analysis.Findings;
using PhoneRules.Testing;
using Xunit.Abstractions;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// <see cref="Fingerprints"/> hashes a finding's parts without joining them into one text: on any parts (empty,
/// ASCII, Korean, astral, lone surrogates, long enough to leave the stack buffer) it gives what the plain
/// definition gives: the first 8 bytes of the SHA-256 of the UTF-8 of the parts joined by U+001F, in lower-case hex.
/// </summary>
public sealed class FingerprintHashTests(ITestOutputHelper output)
{
    private static readonly Gen<string> s_text = Gen.OneOf(
        Gen.Const(string.Empty),
        Gen.String[Gen.Char, 0, 12],
        Gen.String[Gen.Char['\uAC00', '\uD7A3'], 1, 60],
        Gen.String[Gen.Char['a', 'z'], 100, 400],
        Gen.Select(Gen.String[Gen.Char['a', 'z'], 0, 5], Gen.OneOf(Gen.Const("\U0001F4F1"), Gen.Const("\uD800"), Gen.Const("\uDC00x"))).Select((a, b) => a + b + a));

    private static readonly Gen<Finding> s_findings = Gen.Select(s_text, s_text, s_text, s_text.Null(), s_text, s_text.Array[0, 4])
        .Select((rule, type, key, partner, message, values) => new Finding(
            rule, "name", FindingSeverity.Warning, FindingConfidence.Possible, type, key, message,
            values.Select((v, i) => new Evidence("field " + i, v, [v, "s" + i])).ToArray(), default, partner));

    [Fact]
    public void OfAndContent_GiveWhatThePlainDefinitionGives() => Property.Check(s_findings, GiveWhatThePlainDefinitionGives, samples: 500);

    [OpenSearch]
    public void OpenSearch_Parts() => Property.OpenSearch(s_findings, GiveWhatThePlainDefinitionGives, output.WriteLine);

    [Fact]
    public void KnownParts_GiveTheKnownFingerprint()
    {
        // Pinned: a changed fingerprint makes every baseline's findings look new.
        var finding = new Finding("PR001", "late-announcement", FindingSeverity.Warning, FindingConfidence.Possible, "PhoneModel", "chollyong-201", "m", Array.Empty<Evidence>(), default);

        Assert.Equal(Plain("PR001", "PhoneModel", "chollyong-201", string.Empty), Fingerprints.Of(finding));
        Assert.Equal("e72ffc360ca29390", Fingerprints.Of(finding));
    }

    [Fact]
    public void Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Fingerprints.Of(null!));
        Assert.Throws<ArgumentNullException>(() => Fingerprints.Content(null!));
    }

    private static void GiveWhatThePlainDefinitionGives(Finding finding)
    {
        Assert.Equal(Plain(finding.RuleId, finding.SubjectType, finding.SubjectKey, finding.Partner ?? string.Empty), Fingerprints.Of(finding));
        var content = new[] { ((int)finding.Severity).ToString(System.Globalization.CultureInfo.InvariantCulture), ((int)finding.Confidence).ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message }
            .Concat(finding.Evidence.SelectMany(e => new[] { e.Field, e.Value, string.Join(",", e.Sources) }));
        Assert.Equal(Plain([.. content]), Fingerprints.Content(finding));
    }

    private static string Plain(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts))).AsSpan(0, 8));
}
