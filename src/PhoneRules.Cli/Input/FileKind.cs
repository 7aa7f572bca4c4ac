using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PhoneRules.Cli.Input;

/// <summary>What a path names on Unix, and who owns it: the file-type bits .NET does not expose.</summary>
internal enum FileKind
{
    /// <summary>Nothing at the path.</summary>
    Missing,

    /// <summary>A regular file: the only kind the console reads or replaces.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe: opening it can block forever, reading it never ends.</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/zero</c> reads forever and reports length 0).</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>A symbolic link (only from <see cref="FileStat.OfLink"/>).</summary>
    SymbolicLink,
}

/// <summary>
/// <c>stat</c>, <c>lstat</c> and <c>fstat</c> through the runtime's own native shim (libSystem.Native, which
/// every .NET process on Unix loads), whose <c>FileStatus</c> layout is the same on every architecture,
/// unlike libc's <c>struct stat</c>.
/// </summary>
internal static partial class FileStat
{
    private const int IfMt = 0xF000;

    /// <summary>The kind, owner and mode of the file at <paramref name="path"/>, following symbolic links.</summary>
    public static (FileKind Kind, uint Uid, uint Gid) Of(string path) => Kind(SystemNativeStat(path, out var status) == 0, status);

    /// <summary>The kind of <paramref name="path"/> itself: a symbolic link is <see cref="FileKind.SymbolicLink"/>.</summary>
    public static FileKind OfLink(string path) => Kind(SystemNativeLStat(path, out var status) == 0, status).Kind;

    /// <summary>The kind of an open file.</summary>
    public static FileKind Of(SafeFileHandle handle) => Kind(SystemNativeFStat(handle, out var status) == 0, status).Kind;

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

    private static (FileKind Kind, uint Uid, uint Gid) Kind(bool ok, FileStatus status)
    {
        if (!ok)
        {
            return (FileKind.Missing, 0, 0);
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
        return (kind, status.Uid, status.Gid);
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeStat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeLStat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    private static partial int SystemNativeFStat(SafeFileHandle handle, out FileStatus status);

    // dotnet/runtime src/native/libs/System.Native/pal_io.h, struct FileStatus.
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
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
