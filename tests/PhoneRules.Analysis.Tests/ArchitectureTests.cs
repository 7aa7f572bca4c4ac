using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PhoneRules.Testing;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// The layers, checked: the analysis layer knows nothing of formats, words or colours above it, and a rule's
/// id is written only in its own rule.
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void AnalysisLayer_ReferencesNoOutputLibrary_AndNothingAboveIt()
    {
        var references = typeof(RuleRunner).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("System.Text.Json", references);
        Assert.DoesNotContain("Spectre.Console", references);
        Assert.DoesNotContain("phonerules", references);
        Assert.Contains("PhoneRules.Model", references);
    }

    [Fact]
    public void FormatLibrary_KnowsNothingAboveIt()
    {
        var references = typeof(PhoneRules.Schema.CatalogReader).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(references, name => name is "PhoneRules.Model" or "PhoneRules.Analysis" or "phonerules" or "PhoneRules.Generator");
    }

    [Fact]
    public void AnalysisLayer_HasNoSarifWords()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Folder, "rules"), "*.cs", SearchOption.AllDirectories).Where(IsSource).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotContain("sarif", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RuleIdLiterals_AppearOnlyInTheirOwnRule()
    {
        var literal = new Regex("\"(PR[0-9]{3})\\b", RegexOptions.CultureInvariant);
        var offenders = new[] { "src", "rules", "generator" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Folder, folder), "*.cs", SearchOption.AllDirectories))
            .Where(IsSource)
            .SelectMany(file => File.ReadLines(file)
                .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .SelectMany(line => literal.Matches(line).Select(match => (File: file, Id: match.Groups[1].Value))))
            .Where(hit => !Path.GetFileName(hit.File).StartsWith(hit.Id, StringComparison.Ordinal))
            .Select(hit => Path.GetRelativePath(RepositoryRoot.Folder, hit.File) + ": " + hit.Id)
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static bool IsSource(string path) =>
        !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
