using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Explanations;
using PhoneRules.Cli.Output.Sarif;

namespace PhoneRules.Cli.Output.Json;

/// <summary><c>phonerules rules --format json</c>: the rules, or with <c>--coverage</c> how well a catalog feeds them (docs/output-formats.md).</summary>
internal static class RulesJson
{
    public static string Rules(IReadOnlyList<RuleDescriptor> rules, string toolVersion) => Write(json =>
    {
        WriteTool(json, toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteString("severity", Words.Of(rule.Severity));
            json.WriteString("description", rule.Description);
            JsonParts.WriteStrings(json, "tags", rule.Tags);
            json.WriteString("helpUri", SarifRenderer.HelpUri(rule.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static string Coverage(IReadOnlyList<RuleCoverage> rows, CatalogChoice catalog, string toolVersion) => Write(json =>
    {
        WriteTool(json, toolVersion);
        json.WriteString("catalog", catalog.Path ?? "catalog.yaml");
        json.WriteBoolean("builtin", catalog.IsBuiltin);
        json.WriteStartArray("coverage");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Rule.Id);
            json.WriteString("name", row.Rule.Name);
            json.WriteString("type", row.TypeName);
            JsonParts.WriteStrings(json, "fields", row.Fields);
            json.WriteNumber("filled", row.Filled);
            json.WriteNumber("total", row.Total);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void WriteTool(Utf8JsonWriter json, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteString("name", "phonerules");
        json.WriteString("version", toolVersion);
        json.WriteEndObject();
    }

    private static string Write(System.Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
