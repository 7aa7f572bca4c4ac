using System;
using System.Collections.Generic;
using PhoneRules.Schema.Yaml;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The builder's contract with the readers that feed it: the first problem is the only one reported, and after it
/// every call is ignored (a reader may go on or stop as it likes), whichever way the builder failed and at whatever
/// depth: nothing more is reported, nothing reaches the sink, no call throws and there is no root.
/// </summary>
public sealed class YamlTreeBuilderTests
{
    private static readonly ReaderLimits Limits = ReaderLimits.Default with { MaxDepth = 4, MaxScalarLength = 8 };

    /// <summary>Each way a builder fails, named, with the calls that open <c>data: models:</c> first (so the next value is an entity the sink is offered).</summary>
    public static TheoryData<string> Failures => new()
    {
        "long key", "long value", "collection as key", "too deep", "merge key", "duplicate key", "reported by the reader", "reported after the root closed",
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void After_the_first_problem_every_call_is_ignored(string failure)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var sink = new CountingSink();
        var builder = new YamlTreeBuilder("t.yaml", Limits, diagnostics, sink);
        Fail(builder, failure);
        Assert.True(builder.Failed);
        var first = Assert.Single(diagnostics);
        Assert.Equal((EntitiesBefore(failure), 0), (sink.Offered, sink.RootEntries));

        // Every kind of call, in an order that would attach values at each depth (an entity the sink is offered, a
        // root entry, a root) and close more collections than are open, were any of them not ignored.
        builder.Scalar("m9", true, At(1));
        builder.Scalar("v", true, At(2));
        builder.Scalar("far too long a value", true, At(3));
        builder.StartMapping(At(4));
        builder.Scalar("<<", true, At(5));
        builder.StartSequence(At(6));
        builder.Scalar("k", true, At(7));
        builder.Scalar("k", true, At(8));
        for (var i = 0; i < 8; i++)
        {
            builder.End(At(9 + i));
        }

        builder.Fail(DiagnosticCodes.YamlSyntax, "a second problem", At(20));

        Assert.Same(first, Assert.Single(diagnostics));
        Assert.Equal((EntitiesBefore(failure), 0), (sink.Offered, sink.RootEntries));
        Assert.True(builder.Failed);
        Assert.Null(builder.Root);
    }

    [Fact]
    public void Without_a_problem_the_same_calls_build_a_root_and_offer_the_sink_each_entity()
    {
        // The control for the test above: the opening it fails after, completed, reaches the sink and the root.
        var diagnostics = new List<CatalogDiagnostic>();
        var sink = new CountingSink();
        var builder = new YamlTreeBuilder("t.yaml", Limits, diagnostics, sink);
        OpenModels(builder);
        builder.Scalar("m1", true, At(10));
        builder.Scalar("value", true, At(11));
        builder.End(At(12));
        builder.End(At(13));
        builder.End(At(14));

        Assert.Empty(diagnostics);
        Assert.False(builder.Failed);
        Assert.Equal(1, sink.Offered);
        Assert.Equal(1, sink.RootEntries);
        Assert.IsType<YamlMapping>(builder.Root);
    }

    // The entities complete before the problem (the duplicate's first); a value refused is never offered.
    private static int EntitiesBefore(string failure) => failure == "duplicate key" ? 1 : 0;

    private static void Fail(YamlTreeBuilder builder, string failure)
    {
        if (failure == "reported after the root closed")
        {
            builder.StartMapping(At(0));
            builder.End(At(1));
            Assert.NotNull(builder.Root);
            builder.Fail(DiagnosticCodes.YamlSyntax, "a second document", At(2));
            return;
        }

        OpenModels(builder);
        switch (failure)
        {
            case "long key":
                builder.Scalar("a long key", true, At(10));
                break;
            case "long value":
                builder.Scalar("m1", true, At(10));
                builder.Scalar("a long value", true, At(11));
                break;
            case "collection as key":
                builder.StartSequence(At(10));
                break;
            case "too deep":
                builder.Scalar("m1", true, At(10));
                builder.StartMapping(At(11));
                builder.Scalar("f", true, At(12));
                builder.StartMapping(At(13));
                break;
            case "merge key":
                builder.Scalar("<<", true, At(10));
                break;
            case "duplicate key":
                builder.Scalar("m1", true, At(10));
                builder.Scalar("v", true, At(11));
                builder.Scalar("m1", true, At(12));
                break;
            case "reported by the reader":
                builder.Scalar("m1", true, At(10));
                builder.Fail(DiagnosticCodes.YamlSyntax, "an anchor", At(11));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(failure), failure, null);
        }
    }

    // data: { models: { ... } } opened, awaiting an entity's key.
    private static void OpenModels(YamlTreeBuilder builder)
    {
        builder.StartMapping(At(0));
        builder.Scalar("data", true, At(1));
        builder.StartMapping(At(2));
        builder.Scalar("models", true, At(3));
        builder.StartMapping(At(4));
    }

    private static SourceSpan At(int offset) => SourceSpan.At(offset, 1, offset + 1);

    private sealed class CountingSink : IYamlTreeSink
    {
        public int Offered { get; private set; }

        public int RootEntries { get; private set; }

        public void RootEntry(YamlEntry entry) => RootEntries++;

        public bool Take(YamlKey rootKey, YamlKey sectionKey, YamlKey key, YamlNode value)
        {
            Offered++;
            return true;
        }
    }
}
