using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PhoneRules.Testing;

namespace PhoneRules.Architecture.Tests;

/// <summary>
/// The rules a newcomer relies on to find things, checked on the source files: one public type per file named
/// after it, namespaces that follow folders (the one table below), a literal that is a rule id (<c>"PR003"</c>) written only in its own rule, no
/// SARIF in the analysis layer, internals shown only to a project's own tests, and no hand-written code where the
/// analyzers are skipped.
/// </summary>
public sealed class SourceRulesTests
{
    /// <summary>
    /// Every source folder and the namespace of its files. A folder's namespace is its project's plus the folder
    /// path, except where this table says otherwise, and says why.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Namespaces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The format library's public API is one namespace; its folders only group files.
        ["src/PhoneRules.Schema/Diagnostics"] = "PhoneRules.Schema",
        ["src/PhoneRules.Schema/Naming"] = "PhoneRules.Schema",
        ["src/PhoneRules.Schema/Schema"] = "PhoneRules.Schema",
        ["src/PhoneRules.Schema/Validation"] = "PhoneRules.Schema",
        ["src/PhoneRules.Schema/Positions"] = "PhoneRules.Schema",

        // What generated records are made of (FuzzyDate, Imei, EntityList...): short, for the generator's users.
        ["src/PhoneRules.Schema/Primitives"] = "PhoneRules",
        ["src/PhoneRules.Schema/Runtime"] = "PhoneRules.Schema.Runtime",
        ["src/PhoneRules.Schema/Yaml"] = "PhoneRules.Schema.Yaml",
    };

    private static readonly string[] s_sourceRoots = { "src", "rules", "generator" };

    [Fact]
    public void EveryFile_DeclaresAtMostOnePublicType_NamedLikeTheFile()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var publicTypes = Parse(file).GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<BaseTypeDeclarationSyntax>()
                .Where(t => t.Modifiers.Any(SyntaxKind.PublicKeyword))
                .Select(t => t.Identifier.ValueText)
                .Concat(Parse(file).GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                    .OfType<DelegateDeclarationSyntax>()
                    .Where(d => d.Modifiers.Any(SyntaxKind.PublicKeyword))
                    .Select(d => d.Identifier.ValueText))
                .ToList();
            var name = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            if (publicTypes.Count > 1 || (publicTypes.Count == 1 && publicTypes[0] != name))
            {
                offenders.Add(Relative(file) + ": " + string.Join(", ", publicTypes));
            }
        }

        Assert.True(offenders.Count == 0, "one public type per file, named like it:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Namespaces_FollowFolders()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var declared = Parse(file).GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<BaseNamespaceDeclarationSyntax>()
                .Select(n => n.Name.ToString())
                .ToList();
            var hasTypes = Parse(file).GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Any(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);
            if (declared.Count == 0 && !hasTypes)
            {
                // Top-level statements (Program.cs) declare no namespace.
                continue;
            }

            var expected = ExpectedNamespace(file);
            if (declared.Count != 1 || declared[0] != expected)
            {
                offenders.Add($"{Relative(file)}: namespace {string.Join(", ", declared)}, expected {expected}");
            }
        }

        Assert.True(offenders.Count == 0, "namespaces follow folders (see the table in this test):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void NamespaceTable_NamesOnlyFoldersThatExist()
    {
        Assert.All(Namespaces.Keys, folder => Assert.True(Directory.Exists(Path.Combine(RepositoryRoot.Folder, folder)), folder));
    }

    [Fact]
    public void AnalysisLayer_HasNoSarifWords()
    {
        var files = SourceFiles().Where(f => Relative(f).StartsWith("rules/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotContain("sarif", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RuleIdLiterals_AppearOnlyInTheirOwnRule()
    {
        // Anywhere in a string literal ("certain (PR002)" counts, not only "PR002"), in every layer; the one
        // exception is a rule's [Description], prose that NRules needs as a constant, which may name the rule
        // it builds on.
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var literals = Parse(file).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
                .Where(t => !IsRuleDescription(t))
                .SelectMany(t => Regex.Matches(t.ValueText, "\\bPR[0-9]{3}\\b").Select(m => m.Value));
            offenders.AddRange(literals.Where(id => !Path.GetFileName(file).StartsWith(id, StringComparison.Ordinal)).Select(id => Relative(file) + ": " + id));
        }

        Assert.True(offenders.Count == 0, "a rule id is written only in its own rule:\n" + string.Join("\n", offenders));
    }

    private static bool IsRuleDescription(SyntaxToken token) =>
        token.Parent?.FirstAncestorOrSelf<AttributeSyntax>() is { } attribute && attribute.Name.ToString() == "Description";

    [Fact]
    public void Internals_AreShownOnlyToTheProjectsOwnTests()
    {
        var offenders = new List<string>();
        foreach (var project in Directory.EnumerateFiles(RepositoryRoot.Folder, "*.csproj", SearchOption.AllDirectories).Where(IsSource))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            foreach (Match match in Regex.Matches(File.ReadAllText(project), "InternalsVisibleTo Include=\"([^\"]+)\""))
            {
                if (match.Groups[1].Value != name + ".Tests")
                {
                    offenders.Add($"{Relative(project)} shows its internals to {match.Groups[1].Value}");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void ProjectsThatSkipAnalyzers_HoldNoHandWrittenCode()
    {
        // A project that sets RunAnalyzers to false (the generated model: analyzers would only walk generated code)
        // would build a hand-written file unchecked, so it may hold none.
        var skipping = Directory.EnumerateFiles(RepositoryRoot.Folder, "*.csproj", SearchOption.AllDirectories)
            .Where(IsSource)
            .Where(project => Regex.IsMatch(File.ReadAllText(project), @"<RunAnalyzers>\s*false\s*</RunAnalyzers>", RegexOptions.IgnoreCase))
            .ToList();
        Assert.Contains("src/PhoneRules.Model/PhoneRules.Model.csproj", skipping.Select(Relative));

        var offenders = skipping
            .SelectMany(project => Directory.EnumerateFiles(Path.GetDirectoryName(project)!, "*.cs", SearchOption.AllDirectories))
            .Where(IsSource)
            .Select(Relative)
            .ToList();
        Assert.True(offenders.Count == 0, "hand-written C# in a project that skips analyzers:\n" + string.Join("\n", offenders));
    }

    private static string ExpectedNamespace(string file)
    {
        var folder = Relative(Path.GetDirectoryName(file)!);
        if (Namespaces.TryGetValue(folder, out var mapped))
        {
            return mapped;
        }

        // rules/PhoneRules.Analysis/Rules/Support -> PhoneRules.Analysis.Rules.Support
        var parts = folder.Split('/');
        return string.Join(".", parts.Skip(1));
    }

    private static IEnumerable<string> SourceFiles() =>
        s_sourceRoots.SelectMany(root => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Folder, root), "*.cs", SearchOption.AllDirectories)).Where(IsSource).Order(StringComparer.Ordinal);

    private static SyntaxTree Parse(string file) => CSharpSyntaxTree.ParseText(File.ReadAllText(file), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), file);

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Folder, path).Replace('\\', '/');

    private static bool IsSource(string path) =>
        !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
