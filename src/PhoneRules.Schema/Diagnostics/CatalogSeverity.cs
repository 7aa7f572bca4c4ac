namespace PhoneRules.Schema;

/// <summary>How bad a catalog problem is.</summary>
public enum CatalogSeverity
{
    /// <summary>The catalog can still be used.</summary>
    Warning,

    /// <summary>The catalog cannot be used until it is fixed.</summary>
    Error,
}
