using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using PhoneRules.Analysis.Explanations;

namespace PhoneRules.Cli.Output.Json;

/// <summary>Explanations as JSON: for <c>explain --subject --format json</c> and under each finding of <c>analyze --explain</c>.</summary>
internal static class ExplanationJson
{
    public static string Render(Explanation explanation, string catalogName)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", explanation.Rule.Id);
            json.WriteString("ruleName", explanation.Rule.Name);
            json.WriteString("subject", explanation.SubjectKey);
            json.WriteString("catalog", catalogName);
            json.WriteBoolean("fired", explanation.Fired);
            if (explanation.Finding is { } finding)
            {
                json.WriteString("confidence", Words.Of(finding.Confidence));
                json.WriteString("message", finding.Message);
            }

            if (explanation.FailedAt is { } failed)
            {
                json.WriteString("failedAt", failed.Expression);
            }

            WriteSteps(json, "conditions", explanation.Steps);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void WriteSteps(Utf8JsonWriter json, string name, IReadOnlyList<ConditionStep> steps)
    {
        json.WriteStartArray(name);
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("expression", step.Expression);
            json.WriteString("kind", step.IsBinding ? "binding" : "test");
            json.WriteString("result", step.Result);
            json.WriteBoolean("passed", step.Passed);
            json.WriteStartArray("values");
            foreach (var value in step.Values)
            {
                json.WriteStartObject();
                json.WriteString("expression", value.Expression);
                json.WriteString("value", value.Value);
                JsonParts.WriteStrings(json, "sources", value.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
