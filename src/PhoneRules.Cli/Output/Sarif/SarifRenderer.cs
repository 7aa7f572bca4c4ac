using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output.Json;

namespace PhoneRules.Cli.Output.Sarif;

/// <summary>
/// SARIF 2.1.0, written with System.Text.Json: the rules as <c>tool.driver.rules</c>, each finding a result
/// whose region is the subject's line and column in the catalog, so code-scanning tools show it on the YAML line.
/// </summary>
internal static class SarifRenderer
{
    /// <summary>The name SARIF's partialFingerprints carries the fingerprint under.</summary>
    public const string FingerprintKey = "phonerules/v1";

    /// <summary>The base id that repository-relative URIs are resolved against (the name code scanning expects).</summary>
    public const string SourceRoot = "SRCROOT";

    /// <summary>Where a rule's documentation is read on the web: the file its help text comes from.</summary>
    public static string HelpUri(string ruleId) => $"{CatalogSource.RepositoryUrl}/blob/main/rules/PhoneRules.Analysis/Docs/{ruleId}.md";

    public static string Render(FindingsReport report) => Renderers.ToText(stream => Write(report, stream));

    /// <summary>Writes the report to <paramref name="stream"/> as it goes (UTF-8), flushing every few kilobytes.</summary>
    public static void Write(FindingsReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "phonerules");
            json.WriteString("version", report.ToolVersion);
            json.WriteString("semanticVersion", report.ToolVersion);
            json.WriteString("informationUri", CatalogSource.RepositoryUrl);
            json.WriteStartArray("rules");
            foreach (var rule in report.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Name);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteString("helpUri", HelpUri(rule.Id));
                var help = PhoneRules.Analysis.RuleDocs.Get(rule);
                json.WriteStartObject("help");
                json.WriteString("text", help);
                json.WriteString("markdown", help);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Words.Of(rule.Severity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                JsonParts.WriteStrings(json, "tags", rule.Tags);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            if (report.Repository is { } repository)
            {
                // A URI relative to the repository's root, which code scanning resolves against its checkout.
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SourceRoot);
                json.WriteString("uri", new System.Uri(repository.Root.TrimEnd('/') + "/").AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartArray("artifacts");
            json.WriteStartObject();
            json.WriteStartObject("location");
            WriteArtifactUri(json, report);
            json.WriteEndObject();
            if (report.Builtin)
            {
                json.WriteStartObject("description");
                json.WriteString("text", report.CatalogName);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("results");
            var ruleIndex = report.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
            foreach (var finding in FindingsAhead.Of(report.Findings))
            {
                WriteResult(json, finding, ruleIndex.TryGetValue(finding.Finding.RuleId, out var index) ? index : -1, report, report.StateOf(finding.Finding), report.ExplanationOf(finding.Finding));
                Renderers.FlushSometimes(json);
            }

            foreach (var finding in FindingsAhead.Of([.. report.Absent]))
            {
                WriteResult(json, finding, ruleIndex.TryGetValue(finding.Finding.RuleId, out var index) ? index : -1, report, BaselineState.Absent, null);
                Renderers.FlushSometimes(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteResult(Utf8JsonWriter json, PreparedFinding prepared, int ruleIndex, FindingsReport report, BaselineState? state, IReadOnlyList<PhoneRules.Analysis.Explanations.ConditionStep>? explanation)
    {
        var finding = prepared.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        if (state is { } known)
        {
            json.WriteString("baselineState", Words.Of(known));
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, prepared.Fingerprint);
        json.WriteEndObject();

        json.WriteString("level", Words.Of(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", explanation is null
            ? finding.Message
            : finding.Message + " Why: " + string.Join("; ", explanation.Select(s => s.IsBinding ? $"{s.Expression} = {s.Result}" : $"{s.Expression} is {s.Result}")) + ".");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        WriteArtifactUri(json, report);
        json.WriteNumber("index", 0);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Location.Line);
        json.WriteNumber("startColumn", finding.Location.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", finding.SubjectKey);
        json.WriteString("kind", "object");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("confidence", Words.Of(finding.Confidence));
        json.WriteString("subjectType", finding.SubjectType);
        json.WriteString("subjectKey", finding.SubjectKey);
        JsonParts.WriteEvidence(json, prepared.Evidence);
        if (explanation is not null)
        {
            ExplanationJson.WriteSteps(json, "explanation", explanation);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // The catalog from the repository's root with SRCROOT when it is in one; else as named (an absolute path as a file URI).
    private static void WriteArtifactUri(Utf8JsonWriter json, FindingsReport report)
    {
        if (report.Repository is { } repository)
        {
            json.WriteString("uri", Uri(repository.Relative));
            json.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            json.WriteString("uri", Path.IsPathRooted(report.CatalogPath) ? new System.Uri(report.CatalogPath).AbsoluteUri : Uri(report.CatalogPath));
        }
    }

    // SARIF wants a URI reference: forward slashes, spaces and the like escaped.
    private static string Uri(string path) => string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
