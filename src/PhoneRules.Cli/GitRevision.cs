using System.Diagnostics;
using System.IO;
using PhoneRules.Model;
using PhoneRules.Schema;
using PhoneRules.Schema.Runtime;

namespace PhoneRules.Cli;

/// <summary>A catalog file as it was at a git revision, for <c>analyze --baseline-rev</c>.</summary>
internal static class GitRevision
{
    public static CatalogData LoadCatalog(string catalogPath, string revision)
    {
        var full = Path.GetFullPath(catalogPath);
        var directory = Path.GetDirectoryName(full)!;
        var root = Git(directory, "rev-parse", "--show-toplevel").Trim();
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        var text = Git(root, "show", revision + ":" + relative);

        // Read from memory, named as git names it, so errors say where they are: HEAD~1:catalog.yaml(41,12).
        var source = revision + ":" + relative;
        var document = RecordBuilder.Match(CatalogReader.ReadText(text, source), source, CatalogData.SchemaFingerprint, out var diagnostics)
            ?? throw new CliException($"--baseline-rev {revision}: the catalog at that revision cannot be read: {(diagnostics.Count > 0 ? diagnostics[0].ToString() : "unknown error")}");
        return CatalogData.FromDocument(document);
    }

    private static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new CliException("--baseline-rev needs git, which could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new CliException($"--baseline-rev: git {string.Join(' ', args)} failed: {error.Trim()}");
            }

            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new CliException("--baseline-rev needs git on the PATH");
        }
    }
}
