using System.Collections.Generic;

namespace PhoneRules.Schema;

/// <summary>A catalog after validation: its schema, settings and entities.</summary>
public sealed class CatalogDocument
{
    internal CatalogDocument(string filePath, CatalogSchema schema, EntityRecord settings, IReadOnlyList<EntityRecord> entities, IReadOnlyList<EntityRecord> dependencyOrder)
    {
        FilePath = filePath;
        Schema = schema;
        Settings = settings;
        Entities = entities;
        EntitiesInDependencyOrder = dependencyOrder;
    }

    /// <summary>The file as the caller named it.</summary>
    public string FilePath { get; }

    /// <summary>The schema part.</summary>
    public CatalogSchema Schema { get; }

    /// <summary>The settings values.</summary>
    public EntityRecord Settings { get; }

    /// <summary>Every entity, in file order.</summary>
    public IReadOnlyList<EntityRecord> Entities { get; }

    /// <summary>Every entity, each after every entity it references (file order otherwise).</summary>
    public IReadOnlyList<EntityRecord> EntitiesInDependencyOrder { get; }
}
