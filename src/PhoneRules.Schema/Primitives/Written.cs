using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;

namespace PhoneRules;

/// <summary>The word a catalog writes for a generated enum's value or a generated property, read from its <see cref="WrittenAttribute"/>.</summary>
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

    /// <summary>
    /// The field name the catalog writes for <paramref name="property"/> of the generated record
    /// <paramref name="type"/> (<c>nameof(PhoneModel.ReleasedBy)</c> gives <c>released-by</c>).
    /// </summary>
    /// <exception cref="ArgumentException">When the type has no such property, or the property is not a catalog field.</exception>
    public static string Field(Type type, string property)
    {
        if (type is null)
        {
            throw new ArgumentNullException(nameof(type));
        }

        var info = type.GetProperty(property ?? throw new ArgumentNullException(nameof(property)), BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{type.Name} has no property {property}.", nameof(property));
        return info.GetCustomAttribute<WrittenAttribute>()?.Name
            ?? throw new ArgumentException($"{type.Name}.{property} is not a catalog field.", nameof(property));
    }
}
