using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhoneRules.Schema;
using PhoneRules.Testing;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// A catalog of more entities than <c>PhoneRulesMaxNamedEntities</c> is compiled as its text, read when
/// <c>Catalog.Data</c> is first used: the build's time then grows with the file alone. Such a catalog gives the same
/// data as one compiled entity by entity, byte for byte of its text, with the same lists and lookups and no named
/// members; the setting is checked like the reader limits.
/// </summary>
public sealed class CatalogAsTextTests
{
    private static readonly Dictionary<string, string> s_asText = new() { [CatalogGenerator.MaxNamedEntitiesProperty] = "0" };

    public static TheoryData<string> Catalogs() => new()
    {
        "small",
        "shipped",
        "awkward text",
    };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void AsText_TheDataEqualsTheDataCompiledEntityByEntity(string name)
    {
        var yaml = Catalog(name);

        var byEntity = GeneratorHarness.Run(yaml);
        var asText = GeneratorHarness.Run(yaml, s_asText);

        Assert.Empty(byEntity.GeneratorDiagnostics);
        Assert.Empty(asText.GeneratorDiagnostics);
        Assert.Contains("__Create0(", Source(byEntity), StringComparison.Ordinal);
        Assert.DoesNotContain("__Create0(", Source(asText), StringComparison.Ordinal);
        Assert.Contains("u8.CopyTo(", Source(asText), StringComparison.Ordinal);
        var expected = Dump(byEntity.Output, "compiled");
        Assert.Contains("key=", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Dump(asText.Output, "text"));
    }

    [Fact]
    public void AsText_NoEntityIsANamedMember_AndTheListsAndLookupsRemain()
    {
        var run = GeneratorHarness.Run(Small, s_asText);

        Load(run.Output, "lookups", assembly =>
        {
            var makers = assembly.GetType("Demo.Model.Catalog+Makers")!;
            Assert.Null(makers.GetProperty("Acme"));
            Assert.Equal(["All"], makers.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name));
            var acme = makers.GetMethod("Get")!.Invoke(null, ["acme"])!;
            Assert.Equal("Acme", acme.GetType().GetProperty("Name")!.GetValue(acme));
            Assert.Single((IEnumerable)makers.GetProperty("All")!.GetValue(null)!);
        });

        var byEntity = GeneratorHarness.Run(Small);
        Load(byEntity.Output, "named", assembly => Assert.NotNull(assembly.GetType("Demo.Model.Catalog+Makers")!.GetProperty("Acme")));
    }

    [Fact]
    public void TheSetting_IsTheMostEntitiesCompiledOneByOne()
    {
        var entities = CatalogReader.ReadText(Small, "catalog.yaml").Document!.Entities.Count;

        string Form(int max) => Source(GeneratorHarness.Run(Small, new Dictionary<string, string> { [CatalogGenerator.MaxNamedEntitiesProperty] = max.ToString(CultureInfo.InvariantCulture) }));

        Assert.Contains("__Create0(", Form(entities), StringComparison.Ordinal);
        Assert.Contains("u8.CopyTo(", Form(entities - 1), StringComparison.Ordinal);
        Assert.DoesNotContain("u8.CopyTo(", Form(entities), StringComparison.Ordinal);
        Assert.Contains($"{entities} entities, more than the {entities - 1} a build compiles one by one (PhoneRulesMaxNamedEntities)", Form(entities - 1), StringComparison.Ordinal);

        // Unset, the default holds, and the documents state it.
        Assert.Contains("__Create0(", Source(GeneratorHarness.Run(Small, new Dictionary<string, string>())), StringComparison.Ordinal);
        var stated = CatalogGenerator.DefaultMaxNamedEntities.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"A catalog of up to {stated} entities is compiled entity by entity", ReadRepositoryFile("README.md"), StringComparison.Ordinal);
        Assert.Contains($"A catalog of more than {stated} entities", ReadRepositoryFile("generator/PhoneRules.Generator/PACKAGE.md"), StringComparison.Ordinal);
        Assert.Contains($"(default {CatalogGenerator.DefaultMaxNamedEntities.ToString(CultureInfo.InvariantCulture)})", ReadRepositoryFile("generator/PhoneRules.Generator/build/PhoneRules.Generator.targets"), StringComparison.Ordinal);
    }

    private static string ReadRepositoryFile(string path) => File.ReadAllText(Path.Combine(RepositoryRoot.Folder, path));

    [Theory]
    [InlineData(LanguageVersion.CSharp10, false)]
    [InlineData(LanguageVersion.CSharp11, true)]
    [InlineData(LanguageVersion.Latest, true)]
    public void AsText_NeedsUtf8Literals_AndAnOlderCSharpCompilesEntityByEntity(LanguageVersion version, bool asText)
    {
        var run = GeneratorHarness.Run(Small, s_asText, new CSharpParseOptions(version, DocumentationMode.Diagnose));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(asText, Source(run).Contains("u8.CopyTo(", StringComparison.Ordinal));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData(" 1 ", true)]
    [InlineData("2147483647", false)]
    [InlineData("-1", null)]
    [InlineData("ten", null)]
    [InlineData("1e3", null)]
    [InlineData("1,000", null)]
    [InlineData("+5", null)]
    [InlineData("2147483648", null)]
    [InlineData("0x10", null)]
    [InlineData("\u0661\u0662", null)]
    [InlineData("10000;0", null)]
    public void TheSetting_IsAWholeNumberFromZero_OrOneClearError(string setting, bool? asText)
    {
        var run = GeneratorHarness.Run(Small, new Dictionary<string, string> { [CatalogGenerator.MaxNamedEntitiesProperty] = setting });

        if (asText is { } text)
        {
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(text, Source(run).Contains("u8.CopyTo(", StringComparison.Ordinal));
        }
        else
        {
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("PRG013", diagnostic.Id);
            Assert.Equal($"the build property PhoneRulesMaxNamedEntities is not valid: it needs a whole number from 0 to 2147483647 (PhoneRulesMaxNamedEntities=10000), not '{setting.Trim()}'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Empty(run.Result.GeneratedSources);
        }
    }

    [Fact]
    public void AsText_ACatalogOfManyLiteralsAndMethods_IsReadByteForByte()
    {
        // Names that deflate poorly (random, many-byte and astral characters, a fixed seed), so the encoded text
        // spans several literals and several methods.
        var random = new Random(20261127);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789\u00E9\u00EF\u4E00\u4E8C\uD83D\uDCF1";
        var makers = new StringBuilder();
        for (var i = 0; i < 30_000; i++)
        {
            makers.Append("    maker-").Append(i).Append(":\n      name: \"");
            for (var c = 0; c < 40; c++)
            {
                var at = random.Next(alphabet.Length - 1);
                makers.Append(char.IsHighSurrogate(alphabet[at]) || char.IsLowSurrogate(alphabet[at]) ? "\U0001F4F1" : alphabet[at].ToString());
            }

            makers.Append("\"\n      country: KP\n");
        }

        var yaml = Replace(Small, "    acme:\n", makers + "    acme:\n");

        var run = GeneratorHarness.Run(yaml, s_asText);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("__Text1(", Source(run), StringComparison.Ordinal);
        var document = CatalogReader.ReadText(yaml, "catalog.yaml").Document!;
        Load(run.Output, "many-literals", assembly =>
        {
            var data = assembly.GetType("Demo.Model.Catalog")!.GetProperty("Data")!.GetValue(null)!;
            var all = ((IEnumerable)data.GetType().GetProperty("Makers")!.GetValue(data)!).Cast<object>().ToList();
            Assert.Equal(document.Entities.Where(e => e.Type.Name == "Maker").Select(e => (e.Key, e.Span.Line, e.Span.Column, (string)e.Get("name")!.Value!)), all.Select(m => (Key(m), Line(m), Column(m), (string)m.GetType().GetProperty("Name")!.GetValue(m)!)));
        });
    }

    private static string Catalog(string name) => name switch
    {
        "small" => Small,
        "shipped" => File.ReadAllText(Path.Combine(RepositoryRoot.Folder, "catalog.yaml")),

        // CR LF line ends, a byte order mark, escapes, quotes, backslashes, many-byte and astral characters,
        // and characters the generated code must escape.
        _ => "\uFEFF" + Replace(Small, "name: Acme", "name: \"A\\\\c\\\"m\\te \u00E9\u4E00\U0001F600 \u202E \\u0007 '\"").Replace("\n", "\r\n", StringComparison.Ordinal),
    };

    private static string Source(GeneratorHarness.RunOutput run) =>
        run.Result.GeneratedSources.Single(s => s.HintName == "Catalog.g.cs").SourceText.ToString();

    private static string Key(object entity) => (string)entity.GetType().GetProperty("Key")!.GetValue(entity)!;

    private static int Line(object entity) => (int)Location(entity).GetType().GetProperty("Line")!.GetValue(Location(entity))!;

    private static int Column(object entity) => (int)Location(entity).GetType().GetProperty("Column")!.GetValue(Location(entity))!;

    private static object Location(object entity) => entity.GetType().GetProperty("Location")!.GetValue(entity)!;

    // Every entity and the settings, property by property: an entity named by its type and key, a list item by item.
    private static string Dump(Compilation compilation, string name)
    {
        var text = new StringBuilder();
        Load(compilation, name, assembly =>
        {
            var type = assembly.GetTypes().Single(t => t.Name == "Catalog");
            var data = type.GetProperty("Data")!.GetValue(null)!;
            text.Append("source=").Append(data.GetType().GetProperty("SourcePath")!.GetValue(data)).Append('\n');
            DumpRecord(text, data.GetType().GetProperty("Settings")!.GetValue(data)!);
            foreach (var entity in (IEnumerable)data.GetType().GetProperty("Entities")!.GetValue(data)!)
            {
                DumpRecord(text, entity);
            }
        });
        return text.ToString();
    }

    private static void DumpRecord(StringBuilder text, object record)
    {
        text.Append(record.GetType().Name).Append(':');
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(' ').Append(property.Name.ToLowerInvariant()).Append('=').Append(Value(property.GetValue(record)));
        }

        text.Append('\n');
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        ICatalogEntity entity => entity.GetType().Name + "/" + Key(entity),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Load(Compilation compilation, string name, Action<Assembly> use)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        try
        {
            use(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }
}
