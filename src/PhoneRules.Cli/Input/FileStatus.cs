namespace PhoneRules.Cli.Input;

/// <summary>What <c>stat</c> says about a path: its kind, owner and identity (device and inode).</summary>
internal readonly record struct FileStatus(FileKind Kind, uint Uid, uint Gid, long Device, long Inode)
{
    /// <summary>Whether both name the same file (two paths, one inode).</summary>
    public bool SameFileAs(FileStatus other) => Kind != FileKind.Missing && Device == other.Device && Inode == other.Inode;
}
