using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PhoneRules.Rules.Findings;

namespace PhoneRules.Cli.Output;

/// <summary>Reads the findings of an earlier <c>analyze --format json</c> as a baseline.</summary>
internal static class BaselineReader
{
    public static IReadOnlyList<Finding> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"baseline '{path}' does not exist; write one with 'phonerules analyze --format json --output {path}'");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"baseline '{path}' has no 'findings' array; it must be the output of 'phonerules analyze --format json'");
            }

            return findings.EnumerateArray().Select(ReadFinding).ToList();
        }
        catch (JsonException ex)
        {
            throw new CliException($"{path}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): error: the baseline is not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new CliException($"baseline '{path}' is not the output of 'phonerules analyze --format json': {ex.Message}");
        }
    }

    private static Finding ReadFinding(JsonElement json)
    {
        var subject = json.GetProperty("subject");
        var location = json.GetProperty("location");
        return new Finding(
            json.GetProperty("ruleId").GetString()!,
            json.GetProperty("ruleName").GetString()!,
            json.GetProperty("severity").GetString() switch
            {
                "error" => FindingSeverity.Error,
                "warning" => FindingSeverity.Warning,
                _ => FindingSeverity.Note,
            },
            json.GetProperty("confidence").GetString() == "certain" ? FindingConfidence.Certain : FindingConfidence.Possible,
            subject.GetProperty("type").GetString()!,
            subject.GetProperty("key").GetString()!,
            json.GetProperty("message").GetString()!,
            json.GetProperty("evidence").EnumerateArray().Select(e => new Evidence(
                e.GetProperty("field").GetString()!,
                e.GetProperty("value").GetString()!,
                e.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray())).ToArray(),
            new FindingLocation(location.GetProperty("file").GetString()!, location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()),
            json.TryGetProperty("partner", out var partner) ? partner.GetString() : null);
    }
}
