using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using PhoneRules.Schema.Yaml;
using PhoneRules.Testing;
using Xunit.Abstractions;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The reader hands each entity of the data section to the validator as it closes, so the YAML tree never holds them
/// all. Whatever the file, that read gives what reading the whole tree first gives: the same diagnostics, codes,
/// messages and places, and the same document, value for value with its places. Catalogs are drawn with their
/// sections in any order, types and keys the schema refuses, duplicates, sections past the entity limit, and random
/// damage on top; the gating tests draw from a fixed seed.
/// </summary>
public sealed class StreamedReadTests(ITestOutputHelper output)
{
    [Fact]
    public void Property_DrawnCatalogs_ReadAsTheWholeTreeReadsThem() =>
        Property.Check(Drawn(), AssertSameAsWholeTree, samples: 1_500);

    [Fact]
    public void Property_DamagedDrawnCatalogs_ReadAsTheWholeTreeReadsThem() =>
        Property.Check(Damaged(), AssertSameAsWholeTree, samples: 1_500);

    [Fact]
    public void Property_MutatedSmallCatalog_ReadAsTheWholeTreeReadsIt() =>
        Property.Check(MutationPropertyTests.Mutations(MutationPropertyTests.SmallCatalog).Select(bytes => (bytes, ReaderLimits.Default)), AssertSameAsWholeTree, samples: 3_000);

    [Fact]
    public void Property_MutatedShippedCatalog_ReadAsTheWholeTreeReadsIt() =>
        Property.Check(MutationPropertyTests.Mutations(MutationPropertyTests.ShippedCatalog).Select(bytes => (bytes, ReaderLimits.Default)), AssertSameAsWholeTree, samples: 150);

    [OpenSearch]
    public void OpenSearch_StreamedRead()
    {
        Property.OpenSearch(Drawn(), AssertSameAsWholeTree, output.WriteLine);
        Property.OpenSearch(Damaged(), AssertSameAsWholeTree, output.WriteLine);
    }

    [Fact]
    public void The_shipped_catalog_reads_the_same_either_way()
    {
        var streamed = CatalogReader.ReadBytes(MutationPropertyTests.ShippedCatalog, "catalog.yaml");
        Assert.False(streamed.HasErrors);
        Assert.Equal(Dump(CatalogReader.ReadBytesFromWholeTree(MutationPropertyTests.ShippedCatalog, "catalog.yaml")), Dump(streamed));
    }

    [Fact]
    public void Entities_the_validator_takes_are_not_kept_in_the_tree_and_others_are()
    {
        var text = DrawnText(sources: 20, makers: 3, models: 2, order: [0, 1, 2]);
        var sink = new RecordingSink(takeFrom: "data");
        var root = (YamlMapping)SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default, sink)!;

        Assert.Equal(["schema", "settings", "data"], sink.RootEntries);
        Assert.Equal(25, sink.Taken.Count);
        Assert.Equal(["Source", "Maker", "PhoneModel"], sink.Taken.Select(t => t.Section).Distinct());
        Assert.Equal(["seed-0", "seed-1"], sink.Taken.Take(2).Select(t => t.Key));
        var data = (YamlMapping)root.Find("data")!.Value;
        Assert.All(data.Entries, section => Assert.Empty(((YamlMapping)section.Value).Entries));

        // The schema's third level (a type's fields) was offered to the sink, declined, and kept.
        var types = (YamlMapping)((YamlMapping)root.Find("schema")!.Value).Find("types")!.Value;
        Assert.Equal(3, types.Entries.Count);
        Assert.Contains(sink.Offered, o => o.Root == "schema" && o.Section == "types" && o.Key == "Source");
    }

    [Fact]
    public void The_nodes_of_a_value_taken_make_the_next_values()
    {
        var text = DrawnText(sources: 30, makers: 0, models: 0, order: [0, 1, 2]);
        var sink = new RecordingSink(takeFrom: "data");
        SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default, sink);

        // Each source is a mapping of one entry: the first one's nodes come back for every later one.
        Assert.Equal(30, sink.Values.Count);
        Assert.Single(sink.Values.Distinct(ReferenceEqualityComparer.Instance));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => "title=Seed " + i), sink.Seen);

        // Its entry, its entries' array and its scalar come back too; so do a list and its items' array.
        Assert.Single(sink.Parts.Select(p => p.Entry).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(sink.Parts.Select(p => p.Entries).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(sink.Parts.Select(p => p.Scalar).Distinct(ReferenceEqualityComparer.Instance));
        var models = new RecordingSink(takeFrom: "data");
        SubsetYamlReader.TryRead(DrawnText(sources: 2, makers: 1, models: 5, order: [0, 1, 2]), "drawn.yaml", ReaderLimits.Default, default, models);
        var lists = models.Lists;
        Assert.Equal(5, lists.Count);
        Assert.Single(lists.Distinct(ReferenceEqualityComparer.Instance));

        // Without a sink that takes them, every node is new.
        var keeping = new RecordingSink(takeFrom: null);
        var root = (YamlMapping)SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default, keeping)!;
        var sources = (YamlMapping)((YamlMapping)root.Find("data")!.Value).Find("Source")!.Value;
        Assert.Equal(30, sources.Entries.Select(e => e.Value).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal("Seed 29", ((YamlScalar)((YamlMapping)sources.Entries[29].Value).Find("title")!.Value).Value);
    }

    [Fact]
    public void The_validator_takes_each_entity_as_it_closes_and_reads_the_same_document()
    {
        var text = DrawnText(sources: 20, makers: 2, models: 3, order: [0, 1, 2]);
        var validator = new CatalogValidator("drawn.yaml", text, ReaderLimits.Default, default);
        var root = (YamlMapping)SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default, validator)!;
        var data = (YamlMapping)root.Find("data")!.Value;
        Assert.All(data.Entries, section => Assert.Empty(((YamlMapping)section.Value).Entries));

        var result = validator.Validate(root, defaultSchema: null);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(25, result.Document!.Entities.Count);
        Assert.Equal(Dump(CatalogReader.ReadBytesFromWholeTree(Encoding.UTF8.GetBytes(text), "drawn.yaml")), Dump(result));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_duplicate_key_after_values_were_taken_is_still_refused(int before)
    {
        // In a small mapping the builder looks for duplicates among its entries, which taken values do not have.
        var moved = MoveSourcesLast(DrawnText(sources: before, makers: 1, models: 1, order: [0, 1, 2])) + "    seed-0:\n      title: Again\n";
        var streamed = CatalogReader.ReadBytes(Encoding.UTF8.GetBytes(moved), "dup.yaml");
        var diagnostic = Assert.Single(streamed.Diagnostics);
        Assert.Equal("PRG007", diagnostic.Code);
        Assert.Equal("duplicate key 'seed-0' in this mapping", diagnostic.Message);
        Assert.Equal(Dump(CatalogReader.ReadBytesFromWholeTree(Encoding.UTF8.GetBytes(moved), "dup.yaml")), Dump(streamed));
    }

    [Fact]
    public void A_sink_that_takes_nothing_leaves_the_tree_as_without_a_sink()
    {
        var text = DrawnText(sources: 18, makers: 2, models: 3, order: [2, 0, 1]);
        var with = SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default, new RecordingSink(takeFrom: null));
        var without = SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default);
        Assert.Equal(Count(without), Count(with));
        Assert.True(Count(with) > 100);
    }

    [Fact]
    public void The_same_sink_sees_the_same_tree_on_YamlDotNets_road()
    {
        var text = DrawnText(sources: 4, makers: 2, models: 3, order: [0, 2, 1]);
        var fast = new RecordingSink(takeFrom: "data");
        var slow = new RecordingSink(takeFrom: "data");
        SubsetYamlReader.TryRead(text, "drawn.yaml", ReaderLimits.Default, default, fast);
        CatalogYamlReader.ReadWithYamlDotNet(text, "drawn.yaml", ReaderLimits.Default, new List<CatalogDiagnostic>(), default, slow);
        Assert.Equal(fast.Offered, slow.Offered);
        Assert.Equal(fast.RootEntries, slow.RootEntries);
        Assert.Equal(9, fast.Taken.Count);
    }

    [Fact]
    public void Data_before_the_schema_is_read_from_the_tree_with_the_same_result()
    {
        var text = DrawnText(sources: 5, makers: 2, models: 4, order: [2, 1, 0]);
        var bytes = Encoding.UTF8.GetBytes(text);
        var streamed = CatalogReader.ReadBytes(bytes, "late-schema.yaml");
        Assert.False(streamed.HasErrors, string.Join("\n", streamed.Diagnostics));
        Assert.Equal(11, streamed.Document!.Entities.Count);
        Assert.Equal(Dump(CatalogReader.ReadBytesFromWholeTree(bytes, "late-schema.yaml")), Dump(streamed));
    }

    [Fact]
    public void A_catalog_without_a_schema_section_is_read_with_the_default_one_from_the_tree()
    {
        var full = DrawnText(sources: 3, makers: 1, models: 2, order: [0, 1, 2]);
        var schemaText = full[..(full.IndexOf("\nsettings:", StringComparison.Ordinal) + 1)];
        var bytes = Encoding.UTF8.GetBytes(full[schemaText.Length..]);
        var streamed = CatalogReader.ReadBytes(bytes, "no-schema.yaml", defaultSchema: schemaText);
        Assert.False(streamed.HasErrors, string.Join("\n", streamed.Diagnostics));
        Assert.Equal(6, streamed.Document!.Entities.Count);
        Assert.Equal(Dump(CatalogReader.ReadBytesFromWholeTree(bytes, "no-schema.yaml", defaultSchema: schemaText)), Dump(streamed));
    }

    [Fact]
    public void Cancellation_while_entities_are_read_as_they_close_is_not_an_error()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var bytes = Encoding.UTF8.GetBytes(DrawnText(sources: 2, makers: 1, models: 1, order: [0, 1, 2]));
        Assert.ThrowsAny<OperationCanceledException>(() => CatalogReader.ReadBytes(bytes, "cancelled.yaml", cancellationToken: cancelled.Token));
    }

    private static void AssertSameAsWholeTree((byte[] Bytes, ReaderLimits Limits) input)
    {
        var streamed = Dump(CatalogReader.ReadBytes(input.Bytes, "drawn.yaml", input.Limits));
        var whole = Dump(CatalogReader.ReadBytesFromWholeTree(input.Bytes, "drawn.yaml", input.Limits));
        if (streamed != whole)
        {
            throw new InvalidOperationException($"Streamed:\n{streamed}\nWhole tree:\n{whole}\nInput:\n{Encoding.UTF8.GetString(input.Bytes)}");
        }
    }

    // Catalogs of the test schema: sources, makers and models in numbers that cross the builder's small-mapping size,
    // root sections in any order, with keys and types the validator refuses, under an entity limit that may cut them.
    private static Gen<(byte[], ReaderLimits)> Drawn() =>
        Gen.Int[0, 24].SelectMany(sources => Gen.Int[0, 4].SelectMany(makers => Gen.Int[0, 20].SelectMany(models =>
            Gen.Int[0, 5].SelectMany(order => Gen.Int[0, 7].SelectMany(flaw => Gen.Int[1, 60].Select(limit =>
            {
                var text = Flaw(DrawnText(sources, makers, models, s_orders[order]), flaw);
                var limits = limit > 50 ? ReaderLimits.Default : ReaderLimits.Default with { MaxEntities = limit };
                return (Encoding.UTF8.GetBytes(text), limits);
            }))))));

    private static Gen<(byte[], ReaderLimits)> Damaged() =>
        Drawn().SelectMany(drawn => MutationPropertyTests.Mutations(drawn.Item1).Select(bytes => (bytes, drawn.Item2)));

    private static readonly int[][] s_orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    private static string Flaw(string text, int flaw) => flaw switch
    {
        1 => text.Replace("  Maker:\n", "  Makr:\n", StringComparison.Ordinal), // an unknown type: its section is skipped
        2 => text.Replace("    seed-1:\n", "    Seed_1:\n", StringComparison.Ordinal), // an invalid key, then references to it
        3 => text.Replace("    seed-2:\n", "    seed-0:\n", StringComparison.Ordinal), // a duplicate key
        4 => text.Replace("    maker-0:\n", "    count:\n", StringComparison.Ordinal), // a key whose C# name a list member has
        5 => text.Replace("      confidence: low\n", "      confidence: lo\n", StringComparison.Ordinal), // a value the schema refuses
        6 => text.Replace("  PhoneModel:\n", "  PhoneModel: 5\n  Other:\n", StringComparison.Ordinal), // a section that is no mapping
        7 => text.Replace("    enums:", "    enums: [", StringComparison.Ordinal), // a schema with an error: nothing is read after it
        _ => text,
    };

    internal static string DrawnText(int sources, int makers, int models, int[] order)
    {
        var schemaEnd = TestCatalogs.Small.IndexOf("settings:\n  late-days", StringComparison.Ordinal);
        var schema = TestCatalogs.Small[..schemaEnd];
        const string settings = "settings:\n  late-days: 90\n";
        var data = new StringBuilder("data:\n");
        data.Append("  Source:\n");
        for (var i = 0; i < sources; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"    seed-{i}:\n      title: Seed {i}\n");
        }

        data.Append("  Maker:\n");
        for (var i = 0; i < makers; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"    maker-{i}:\n      name: Maker {i}\n      country: CN\n");
        }

        data.Append("  PhoneModel:\n");
        for (var i = 0; i < models; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"    model-{i}:\n      name: Model {i}\n      maker: maker-{i % Math.Max(1, makers)}\n      domestic: {(i % 2 == 0 ? "true" : "false")}\n      confidence: {(i % 3 == 0 ? "low" : "high")}\n      sources: [seed-{i % Math.Max(1, sources)}, seed-1]\n");
        }

        string[] sections = [schema, settings, data.ToString()];
        return string.Concat(order.Select(i => sections[i]));
    }

    // The catalog with its Source section moved to the end of the data section (so text appended to it lands in it).
    private static string MoveSourcesLast(string text)
    {
        var start = text.IndexOf("  Source:\n", text.IndexOf("data:\n", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("  Maker:\n", start, StringComparison.Ordinal);
        return text[..start] + text[end..] + text[start..end];
    }

    private static int Count(YamlNode? node) => node switch
    {
        YamlMapping mapping => 1 + mapping.Entries.Sum(e => 1 + Count(e.Value)),
        YamlSequence sequence => 1 + sequence.Items.Sum(Count),
        null => 0,
        _ => 1,
    };

    /// <summary>Everything a read gives, as text: its diagnostics, then its document value by value with places.</summary>
    internal static string Dump(CatalogReadResult result)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{diagnostic.Code} {diagnostic.Span} {diagnostic.Message}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"schema {result.Schema?.Fingerprint} {result.Schema?.Span}");
        if (result.Document is not { } document)
        {
            return text.AppendLine("no document").ToString();
        }

        text.AppendLine(document.Schema.Text);
        Entity(document.Settings);
        foreach (var entity in document.Entities)
        {
            Entity(entity);
        }

        text.AppendLine(string.Join(" ", document.EntitiesInDependencyOrder.Select(e => e.Type.Name + ":" + e.Key)));
        return text.ToString();

        void Entity(EntityRecord entity)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{entity.Type.Name} {entity.Key} {entity.Span}");
            foreach (var (name, value) in entity.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                text.Append("  ").Append(name).Append(": ");
                Value(value);
                text.AppendLine();
            }
        }

        void Value(FieldValue value)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value.Span} ");
            if (value.Items is { } items)
            {
                text.Append('[');
                foreach (var item in items)
                {
                    Value(item);
                    text.Append(", ");
                }

                text.Append(']');
            }
            else if (value.Value is EntityRecord target)
            {
                text.Append(CultureInfo.InvariantCulture, $"-> {target.Type.Name}:{target.Key}");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{value.Value} ({value.Value?.GetType().Name}) {value.ReferenceKey}");
            }
        }
    }

    private sealed class RecordingSink(string? takeFrom) : IYamlTreeSink
    {
        public List<string> RootEntries { get; } = new();

        public List<(string Root, string Section, string Key)> Offered { get; } = new();

        public List<(string Section, string Key)> Taken { get; } = new();

        public List<YamlNode> Values { get; } = new();

        public List<string> Seen { get; } = new();

        public List<(object Entry, object Entries, object Scalar)> Parts { get; } = new();

        public List<YamlSequence> Lists { get; } = new();

        public void RootEntry(YamlEntry entry) => RootEntries.Add(entry.Key.Value);

        public bool Take(YamlKey rootKey, YamlKey sectionKey, YamlKey key, YamlNode value)
        {
            Offered.Add((rootKey.Value, sectionKey.Value, key.Value));
            if (rootKey.Value != takeFrom)
            {
                return false;
            }

            Taken.Add((sectionKey.Value, key.Value));
            Values.Add(value);
            if (value is YamlMapping { } mapping && mapping.Find("sources")?.Value is YamlSequence list)
            {
                Lists.Add(list);
            }
            if (value is YamlMapping { Entries: [{ Value: YamlScalar scalar } entry] })
            {
                Seen.Add(entry.Key.Value + "=" + scalar.Value);
                Parts.Add((entry, ((YamlMapping)value).Entries, scalar));
            }

            return true;
        }
    }
}
