using System;
using System.Collections.Generic;
using System.Text;

namespace PhoneRules.Schema;

/// <summary>
/// Keys written in the data but refused (and reported), by type: a reference meant for one is not reported
/// again as dangling.
/// </summary>
internal sealed class RefusedKeys
{
    private readonly Dictionary<string, HashSet<string>> _refused = new(StringComparer.Ordinal);

    /// <summary>Remembers that a key of <paramref name="type"/> was refused.</summary>
    public void Add(TypeDefinition type, string key)
    {
        if (!_refused.TryGetValue(type.Name, out var keys))
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            _refused.Add(type.Name, keys);
        }

        keys.Add(LooseKey(key));
    }

    // A refused key and a reference meant for it, compared loosely: "Acme Corp", "acme_corp" and "acme-corp" alike.
    private static string LooseKey(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key.ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>Whether a reference to <paramref name="key"/> of type <paramref name="typeName"/> meant a refused key.</summary>
    public bool Contains(string typeName, string key) => _refused.TryGetValue(typeName, out var keys) && keys.Contains(LooseKey(key));
}
