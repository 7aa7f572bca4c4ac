using System;
using System.IO;
using PhoneRules.Cli.Input;

namespace PhoneRules.Cli.Output;

/// <summary>
/// One file <see cref="SafeWriter"/> is about to write: for a regular file, a complete temporary copy beside
/// the target with the target's mode and owner, moved over it by <see cref="Commit"/>; for a device or FIFO,
/// the bytes to write through. Disposing without committing leaves the target as it was.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly byte[]? _writeThrough;
    private string? _temporary;

    private StagedFile(string target, string? temporary, byte[]? writeThrough)
    {
        Target = target;
        _temporary = temporary;
        _writeThrough = writeThrough;
    }

    /// <summary>The file the content lands on.</summary>
    public string Target { get; }

    /// <summary>Whether the target existed before (false: <see cref="Commit"/> creates it).</summary>
    public bool Existed { get; private init; }

    /// <summary>A temporary file with <paramref name="bytes"/> beside <paramref name="target"/>, made like it.</summary>
    public static StagedFile Replace(string target, byte[] bytes, FileStatus existing)
    {
        var directory = Path.GetDirectoryName(target)!;
        // Hidden, unique, and never longer than the target's own name allows (255 bytes on most file systems).
        var name = Path.GetFileName(target);
        var temporary = Path.Combine(directory, "." + name[..Math.Min(name.Length, 100)] + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        TemporaryFiles.Register(temporary);
        try
        {
            var existed = existing.Kind == FileKind.Regular;
            using (var stream = new FileStream(temporary, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None }))
            {
                if (existed && !OperatingSystem.IsWindows())
                {
                    // The replacement gets the old file's owner and mode (a 0600 file stays 0600, not 0644).
                    _ = FileStat.FChown(stream.SafeFileHandle, existing.Uid, existing.Gid);
                    File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
                }

                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (existed && FileStat.Of(temporary) is { } made && (made.Uid != existing.Uid || made.Gid != existing.Gid))
            {
                // The owner could not be kept (only root may give a file away): write in place instead, which
                // keeps owner and mode at the cost of atomicity.
                TemporaryFiles.Release(temporary);
                return new StagedFile(target, null, bytes) { Existed = true };
            }

            return new StagedFile(target, temporary, null) { Existed = existed };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TemporaryFiles.Release(temporary);

            // The user named the target; the temporary file is ours, and its name would only confuse.
            throw new CliException($"cannot write '{target}': {ex.Message.Replace(temporary, target, StringComparison.Ordinal)}");
        }
        catch
        {
            TemporaryFiles.Release(temporary);
            throw;
        }
    }

    /// <summary>Bytes to write straight into <paramref name="target"/> (a device, a FIFO).</summary>
    public static StagedFile WriteThrough(string target, byte[] bytes) => new(target, null, bytes) { Existed = true };

    /// <summary>Puts the content in place: one rename, or one write through.</summary>
    public void Commit()
    {
        if (_temporary is { } temporary)
        {
            SafeWriter.HoldForTests(temporary, Console.Error);
            try
            {
                File.Move(temporary, Target, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write '{Target}': {ex.Message.Replace(temporary, Target, StringComparison.Ordinal)}");
            }

            TemporaryFiles.Release(temporary);
            _temporary = null;
            return;
        }

        // Open without truncating first: a FIFO or device has nothing to truncate, and a regular file written
        // in place is truncated only once the new content is ready to go.
        using var stream = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(_writeThrough);
        if (FileStat.Of(stream.SafeFileHandle).Kind == FileKind.Regular)
        {
            stream.SetLength(_writeThrough!.Length);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_temporary is { } temporary)
        {
            TemporaryFiles.Release(temporary);
            _temporary = null;
        }
    }
}
