using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhoneRules.Generator.Diagnostics;
using PhoneRules.Generator.Helpers;
using PhoneRules.Generator.Model;

namespace PhoneRules.Generator;

/// <summary>
/// Turns <c>catalog.yaml</c>, an AdditionalFile, into strongly typed C#: one sealed record per schema type,
/// the enums, a <c>CatalogData</c> that can also be loaded at run time, and a static <c>Catalog</c> with every
/// entity as a named member (or, past <see cref="MaxNamedEntitiesProperty"/>, the catalog's text, read at first
/// use). The pipeline never looks at the compilation, so editing C# never re-runs it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class CatalogGenerator : IIncrementalGenerator
{
    /// <summary>The file name the generator reads among the AdditionalFiles.</summary>
    public const string CatalogFileName = "catalog.yaml";

    /// <summary>The AdditionalFiles metadata that marks a catalog of another name: <c>PhoneRulesCatalog="true"</c>.</summary>
    public const string CatalogMetadata = "PhoneRulesCatalog";

    /// <summary>
    /// The MSBuild property that changes the reader limits for the build, as <c>name=value</c> pairs separated by
    /// <c>,</c> or <c>;</c> (<c>ReaderLimits.Parse</c>; the console's <c>--limit</c> takes the same settings).
    /// </summary>
    public const string LimitsProperty = "PhoneRulesLimits";

    /// <summary>
    /// The MSBuild property that sets the most entities a catalog may hold and still be compiled entity by entity,
    /// each a named member of <c>Catalog</c>: a whole number from 0, <see cref="DefaultMaxNamedEntities"/> when unset.
    /// A catalog of more entities is compiled as its text and read when <c>Catalog</c> is first used, so the
    /// build's time grows with the file's size alone, however many entities it holds. That needs UTF-8 string
    /// literals (C# 11); a project on an older C# compiles every catalog entity by entity.
    /// </summary>
    public const string MaxNamedEntitiesProperty = "PhoneRulesMaxNamedEntities";

    /// <summary>The value of <see cref="MaxNamedEntitiesProperty"/> when the build sets none.</summary>
    public const int DefaultMaxNamedEntities = 10_000;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each catalog (catalog.yaml, or an AdditionalFiles item marked PhoneRulesCatalog="true") with its text:
        // only a change to the file itself, or to its marking, re-runs what follows.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsCatalog(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => new CatalogFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.CatalogFile);

        // Collected, so that "no catalog" and "two catalogs" can be reported.
        var collected = files.Collect().WithTrackingName(TrackingNames.CatalogFiles);

        // The properties the build sets and the C# version (values, so an unrelated edit leaves them Cached).
        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => new BuildSettings(
                Property(pair.Left, LimitsProperty),
                Property(pair.Left, MaxNamedEntitiesProperty),
                pair.Right is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp11))
            .WithTrackingName(TrackingNames.BuildSettings);

        // Read, validate and turn into equatable specs; every failure becomes a diagnostic.
        var parsed = collected
            .Combine(settings)
            .Select(static (pair, cancellationToken) => Parser.Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedCatalog);

        // The schema shapes the types; a data-only edit leaves this step Unchanged and the types Cached.
        var schema = parsed.Select(static (catalog, _) => catalog.Schema).WithTrackingName(TrackingNames.SchemaSpec);

        // The entities fill the static Catalog.
        var data = parsed.Select(static (catalog, _) => catalog.Data).WithTrackingName(TrackingNames.DataSpec);

        // Diagnostics apart, so that a moved error does not regenerate code.
        var diagnostics = parsed.Select(static (catalog, _) => catalog.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(schema, static (output, spec) => Emit(output, spec, Emitter.EmitSchema));
        context.RegisterSourceOutput(data, static (output, spec) => Emit(output, spec, Emitter.EmitData));
        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static string Property(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string name) =>
        options.GlobalOptions.TryGetValue("build_property." + name, out var value) ? value : string.Empty;

    private static bool IsCatalog(string path, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        if (options.TryGetValue("build_metadata.AdditionalFiles." + CatalogMetadata, out var marked) && marked.Length > 0)
        {
            return string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Path.GetFileName(path), CatalogFileName, StringComparison.OrdinalIgnoreCase);
    }

    private static void Emit<T>(SourceProductionContext output, T? spec, Action<SourceProductionContext, T> emit)
        where T : class
    {
        if (spec is null)
        {
            return;
        }

        try
        {
            emit(output, spec);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A generator that throws silently drops every generated type; report instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, $"internal error while generating code: {ex.GetType().Name}: {ex.Message}"));
        }
    }
}
