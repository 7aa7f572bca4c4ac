using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PhoneRules.Cli.Input;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// Inputs are bounded: devices and FIFOs named as a catalog or baseline are refused before they are opened,
/// every stream is read up to its limit plus one byte, and <c>-</c> reads standard input. The special files
/// are made in a temporary folder (CI runs as root; the machine's own /dev is never touched).
/// </summary>
public sealed class InputTests
{
    private static readonly string s_shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));

    public static TheoryData<string, string> SpecialFiles() => new()
    {
        { "fifo", "is a named pipe (FIFO), not a regular file" },
        { "zero", "is a character device, not a regular file" },
        { "link-to-zero", "is a character device, not a regular file" },
        { "link-to-fifo", "is a named pipe (FIFO), not a regular file" },
    };

    [SkippableTheory]
    [MemberData(nameof(SpecialFiles))]
    public void SpecialFile_AsCatalog_IsRefusedWithoutHanging(string name, string expected)
    {
        using var folder = SpecialFolder();
        var path = Path.Combine(folder.Path, name);

        foreach (var args in new[] { new[] { "analyze", "--catalog", path }, ["validate", path], ["catalog", "--catalog", path], ["report", "--catalog", path, "--output", Path.Combine(folder.Path, "r.html")] })
        {
            var result = CliProcess.Run(args);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Equal($"{path}: error PRG010: '{path}' {expected}\n", result.Error);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(SpecialFiles))]
    public void SpecialFile_AsBaseline_IsRefusedWithoutHanging(string name, string expected)
    {
        using var folder = SpecialFolder();
        var path = Path.Combine(folder.Path, name);

        var result = CliProcess.Run("analyze", "--baseline", path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: baseline '{path}' {expected}\n", result.Error);
    }

    [Theory]
    [InlineData(10, 10, true)]
    [InlineData(11, 10, false)]
    [InlineData(0, 0, true)]
    public void Read_RegularFile_UpToTheLimit(int size, long limit, bool accepted)
    {
        using var folder = new TempFolder();
        var path = folder.File("f", new byte[size]);

        var bytes = InputFile.Read(path, limit, () => throw new InvalidOperationException("not standard input"), out var problem);

        Assert.Equal(accepted, bytes is not null);
        Assert.Equal(accepted ? null : $"is larger than the limit of {limit} bytes", problem);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(81_919)]
    [InlineData(81_920)]
    [InlineData(81_921)]
    [InlineData(300_007)]
    public void Read_RegularFile_GivesItsBytesExactly(int size)
    {
        using var folder = new TempFolder();
        var content = Enumerable.Range(0, size).Select(i => (byte)((i * 7) + (i >> 8))).ToArray();
        var path = folder.File("f", content);

        var bytes = InputFile.Read(path, 1_000_000, () => throw new InvalidOperationException("not standard input"), out var problem);

        Assert.Null(problem);
        Assert.Equal(content, bytes);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Read_EndlessStream_ReadsTheLimitPlusOneByte(long limit)
    {
        var endless = new EndlessStream();

        var bytes = InputFile.Read(InputFile.StandardInput, limit, () => endless, out var problem);

        Assert.Null(bytes);
        Assert.Equal($"is larger than the limit of {limit} bytes", problem);
        Assert.Equal(limit + 1, endless.Position);
    }

    [Fact]
    public void Dash_ReadsTheCatalogFromStandardInput()
    {
        var validate = CliProcess.RunWithInput(AppContext.BaseDirectory, s_shipped, "validate", "-");
        var analyze = CliProcess.RunWithInput(AppContext.BaseDirectory, s_shipped, "analyze", "--catalog", "-", "--rule", "PR001");

        Assert.Equal(ExitCodes.Ok, validate.ExitCode);
        Assert.StartsWith("-: valid (", validate.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, analyze.ExitCode);
        Assert.Contains("PR001 late-announcement", analyze.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_EmptyStandardInput_IsAnEmptyCatalog()
    {
        var result = CliProcess.RunWithInput(AppContext.BaseDirectory, string.Empty, "validate", "-");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("-(1,1): error PRG011: the catalog is empty", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Baseline_LargerThanTheLimit_IsRefusedAfterLimitPlusOneBytes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "big.json");
        using (var file = File.Create(path))
        {
            file.SetLength(InputFile.MaxBaselineBytes + 1); // sparse: no disk used
        }

        var result = ParseTests.RunInProcess("analyze", "--baseline", path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"phonerules: error: baseline '{path}' is larger than the limit of {InputFile.MaxBaselineBytes} bytes\n", result.Error);
    }

    // A FIFO, a character device like /dev/zero (1,5), and symbolic links to both, made by this test.
    private static TempFolder SpecialFolder()
    {
        var folder = new TempFolder();
        Run("mkfifo", Path.Combine(folder.Path, "fifo"));
        var made = Run("mknod", Path.Combine(folder.Path, "zero"), "c", "1", "5");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link-to-zero"), Path.Combine(folder.Path, "zero"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link-to-fifo"), Path.Combine(folder.Path, "fifo"));
        if (!made)
        {
            folder.Dispose();
            Skip.If(true, "mknod needs root (CI runs as root)");
        }

        return folder;
    }

    private static bool Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
