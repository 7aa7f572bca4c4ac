using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PhoneRules.Analysis.Findings;

/// <summary>
/// Stable identities for findings, so that two analyses can be compared. The <see cref="Of">fingerprint</see>
/// is the rule id, the subject and the partner (what tells two findings about one subject apart): a reworded
/// message, a changed value or a moved line keeps it. The <see cref="Content">content hash</see> covers what a
/// reader sees (severity, confidence, message, evidence), so a finding whose fingerprint is unchanged but whose
/// content changed is "updated".
/// </summary>
public static class Fingerprints
{
    /// <summary>The finding's identity: 16 hex digits of a SHA-256.</summary>
    public static string Of(Finding finding) =>
        Hash([finding.RuleId, finding.SubjectType, finding.SubjectKey, finding.Partner ?? string.Empty]);

    /// <summary>The finding's content, apart from its location.</summary>
    public static string Content(Finding finding)
    {
        var parts = new List<string> { ((int)finding.Severity).ToString(CultureInfo.InvariantCulture), ((int)finding.Confidence).ToString(CultureInfo.InvariantCulture), finding.Message };
        foreach (var evidence in finding.EvidenceWithoutKeeping())
        {
            parts.Add(evidence.Field);
            parts.Add(evidence.Value);
            parts.Add(string.Join(",", evidence.Sources));
        }

        return Hash(parts);
    }

    private static string Hash(IEnumerable<string> parts)
    {
        var text = string.Join("\u001f", parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }
}
