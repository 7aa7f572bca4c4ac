namespace PhoneRules.Generator.CSharp;

/// <summary>
/// Every type the generated code names, spelled once and <c>global::</c>-qualified, so no catalog name can
/// shadow one. The runtime's types come from <c>typeof</c>, so renaming one cannot leave a stale spelling here.
/// </summary>
internal static class TypeRefs
{
    public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string NotNullWhenAttribute = "global::System.Diagnostics.CodeAnalysis.NotNullWhen";
    public const string DateOnly = "global::System.DateOnly";
    public const string DateTime = "global::System.DateTime";
    public const string Uri = "global::System.Uri";
    public const string Array = "global::System.Array";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string ByteSpan = "global::System.Span<byte>";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string IEnumerable = "global::System.Collections.Generic.IEnumerable";
    public const string List = "global::System.Collections.Generic.List";

    public static readonly string FuzzyDate = Global(typeof(PhoneRules.FuzzyDate));
    public static readonly string CountryCode = Global(typeof(PhoneRules.CountryCode));
    public static readonly string Imei = Global(typeof(PhoneRules.Imei));
    public static readonly string Tac = Global(typeof(PhoneRules.Tac));
    public static readonly string CatalogLocation = Global(typeof(PhoneRules.CatalogLocation));
    public static readonly string ICatalogEntity = Global(typeof(PhoneRules.ICatalogEntity));
    public static readonly string RequiresAttribute = Global(typeof(PhoneRules.RequiresAttribute));
    public static readonly string WrittenAttribute = Global(typeof(PhoneRules.WrittenAttribute));
    public static readonly string RecordBuilder = Global(typeof(PhoneRules.Schema.Runtime.RecordBuilder));
    public static readonly string BuiltRecords = Global(typeof(PhoneRules.Schema.Runtime.BuiltRecords));
    public static readonly string CatalogReader = Global(typeof(PhoneRules.Schema.CatalogReader));
    public static readonly string EntityRecord = Global(typeof(PhoneRules.Schema.EntityRecord));
    public static readonly string CatalogDocument = Global(typeof(PhoneRules.Schema.CatalogDocument));
    public static readonly string CatalogDiagnostic = Global(typeof(PhoneRules.Schema.CatalogDiagnostic));
    public static readonly string ReaderLimits = Global(typeof(PhoneRules.Schema.ReaderLimits));
    public static readonly string EmbeddedCatalog = Global(typeof(PhoneRules.Schema.Runtime.EmbeddedCatalog));

    /// <summary><c>EntityList&lt;T&gt;</c> of <paramref name="element"/>.</summary>
    public static string EntityList(string element) => Global(typeof(PhoneRules.EntityList<>)).Replace("`1", string.Empty) + "<" + element + ">";

    /// <summary>A type the catalog declares, in the schema's namespace.</summary>
    public static string InSchema(string ns, string name) => "global::" + Literals.QualifiedName(ns) + "." + Literals.Identifier(name);

    private static string Global(System.Type type) => "global::" + type.FullName;
}
