namespace PhoneRules.Cli;

/// <summary>Which catalog a command reads: a file (<c>-</c>: standard input), or the one compiled into the tool.</summary>
/// <param name="Path">The file as the user named it (or <c>catalog.yaml</c> by default); null for the built-in catalog.</param>
internal sealed record CatalogChoice(string? Path)
{
    /// <summary>The reader limits a file is read with (<c>--limit name=value</c>); the built-in catalog needs none.</summary>
    public PhoneRules.Schema.ReaderLimits Limits { get; init; } = PhoneRules.Schema.ReaderLimits.Default;

    /// <summary>The catalog compiled into the tool.</summary>
    public static CatalogChoice BuiltinCatalog { get; } = new((string?)null);

    /// <summary>Whether this is the catalog compiled into the tool.</summary>
    public bool IsBuiltin => Path is null;

    /// <summary>How every output names the catalog: its path, or the built-in catalog with the tool's version.</summary>
    public string DisplayName => Path ?? BuiltinName(CatalogSource.Version);

    /// <summary>The name of the built-in catalog of tool version <paramref name="version"/>.</summary>
    public static string BuiltinName(string version) => $"the built-in catalog (compiled into phonerules {version})";
}
