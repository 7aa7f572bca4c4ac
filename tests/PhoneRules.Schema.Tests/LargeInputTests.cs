using System;
using System.IO;
using System.Linq;
using System.Text;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

/// <summary>Large and long inputs: limits give a located PRG013, and what is under the limits loads.</summary>
public sealed class LargeInputTests
{
    [Fact]
    public void LongLineUnderTheLimit_Loads()
    {
        var yaml = TestCatalogs.Replace(TestCatalogs.Small, "name: Acme", "name: " + new string('A', 10_000));

        var result = CatalogReader.ReadText(yaml, "catalog.yaml");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ValueOverTheLimit_ReportsPRG013AtTheValue()
    {
        var yaml = TestCatalogs.Replace(TestCatalogs.Small, "name: Acme", "name: " + new string('A', 70_000));

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, "catalog.yaml").Diagnostics);

        Assert.Equal("PRG013", diagnostic.Code);
        Assert.Equal("a value of 70000 characters exceeds the limit of 65536", diagnostic.Message);
        var (line, column) = TestCatalogs.Position(yaml, "AAAA");
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [SkippableFact]
    public void DeviceThatNeverEnds_IsReadOnlyToTheLimitPlusOneByte()
    {
        // A character device of our own (1,5 is the zero device) in a temporary folder, never the machine's
        // /dev: its length reads 0, and it never ends. CI runs as root and can make one.
        var folder = Directory.CreateTempSubdirectory("phonerules-device-");
        try
        {
            var path = Path.Combine(folder.FullName, "zero.yaml");
            using (var mknod = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mknod") { ArgumentList = { path, "c", "1", "5" }, RedirectStandardError = true })!)
            {
                mknod.WaitForExit();
                Skip.If(mknod.ExitCode != 0, "mknod needs root (CI runs as root)");
            }

            var limits = new PhoneRules.Schema.ReaderLimits { MaxFileBytes = 1024 * 1024 };
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = CatalogReader.ReadFile(path, limits);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("PRG013", "the file is over the limit of 1048576 bytes"), (diagnostic.Code, diagnostic.Message));
            Assert.True(allocated < 16L * 1024 * 1024, $"allocated {allocated} bytes");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void FileOverTheDefaultSizeLimit_IsRejectedBeforeItIsRead()
    {
        // A sparse file one byte over the limit: nothing is written to disk, and nothing must be read.
        var size = PhoneRules.Schema.ReaderLimits.Default.MaxFileBytes + 1;
        var path = Path.Combine(Path.GetTempPath(), "phonerules-large-" + Guid.NewGuid().ToString("N") + ".yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(size);
        }

        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = CatalogReader.ReadFile(path);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("PRG013", diagnostic.Code);
            Assert.Equal($"the file is {size} bytes, over the limit of {size - 1}", diagnostic.Message);
            Assert.Equal((1, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
            Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes: the file was read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TwentyThousandEntities_Load()
    {
        var yaml = new StringBuilder(TestCatalogs.Small).Append('\n');
        yaml.Replace("  Source:\n    seed:", "  Source:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"    s{i}:\n      title: Source {i}\n")) + "    seed:");

        var result = CatalogReader.ReadText(yaml.ToString(), "catalog.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(20_003, result.Document!.Entities.Count);
    }
}
