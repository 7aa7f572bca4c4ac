using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Output.Html;
using PhoneRules.Cli.Output.Json;
using PhoneRules.Cli.Output.Sarif;
using PhoneRules.Testing;

namespace PhoneRules.Cli.Tests;

/// <summary>
/// The findings formats stream: a report goes to a file, a pipe or standard output as it is written, never as
/// one string (a large catalog's JSON is near a billion characters, more than a string holds), and every way
/// out gets the same bytes.
/// </summary>
public sealed class StreamingOutputTests
{
    public static TheoryData<string> Formats => [.. Renderers.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Analyze_ToAFileAndToStandardOutput_WritesTheSameText(string format)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "out." + format);

        var toFile = ParseTests.RunInProcess("analyze", "--builtin", "--format", format, "--output", file);
        var toStandardOutput = ParseTests.RunInProcess("analyze", "--builtin", "--format", format);

        Assert.Equal(toStandardOutput.ExitCode, toFile.ExitCode);
        Assert.Equal(toStandardOutput.Output, File.ReadAllText(file));
        Assert.NotEmpty(toStandardOutput.Output);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormat_HandsItsBytesOnAsItGoes(string format)
    {
        var report = new FindingsReport("catalog.yaml", [.. Enumerable.Range(0, 6_000).Select(Finding)], RuleRunner.Rules, "0.1.0");
        var stream = new RecordingStream();

        Renderers.Writer(format, report)(stream);

        // 6,000 findings are one to two megabytes: written in many pieces, none much larger than the writer's buffer.
        Assert.True(stream.Writes.Count > 10, $"{stream.Writes.Count} writes");
        Assert.True(stream.Writes.Max() < 256 * 1024, $"largest write {stream.Writes.Max()} bytes");
        Assert.Equal(Renderers.Render(format, report), Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static TheoryData<string, int> FormatsAndHtmlBySize()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in Renderers.Formats.Append("html"))
        {
            data.Add(format, 40);
            data.Add(format, FindingsAhead.Chunk + 40);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndHtmlBySize))]
    public void EveryFormat_LeavesTheEvidenceUnkept(string format, int count)
    {
        // A writer reads each finding once: the evidence it builds goes when the finding is written, so a large
        // report never holds every finding's evidence at once. Kept evidence would not be built a second time.
        // (JSON and SARIF prepare a report of more than one chunk on another core.)
        var builds = 0;
        var report = new FindingsReport("catalog.yaml", [.. Enumerable.Range(0, count).Select(i => CountedEvidence.Of(Finding(i), () => Interlocked.Increment(ref builds)))], RuleRunner.Rules, "0.1.0");
        string Render() => format == "html" ? HtmlReportRenderer.Render(PhoneRules.Model.Catalog.Data, report, 2013, 2025) : Renderers.Render(format, report);

        var first = Render();
        var once = builds;
        var second = Render();

        Assert.True(once > 0, "no evidence was written");
        Assert.Equal(2 * once, builds);
        Assert.Equal(first, second);
    }

    [Fact]
    public void JsonAndSarif_RenderWhatTheyWrite()
    {
        var report = new FindingsReport("catalog.yaml", [Finding(1), Finding(2)], RuleRunner.Rules, "0.1.0");

        Assert.Equal(JsonRenderer.Render(report), Renderers.Render("json", report));
        Assert.Equal(SarifRenderer.Render(report), Renderers.Render("sarif", report));
        Assert.EndsWith("}\n", JsonRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void TextWriterStream_AnyTextInAnyPieces_DecodesToTheSameText()
    {
        var text = Gen.Int[0, 0x10FFFF].Select(c => c is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(c)).Array[0, 200].Select(a => string.Concat(a));
        var cases = text.SelectMany(t => Gen.Int[1, 9].Array[0, 40].Select(cuts => (t, cuts)));

        Property.Check(cases, c =>
        {
            var bytes = Encoding.UTF8.GetBytes(c.t);
            var output = new StringWriter();
            using (var stream = new TextWriterStream(output))
            {
                var at = 0;
                foreach (var cut in c.cuts.Append(bytes.Length))
                {
                    var length = Math.Min(cut, bytes.Length - at);
                    stream.Write(bytes, at, length);
                    at += length;
                }
            }

            Assert.Equal(c.t, output.ToString());
        }, samples: 2_000);
    }

    [Fact]
    public void TextWriterStream_AnUnfinishedCharacterAtTheEnd_BecomesOneReplacementCharacter()
    {
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            stream.Write("ab"u8);
            stream.Write(new byte[] { 0xE2, 0x82 });
        }

        Assert.Equal("ab\uFFFD", output.ToString());
    }

    private static Finding Finding(int i) => new(
        "PR001",
        "PR001 late-announcement",
        FindingSeverity.Warning,
        FindingConfidence.Certain,
        "PhoneModel",
        "model-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
        "A message about model " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " long enough to look like one.",
        [new Evidence("released", "2019-01", ["s1"]), new Evidence("unveiled", "2019-09", ["s2"])],
        new FindingLocation("catalog.yaml", i + 1, 5),
        "Model " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            Writes.Add(1);
            base.WriteByte(value);
        }
    }
}
