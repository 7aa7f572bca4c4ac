using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhoneRules.Testing;

/// <summary>The vendored yaml-test-suite cases (TestData/yaml-test-suite), one per in.yaml.</summary>
internal static class YamlTestSuite
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "yaml-test-suite");

    /// <summary>Every case: its id (<c>229Q</c>, <c>VJP3/00</c>), the input bytes, and whether the suite says it must fail.</summary>
    public static IReadOnlyList<(string Id, byte[] Input, bool MustFail)> Cases() =>
        Directory.EnumerateFiles(Folder, "in.yaml", SearchOption.AllDirectories)
            .Select(path =>
            {
                var directory = Path.GetDirectoryName(path)!;
                var id = Path.GetRelativePath(Folder, directory).Replace('\\', '/');
                return (id, File.ReadAllBytes(path), File.Exists(Path.Combine(directory, "error")));
            })
            .OrderBy(c => c.id, StringComparer.Ordinal)
            .ToList();
}
