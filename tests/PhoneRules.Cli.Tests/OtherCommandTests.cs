using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NJsonSchema;
using PhoneRules.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Snapshooter.Xunit;

namespace PhoneRules.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Rules_ListsEveryRule()
    {
        var result = CliProcess.Run("rules");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Explain_Rule_PrintsItsDocumentationAndExample()
    {
        var result = CliProcess.Run("explain", "pr001");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# PR001 late-announcement (warning)\n", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("Example (shipped catalog):", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DiagnosticCode_PrintsItsCause()
    {
        var result = CliProcess.Run("explain", "PRG004");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("## PRG004 Missing required field\n", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("Fix: add the field; give every dated fact its sources.", result.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("## PRG005", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticsReference_DocumentsEveryCodeWithItsTitle()
    {
        foreach (var code in DiagnosticCodes.All)
        {
            var section = Commands.ExplainCommand.DiagnosticSection(code);
            Assert.StartsWith($"## {code.Id} {code.Title}\n", section, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_Unknown_ExitsTwo()
    {
        var result = CliProcess.Run("explain", "PR999");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("phonerules: error: unknown rule or diagnostic 'PR999'", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShippedCatalog_IsValid()
    {
        var result = CliProcess.Run("validate", "catalog.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("catalog.yaml: valid (", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PrintsEveryError()
    {
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml"))
            .Replace("released: 2019-01~", "released: 2018-13", System.StringComparison.Ordinal)
            .Replace("maker: checom", "maker: checkom", System.StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.File("catalog.yaml", text);

        var result = CliProcess.RunIn(folder.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);

        // In file order (the lookup with the typo comes before the model in the file), not in the order found.
        Assert.Matches(@"^catalog\.yaml\(\d+,\d+\): error PRG008: no Maker has key 'checkom'; did you mean 'checom'\?$", lines[0]);
        Assert.Matches(@"^catalog\.yaml\(\d+,\d+\): error PRG006: 'released': '2018-13' is not a calendar date$", lines[1]);
        var (first, second) = (LineOf(lines[0]), LineOf(lines[1]));
        Assert.True(first < second, $"{first} before {second}");
        Assert.True(File.Exists(path));
    }

    private static int LineOf(string diagnostic) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(diagnostic, @"\((\d+),").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Catalog_PrintsModelsAndTimeline()
    {
        var result = CliProcess.Run("catalog");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void CatalogTimeline_ShowsEachSeriesByYear()
    {
        var result = CliProcess.Run("catalog", "--timeline");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public async System.Threading.Tasks.Task Schema_IsAJsonSchemaTheShippedCatalogSatisfies()
    {
        var result = CliProcess.Run("schema");
        Assert.Equal(0, result.ExitCode);
        var schema = await JsonSchema.FromJsonAsync(result.Output);
        var catalog = YamlToJson(File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml")));

        var errors = schema.Validate(catalog!.ToJsonString());

        Assert.Empty(errors);
    }

    [Fact]
    public async System.Threading.Tasks.Task Schema_RejectsAnUnknownField()
    {
        var result = CliProcess.Run("schema");
        var schema = await JsonSchema.FromJsonAsync(result.Output);
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "catalog.yaml")).Replace("      name: Pyongyang 2425\n", "      nmae: Pyongyang 2425\n", System.StringComparison.Ordinal);

        Assert.NotEmpty(schema.Validate(YamlToJson(text)!.ToJsonString()));
    }

    [Fact]
    public void Schema_TakesItsPatternsFromTheGrammar_AndUsesNoUnionTypes()
    {
        var schema = JsonNode.Parse(CliProcess.Run("schema").Output)!;
        var definitions = schema["definitions"]!;

        Assert.Equal(CatalogGrammar.KeyPattern, (string?)schema["properties"]!["data"]!["properties"]!["PhoneModel"]!["propertyNames"]!["pattern"]);
        Assert.Equal(CatalogGrammar.FuzzyDatePattern, (string?)definitions["PhoneModel"]!["properties"]!["released"]!["anyOf"]![0]!["pattern"]);
        Assert.Equal(CatalogGrammar.DatePattern, (string?)definitions["ContextEvent"]!["properties"]!["date"]!["pattern"]);
        Assert.Equal(CatalogGrammar.UrlPattern, (string?)definitions["Source"]!["properties"]!["url"]!["pattern"]);
        Assert.Equal("iri", (string?)definitions["Source"]!["properties"]!["url"]!["format"]);
        Assert.Equal(1990, (int?)definitions["TradeYear"]!["properties"]!["year"]!["minimum"]);
        Assert.Equal(2100, (int?)definitions["TradeYear"]!["properties"]!["year"]!["maximum"]);
        // The schema section may be left out; the settings may not.
        Assert.Equal(["settings"], schema["required"]!.AsArray().Select(n => (string?)n));
        // Ajv's strict mode refuses "type": [...] (allowUnionTypes): every type is one name.
        Assert.All(Descendants(schema).OfType<JsonObject>().Where(o => o["type"] is not null), o => Assert.IsAssignableFrom<JsonValue>(o["type"]));
    }

    [Fact]
    public void Schema_Help_SaysNothingOfAnInputItDoesNotRead()
    {
        var help = CliProcess.Run("schema", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--output", help.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("input", help.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAndVersion_Work()
    {
        var help = CliProcess.Run("--help");
        var analyzeHelp = CliProcess.Run("analyze", "--help");
        var version = CliProcess.Run("--version");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("analyze", help.Output, System.StringComparison.Ordinal);
        Assert.Contains("--fail-on", analyzeHelp.Output, System.StringComparison.Ordinal);
        Assert.Equal(CatalogSource.VersionWithCommit + "\n", version.Output);
        Assert.StartsWith("0.1.0+", version.Output, System.StringComparison.Ordinal);
    }

    private static System.Collections.Generic.IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { node }.Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray a => new[] { node }.Concat(a.OfType<JsonNode>().SelectMany(Descendants)),
        _ => [node],
    };

    // YAML as an editor's language server sees it (YamlDotNet here, not the tool's own reader): plain scalars
    // that look like numbers or booleans are numbers or booleans.
    private static JsonNode? YamlToJson(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Children)
                {
                    obj[((YamlScalarNode)entry.Key).Value!] = Convert(entry.Value);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item));
                }

                return array;
            default:
                var scalar = (YamlScalarNode)node;
                var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
                if (plain && (scalar.Value is null or "" or "~" or "null"))
                {
                    return null;
                }

                if (plain && long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
                {
                    return JsonValue.Create(integer);
                }

                if (plain && decimal.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                if (plain && scalar.Value is "true" or "false")
                {
                    return JsonValue.Create(scalar.Value == "true");
                }

                return JsonValue.Create(scalar.Value);
        }
    }
}
