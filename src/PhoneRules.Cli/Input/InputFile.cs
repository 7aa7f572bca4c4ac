using System;
using System.IO;

namespace PhoneRules.Cli.Input;

/// <summary>
/// The one way the console reads a file a user names: only a regular file (a device or FIFO is refused
/// before it is opened, so it can neither hang nor stream forever), or standard input when the name is
/// <c>-</c>; and never more than the limit plus one byte, whatever the file's length says.
/// </summary>
internal static class InputFile
{
    /// <summary>The most a baseline may hold: a JSON of every finding of the largest catalog fits many times over.</summary>
    public const long MaxBaselineBytes = 64L * 1024 * 1024;

    /// <summary>The name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The bytes of a baseline file, or a <see cref="CliException"/> that says why not.</summary>
    public static byte[] ReadBaseline(string path) => Read(path, MaxBaselineBytes, Console.OpenStandardInput, out var problem)
        ?? throw new CliException($"baseline '{path}' {problem}" + (problem!.StartsWith("does not exist", StringComparison.Ordinal) ? $"; write one with 'phonerules analyze --format json --output {path}'" : string.Empty));

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes of <paramref name="path"/> (or of <paramref name="standardInput"/>
    /// for <c>-</c>); null with the <paramref name="problem"/> (a phrase after the file's name) when it is
    /// missing, not a regular file, unreadable or larger than the limit.
    /// </summary>
    public static byte[]? Read(string path, long limit, Func<Stream> standardInput, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(standardInput);
        problem = null;
        try
        {
            if (path == StandardInput)
            {
                using var input = standardInput();
                return ReadBounded(input, limit, ref problem);
            }

            var kind = FileStat.Of(path).Kind;
            if (kind != FileKind.Regular)
            {
                problem = kind == FileKind.Missing ? "does not exist" : "is " + FileStat.Describe(kind) + ", not a regular file";
                return null;
            }

            // Check again what was opened: a device or FIFO swapped in after the check above is refused
            // before a byte is read from it.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (FileStat.Of(handle).Kind != FileKind.Regular)
            {
                problem = "is not a regular file";
                return null;
            }

            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return ReadBounded(stream, limit, ref problem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read: " + ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Reads <paramref name="stream"/> up to <paramref name="limit"/> + 1 bytes: one more than allowed proves the
    /// input is too large without reading the rest. Null, with the <paramref name="problem"/>, when it is.
    /// </summary>
    internal static byte[]? ReadBounded(Stream stream, long limit, ref string? problem)
    {
        // The library's bounded read, the one the build uses: one buffer when the stream tells its length.
        var bytes = PhoneRules.Schema.CatalogReader.ReadAtMost(stream, limit + 1);
        if (bytes.LongLength <= limit)
        {
            return bytes;
        }

        problem = $"is larger than the limit of {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes";
        return null;
    }
}
