using System;
using System.IO;
using PhoneRules.Cli.Input;

namespace PhoneRules.Cli.Output;

/// <summary>
/// One file <see cref="SafeWriter"/> is about to write: for a regular file, a complete temporary copy beside
/// the target with the target's mode and owner, moved over it by <see cref="Commit"/>; for a device or FIFO,
/// the writer to run into it at commit. Disposing without committing leaves the target as it was.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly Action<Stream>? _writeThrough;
    private string? _temporary;

    // A complete temporary copy to be copied into the target in place (when the owner could not be kept).
    private string? _copyFrom;

    private StagedFile(string target, string? temporary, Action<Stream>? writeThrough)
    {
        Target = target;
        _temporary = temporary;
        _writeThrough = writeThrough;
    }

    /// <summary>The file the content lands on.</summary>
    public string Target { get; }

    /// <summary>Whether the target existed before (false: <see cref="Commit"/> creates it).</summary>
    public bool Existed { get; private init; }

    /// <summary>A temporary file with what <paramref name="write"/> writes beside <paramref name="target"/>, made like it.</summary>
    public static StagedFile Replace(string target, Action<Stream> write, FileStatus existing)
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

                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (existed && FileStat.Of(temporary) is { } made && (made.Uid != existing.Uid || made.Gid != existing.Gid))
            {
                // The owner could not be kept (only root may give a file away): copy the complete file into the
                // target in place instead, which keeps owner and mode at the cost of atomicity.
                return new StagedFile(target, null, null) { Existed = true, _copyFrom = temporary };
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

    /// <summary>A writer to run straight into <paramref name="target"/> at commit (a device, a FIFO).</summary>
    public static StagedFile WriteThrough(string target, Action<Stream> write) => new(target, null, write) { Existed = true };

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
        using (var stream = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            if (_copyFrom is { } copy)
            {
                using var from = new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.Read);
                from.CopyTo(stream);
            }
            else
            {
                _writeThrough!(stream);
            }

            if (FileStat.Of(stream.SafeFileHandle).Kind == FileKind.Regular)
            {
                stream.SetLength(stream.Position);
            }
        }

        ReleaseCopy();
    }

    private void ReleaseCopy()
    {
        if (_copyFrom is { } copy)
        {
            TemporaryFiles.Release(copy);
            _copyFrom = null;
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

        ReleaseCopy();
    }
}
