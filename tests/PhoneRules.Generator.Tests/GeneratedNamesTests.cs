using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhoneRules.Schema;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// No catalog name can break the generated code. The names tried are not taken from the generator's own list
/// (GeneratedNames): they are every identifier Roslyn finds in the generated syntax trees, and every member
/// of every generated type and of its bases, each written in every case style and used as a key, a field, a
/// settings field, a type, an enum, a plural and an enum value. Each use either passes or gives exactly one
/// PRG diagnostic at the name's YAML line; then all uses that pass are compiled together, role by role, and
/// the compiler reports no error and no warning.
/// </summary>
public sealed class GeneratedNamesTests
{
    private static readonly Lazy<IReadOnlyList<string>> s_words = new(CollectWords);

    private static readonly Role[] s_roles =
    [
        new("key", "    acme:\n", w => $"    {w}:\n      name: N\n      country: CN\n    acme:\n"),
        new("field", "        country: country\n", w => $"        country: country\n        {w}: string?\n"),
        new("settings field", "      late-days: int\n", w => $"      late-days: int\n      {w}: int?\n"),
        new("type", "    Maker:\n", w => $"    {w}:\n      fields:\n        name: string\n    Maker:\n"),
        new("enum", "  enums:\n", w => $"  enums:\n    {w}:\n      values: [one, two]\n"),
        new("plural", "    Maker:\n      fields:\n", w => $"    Maker:\n      plural: {w}\n      fields:\n"),
        new("enum value", "        low: Unsure.\n", w => $"        low: Unsure.\n        {w}: Another.\n"),
    ];

    [Fact]
    public void Words_IncludeTheNamesTheReviewFoundBreakingTheBuild()
    {
        // A guard on the collection itself: these broke generated code once.
        foreach (var name in new[] { "Equals", "ToString", "GetType", "Entities", "SourcePath", "Load", "Settings", "Data", "All", "Get", "TryGet", "Key", "Location", "EqualityContract", "PrintMembers" })
        {
            Assert.Contains(name, s_words.Value);
        }

        Assert.True(s_words.Value.Count > 80, $"only {s_words.Value.Count} names collected");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void EveryGeneratedName_InEveryCaseStyle_PassesOrGivesOnePrgAtItsLine_AndWhatPassesCompiles(int roleIndex)
    {
        var role = s_roles[roleIndex];
        var accepted = new List<string>();
        var failures = new StringBuilder();
        foreach (var name in s_words.Value.SelectMany(CaseStyles).Distinct(StringComparer.Ordinal))
        {
            var yaml = Replace(Small, role.Anchor, role.Insert(name));
            var diagnostics = CatalogReader.ReadText(yaml, GeneratorHarness.CatalogPath).Diagnostics;
            if (diagnostics.Count == 0)
            {
                accepted.Add(name);
                continue;
            }

            // At the name's line, or at the line of the name it clashes with (the same C# name, ignoring case, or
            // a clash whose message names it).
            var lines = LinesNaming(yaml, name);
            var located = diagnostics.Count == 1 && (lines.Contains(diagnostics[0].Span.Line) || diagnostics[0].Message.Contains("'" + name + "'", StringComparison.Ordinal));
            if (!located || !diagnostics[0].Code.StartsWith("PRG", StringComparison.Ordinal) || diagnostics[0].Code == "PRG099")
            {
                failures.Append(role.Name).Append(" '").Append(name).Append("': ").AppendJoin("; ", diagnostics.Select(d => d.ToString())).Append('\n');
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.NotEmpty(accepted);

        // Everything accepted, at once, through the generator and the compiler. A name that clashes with one
        // added before it (two plurals alike, two keys with one C# name) is left out: the validator rightly refuses
        // the pair, and each was compiled-checked alone above only by the validator, so this keeps the most names.
        var combined = Small;
        var added = 0;
        for (var i = 0; i < accepted.Count; i++)
        {
            var (anchor, insert) = role.Name is "plural"
                ? ("    Maker:\n", $"    Extra{i}:\n      plural: {accepted[i]}\n      fields:\n        name: string\n    Maker:\n")
                : (role.Anchor, role.Insert(accepted[i]));
            var candidate = Replace(combined, anchor, insert);
            if (CatalogReader.ReadText(candidate, GeneratorHarness.CatalogPath).Diagnostics.Count == 0)
            {
                combined = candidate;
                added++;
            }
        }

        Assert.True(added * 2 > accepted.Count, $"only {added} of {accepted.Count} names compiled together");
        var run = GeneratorHarness.Run(combined);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Null(run.Result.Exception);
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    private static HashSet<int> LinesNaming(string yaml, string name)
    {
        var target = SchemaNames.ToIdentifier(name);
        var lines = new HashSet<int>();
        var all = yaml.Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var text = all[i].Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? text[..colon] : text;
            if (key.Length > 0 && (string.Equals(SchemaNames.ToIdentifier(key), target, StringComparison.OrdinalIgnoreCase) || text.Contains(": " + name, StringComparison.Ordinal)))
            {
                lines.Add(i + 1);
            }
        }

        return lines;
    }

    private static IEnumerable<string> CaseStyles(string identifier)
    {
        var words = Words(identifier);
        if (words.Count == 0)
        {
            yield break;
        }

        yield return string.Join("-", words);
        yield return string.Join("_", words);
        yield return string.Concat(words);
        yield return string.Concat(words.Select(Capitalize));
        yield return words[0] + string.Concat(words.Skip(1).Select(Capitalize));
        yield return string.Join("_", words).ToUpperInvariant();
        yield return identifier;

        static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
    }

    // "TryGet" -> try, get; "value__" -> value; "IReadOnlyList" -> i, read, only, list; "Pyongyang2425" -> pyongyang, 2425.
    private static List<string> Words(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            var boundary = c == '_'
                || (char.IsUpper(c) && i > 0 && (char.IsLower(identifier[i - 1]) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]) && char.IsUpper(identifier[i - 1]))))
                || (char.IsDigit(c) && i > 0 && !char.IsDigit(identifier[i - 1]));
            if (boundary && current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }

            if (c != '_')
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString().ToLowerInvariant());
        }

        return words;
    }

    private static IReadOnlyList<string> CollectWords()
    {
        var run = GeneratorHarness.Run(Small);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in run.Result.GeneratedSources.Select(s => s.SyntaxTree))
        {
            foreach (var token in tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
            {
                names.Add(token.ValueText);
            }

            // Members the generated types have without spelling them: the compiler's record members and every base's.
            var model = run.Output.GetSemanticModel(run.Output.SyntaxTrees.Single(t => t.FilePath == tree.FilePath));
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            {
                for (var type = model.GetDeclaredSymbol(declaration) as ITypeSymbol; type is not null; type = type.BaseType)
                {
                    foreach (var member in type.GetMembers())
                    {
                        names.Add(member.Name);
                    }
                }
            }
        }

        return names.Where(n => n.All(c => char.IsLetterOrDigit(c) || c == '_') && n.Any(char.IsLetter)).Order(StringComparer.Ordinal).ToList();
    }

    private sealed record Role(string Name, string Anchor, Func<string, string> Insert);
}
