using PhoneRules.Generator.Diagnostics;
using PhoneRules.Generator.Helpers;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Model;

// Pipeline models: small, immutable, structurally equal, holding no ISymbol, SyntaxNode or Compilation,
// so the incremental driver caches them by value. They hold names and values, never C# text: the Emitter
// alone writes C#, through CSharp/Literals.

/// <summary>A catalog file's path and text, as the compiler read it.</summary>
internal sealed record CatalogFile(string Path, string? Text);

/// <summary>
/// The MSBuild properties the generator reads, each as the build gave it (empty when unset): the reader limits
/// (<c>PhoneRulesLimits</c>) and the most entities compiled entity by entity (<c>PhoneRulesMaxNamedEntities</c>);
/// and whether the project's C# has UTF-8 string literals (C# 11), which a catalog compiled as text needs.
/// </summary>
internal sealed record BuildSettings(string Limits, string MaxNamedEntities, bool HasUtf8Literals = true);

/// <summary>The result of reading the catalog: what to emit, and what to report.</summary>
internal sealed record ParsedCatalog(SchemaSpec? Schema, DataSpec? Data, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything that shapes the generated types.</summary>
internal sealed record SchemaSpec(
    string Namespace,
    string Fingerprint,
    string Text,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<TypeSpec> Types,
    TypeSpec Settings);

/// <summary>An enum and its values.</summary>
internal sealed record EnumSpec(string Name, string Doc, EquatableArray<EnumMemberSpec> Members);

/// <summary>An enum value.</summary>
internal sealed record EnumMemberSpec(string Name, string Identifier, string Doc);

/// <summary>A record type.</summary>
internal sealed record TypeSpec(string Name, string Plural, string Doc, EquatableArray<FieldSpec> Fields);

/// <summary>A field of a record type.</summary>
internal sealed record FieldSpec(string Name, string Identifier, string Doc, FieldKind Kind, string? TargetName, bool IsList, bool IsRequired, string? RequiresIdentifier = null);

/// <summary>
/// Everything that fills the static <c>Catalog</c>: each entity (with <see cref="Text"/> null), or, for a catalog
/// of more entities than the build compiles one by one, its text (with no entities and no settings here).
/// </summary>
internal sealed record DataSpec(
    string Namespace,
    string FileName,
    EquatableArray<TypeCount> Types,
    EquatableArray<EntitySpec> Entities,
    EquatableArray<PropertyInit> Settings,
    int SettingsLine,
    int SettingsColumn,
    CatalogTextSpec? Text = null);

/// <summary>
/// A catalog compiled as its text, to be read when it is first used: the text as <c>EmbeddedCatalog.Encode</c>
/// writes it (Base64 of the deflated UTF-8; a byte order mark, if any, is dropped when read) and its length in
/// bytes, the number of entities, the most the build compiles one by one, and the build's reader limits as
/// <c>name=value</c> settings, so the program reads it with the limits it was validated with.
/// </summary>
internal sealed record CatalogTextSpec(string Base64, int Length, int EntityCount, int MaxNamedEntities, string Limits);

/// <summary>A type's name, plural and number of entities.</summary>
internal sealed record TypeCount(string Name, string Plural, int Count);

/// <summary>One entity: where it goes and how to construct it.</summary>
internal sealed record EntitySpec(string TypeName, string Plural, string Key, string Identifier, int Index, int Line, int Column, EquatableArray<PropertyInit> Properties);

/// <summary>One property of an entity or of the settings, and its value or values (a list field).</summary>
internal sealed record PropertyInit(string Identifier, FieldKind Kind, string? TargetName, bool IsList, EquatableArray<ValueSpec> Values);

/// <summary>
/// One value, typed: its kind and its invariant text. String: the text itself. Int and decimal: invariant
/// digits (every digit and the scale of a decimal kept). Bool: <c>true</c> or <c>false</c>. Date:
/// <c>yyyy-MM-dd</c>. Fuzzy date, URL, country, IMEI, TAC: their canonical text. Enum: the member's
/// identifier. Reference: the target type's plural, with <see cref="Index"/> its place among that type's entities.
/// </summary>
internal sealed record ValueSpec(FieldKind Kind, string Text, int Index = 0);
