using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PhoneRules.Schema;

/// <summary>
/// Limits that keep hostile input from exhausting the compiler or the console. Each limit, when passed,
/// is a PRG013 error at the place it was passed. The defaults admit a catalog of 100,000 models with
/// 1,000,000 IMEI lookups (about 260 MB of YAML); a build or a console run can change any of them the same
/// way, as <c>name=value</c> pairs (<see cref="Parse"/>): the MSBuild property <c>PhoneRulesLimits</c> for the
/// generator, the option <c>--limit</c> for the console.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The name of <see cref="MaxFileBytes"/> in a limit setting.</summary>
    public const string MaxFileBytesName = "max-file-bytes";

    /// <summary>The name of <see cref="MaxDepth"/> in a limit setting.</summary>
    public const string MaxDepthName = "max-depth";

    /// <summary>The name of <see cref="MaxScalarLength"/> in a limit setting.</summary>
    public const string MaxScalarLengthName = "max-scalar-length";

    /// <summary>The name of <see cref="MaxEntities"/> in a limit setting.</summary>
    public const string MaxEntitiesName = "max-entities";

    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>The names a limit setting accepts, in the order <see cref="Describe"/> lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [MaxFileBytesName, MaxDepthName, MaxScalarLengthName, MaxEntitiesName];

    /// <summary>The largest file read, in bytes (checked before reading). Default 512 MiB.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The highest <see cref="MaxDepth"/> a setting may ask for: the reader recurses once per level, and a stack overflow cannot be caught.</summary>
    public const int MaxDepthCeiling = 256;

    /// <summary>The deepest nesting of mappings and lists. Default 64, like System.Text.Json; at most <see cref="MaxDepthCeiling"/>.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The longest scalar, in characters. Default 64 KiB.</summary>
    public int MaxScalarLength { get; init; } = 64 * 1024;

    /// <summary>The most entities in the data part. Default 2,000,000.</summary>
    public int MaxEntities { get; init; } = 2_000_000;

    /// <summary>Each limit as <c>name=value</c>, in <see cref="Names"/> order: what <c>phonerules validate</c> prints.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        MaxFileBytesName + "=" + MaxFileBytes.ToString(CultureInfo.InvariantCulture),
        MaxDepthName + "=" + MaxDepth.ToString(CultureInfo.InvariantCulture),
        MaxScalarLengthName + "=" + MaxScalarLength.ToString(CultureInfo.InvariantCulture),
        MaxEntitiesName + "=" + MaxEntities.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// These limits with the settings in <paramref name="settings"/> applied in order: each <c>name=value</c>, with
    /// a whole positive number as the value, and several settings in one string separated by <c>,</c> or <c>;</c>
    /// (<c>max-file-bytes=1000000000,max-entities=3000000</c>). Returns null, with <paramref name="error"/> saying
    /// which setting is wrong and why, when one is not of that form or names no limit.
    /// </summary>
    public ReaderLimits? Parse(IEnumerable<string> settings, out string? error)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var limits = this;
        foreach (var setting in settings.SelectMany(s => s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries)).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var equals = setting.IndexOf('=');
            var name = equals < 0 ? setting : setting.Substring(0, equals).Trim();
            if (!Names.Contains(name, StringComparer.Ordinal))
            {
                error = $"'{name}' is not a reader limit; the limits are {string.Join(", ", Names)}";
                return null;
            }

            var text = equals < 0 ? string.Empty : setting.Substring(equals + 1).Trim();
            var max = name switch { MaxFileBytesName => long.MaxValue, MaxDepthName => MaxDepthCeiling, _ => int.MaxValue };
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
            {
                error = $"the limit {name} needs a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)} ({name}=1000), not '{text}'";
                return null;
            }

            limits = name switch
            {
                MaxFileBytesName => limits with { MaxFileBytes = value },
                MaxDepthName => limits with { MaxDepth = (int)value },
                MaxScalarLengthName => limits with { MaxScalarLength = (int)value },
                _ => limits with { MaxEntities = (int)value },
            };
        }

        error = null;
        return limits;
    }
}
