using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using PhoneRules.Analysis;
using PhoneRules.Cli.Input;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli;

/// <summary>Where the console's catalog comes from: the one compiled in, or a file read at run time.</summary>
internal static class CatalogSource
{
    /// <summary>
    /// About how many bytes the typed records of a catalog take per byte of its file, besides reading it
    /// (<see cref="CatalogReader.AllocatedPerFileByte"/>): measured 1.2-1.4 at 100,000 models and 1,000,000
    /// sightings, rounded up.
    /// </summary>
    public const long RecordsPerFileByte = 2;

    // The manifest resource that holds the catalog.yaml the built-in catalog was compiled from (PhoneRules.Cli.csproj).
    private const string EmbeddedCatalogResource = "catalog.yaml";

    /// <summary>
    /// About how many bytes of a catalog file a model or a sighting takes, with everything that belongs to it: 218 in
    /// <c>phonerules synth</c>'s catalogs (240 MB for 100,000 models and 1,000,000 sightings), rounded down. Only for
    /// guessing, before the file is read, which rule sets to compile meanwhile (<see cref="ExpectedFacts"/>).
    /// </summary>
    public const long FileBytesPerFact = 200;

    /// <summary>
    /// A guess at how many models and sightings the chosen catalog holds, from its file's size (the built-in catalog's
    /// from the catalog.yaml the tool carries), for <see cref="RuleRunner.PrepareInBackground(long)"/>; 0 when the size
    /// is unknown (standard input, a file that is not there). It reads no file: a wrong guess costs only time.
    /// </summary>
    public static long ExpectedFacts(CatalogChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        long bytes;
        if (choice.Path is not { } path)
        {
            using var stream = typeof(CatalogSource).Assembly.GetManifestResourceStream(EmbeddedCatalogResource);
            bytes = stream?.Length ?? 0;
        }
        else if (path == InputFile.StandardInput)
        {
            bytes = 0;
        }
        else
        {
            try
            {
                var file = new FileInfo(path);
                bytes = file.Exists ? file.Length : 0;
            }
            catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException or System.Security.SecurityException)
            {
                bytes = 0;
            }
        }

        return bytes / FileBytesPerFact;
    }

    /// <summary>The compiled catalog, or the chosen file read through the same validation as the build.</summary>
    public static CatalogData Load(CatalogChoice choice, CliConsole console)
    {
        if (choice.Path is not { } path)
        {
            return Catalog.Data;
        }

        console.Progress($"reading {path}");
        var bytes = ReadFile(path, choice.Limits, out var problem) ?? throw new CliException(problem);

        // The typed records are built in the read's no-GC region too: the document they come from lives until they
        // are built, and a collection between the two copied it from generation to generation (docs/performance.md).
        using (AnalysisMemory.Reserve(CatalogReader.AllocationEstimate(bytes.LongLength) + (bytes.LongLength * RecordsPerFileByte)))
        {
            var document = ReadMatching(bytes, path, choice.Limits, CancellationToken.None, out _, out var diagnostics) ?? throw new CliException(diagnostics);
            return CatalogData.FromDocument(document);
        }
    }

    /// <summary>
    /// The catalog document at <paramref name="path"/> (<c>-</c>: standard input) when it is valid and has the
    /// compiled schema. The file is read by <see cref="InputFile"/>: only a regular file, never past the size limit.
    /// </summary>
    public static CatalogDocument? ReadMatching(string path, ReaderLimits limits, out IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        var bytes = ReadFile(path, limits, out var problem);
        if (bytes is null)
        {
            diagnostics = problem;
            return null;
        }

        // Nearly all that reading allocates (the YAML tree, the records) lives until the read ends: a one-shot read of
        // a large file runs without collections, like the analysis after it (docs/performance.md).
        using (AnalysisMemory.Reserve(CatalogReader.AllocationEstimate(bytes.LongLength)))
        {
            return ReadMatching(bytes, path, limits, CancellationToken.None, out _, out diagnostics);
        }
    }

    // The file's bytes, or the one diagnostic that says why there are none (missing, unreadable, too large).
    private static byte[]? ReadFile(string path, ReaderLimits limits, out IReadOnlyList<CatalogDiagnostic> problem)
    {
        var bytes = InputFile.Read(path, limits.MaxFileBytes, System.Console.OpenStandardInput, out var why);
        if (bytes is not null)
        {
            problem = [];
            return bytes;
        }

        var tooLarge = why!.StartsWith("is larger", System.StringComparison.Ordinal);
        var message = why.StartsWith("does not exist", System.StringComparison.Ordinal) ? $"catalog file '{path}' does not exist" : $"'{path}' {why}";
        problem = [CatalogDiagnostic.Error(
            tooLarge ? DiagnosticCodes.LimitExceeded : DiagnosticCodes.NoCatalog,
            message,
            path,
            tooLarge ? SourceSpan.At(0, 1, 1) : default)];
        return null;
    }

    /// <summary>
    /// The catalog document in <paramref name="bytes"/> (a file's content, or an editor's text as UTF-8) when it is
    /// valid and has the compiled schema: the one path from bytes to a document for every command and for the
    /// analysis service. <paramref name="read"/> is what the reader made of it, errors or not.
    /// </summary>
    public static CatalogDocument? ReadMatching(byte[] bytes, string path, ReaderLimits limits, CancellationToken cancellationToken, out CatalogReadResult read, out IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        // A catalog without a schema section is read with the compiled one (so it survives a new tool version).
        read = CatalogReader.ReadBytes(bytes, path, limits, cancellationToken, defaultSchema: CatalogData.SchemaText);
        return CatalogReader.Match(read, path, CatalogData.SchemaFingerprint, CatalogData.SchemaText, out diagnostics);
    }

    /// <summary>The compiled catalog's schema, read from the schema section the generated code carries.</summary>
    public static CatalogSchema CompiledSchema()
    {
        var result = CatalogReader.ReadText(CatalogData.SchemaText, "catalog.yaml");
        return result.Schema ?? throw new CliException(result.Diagnostics);
    }

    /// <summary>The bytes of the catalog.yaml embedded in the console: the text the built-in catalog was compiled from.</summary>
    public static byte[] EmbeddedCatalog()
    {
        using var stream = typeof(CatalogSource).Assembly.GetManifestResourceStream(EmbeddedCatalogResource)
            ?? throw new CliException("the console was built without its catalog.yaml resource");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The project's home, the RepositoryUrl set in Directory.Build.props.</summary>
    public static string RepositoryUrl =>
        typeof(CatalogSource).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
        ?? "https://github.com/phonerules/phonerules";

    /// <summary>The commit the console was built from (short hash), or null when the build had no git.</summary>
    public static string? SourceRevision =>
        typeof(CatalogSource).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceRevision")?.Value is { Length: > 0 } commit
            ? commit
            : null;

    /// <summary>What <c>--version</c> prints: the version, and the commit as SemVer build metadata (0.1.0+1a2b3c4).</summary>
    public static string VersionWithCommit => SourceRevision is { } commit ? Version + "+" + commit : Version;

    /// <summary>The console's version, the one set for every package in Directory.Build.props.</summary>
    public static string Version =>
        typeof(CatalogSource).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
