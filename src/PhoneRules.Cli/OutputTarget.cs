using System;
using System.IO;
using System.Text;

namespace PhoneRules.Cli;

/// <summary>Writes a command's whole output to standard output or, all at once, to a file.</summary>
internal static class OutputTarget
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string? path, string content, CliConsole console)
    {
        if (path is null)
        {
            console.Output.Write(content);
            return;
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException($"--output '{path}' is a directory");
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliException($"--output '{path}': directory '{directory}' does not exist");
        }

        // Write beside the target and move, so a reader never sees half a file.
        var temporary = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllText(temporary, content, s_utf8);
        File.Move(temporary, full, overwrite: true);
    }
}
