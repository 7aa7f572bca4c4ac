using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output.Json;

/// <summary>
/// Findings for machines, in a stable shape (documented in docs/output-formats.md): tool, catalog, summary
/// counts, and the findings in the same order and with the same fields the snapshot tests pin.
/// </summary>
internal static class JsonRenderer
{
    /// <summary>
    /// The version of this JSON shape (docs/output-formats.md). A baseline with a higher one is refused; one
    /// without it was written before the shape had a version, and is version 1.
    /// </summary>
    public const int SchemaVersion = 1;

    public static string Render(FindingsReport report) => Renderers.ToText(stream => Write(report, stream));

    /// <summary>Writes the report to <paramref name="stream"/> as it goes (UTF-8), flushing every few kilobytes.</summary>
    public static void Write(FindingsReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonTextEncoder.Instance }))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", "phonerules");
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("catalog", report.CatalogPath);
            json.WriteBoolean("builtin", report.Builtin);
            json.WriteStartObject("summary");
            json.WriteNumber("total", report.Findings.Count);
            json.WriteNumber("error", report.Count(FindingSeverity.Error));
            json.WriteNumber("warning", report.Count(FindingSeverity.Warning));
            json.WriteNumber("note", report.Count(FindingSeverity.Note));
            if (report.HasBaseline)
            {
                json.WriteStartObject("baseline");
                foreach (var state in new[] { BaselineState.New, BaselineState.Updated, BaselineState.Unchanged, BaselineState.Absent })
                {
                    json.WriteNumber(Words.Of(state), report.Count(state));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in FindingsAhead.Of(report.Findings))
            {
                WriteFinding(json, finding, report.StateOf(finding.Finding), report.ExplanationOf(finding.Finding));
                Renderers.FlushSometimes(json);
            }

            json.WriteEndArray();
            if (report.HasBaseline)
            {
                json.WriteStartArray("absent");
                foreach (var finding in FindingsAhead.Of([.. report.Absent]))
                {
                    WriteFinding(json, finding, BaselineState.Absent, null);
                    Renderers.FlushSometimes(json);
                }

                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteFinding(Utf8JsonWriter json, PreparedFinding prepared, BaselineState? state, IReadOnlyList<PhoneRules.Analysis.Explanations.ConditionStep>? explanation)
    {
        var finding = prepared.Finding;
        json.WriteStartObject();
        json.WriteString("fingerprint", prepared.Fingerprint);
        if (state is { } known)
        {
            json.WriteString("baselineState", Words.Of(known));
        }

        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("ruleName", finding.RuleName);
        json.WriteString("severity", Words.Of(finding.Severity));
        json.WriteString("confidence", Words.Of(finding.Confidence));
        json.WriteStartObject("subject");
        json.WriteString("type", finding.SubjectType);
        json.WriteString("key", finding.SubjectKey);
        json.WriteEndObject();
        if (finding.Partner is { } partner)
        {
            json.WriteString("partner", partner);
        }

        json.WriteString("message", finding.Message);
        JsonParts.WriteEvidence(json, prepared.Evidence);
        json.WriteStartObject("location");
        json.WriteString("file", finding.Location.File);
        json.WriteNumber("line", finding.Location.Line);
        json.WriteNumber("column", finding.Location.Column);
        json.WriteEndObject();
        if (explanation is not null)
        {
            ExplanationJson.WriteSteps(json, "explanation", explanation);
        }

        json.WriteEndObject();
    }
}
