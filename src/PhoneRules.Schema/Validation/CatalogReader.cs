using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema;

/// <summary>
/// Reads a catalog file: bytes to text (strict UTF-8), text to a positioned YAML tree (hardened), the tree to
/// a validated schema and document. The data section's entities are validated as the tree is built, each as it
/// closes, and their nodes used again for the next ones, so the tree never holds them all. The source generator and
/// the console both call this, so build and run
/// time report the same problems with the same codes, messages and places. It never throws, except for
/// cancellation.
/// </summary>
public static class CatalogReader
{
    /// <summary>
    /// About how many bytes reading and validating allocate per byte of catalog file (the decoded text, the YAML nodes
    /// of one entity at a time, the values and records): measured 7.4 and 7.2 for files in the block style at 100,000
    /// models (47 MB and 240 MB: 5.4 and 5.2 reading the text, 2 decoding it), rounded up (it was 18 while the tree
    /// held every entity).
    /// </summary>
    public const long AllocatedPerFileByte = 8;

    /// <summary>About what reading and validating a catalog file of <paramref name="fileBytes"/> bytes allocates.</summary>
    public static long AllocationEstimate(long fileBytes) => fileBytes * AllocatedPerFileByte;

    /// <summary>
    /// Reads the file at <paramref name="path"/>; a missing, unreadable or oversized file is a diagnostic. A file
    /// without a <c>schema</c> section is read with <paramref name="defaultSchema"/> (a schema section's
    /// <see cref="CatalogSchema.Text"/>, such as the compiled one) when given.
    /// </summary>
    public static CatalogReadResult ReadFile(string path, ReaderLimits? limits = null, CancellationToken cancellationToken = default, string? defaultSchema = null)
    {
        limits ??= ReaderLimits.Default;
        var diagnostics = new List<CatalogDiagnostic>();
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return Fail(diagnostics, DiagnosticCodes.NoCatalog, path, $"'{path}' is a directory, not a catalog file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(diagnostics, DiagnosticCodes.NoCatalog, path, $"catalog file '{path}' does not exist");
            }

            if (info.Length > limits.MaxFileBytes)
            {
                return Fail(diagnostics, DiagnosticCodes.LimitExceeded, path, $"the file is {info.Length} bytes, over the limit of {limits.MaxFileBytes}", SourceSpan.At(0, 1, 1));
            }

            // The length a file reports is not trusted (a device reads forever while its length reads 0):
            // read at most one byte past the limit.
            bytes = ReadAtMost(path, limits.MaxFileBytes + 1);
            if (bytes.Length > limits.MaxFileBytes)
            {
                return Fail(diagnostics, DiagnosticCodes.LimitExceeded, path, $"the file is over the limit of {limits.MaxFileBytes} bytes", SourceSpan.At(0, 1, 1));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(diagnostics, DiagnosticCodes.NoCatalog, path, $"cannot read '{path}': {ex.Message}");
        }

        return ReadBytes(bytes, path, limits, cancellationToken, defaultSchema);
    }

    /// <summary>Reads catalog bytes, which must be UTF-8; <paramref name="defaultSchema"/> as in <see cref="ReadFile"/>.</summary>
    public static CatalogReadResult ReadBytes(byte[] bytes, string filePath, ReaderLimits? limits = null, CancellationToken cancellationToken = default, string? defaultSchema = null)
    {
        limits ??= ReaderLimits.Default;
        var diagnostics = new List<CatalogDiagnostic>();
        if (bytes.Length > limits.MaxFileBytes)
        {
            return Fail(diagnostics, DiagnosticCodes.LimitExceeded, filePath, $"the file is {bytes.Length} bytes, over the limit of {limits.MaxFileBytes}", SourceSpan.At(0, 1, 1));
        }

        return Decoded(bytes, filePath, limits, diagnostics, defaultSchema, cancellationToken, streamEntities: true);
    }

    /// <summary>
    /// Reads catalog text that was already decoded (the generator's view: the compiler decodes the file). The
    /// size limit counts the text's UTF-8 bytes, as <see cref="ReadBytes"/> does, so both accept the same files.
    /// </summary>
    public static CatalogReadResult ReadText(string text, string filePath, ReaderLimits? limits = null, CancellationToken cancellationToken = default, string? defaultSchema = null)
    {
        limits ??= ReaderLimits.Default;
        var diagnostics = new List<CatalogDiagnostic>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        // Counting is a small part of reading (a vectorised pass over the text).
        long bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > limits.MaxFileBytes)
        {
            return Fail(diagnostics, DiagnosticCodes.LimitExceeded, filePath, $"the file is {bytes} bytes, over the limit of {limits.MaxFileBytes}", SourceSpan.At(0, 1, 1));
        }

        return CatalogText.CheckCharacters(text, filePath, diagnostics)
            ? Read(text, filePath, limits, diagnostics, defaultSchema, cancellationToken)
            : new CatalogReadResult(null, null, diagnostics);
    }

    /// <summary>
    /// Reads catalog bytes as <see cref="ReadBytes"/> does, but with every entity kept in the YAML tree until the tree is
    /// complete and read from it (as a text with a tab is read): the yardstick the streamed read is tested against.
    /// </summary>
    internal static CatalogReadResult ReadBytesFromWholeTree(byte[] bytes, string filePath, ReaderLimits? limits = null, string? defaultSchema = null)
    {
        return Decoded(bytes, filePath, limits ?? ReaderLimits.Default, new List<CatalogDiagnostic>(), defaultSchema, CancellationToken.None, streamEntities: false);
    }

    private static CatalogReadResult Decoded(byte[] bytes, string filePath, ReaderLimits limits, List<CatalogDiagnostic> diagnostics, string? defaultSchema, CancellationToken cancellationToken, bool streamEntities)
    {
        var text = CatalogText.Decode(bytes, filePath, diagnostics);
        return text is null ? new CatalogReadResult(null, null, diagnostics) : Read(text, filePath, limits, diagnostics, defaultSchema, cancellationToken, streamEntities);
    }

    private static CatalogReadResult Read(string text, string filePath, ReaderLimits limits, List<CatalogDiagnostic> diagnostics, string? defaultSchema, CancellationToken cancellationToken, bool streamEntities = true)
    {
        var result = ReadUnsorted(text, filePath, limits, diagnostics, defaultSchema, cancellationToken, streamEntities);

        // Problems in file order, as a person reads them: the passes find them schema first, data later (a problem
        // without a place counts as the file's start).
        return result.Diagnostics.Count < 2
            ? result
            : new CatalogReadResult(result.Schema, result.Document, result.Diagnostics.OrderBy(d => d.Span.StartOffset).ToList());
    }

    private static CatalogReadResult ReadUnsorted(string text, string filePath, ReaderLimits limits, List<CatalogDiagnostic> diagnostics, string? defaultSchema, CancellationToken cancellationToken, bool streamEntities)
    {
        // The validator reads the data's entities as the tree is built, so the tree never holds them all; a text with
        // a tab keeps its whole tree, which the tab check below reads.
        CatalogValidator? validator = null;
        var hasTab = text.IndexOf('\t') >= 0;
        var stream = streamEntities && !hasTab;
        var root = CatalogYamlReader.Read(text, filePath, limits, diagnostics, cancellationToken, stream ? () => validator = new CatalogValidator(filePath, text, limits, cancellationToken) : null);

        // YamlDotNet accepts some tabs that indent a line (before the first key, for one); a catalog accepts none.
        if (root is not null && hasTab)
        {
            foreach (var tab in YamlSyntaxErrors.IndentationTabs(text, root, new LineMap(text)))
            {
                diagnostics.Add(CatalogDiagnostic.Error(DiagnosticCodes.YamlSyntax, YamlSyntaxErrors.TabMessage, filePath, tab));
            }
        }

        if (diagnostics.Count > 0)
        {
            return new CatalogReadResult(null, null, diagnostics);
        }

        validator ??= new CatalogValidator(filePath, text, limits, cancellationToken);
        return validator.Validate(root, defaultSchema);
    }

    private static byte[] ReadAtMost(string path, long count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        return ReadAtMost(stream, count);
    }

    /// <summary>
    /// At most <paramref name="count"/> bytes of <paramref name="stream"/>, from where it stands to its end. A stream
    /// that can tell its length is read into one buffer of that size, not copied through ever larger ones; the length
    /// is only a hint (a device reads forever while its length reads 0), so no more than the count is ever read.
    /// </summary>
    public static byte[] ReadAtMost(Stream stream, long count)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var expected = stream.CanSeek ? Math.Min(stream.Length - stream.Position, count) : 0;
        using var memory = new MemoryStream(expected is > 0 and < int.MaxValue ? (int)expected : 0);
        var buffer = new byte[81920];
        while (memory.Length < count)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count - memory.Length));
            if (read == 0)
            {
                break;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.Length == memory.Capacity ? memory.GetBuffer() : memory.ToArray();
    }

    private static CatalogReadResult Fail(List<CatalogDiagnostic> diagnostics, DiagnosticCode code, string path, string message, SourceSpan span = default)
    {
        diagnostics.Add(CatalogDiagnostic.Error(code, message, path, span));
        return new CatalogReadResult(null, null, diagnostics);
    }

    /// <summary>
    /// Reads the catalog file at <paramref name="path"/> and checks that its schema is the compiled one
    /// (<paramref name="compiledSchema"/>, with <paramref name="compiledFingerprint"/>): a file without a schema
    /// section is read with the compiled one; a different schema is one PRG017 naming the first difference.
    /// Returns the document, or null with every problem in <paramref name="diagnostics"/>.
    /// </summary>
    public static CatalogDocument? ReadMatching(string path, string compiledFingerprint, string compiledSchema, ReaderLimits? limits, out IReadOnlyList<CatalogDiagnostic> diagnostics) =>
        Match(ReadFile(path, limits, defaultSchema: compiledSchema), path, compiledFingerprint, compiledSchema, out diagnostics);

    /// <summary>
    /// The document of <paramref name="result"/> when it has no errors and its schema is the compiled one;
    /// otherwise null, with the errors, or one PRG017 in <paramref name="diagnostics"/> that names the first
    /// difference from <paramref name="compiledSchema"/> at its place in the file and says what to do.
    /// </summary>
    public static CatalogDocument? Match(CatalogReadResult result, string path, string compiledFingerprint, string compiledSchema, out IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        diagnostics = result.Diagnostics;
        if (result.HasErrors || result.Document is null)
        {
            return null;
        }

        if (string.Equals(result.Document.Schema.Fingerprint, compiledFingerprint, StringComparison.Ordinal))
        {
            return result.Document;
        }

        var compiled = ReadText(compiledSchema, path).Schema;
        var (what, where) = compiled is null
            ? ("it is not the compiled one", SourceSpan.At(0, 1, 1))
            : SchemaDifference.First(result.Document.Schema, compiled);
        diagnostics = new[]
        {
            CatalogDiagnostic.Error(
                DiagnosticCodes.SchemaMismatch,
                $"this file's schema differs from the one compiled into this program: {what}; remove the file's 'schema' section to read it with the compiled schema, or rebuild the program with this schema",
                path,
                where),
        };
        return null;
    }
}
