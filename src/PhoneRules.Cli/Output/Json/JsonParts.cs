using System.Collections.Generic;
using System.Text.Json;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output.Json;

/// <summary>Pieces the JSON, SARIF and explanation writers share, so that evidence looks the same everywhere.</summary>
internal static class JsonParts
{
    /// <summary>An array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A finding's evidence: an array of <c>{ field, value, sources }</c>, and for a date <c>min</c>, <c>max</c> (the days it admits, ISO) and <c>qualified</c>.</summary>
    public static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("field", item.Field);
            json.WriteString("value", item.Value);
            if (item.Min is { } min && item.Max is { } max)
            {
                json.WriteString("min", min.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("max", max.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteBoolean("qualified", item.Qualified);
            }

            WriteStrings(json, "sources", item.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
