using System;
using System.IO;
using System.Text;
using PhoneRules.Cli.Input;

namespace PhoneRules.Cli.Output;

/// <summary>
/// The one way the console writes a file a user names (<c>--output</c>, <c>init</c>). What it replaces, it
/// never destroys:
/// <list type="bullet">
/// <item>a regular file (or none) is replaced atomically, through a hidden temporary file beside it, keeping its
/// mode and owner; a symbolic link is followed and its final target replaced, so the link stays;</item>
/// <item>a character device or FIFO (<c>/dev/null</c>, a pipe) is written through, never replaced by a file;</item>
/// <item>a directory, block device or socket is refused, and so is the input catalog itself;</item>
/// <item><c>-</c> is standard output;</item>
/// <item>a temporary file is deleted on every way out, signals included (<see cref="TemporaryFiles"/>).</item>
/// </list>
/// </summary>
internal static class SafeWriter
{
    /// <summary>The name that means standard output.</summary>
    public const string StandardOutput = "-";

    // A test seam: with this variable set, the writer says where its temporary file is and waits before the
    // move, so a test can send a signal while the file exists. Nothing else reads it.
    internal const string HoldVariable = "PHONERULES_TEST_HOLD_BEFORE_REPLACE";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> (null or <c>-</c>: standard output), which
    /// must not be the file <paramref name="input"/> names.
    /// </summary>
    public static void Write(string? path, string content, CliConsole console, string? input = null)
    {
        if (path is null or StandardOutput)
        {
            console.Output.Write(content);
            return;
        }

        using var staged = Stage(path, content, input);
        staged.Commit();
    }

    /// <summary>
    /// Writes what <paramref name="write"/> writes (UTF-8) to <paramref name="path"/> as it goes, never holding all
    /// of it: to standard output through the console's writer, to a file through <see cref="Stage(string, Action{Stream}, string?)"/>.
    /// </summary>
    public static void Write(string? path, Action<Stream> write, CliConsole console, string? input = null)
    {
        if (path is null or StandardOutput)
        {
            using var output = new TextWriterStream(console.Output);
            write(output);
            return;
        }

        using var staged = Stage(path, write, input);
        staged.Commit();
    }

    /// <summary>
    /// Checks the target and writes the content beside it, without touching the target yet: several files
    /// staged and then committed are all-or-nothing up to the last moves (<c>init</c>).
    /// </summary>
    public static StagedFile Stage(string path, string content, string? input) =>
        Stage(path, stream => stream.Write(s_utf8.GetBytes(content)), input);

    /// <summary>As <see cref="Stage(string, string, string?)"/>, with the content written by <paramref name="write"/>.</summary>
    public static StagedFile Stage(string path, Action<Stream> write, string? input)
    {
        var target = Target(path);
        var status = FileStat.Of(target);
        if (input is not null and not InputFile.StandardInput && FileStat.Of(input).SameFileAs(status))
        {
            throw new CliException($"--output '{path}' is the input catalog; write to another file");
        }

        switch (status.Kind)
        {
            case FileKind.Missing or FileKind.Regular:
                var directory = Path.GetDirectoryName(target)!;
                if (!Directory.Exists(directory))
                {
                    throw new CliException($"--output '{path}': directory '{directory}' does not exist");
                }

                return StagedFile.Replace(target, write, status);
            case FileKind.CharacterDevice or FileKind.Fifo:
                return StagedFile.WriteThrough(target, write);
            default:
                throw new CliException($"--output '{path}' is {FileStat.Describe(status.Kind)}; write to a regular file, a pipe or '-'");
        }
    }

    // The file a write lands on: the path itself, or the final target of the symbolic link it is.
    private static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        if (FileStat.OfLink(full).Kind != FileKind.SymbolicLink)
        {
            return full;
        }

        var final = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName
            ?? throw new CliException($"--output '{path}' is a symbolic link that cannot be followed");
        return Path.GetFullPath(final);
    }

    /// <summary>Waits, when a test asks, with the temporary file in place (see <see cref="HoldVariable"/>).</summary>
    internal static void HoldForTests(string temporary, TextWriter error)
    {
        if (Environment.GetEnvironmentVariable(HoldVariable) is { Length: > 0 })
        {
            error.WriteLine("phonerules: holding " + temporary);
            error.Flush();
            System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);
        }
    }
}
