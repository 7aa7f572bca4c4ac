using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;

namespace PhoneRules;

/// <summary>The word a catalog writes for a generated enum's value, read from its <see cref="WrittenAttribute"/>.</summary>
public static class Written
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, string>> s_names = new();

    /// <summary>
    /// The word the catalog writes for <paramref name="value"/> (<c>MatchKind.SameImei</c> gives <c>same-imei</c>);
    /// a value without the attribute (not a generated enum) gives its C# name.
    /// </summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var names = s_names.GetOrAdd(typeof(T), static type =>
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                map[field.Name] = field.GetCustomAttribute<WrittenAttribute>()?.Name ?? field.Name;
            }

            return map;
        });
        var name = value.ToString();
        return names.TryGetValue(name, out var written) ? written : name;
    }
}
