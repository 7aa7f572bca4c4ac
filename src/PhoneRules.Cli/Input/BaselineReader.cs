using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Json;

namespace PhoneRules.Cli.Input;

/// <summary>
/// Reads the findings of an earlier <c>analyze --format json</c> as a baseline, validated like a catalog:
/// every field a finding needs, with the type and the words the JSON renderer writes; a tool that is
/// phonerules and not newer than this one; no two findings with one fingerprint. Each problem is one line
/// naming the file and the JSON path, and the baseline is refused rather than half-read.
/// </summary>
internal static class BaselineReader
{
    public static IReadOnlyList<Finding> Read(string path) => Parse(InputFile.ReadBaseline(path), path);

    /// <summary>The findings in <paramref name="bytes"/>, or a <see cref="CliException"/> with every problem found.</summary>
    public static IReadOnlyList<Finding> Parse(byte[] bytes, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new CliException($"{path}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): error: the baseline is not valid JSON");
        }

        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            var findings = new List<Finding>();
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("the baseline is not a JSON object");
            }
            else if (!root.TryGetProperty("findings", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                errors.Add("has no 'findings' array; a baseline is the output of 'phonerules analyze --format json'");
            }
            else if (CheckTool(root) is { } toolError)
            {
                errors.Add(toolError);
            }
            else
            {
                var index = 0;
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var element in array.EnumerateArray())
                {
                    var at = $"findings[{index.ToString(CultureInfo.InvariantCulture)}]";
                    if (ReadFinding(element, at, errors) is { } finding)
                    {
                        var fingerprint = Fingerprints.Of(finding);
                        if (seen.TryGetValue(fingerprint, out var first))
                        {
                            errors.Add($"{at}: the same finding as findings[{first.ToString(CultureInfo.InvariantCulture)}] (fingerprint {fingerprint})");
                        }
                        else
                        {
                            seen.Add(fingerprint, index);
                            findings.Add(finding);
                        }
                    }

                    index++;
                }
            }

            if (errors.Count > 0)
            {
                throw new CliException(errors.Select(e => $"phonerules: error: baseline '{path}': {e}").ToList());
            }

            return findings;
        }
    }

    private static string? CheckTool(JsonElement root)
    {
        if (!root.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.Object
            || !tool.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "phonerules")
        {
            return "'tool.name' is not 'phonerules'; a baseline is the output of 'phonerules analyze --format json'";
        }

        if (root.TryGetProperty("schemaVersion", out var schema)
            && !(schema.ValueKind == JsonValueKind.Number && schema.TryGetInt32(out var number) && number is >= 1 and <= JsonRenderer.SchemaVersion))
        {
            return $"'schemaVersion' {schema.GetRawText()} is not one this phonerules reads (1 to {JsonRenderer.SchemaVersion})";
        }

        var written = tool.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String ? version.GetString()! : string.Empty;
        if (!Version.TryParse(written.Split('+', '-')[0], out var theirs))
        {
            return $"'tool.version' '{written}' is not a version";
        }

        // A newer tool may write findings this one cannot compare (other rules, other fingerprints).
        return Version.TryParse(CatalogSource.Version.Split('+', '-')[0], out var ours) && theirs > ours
            ? $"written by phonerules {written}, newer than this one ({CatalogSource.Version}); compare with the same or a newer phonerules"
            : null;
    }

    private static Finding? ReadFinding(JsonElement json, string at, List<string> errors)
    {
        var before = errors.Count;
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: not an object");
            return null;
        }

        var ruleId = String(json, "ruleId", at, errors);
        if (ruleId is not null && !(ruleId.Length == 5 && ruleId.StartsWith("PR", StringComparison.Ordinal) && ruleId[2..].All(char.IsAsciiDigit)))
        {
            errors.Add($"{at}.ruleId: '{ruleId}' is not a rule id ('PR' and three digits)");
        }

        var ruleName = String(json, "ruleName", at, errors);
        var severity = Word(json, "severity", Words.Severities, at, errors);
        var confidence = Word(json, "confidence", Words.Confidences, at, errors);
        var subject = Object(json, "subject", at, errors);
        var subjectType = subject is { } s ? String(s, "type", at + ".subject", errors) : null;
        var subjectKey = subject is { } k ? String(k, "key", at + ".subject", errors) : null;
        var message = String(json, "message", at, errors);
        string? partner = null;
        if (json.TryGetProperty("partner", out var partnerJson) && partnerJson.ValueKind != JsonValueKind.Null)
        {
            partner = String(json, "partner", at, errors);
        }

        var evidence = new List<Evidence>();
        if (!json.TryGetProperty("evidence", out var evidenceJson) || evidenceJson.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{at}.evidence: missing or not an array");
        }
        else
        {
            var i = 0;
            foreach (var item in evidenceJson.EnumerateArray())
            {
                var itemAt = $"{at}.evidence[{i++.ToString(CultureInfo.InvariantCulture)}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{itemAt}: not an object");
                    continue;
                }

                var field = String(item, "field", itemAt, errors);
                var value = String(item, "value", itemAt, errors);
                var sources = new List<string>();
                if (!item.TryGetProperty("sources", out var sourcesJson) || sourcesJson.ValueKind != JsonValueKind.Array || sourcesJson.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
                {
                    errors.Add($"{itemAt}.sources: missing or not an array of strings");
                }
                else
                {
                    sources.AddRange(sourcesJson.EnumerateArray().Select(x => x.GetString()!));
                }

                if (field is not null && value is not null)
                {
                    evidence.Add(new Evidence(field, value, sources));
                }
            }
        }

        var location = Object(json, "location", at, errors);
        var file = location is { } l ? String(l, "file", at + ".location", errors) : null;
        var line = location is { } ln ? Number(ln, "line", at + ".location", errors) : 0;
        var column = location is { } c ? Number(c, "column", at + ".location", errors) : 0;
        if (errors.Count > before)
        {
            return null;
        }

        return new Finding(
            ruleId!,
            ruleName!,
            Words.Severity(severity)!.Value,
            Words.Confidence(confidence)!.Value,
            subjectType!,
            subjectKey!,
            message!,
            evidence,
            new FindingLocation(file!, line, column),
            partner);
    }

    private static string? String(JsonElement json, string name, string at, List<string> errors)
    {
        if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors.Add($"{at}.{name}: missing or not a string");
        return null;
    }

    private static string? Word(JsonElement json, string name, string[] words, string at, List<string> errors)
    {
        var before = errors.Count;
        var word = String(json, name, at, errors);
        if (word is not null && !words.Contains(word, StringComparer.Ordinal))
        {
            errors.Add($"{at}.{name}: '{word}' is not one of {string.Join(", ", words)}");
        }

        return errors.Count > before ? null : word;
    }

    private static JsonElement? Object(JsonElement json, string name, string at, List<string> errors)
    {
        if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        errors.Add($"{at}.{name}: missing or not an object");
        return null;
    }

    private static int Number(JsonElement json, string name, string at, List<string> errors)
    {
        if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 1)
        {
            return number;
        }

        errors.Add($"{at}.{name}: missing or not a positive whole number");
        return 0;
    }
}
