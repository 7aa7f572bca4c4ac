using System;
using System.Linq;
using System.Threading;
using PhoneRules.Schema.Yaml;
using static PhoneRules.Schema.Tests.StreamedReadTests;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The validator's promises as the tree's sink (<see cref="CatalogValidator"/>): a failure while entities are read
/// as they close is kept and reported once, after the problems found before it, as PRG099; cancellation is never a
/// problem, wherever it arrives; a catalog without a schema section is refused at its root.
/// </summary>
public sealed class CatalogValidatorTests
{
    private const string File = "drawn.yaml";

    [Fact]
    public void A_failure_while_entities_are_read_as_they_close_is_one_PRG099_after_the_problems_before_it()
    {
        // One refused value first (a problem the data reader reports), then an entity no reader makes: a key without text.
        var text = DrawnText(sources: 2, makers: 1, models: 3, order: [0, 1, 2]).Replace("      confidence: low\n", "      confidence: lo\n", StringComparison.Ordinal);
        var validator = new CatalogValidator(File, text, ReaderLimits.Default, default);
        var root = (YamlMapping)SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, default, validator)!;
        IYamlTreeSink sink = validator;
        var data = root.Find("data")!;
        var section = ((YamlMapping)data.Value).Entries[0].Key;
        var broken = new YamlKey(null!, true, SourceSpan.At(1, 1, 2));

        Assert.True(sink.Take(data.Key, section, broken, new YamlMapping(SourceSpan.At(1, 1, 2))));
        Assert.False(sink.Take(data.Key, section, broken, new YamlMapping(SourceSpan.At(1, 1, 2)))); // nothing more is read after a failure

        var result = validator.Validate(root, defaultSchema: null);

        Assert.Null(result.Document);
        Assert.Equal(["PRG005", "PRG099"], result.Diagnostics.Select(d => d.Code));
        Assert.StartsWith("internal error while validating the catalog: NullReferenceException: ", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (result.Diagnostics[1].Span.Line, result.Diagnostics[1].Span.Column));
    }

    [Fact]
    public void Cancellation_while_an_entity_is_read_as_it_closes_goes_up_through_the_reader()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = DrawnText(sources: 2, makers: 1, models: 1, order: [0, 1, 2]);
        var validator = new CatalogValidator(File, text, ReaderLimits.Default, cancelled.Token);

        // The scanner is not cancelled; the validator, taking the first entity, is.
        Assert.ThrowsAny<OperationCanceledException>(() => SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, default, validator));
    }

    [Fact]
    public void Cancellation_while_the_whole_tree_is_validated_is_thrown_not_reported()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = DrawnText(sources: 2, makers: 1, models: 1, order: [0, 1, 2]);
        var root = SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, default);
        var validator = new CatalogValidator(File, text, ReaderLimits.Default, cancelled.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(root, defaultSchema: null));
    }

    [Fact]
    public void A_catalog_without_a_schema_section_is_refused_where_its_root_starts()
    {
        var result = CatalogReader.ReadText("# a catalog of nothing\n\ndata:\n  Source: {}\n", "empty.yaml");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("PRG011", "the catalog has no 'schema' section", 3, 1), (problem.Code, problem.Message, problem.Span.Line, problem.Span.Column));
        Assert.Null(result.Document);
    }

    [Fact]
    public void A_compiled_schema_that_cannot_be_read_is_one_PRG099_and_nothing_is_read_with_it()
    {
        var result = CatalogReader.ReadText("data:\n  Source:\n    Not_A_Key: {}\n", "no-schema.yaml", defaultSchema: "schema: [");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("PRG099", problem.Code);
        Assert.Equal("the compiled schema, used for a catalog without a 'schema' section, could not be read", problem.Message);
        Assert.Null(result.Schema);
        Assert.Null(result.Document);
    }
}
