using System;
using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Schema;

/// <summary>
/// Every public name the generated code declares beside the catalog's own names: the one list the generator
/// writes from and the validator checks schema names, plurals and keys against (PRG009). Everything else the
/// generated code needs (factories, locals, lambda parameters) starts with <see cref="HelperPrefix"/>, which no
/// name from a catalog can, and every type it uses is written <c>global::</c>-qualified, so ordinary domain
/// words (<c>data</c>, <c>item</c>, <c>entity</c>, <c>document</c>, <c>value</c>, <c>create</c>) stay usable.
/// </summary>
public static class GeneratedNames
{
    /// <summary>The static class with every entity as a named member: <c>Catalog.Models.Pyongyang2425</c>.</summary>
    public const string CatalogClass = "Catalog";

    /// <summary>The class holding a whole catalog as data.</summary>
    public const string DataClass = "CatalogData";

    /// <summary>The record holding the settings.</summary>
    public const string SettingsClass = "CatalogSettings";

    /// <summary><c>Catalog.Data</c>: the compiled catalog as a <see cref="DataClass"/>.</summary>
    public const string Data = "Data";

    /// <summary><c>Catalog.Settings</c> and <c>CatalogData.Settings</c>.</summary>
    public const string Settings = "Settings";

    /// <summary><c>CatalogData.SchemaFingerprint</c>.</summary>
    public const string SchemaFingerprint = "SchemaFingerprint";

    /// <summary><c>CatalogData.SchemaText</c>: the schema section it was compiled from, which reads catalogs that omit theirs.</summary>
    public const string SchemaText = "SchemaText";

    /// <summary><c>CatalogData.SourcePath</c>.</summary>
    public const string SourcePath = "SourcePath";

    /// <summary><c>CatalogData.Entities</c>: every entity of every type.</summary>
    public const string Entities = "Entities";

    /// <summary><c>CatalogData.Load</c>.</summary>
    public const string Load = "Load";

    /// <summary><c>CatalogData.FromDocument</c>.</summary>
    public const string FromDocument = "FromDocument";

    /// <summary><c>Catalog.Models.All</c>.</summary>
    public const string All = "All";

    /// <summary><c>Catalog.Models.Get</c>.</summary>
    public const string Get = "Get";

    /// <summary><c>Catalog.Models.TryGet</c>.</summary>
    public const string TryGet = "TryGet";

    /// <summary>An entity record's <c>Key</c>.</summary>
    public const string Key = "Key";

    /// <summary>A record's <c>Location</c> in the catalog file.</summary>
    public const string Location = "Location";

    /// <summary>The start of every name the generated code uses privately; no schema name, plural or key can start with it.</summary>
    public const string HelperPrefix = "__";

    /// <summary>Suffix of every generated file's hint name.</summary>
    public const string FileSuffix = ".g.cs";

    /// <summary>Members every class has from <see cref="object"/>: a generated member of that name would hide one.</summary>
    public static IReadOnlyList<string> ObjectMembers { get; } = new[] { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

    /// <summary>Types the generated code declares in the schema's namespace.</summary>
    public static IReadOnlyList<string> Types { get; } = new[] { CatalogClass, DataClass, SettingsClass };

    /// <summary>Members of every generated record, beyond its fields: the compiler's record members and <see cref="object"/>'s.</summary>
    public static IReadOnlyList<string> RecordMembers { get; } = ObjectMembers.Concat(new[] { "Deconstruct", "EqualityContract", "PrintMembers", Location }).ToArray();

    /// <summary>Members of an entity record beyond its fields.</summary>
    public static IReadOnlyList<string> EntityMembers { get; } = RecordMembers.Concat(new[] { Key }).ToArray();

    /// <summary>Members of <c>CatalogData</c> beside one property per plural.</summary>
    public static IReadOnlyList<string> DataMembers { get; } = ObjectMembers.Concat(new[] { DataClass, SchemaFingerprint, SchemaText, SourcePath, Settings, Entities, Load, FromDocument }).ToArray();

    /// <summary>Members of <c>Catalog</c> beside one nested class per plural.</summary>
    public static IReadOnlyList<string> CatalogMembers { get; } = ObjectMembers.Concat(new[] { CatalogClass, Data, Settings }).ToArray();

    /// <summary>Members of each <c>Catalog.&lt;Plural&gt;</c> class beside one property per entity.</summary>
    public static IReadOnlyList<string> ListMembers { get; } = ObjectMembers.Concat(new[] { All, Get, TryGet }).ToArray();

    /// <summary>Members of every generated enum beside its values: <see cref="object"/>'s and <see cref="Enum"/>'s.</summary>
    public static IReadOnlyList<string> EnumMembers { get; } = ObjectMembers.Concat(new[] { "CompareTo", "GetTypeCode", "HasFlag", "value__" }).ToArray();

    /// <summary>The generated file of a type or enum: names equal apart from case would clash on case-insensitive file systems and in the compiler.</summary>
    public static string FileName(string typeName) => typeName + FileSuffix;
}
