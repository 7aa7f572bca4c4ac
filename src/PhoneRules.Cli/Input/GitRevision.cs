using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Input;

/// <summary>
/// A catalog file as it was at a git revision, for <c>analyze --baseline-rev</c>. The revision never reaches
/// git as an option: one starting with '-' is refused, the rest is resolved to a commit id first
/// (<c>rev-parse --verify --end-of-options REV^{commit}</c>) and only that id is used. The file's place in the
/// repository comes from git itself, run in the file's real folder, so a path through a symbolic link works.
/// git's output is read up to the catalog size limit plus one byte.
/// </summary>
internal static class GitRevision
{
    /// <summary>
    /// The catalog at <paramref name="revision"/>, or null when the revision has no file at that path (the commit
    /// that adds the catalog: an empty baseline, every finding new; <paramref name="note"/> then says so).
    /// </summary>
    public static CatalogData? LoadCatalog(string catalogPath, string revision, out string? note)
    {
        note = null;
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new CliException($"--baseline-rev '{revision}' is not a revision (a revision never starts with '-')");
        }

        var (directory, name) = RealLocation(catalogPath);
        var commit = Text(Git(directory, 4096, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}").Output
            ?? throw new CliException($"--baseline-rev '{revision}' is not a commit in the repository of '{catalogPath}'{ShallowHint(directory)}")).Trim();
        var prefix = Text(Git(directory, 64 * 1024, "rev-parse", "--show-prefix").Output
            ?? throw new CliException($"--baseline-rev: '{catalogPath}' is not in a git repository")).Trim();
        var relative = prefix + name;

        // The blob itself, not 'git show' (which applies textconv filters and pretty-printing).
        var limit = ReaderLimits.Default.MaxFileBytes;
        var source = revision + ":" + relative;
        var blob = Git(directory, limit, "cat-file", "blob", commit + ":" + relative);
        if (blob.TooLarge)
        {
            throw new CliException($"{source}(1,1): error {DiagnosticCodes.LimitExceeded.Id}: the file at that revision is larger than the limit of {limit} bytes");
        }

        if (blob.Output is not { } bytes)
        {
            // 'ls-tree' with the path prints nothing, and succeeds, when the commit has no such file.
            if (Git(directory, 64 * 1024, "ls-tree", "--name-only", commit, "--", relative).Output is { Length: 0 })
            {
                note = $"{relative} does not exist at {revision} (commit {commit[..Math.Min(12, commit.Length)]}): the baseline is empty, so every finding is new";
                return null;
            }

            throw new CliException($"--baseline-rev '{revision}': {relative} cannot be read at that revision");
        }

        // Read from memory, named as git names it, so errors say where they are: HEAD~1:catalog.yaml(41,12).
        var document = CatalogReader.Match(CatalogReader.ReadBytes(bytes, source, defaultSchema: CatalogData.SchemaText), source, CatalogData.SchemaFingerprint, CatalogData.SchemaText, out var diagnostics)
            ?? throw new CliException($"--baseline-rev {revision}: the catalog at that revision cannot be read: {(diagnostics.Count > 0 ? diagnostics[0].ToString() : "unknown error")}");
        return CatalogData.FromDocument(document);
    }

    /// <summary>
    /// The root of the git repository holding <paramref name="catalogPath"/> and the file's path in it (with '/'),
    /// or null when it is in none or git cannot be run: SARIF and GitHub annotations name files from the root.
    /// </summary>
    public static (string Root, string Relative)? RepositoryPath(string catalogPath)
    {
        try
        {
            var (directory, name) = RealLocation(catalogPath);
            var root = Git(directory, 64 * 1024, "rev-parse", "--show-toplevel").Output;
            var prefix = Git(directory, 64 * 1024, "rev-parse", "--show-prefix").Output;
            return root is null || prefix is null ? null : (Text(root).Trim(), Text(prefix).Trim() + name);
        }
        catch (CliException)
        {
            return null;
        }
    }

    // The folder the file really sits in (after following a symbolic link to the file) and its name there;
    // git, run in that folder, knows the file's path in the repository whatever links led to it.
    private static (string Directory, string Name) RealLocation(string catalogPath)
    {
        var full = Path.GetFullPath(catalogPath);
        if (File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
        }

        return (Path.GetDirectoryName(full)!, Path.GetFileName(full));
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    // A shallow clone (CI checkouts fetch one commit by default) has no HEAD~1: say so and how to fix it.
    private static string ShallowHint(string directory) =>
        Git(directory, 4096, "rev-parse", "--is-shallow-repository").Output is { } output && Text(output).Trim() == "true"
            ? "; the clone is shallow, so earlier commits are missing: fetch them (git fetch --deepen=1, or fetch-depth: 2 in actions/checkout)"
            : string.Empty;

    // Runs git with the arguments as given (no shell): its output when it succeeds within the limit, null when it fails.
    private static (byte[]? Output, bool TooLarge) Git(string directory, long limit, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start) ?? throw new CliException("--baseline-rev needs git, which could not be started");
            process.StandardInput.Close();
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            string? problem = null;
            var output = InputFile.ReadBounded(process.StandardOutput.BaseStream, limit, ref problem);
            if (output is null)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (null, true);
            }

            process.WaitForExit();
            return (process.ExitCode == 0 ? output : null, false);
        }
        catch (Win32Exception)
        {
            throw new CliException("--baseline-rev needs git on the PATH");
        }
    }
}
