using System;
using System.IO;
using System.Linq;
using System.Text;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// Reading a catalog from a file: a directory, an unreadable file and a file over the size limit are each one
/// diagnostic; the limit holds at the boundary whether the size comes from the file's length, from the bytes
/// read or from decoded text; diagnostics come in file order; a result is matched against the compiled schema.
/// </summary>
public sealed class CatalogFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "phonerules-file-" + Guid.NewGuid().ToString("N"));

    public CatalogFileTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Directory_ReportsPRG010_NamingIt()
    {
        var diagnostic = Assert.Single(CatalogReader.ReadFile(_directory).Diagnostics);

        Assert.Equal(("PRG010", $"'{_directory}' is a directory, not a catalog file", _directory), (diagnostic.Code, diagnostic.Message, diagnostic.FilePath));
        Assert.False(diagnostic.Span.IsKnown);
    }

    [Fact]
    public void FileLargerThanTheReadBuffer_AtTheLimit_ReadsWhole_AndOneByteOver_ReportsItsLength()
    {
        // Over 200 KB, so the file is read in several chunks; the last entity is past every chunk boundary.
        var text = Small + "\n" + string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding\n", 4000)) + "  Maker:\n    last:\n      name: Last\n      country: KP\n";
        text = Replace(text, "  Maker:\n    acme:\n      name: Acme\n      country: CN\n", "  Maker:\n    acme:\n      name: Acme\n      country: CN\n    placeholder-maker:\n      name: P\n      country: CN\n");
        text = text[..text.LastIndexOf("  Maker:\n    last:", StringComparison.Ordinal)];
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(bytes.Length > 200_000);
        var path = Write("large.yaml", bytes);

        var atLimit = CatalogReader.ReadFile(path, new ReaderLimits { MaxFileBytes = bytes.Length });
        var overLimit = CatalogReader.ReadFile(path, new ReaderLimits { MaxFileBytes = bytes.Length - 1 });

        Assert.Empty(atLimit.Diagnostics);
        Assert.Contains(atLimit.Document!.Entities, e => e.Key == "placeholder-maker");
        var diagnostic = Assert.Single(overLimit.Diagnostics);
        Assert.Equal(("PRG013", $"the file is {bytes.Length} bytes, over the limit of {bytes.Length - 1}", 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void FileWhoseLastLineIsTheLastByte_AtTheLimit_IsReadToItsLastByte()
    {
        // Without a final line break the last byte closes a list: a file cut one byte short does not read.
        var bytes = Encoding.UTF8.GetBytes(Small.TrimEnd('\n'));
        Assert.EndsWith("sources: [seed]", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var path = Write("exact.yaml", bytes);

        var result = CatalogReader.ReadFile(path, new ReaderLimits { MaxFileBytes = bytes.Length });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Document!.Entities.Count);
    }

    [Fact]
    public void DefaultLimits_AreUsedWhenNoneAreGiven_AndGivenLimitsAreNotReplacedByThem()
    {
        var path = Write("small.yaml", Encoding.UTF8.GetBytes(Small));

        Assert.Empty(CatalogReader.ReadFile(path).Diagnostics);
        Assert.Equal("PRG013", Assert.Single(CatalogReader.ReadFile(path, new ReaderLimits { MaxFileBytes = 10 }).Diagnostics).Code);
    }

    [SkippableFact]
    public void FileWhoseLengthReadsZero_OverTheLimit_IsCutAtTheLimit()
    {
        // Kernel files report a length of 0 and still hold bytes: the limit counts the bytes read.
        const string status = "/proc/self/status";
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists(status) && new FileInfo(status).Length == 0, "needs Linux /proc");

        var diagnostic = Assert.Single(CatalogReader.ReadFile(status, new ReaderLimits { MaxFileBytes = 100 }).Diagnostics);

        Assert.Equal(("PRG013", "the file is over the limit of 100 bytes", 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [SkippableFact]
    public void FileThatFailsWhileBeingRead_ReportsPRG010_WithTheSystemsReason()
    {
        // Reading a process's memory at address 0 fails with an I/O error after the file opened.
        const string memory = "/proc/self/mem";
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists(memory), "needs Linux /proc");

        var diagnostic = Assert.Single(CatalogReader.ReadFile(memory).Diagnostics);

        Assert.Equal("PRG010", diagnostic.Code);
        Assert.StartsWith($"cannot read '{memory}': ", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Message.Length > $"cannot read '{memory}': ".Length, diagnostic.Message);
    }

    [Theory]
    [InlineData("bad\0name.yaml")]
    public void PathTheSystemRefuses_ReportsPRG010_NotAnException(string name)
    {
        var path = Path.Combine(_directory, name);

        var diagnostic = Assert.Single(CatalogReader.ReadFile(path).Diagnostics);

        Assert.Equal("PRG010", diagnostic.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Text_AtTheLimitInUtf8Bytes_Reads_AndOneByteOver_ReportsTheByteCount(int over)
    {
        // "é" is one character and two bytes: the limit counts bytes, not characters, and not the BOM.
        var text = Replace(Small, "name: Acme", "name: Acm\u00E9");
        var bytes = Encoding.UTF8.GetByteCount(text);
        var limits = new ReaderLimits { MaxFileBytes = bytes - over };

        var result = CatalogReader.ReadText("\uFEFF" + text, "catalog.yaml", limits);

        if (over == 0)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal("Acm\u00E9", result.Document!.Entities.Single(e => e.Key == "acme").Get("name")!.Value);
        }
        else
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("PRG013", $"the file is {bytes} bytes, over the limit of {bytes - 1}", 1, 1), (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column));
        }
    }

    [Fact]
    public void ByteOrderMarkInText_IsNotAColumn()
    {
        var diagnostic = Assert.Single(CatalogReader.ReadText("\uFEFFa: [b", "catalog.yaml").Diagnostics);

        Assert.Equal(("PRG001", 1, 4, 3), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Span.StartOffset));
    }

    [Fact]
    public void TwoProblems_FoundInTheOtherOrder_AreReportedInFileOrder()
    {
        // Settings are checked before data; in this file they come after it.
        const string settings = "settings:\n  late-days: 90\n";
        var yaml = Replace(Small, settings, string.Empty) + "\n" + settings;
        yaml = Replace(Replace(yaml, "late-days: 90", "late-days: ninety"), "units: 12", "units: twelve");

        var diagnostics = CatalogReader.ReadText(yaml, "catalog.yaml").Diagnostics;

        Assert.Equal(
            new[] { ("PRG005", "'units' expects a whole number, not 'twelve'", Position(yaml, "twelve")), ("PRG005", "'late-days' expects a whole number, not 'ninety'", Position(yaml, "ninety")) },
            diagnostics.Select(d => (d.Code, d.Message, (d.Span.Line, d.Span.Column))));
    }

    [Fact]
    public void ThreeProblems_FoundInAnotherOrder_AreReportedInFileOrder()
    {
        const string settings = "settings:\n  late-days: 90\n";
        var yaml = Replace(Small, settings, string.Empty) + "\n" + settings;
        yaml = Replace(Replace(Replace(yaml, "late-days: 90", "late-days: ninety"), "units: 12", "units: twelve"), "price: 300.5", "price: cheap");

        var diagnostics = CatalogReader.ReadText(yaml, "catalog.yaml").Diagnostics;

        Assert.Equal(new[] { Position(yaml, "cheap"), Position(yaml, "twelve"), Position(yaml, "ninety") }, diagnostics.Select(d => (d.Span.Line, d.Span.Column)));
    }

    [Fact]
    public void Match_OfAResultWithErrors_IsNull_WithThoseErrors()
    {
        var compiled = CatalogReader.ReadText(Small, "compiled.yaml").Schema!;
        var result = CatalogReader.ReadText(Replace(Small, "      name: Acme\n", "      nmae: Acme\n"), "file.yaml");
        Assert.True(result.HasErrors);

        Assert.Null(CatalogReader.Match(result, "file.yaml", compiled.Fingerprint, compiled.Text, out var diagnostics));
        Assert.Same(result.Diagnostics, diagnostics);
    }

    [Fact]
    public void Match_OfAnEmptyFile_IsNull_WithoutErrors()
    {
        var compiled = CatalogReader.ReadText(Small, "compiled.yaml").Schema!;
        var result = CatalogReader.ReadText(string.Empty, "file.yaml");

        Assert.Null(CatalogReader.Match(result, "file.yaml", compiled.Fingerprint, compiled.Text, out var diagnostics));
        Assert.Same(result.Diagnostics, diagnostics);
    }

    [Fact]
    public void Match_AgainstACompiledSchemaThatDoesNotRead_SaysItIsNotTheCompiledOne()
    {
        var result = CatalogReader.ReadText(Small, "file.yaml");

        Assert.Null(CatalogReader.Match(result, "file.yaml", "another fingerprint", "not: [a schema", out var diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            ("PRG017", "this file's schema differs from the one compiled into this program: it is not the compiled one; remove the file's 'schema' section to read it with the compiled schema, or rebuild the program with this schema", 1, 1, "file.yaml"),
            (diagnostic.Code, diagnostic.Message, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.FilePath));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
