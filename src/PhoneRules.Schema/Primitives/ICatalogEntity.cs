namespace PhoneRules;

/// <summary>An entity of a catalog: every generated record type implements this.</summary>
public interface ICatalogEntity
{
    /// <summary>The stable key, such as <c>pyongyang-2425</c>.</summary>
    string Key { get; }

    /// <summary>Where the entity's key is written in the catalog file.</summary>
    CatalogLocation Location { get; }
}
