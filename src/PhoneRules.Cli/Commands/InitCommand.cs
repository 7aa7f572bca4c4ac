using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.JsonSchema;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Commands;

/// <summary>
/// <c>phonerules init [DIR]</c>: a starter catalog (no schema section, so the tool's own schema is used; the
/// shipped settings, the sanctions event they name with its source, and one commented example model), its JSON
/// Schema, and the VS Code setting that maps one to the other (merged into existing settings), so a new catalog
/// gets validation and completion in the editor at once.
/// </summary>
public sealed class InitCommand : CliCommand
{
    private readonly Argument<string> _directory = new("directory")
    {
        Description = "Where to write the files.",
        DefaultValueFactory = _ => ".",
    };

    private readonly Option<bool> _force = new("--force") { Description = "Overwrite files that already exist." };

    /// <summary>Creates the command.</summary>
    public InitCommand(CliConsole console)
        : base("init", "Write a starter catalog.yaml, its JSON Schema and the editor setting that maps them.", console)
    {
        Arguments.Add(_directory);
        Options.Add(_force);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var directory = parse.GetValue(_directory) ?? ".";
        var force = parse.GetValue(_force);
        if (File.Exists(directory))
        {
            throw new CliException($"'{directory}' is a file, not a directory");
        }

        var settings = Path.Combine(".vscode", "settings.json");
        var files = new (string Path, string Content)[]
        {
            ("catalog.yaml", StarterCatalog()),
            ("catalog.schema.json", JsonSchemaWriter.Write(CatalogSource.CompiledSchema())),
            (settings, EditorSettings(Path.Combine(directory, settings))),
        };

        foreach (var (relative, _) in files.Where(f => f.Path != settings))
        {
            var path = Path.Combine(directory, relative);
            if (File.Exists(path) && !force)
            {
                throw new CliException($"'{path}' already exists; use --force to overwrite it");
            }
        }

        Write(directory, files);
        foreach (var (relative, _) in files)
        {
            Console.Output.WriteLine("wrote " + Path.Combine(directory, relative));
        }

        // Arguments never hold a line break (a control character is a usage error), so each line is one of ours.
        foreach (var line in NextSteps(directory, ToolCommand()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Console.Output.WriteLine(TerminalText.Escape(line));
        }
        return ExitCodes.Ok;
    }

    /// <summary>The commands to run next, exactly as they run from here: the tool as it was started, the catalog where it was written.</summary>
    internal static string NextSteps(string directory, string tool)
    {
        var here = Path.GetFullPath(directory) == Path.GetFullPath(".");
        var catalog = here ? "catalog.yaml" : Shell(Path.Combine(directory, "catalog.yaml"));
        var next = new System.Text.StringBuilder();
        next.Append("Next: edit ").Append(catalog).Append(", then run:\n");
        next.Append("  ").Append(tool).Append(" validate").Append(here ? string.Empty : " " + catalog).Append('\n');
        next.Append("  ").Append(tool).Append(" analyze").Append(here ? string.Empty : " --catalog " + catalog).Append('\n');
        if (!here)
        {
            next.Append("The editor setting applies when ").Append(Shell(directory)).Append(" is opened as the workspace folder.\n");
        }

        return next.ToString();
    }

    /// <summary>
    /// How this tool was started, as a command to type from the current folder: <c>phonerules</c> when that is on
    /// the PATH, else its path (<c>.tools/phonerules</c>), or <c>dotnet path/phonerules.dll</c> under the dotnet host.
    /// </summary>
    private static string ToolCommand()
    {
        var process = Environment.ProcessPath;
        if (process is null)
        {
            return "phonerules";
        }

        switch (Path.GetFileNameWithoutExtension(process))
        {
            case "phonerules":
                var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                    .Select(folder => Path.Combine(folder, Path.GetFileName(process)))
                    .FirstOrDefault(File.Exists);
                return onPath is not null && SameFile(onPath, process) ? "phonerules" : Shell(FromHere(Launcher(process)));
            case "dotnet":
                return "dotnet " + Shell(FromHere(Path.Combine(AppContext.BaseDirectory, typeof(InitCommand).Assembly.GetName().Name + ".dll")));
            default:
                return "phonerules";
        }
    }

    // A platform-specific (ReadyToRun) tool package runs from the tool store, reached through a symbolic link
    // beside the store (.tools/phonerules -> .tools/.store/.../phonerules): the link is what the user typed.
    private static string Launcher(string process)
    {
        var store = Path.DirectorySeparatorChar + ".store" + Path.DirectorySeparatorChar;
        var at = process.IndexOf(store, StringComparison.Ordinal);
        if (at < 0)
        {
            return process;
        }

        var link = Path.Combine(process[..at], Path.GetFileName(process));
        return File.Exists(link) && SameFile(link, process) ? link : process;
    }

    // Whether two paths name one file, following a symbolic link at the first.
    private static bool SameFile(string path, string process)
    {
        var target = new FileInfo(path).LinkTarget is null ? path : File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        return Path.GetFullPath(target) == Path.GetFullPath(process);
    }

    // A path below the current folder as a relative one (with a '/', so a shell runs it), anything else in full.
    private static string FromHere(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        if (Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
        {
            return path;
        }

        return relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? relative : "./" + relative;
    }

    // A word a POSIX shell reads back as this text: quoted when it has anything but letters, digits and ./_+-.
    internal static string Shell(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '_' or '+' or '-')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // All or nothing: every file is staged (written beside its target) before any target changes, and a
    // failure removes what this run created, folders included.
    private static void Write(string directory, (string Path, string Content)[] files)
    {
        var createdDirectories = new List<string>();
        var staged = new List<StagedFile>();
        var committed = new List<StagedFile>();
        try
        {
            foreach (var (relative, content) in files)
            {
                var path = Path.GetFullPath(Path.Combine(directory, relative));
                CreateDirectories(Path.GetDirectoryName(path)!, createdDirectories);
                staged.Add(SafeWriter.Stage(path, content, input: null));
            }

            foreach (var file in staged)
            {
                file.Commit();
                committed.Add(file);
            }
        }
        catch
        {
            foreach (var file in committed.Where(f => !f.Existed))
            {
                File.Delete(file.Target);
            }

            foreach (var created in Enumerable.Reverse(createdDirectories))
            {
                Directory.Delete(created);
            }

            throw;
        }
        finally
        {
            foreach (var file in staged)
            {
                file.Dispose();
            }
        }
    }

    // Creates the missing folders of path, outermost first, and records each one created.
    private static void CreateDirectories(string path, List<string> created)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (File.Exists(path))
        {
            throw new CliException($"'{path}' is a file, not a directory");
        }

        CreateDirectories(Path.GetDirectoryName(path)!, created);
        Directory.CreateDirectory(path);
        created.Add(path);
    }

    // The editor settings with the schema mapping: a new file, or the user's own settings with the one
    // mapping merged in (every other setting kept). A file with comments is not rewritten (they would be
    // lost): init stops, before writing anything, and says what to add.
    private static string EditorSettings(string path)
    {
        const string Schema = "./catalog.schema.json";
        if (!File.Exists(path))
        {
            return "{\n  \"yaml.schemas\": { \"" + Schema + "\": \"catalog.yaml\" }\n}\n";
        }

        var bytes = Input.InputFile.Read(path, 1024 * 1024, System.Console.OpenStandardInput, out var problem)
            ?? throw new CliException($"'{path}' {problem}");
        JsonObject root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow }) as JsonObject
                ?? throw new CliException($"'{path}' is not a JSON object; add \"yaml.schemas\": {{ \"{Schema}\": \"catalog.yaml\" }} to it yourself");
        }
        catch (JsonException)
        {
            throw new CliException($"'{path}' has comments or is not plain JSON, so it is left as it is; add \"yaml.schemas\": {{ \"{Schema}\": \"catalog.yaml\" }} to it yourself");
        }

        if (root["yaml.schemas"] is not JsonObject schemas)
        {
            if (root["yaml.schemas"] is not null)
            {
                throw new CliException($"'{path}': \"yaml.schemas\" is not an object; add \"{Schema}\": \"catalog.yaml\" to it yourself");
            }

            schemas = [];
            root["yaml.schemas"] = schemas;
        }

        schemas[Schema] = "catalog.yaml";
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// The starter: no <c>schema:</c> section (the catalog is read with the schema of the tool that reads it, so
    /// it keeps working across versions while its data fits: README, "Changing the schema"), the shipped
    /// settings, and the data those settings need, taken from the compiled catalog rather than retyped: the
    /// sanctions event the settings name (its first sentence) and the source it cites first.
    /// </summary>
    internal static string StarterCatalog()
    {
        var shipped = System.Text.Encoding.UTF8.GetString(CatalogSource.EmbeddedCatalog());
        var settingsStart = shipped.IndexOf("\nsettings:", System.StringComparison.Ordinal) + 1;
        var dataStart = shipped.IndexOf("\ndata:", System.StringComparison.Ordinal) + 1;
        var version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var sanctions = PhoneRules.Model.Catalog.Data.Settings.SanctionsEvent;
        var source = sanctions.Sources[0];
        var sentence = sanctions.Description.IndexOf(". ", System.StringComparison.Ordinal) is var stop and > 0 ? sanctions.Description[..(stop + 1)] : sanctions.Description;
        return $$"""
            # A PhoneRules catalog, written by 'phonerules init' ({{version}}).
            # It has no 'schema:' section: it is read with the schema of the tool that reads it ('phonerules schema'
            # prints it), so it keeps working with a newer tool as long as its data fits. The data is yours.
            # Check it with 'phonerules validate'; analyse it with 'phonerules analyze --catalog catalog.yaml'.

            """ + "\n" + shipped[settingsStart..dataStart] + $$"""
            data:
              Source:
                {{source.Key}}:
                  publisher: {{Quote(source.Publisher)}}
                  title: {{Quote(source.Title)}}
                  published: {{source.Published}}
                  url: {{Quote(source.Url!.OriginalString)}}
                  confidence: {{source.Confidence.ToString().ToLowerInvariant()}}{{(source.Primary == true ? "\n      primary: true" : string.Empty)}}

              Series:
                example-series:
                  name: Example
                  sources: [{{source.Key}}]

              ContextEvent:
                {{sanctions.Key}}:
                  name: {{Quote(sanctions.Name)}}
                  kind: sanctions
                  date: {{sanctions.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}}
                  description: {{Quote(sentence)}}
                  sources: [{{source.Key}}]

              # PhoneModel:
              #   example-1:
              #     name: Example 1
              #     series: example-series
              #     sold-as-domestic: true
              #     released: 2019-10/2019-12        # late 2019
              #     released-by: [{{source.Key}}]           # every dated fact cites its sources
              #     unveiled: 2020-01/2020-03
              #     unveiled-by: [{{source.Key}}]
              #     confidence: medium
              #     sources: [{{source.Key}}]

            """;
    }

    // A YAML double-quoted scalar: the text exactly, whatever it holds.
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";
}
