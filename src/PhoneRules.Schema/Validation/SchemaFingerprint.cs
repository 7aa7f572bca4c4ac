using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PhoneRules.Schema;

/// <summary>
/// A schema's fingerprint: a stable hash of everything that changes what a catalog may hold or what code is
/// generated (names, plurals, field types, optionality, <c>requires</c>, ranges), and nothing else (docs).
/// </summary>
internal static class SchemaFingerprint
{
    public static string Compute(string ns, IReadOnlyList<EnumDefinition> enums, IReadOnlyList<TypeDefinition> types, TypeDefinition settings)
    {
        var canonical = new StringBuilder();
        canonical.Append(ns).Append('\n');
        foreach (var e in enums)
        {
            canonical.Append("enum ").Append(e.Name).Append(':').Append(string.Join(",", e.Members.Select(m => m.Name))).Append('\n');
        }

        foreach (var t in types.Concat(new[] { settings }))
        {
            canonical.Append("type ").Append(t.Name).Append('/').Append(t.Plural).Append(':');
            foreach (var f in t.Fields)
            {
                canonical.Append(f.Name).Append('=').Append(f.Type).Append(f.IsRequired ? "!" : "?").Append(f.Requires is null ? string.Empty : ">" + f.Requires);
                if (f.Min is not null || f.Max is not null)
                {
                    // A range changes what the data may hold, so a file cannot drop one and keep the fingerprint.
                    canonical.Append('[').Append(f.Min?.ToString(CultureInfo.InvariantCulture)).Append("..").Append(f.Max?.ToString(CultureInfo.InvariantCulture)).Append(']');
                }

                canonical.Append(',');
            }

            canonical.Append('\n');
        }

        // FNV-1a, 64 bits: stable across runtimes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(canonical.ToString()))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
