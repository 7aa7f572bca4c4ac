namespace PhoneRules.Generator.Helpers;

/// <summary>The names of the generator's pipeline steps, for <c>WithTrackingName</c> and incremental tests.</summary>
public static class TrackingNames
{
    /// <summary>Each catalog.yaml among the AdditionalFiles, with its text.</summary>
    public const string CatalogFile = nameof(CatalogFile);

    /// <summary>All catalog files, collected.</summary>
    public const string CatalogFiles = nameof(CatalogFiles);

    /// <summary>The MSBuild properties the build sets (<c>PhoneRulesLimits</c>, <c>PhoneRulesMaxNamedEntities</c>).</summary>
    public const string BuildSettings = nameof(BuildSettings);

    /// <summary>The catalog read and validated into specs and diagnostics.</summary>
    public const string ParsedCatalog = nameof(ParsedCatalog);

    /// <summary>What shapes the types: enums, records, settings.</summary>
    public const string SchemaSpec = nameof(SchemaSpec);

    /// <summary>What fills the static Catalog: the entities.</summary>
    public const string DataSpec = nameof(DataSpec);

    /// <summary>The diagnostics, reported apart so a moved error does not regenerate code.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
