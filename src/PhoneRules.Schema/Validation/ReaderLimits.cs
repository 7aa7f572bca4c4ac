namespace PhoneRules.Schema;

/// <summary>
/// Limits that keep hostile input from exhausting the compiler or the console. Each limit, when passed,
/// is a PRG013 error at the place it was passed. The defaults are generous for a hand-edited catalog.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes (checked before reading). Default 32 MiB.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists. Default 64, like System.Text.Json.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The longest scalar, in characters. Default 64 KiB.</summary>
    public int MaxScalarLength { get; init; } = 64 * 1024;

    /// <summary>The most entities in the data part. Default 500,000.</summary>
    public int MaxEntities { get; init; } = 500_000;
}
