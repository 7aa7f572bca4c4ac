using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PhoneRules.Cli.Input;

/// <summary>
/// <c>stat</c>, <c>lstat</c> and <c>fstat</c> through the runtime's own native shim (libSystem.Native, which
/// every .NET process on Unix loads), whose <c>FileStatus</c> layout is the same on every architecture,
/// unlike libc's <c>struct stat</c>.
/// </summary>
internal static partial class FileStat
{
    private const int IfMt = 0xF000;

    /// <summary>The file at <paramref name="path"/>, following symbolic links.</summary>
    public static FileStatus Of(string path) =>
        OperatingSystem.IsWindows() ? Windows(path) : Status(SystemNativeStat(path, out var status) == 0, status);

    /// <summary><paramref name="path"/> itself: a symbolic link is <see cref="FileKind.SymbolicLink"/>.</summary>
    public static FileStatus OfLink(string path) =>
        OperatingSystem.IsWindows() ? Windows(path) : Status(SystemNativeLStat(path, out var status) == 0, status);

    /// <summary>An open file.</summary>
    public static FileStatus Of(SafeFileHandle handle) =>
        OperatingSystem.IsWindows() ? new FileStatus(FileKind.Regular, 0, 0, 0, 0) : Status(SystemNativeFStat(handle, out var status) == 0, status);

    /// <summary>How a kind reads in a message.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    // Windows has no FIFOs or device paths of this kind; a file's identity there is its full path.
    private static FileStatus Windows(string path) =>
        Directory.Exists(path) ? new FileStatus(FileKind.Directory, 0, 0, 0, 0)
        : File.Exists(path) ? new FileStatus(FileKind.Regular, 0, 0, 0, Path.GetFullPath(path).GetHashCode(StringComparison.OrdinalIgnoreCase))
        : new FileStatus(FileKind.Missing, 0, 0, 0, 0);

    private static FileStatus Status(bool ok, NativeStatus status)
    {
        if (!ok)
        {
            return new FileStatus(FileKind.Missing, 0, 0, 0, 0);
        }

        var kind = (status.Mode & IfMt) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Socket,
        };
        return new FileStatus(kind, status.Uid, status.Gid, status.Dev, status.Ino);
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeStat(string path, out NativeStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeLStat(string path, out NativeStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    private static partial int SystemNativeFStat(SafeFileHandle handle, out NativeStatus status);

    /// <summary>Gives an open file an owner (to keep the owner of a file the console replaces); 0 on success.</summary>
    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    internal static partial int FChown(SafeFileHandle handle, uint uid, uint gid);

    // dotnet/runtime src/native/libs/System.Native/pal_io.h, struct FileStatus.
    [StructLayout(LayoutKind.Sequential)]
    private struct NativeStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
    }
}
