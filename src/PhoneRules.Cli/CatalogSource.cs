using System.IO;
using System.Reflection;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli;

/// <summary>Where the console's catalog comes from: the one compiled in, or a file read at run time.</summary>
internal static class CatalogSource
{
    /// <summary>The compiled catalog, or the file at <paramref name="path"/> read through the same validation as the build.</summary>
    public static CatalogData Load(string? path, CliConsole console)
    {
        if (path is null)
        {
            return Catalog.Data;
        }

        console.Progress($"reading {path}");
        return CatalogData.Load(path, out var diagnostics) ?? throw new CliException(diagnostics);
    }

    /// <summary>The compiled catalog's schema, read from the copy of catalog.yaml embedded in the console.</summary>
    public static CatalogSchema CompiledSchema()
    {
        using var stream = typeof(CatalogSource).Assembly.GetManifestResourceStream("catalog.yaml")
            ?? throw new CliException("the console was built without its catalog.yaml resource");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var result = CatalogReader.ReadBytes(memory.ToArray(), "catalog.yaml");
        return result.Schema ?? throw new CliException(result.Diagnostics);
    }

    /// <summary>The console's version, the one set for every package in Directory.Build.props.</summary>
    public static string Version =>
        typeof(CatalogSource).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
