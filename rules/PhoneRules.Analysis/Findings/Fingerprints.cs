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
    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Hash([finding.RuleId, finding.SubjectType, finding.SubjectKey, finding.Partner ?? string.Empty]);
    }

    /// <summary>The finding's content, apart from its location.</summary>
    public static string Content(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var parts = new List<string> { ((int)finding.Severity).ToString(CultureInfo.InvariantCulture), ((int)finding.Confidence).ToString(CultureInfo.InvariantCulture), finding.Message };
        foreach (var evidence in finding.EvidenceWithoutKeeping())
        {
            parts.Add(evidence.Field);
            parts.Add(evidence.Value);
            parts.Add(string.Join(",", evidence.Sources));
        }

        return Hash(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
    }

    // The first 8 bytes of the SHA-256 of the parts' UTF-8, separated by U+001F, as lower-case hex. Encoded part by
    // part into one buffer (on the stack when small): the same bytes as encoding the joined text, without the
    // joined text, its bytes and the hash as three arrays for every finding written (a third of a report's writing).
    private static string Hash(ReadOnlySpan<string> parts)
    {
        const int OnStack = 512;
        var most = parts.Length;
        foreach (var part in parts)
        {
            most += Encoding.UTF8.GetMaxByteCount(part.Length);
        }

        byte[]? rented = null;
        var buffer = most <= OnStack ? stackalloc byte[OnStack] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(most));
        try
        {
            var length = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    buffer[length++] = 0x1F;
                }

                length += Encoding.UTF8.GetBytes(parts[i], buffer[length..]);
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..length], hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
