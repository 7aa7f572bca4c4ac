using System.Linq;

namespace PhoneRules.Schema.Tests;

/// <summary>One limit policy: the settings the build (PhoneRulesLimits) and the console (--limit) both parse.</summary>
public sealed class ReaderLimitsTests
{
    [Fact]
    public void Describe_ListsEveryLimit_AndParsingItGivesTheSameLimits()
    {
        var changed = new ReaderLimits { MaxFileBytes = 5_000_000_000, MaxDepth = 10, MaxScalarLength = 7, MaxEntities = 3 };

        Assert.Equal(ReaderLimits.Names, changed.Describe().Select(line => line[..line.IndexOf('=', System.StringComparison.Ordinal)]));
        Assert.Equal(changed, ReaderLimits.Default.Parse(changed.Describe(), out var error));
        Assert.Null(error);
        Assert.Equal(ReaderLimits.Default, ReaderLimits.Default.Parse([], out _));
    }

    [Theory]
    [InlineData("max-file-bytes=1000", 1000L, 64, 65536, 2_000_000)]
    [InlineData("max-depth=256", 536870912L, 256, 65536, 2_000_000)]
    [InlineData(" max-scalar-length = 12 ", 536870912L, 64, 12, 2_000_000)]
    [InlineData("max-entities=3000000;max-depth=8", 536870912L, 8, 65536, 3_000_000)]
    [InlineData("max-entities=1,max-entities=2", 536870912L, 64, 65536, 2)]
    [InlineData("max-file-bytes=9223372036854775807", long.MaxValue, 64, 65536, 2_000_000)]
    public void Parse_AppliesEachSettingInOrder(string settings, long bytes, int depth, int scalar, int entities)
    {
        var limits = ReaderLimits.Default.Parse([settings], out var error);

        Assert.Null(error);
        Assert.Equal(new ReaderLimits { MaxFileBytes = bytes, MaxDepth = depth, MaxScalarLength = scalar, MaxEntities = entities }, limits);
    }

    [Theory]
    [InlineData("max-bytes=10", "'max-bytes' is not a reader limit; the limits are max-file-bytes, max-depth, max-scalar-length, max-entities")]
    [InlineData("MAX-DEPTH=10", "'MAX-DEPTH' is not a reader limit; the limits are max-file-bytes, max-depth, max-scalar-length, max-entities")]
    [InlineData("max-depth", "the limit max-depth needs a whole number from 1 to 256 (max-depth=1000), not ''")]
    [InlineData("max-depth=", "the limit max-depth needs a whole number from 1 to 256 (max-depth=1000), not ''")]
    [InlineData("max-depth=0", "the limit max-depth needs a whole number from 1 to 256 (max-depth=1000), not '0'")]
    [InlineData("max-depth=257", "the limit max-depth needs a whole number from 1 to 256 (max-depth=1000), not '257'")]
    [InlineData("max-entities=-1", "the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not '-1'")]
    [InlineData("max-entities=+1", "the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not '+1'")]
    [InlineData("max-entities=1e6", "the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not '1e6'")]
    [InlineData("max-entities=0x10", "the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not '0x10'")]
    [InlineData("max-entities=1 000", "the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not '1 000'")]
    [InlineData("max-entities=2147483648", "the limit max-entities needs a whole number from 1 to 2147483647 (max-entities=1000), not '2147483648'")]
    [InlineData("max-scalar-length=\u0661\u0662", "the limit max-scalar-length needs a whole number from 1 to 2147483647 (max-scalar-length=1000), not '\u0661\u0662'")]
    [InlineData("max-file-bytes=9223372036854775808", "the limit max-file-bytes needs a whole number from 1 to 9223372036854775807 (max-file-bytes=1000), not '9223372036854775808'")]
    [InlineData("=10", "'' is not a reader limit; the limits are max-file-bytes, max-depth, max-scalar-length, max-entities")]
    [InlineData(" = 10", "'' is not a reader limit; the limits are max-file-bytes, max-depth, max-scalar-length, max-entities")]
    [InlineData("max-depth=8,nope=1", "'nope' is not a reader limit; the limits are max-file-bytes, max-depth, max-scalar-length, max-entities")]
    public void Parse_RefusesAnythingButANamedLimitAndAWholePositiveNumber(string settings, string expected)
    {
        Assert.Null(ReaderLimits.Default.Parse([settings], out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Defaults_AdmitTheCatalogTheConsoleIsMeasuredOn()
    {
        // 100,000 models with 1,000,000 sightings: about 1.1 million entities and 260 MB of YAML (docs/performance.md).
        Assert.True(ReaderLimits.Default.MaxEntities >= 1_200_000);
        Assert.True(ReaderLimits.Default.MaxFileBytes >= 300L * 1024 * 1024);
    }
}
