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
