using System;
using System.IO;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// <c>phonerules synth</c> writes a valid catalog of the size asked for, through the safe writer; <c>--limit</c>
/// changes the reader limits the same way as the build's PhoneRulesLimits, and <c>validate</c> prints them.
/// </summary>
public sealed class SynthAndLimitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Synth_WritesAValidCatalogOfTheSizeAskedFor_TheSameForTheSameSeed()
    {
        var first = Path.Combine(_folder.Path, "first.yaml");
        var second = Path.Combine(_folder.Path, "second.yaml");

        var write = CliProcess.RunIn(_folder.Path, "synth", "--models", "120", "--sightings", "900", "-o", first);
        CliProcess.RunIn(_folder.Path, "synth", "--models", "120", "--sightings", "900", "-o", second);
        var other = CliProcess.RunIn(_folder.Path, "synth", "--models", "120", "--sightings", "900", "--seed", "7");
        var validate = CliProcess.RunIn(_folder.Path, "validate", "first.yaml");
        var analyze = CliProcess.RunIn(_folder.Path, "analyze", "--catalog", first, "--format", "json");

        Assert.Equal(0, write.ExitCode);
        Assert.Equal(string.Empty, write.Output);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.NotEqual(File.ReadAllText(first), other.Output);
        Assert.Equal(0, validate.ExitCode);
        Assert.StartsWith("first.yaml: valid (", validate.Output, StringComparison.Ordinal);
        Assert.Equal(120, Count(File.ReadAllText(first), "\n    model-"));
        Assert.Equal(900, Count(File.ReadAllText(first), "\n    sighting-"));
        Assert.Contains("\"ruleId\": \"PR008\"", analyze.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_WithoutOutput_WritesToStandardOutput_TenSightingsPerModelByDefault()
    {
        var result = CliProcess.RunIn(_folder.Path, "synth", "--models", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nschema:\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\ndata:\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(30, Count(result.Output, "\n    sighting-"));
    }

    [Theory]
    [InlineData("--models", "0")]
    [InlineData("--models", "-5")]
    [InlineData("--models", "1000001")]
    [InlineData("--sightings", "-1")]
    [InlineData("--sightings", "4000001")]
    [InlineData("--models", "many")]
    [InlineData("--sightings", "99999999999")]
    public void Synth_OutsideItsSizes_IsAUsageError(string option, string value)
    {
        var result = CliProcess.RunIn(_folder.Path, "synth", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("phonerules: error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_RefusesADirectoryAsOutput_AndLeavesNothingBehind()
    {
        var result = CliProcess.RunIn(_folder.Path, "synth", "--models", "2", "-o", _folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void Limit_IsAppliedToTheCatalogRead_AndValidatePrintsTheLimitsInEffect()
    {
        var catalog = Path.Combine(_folder.Path, "catalog.yaml");
        CliProcess.RunIn(_folder.Path, "synth", "--models", "5", "--sightings", "5", "-o", catalog);

        var tight = CliProcess.RunIn(_folder.Path, "validate", "--limit", "max-entities=10");
        var raised = CliProcess.RunIn(_folder.Path, "validate", "--limit", "max-entities=1000", "--limit", "max-file-bytes=99999999");
        var analyze = CliProcess.RunIn(_folder.Path, "analyze", "--limit", "max-file-bytes=1000");

        Assert.Equal(2, tight.ExitCode);
        Assert.Contains("error PRG013: more than 10 entities", tight.Error, StringComparison.Ordinal);
        Assert.Equal(0, raised.ExitCode);
        Assert.EndsWith("\nreader limits: max-file-bytes=99999999 max-depth=64 max-scalar-length=65536 max-entities=1000\n", raised.Output, StringComparison.Ordinal);
        Assert.Equal(2, analyze.ExitCode);
        Assert.Contains("error PRG013:", analyze.Error, StringComparison.Ordinal);
        Assert.Contains("1000", analyze.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("max-bytes=10", "'max-bytes' is not a reader limit")]
    [InlineData("max-depth=0", "the limit max-depth needs a whole number from 1 to 256")]
    [InlineData("max-entities", "the limit max-entities needs a whole number")]
    public void Limit_NotANamedLimitWithAWholePositiveNumber_IsAUsageError(string setting, string expected)
    {
        var result = CliProcess.RunIn(_folder.Path, "validate", "--builtin", "--limit", setting);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("phonerules: error: --limit: " + expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PrintsTheDefaultLimits()
    {
        var result = CliProcess.RunIn(_folder.Path, "validate", "--builtin");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("\nreader limits: " + string.Join(" ", ReaderLimits.Default.Describe()) + "\n", result.Output, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
