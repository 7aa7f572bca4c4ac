using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using PhoneRules.Schema.Yaml;
using PhoneRules.Testing;
using Xunit.Abstractions;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The fast reader of the plain block style against YamlDotNet: wherever it takes a text, its tree (every value,
/// every kind, every place) is YamlDotNet's; a text it cannot take exactly is declined, and the catalog reader
/// then gives YamlDotNet's tree and errors. Compared on generated documents in the style and on the same
/// documents broken one character or line at a time.
/// </summary>
public sealed class SubsetYamlReaderTests(ITestOutputHelper output)
{
    private const string File = "catalog.yaml";

    [Fact]
    public void The_shipped_catalog_is_read_by_the_fast_reader_into_YamlDotNets_tree()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Folder, "catalog.yaml"));
        var (fast, slow, diagnostics) = BothWays(text);
        Assert.Empty(diagnostics);
        Assert.NotNull(fast);
        Assert.Equal(Dump(slow), Dump(fast));
    }

    [Fact]
    public void The_test_catalog_is_read_by_the_fast_reader_into_YamlDotNets_tree()
    {
        var (fast, slow, diagnostics) = BothWays(TestCatalogs.Small);
        Assert.Empty(diagnostics);
        Assert.NotNull(fast);
        Assert.Equal(Dump(slow), Dump(fast));
    }

    [Fact]
    public void Every_document_in_the_style_is_taken_and_read_as_YamlDotNet_reads_it() =>
        Property.Check(Documents(broken: false), text =>
        {
            var (fast, slow, diagnostics) = BothWays(text);
            Assert.True(diagnostics.Count == 0, "YamlDotNet refused a generated document: " + string.Join("; ", diagnostics.Select(d => d.Message)) + "\n" + text);
            Assert.True(fast is not null, "declined a document in the style:\n" + text);
            Assert.Equal(Dump(slow), Dump(fast));
        }, 400);

    [Fact]
    public void A_broken_document_is_either_read_as_YamlDotNet_reads_it_or_declined()
    {
        var taken = 0;
        var declined = 0;
        Property.Check(Documents(broken: true), text =>
        {
            if (AgreeOrDecline(text) == 1)
            {
                taken++;
            }
            else
            {
                declined++;
            }
        }, 1500);

        // Both kinds occur, so the property speaks of both.
        Assert.True(taken > 100 && declined > 100, $"taken {taken}, declined {declined}");
    }

    [Fact]
    public void A_mutated_catalog_is_either_read_as_YamlDotNet_reads_it_or_declined()
    {
        // The mutations the hostile-input properties use (MutationPropertyTests): real catalogs broken a hundred ways.
        var taken = 0;
        Property.Check(MutationPropertyTests.Mutations(Encoding.UTF8.GetBytes(TestCatalogs.Small)), bytes => taken += AgreeOrDecline(Encoding.UTF8.GetString(bytes)), 800);
        Assert.True(taken > 40, $"taken {taken}");
    }

    [OpenSearch]
    public void OpenSearch_BrokenAndMutatedDocuments()
    {
        Property.OpenSearch(Documents(broken: true), text => AgreeOrDecline(text), output.WriteLine);
        Property.OpenSearch(MutationPropertyTests.Mutations(Encoding.UTF8.GetBytes(TestCatalogs.Small)), bytes => AgreeOrDecline(Encoding.UTF8.GetString(bytes)), output.WriteLine);
    }

    // 1 when the fast road took the text (and agreed with YamlDotNet), 0 when it declined.
    private static int AgreeOrDecline(string text)
    {
        var (fast, slow, diagnostics) = BothWays(text);
        if (fast is null)
        {
            return 0;
        }

        Assert.True(diagnostics.Count == 0, "taken, but YamlDotNet says: " + string.Join("; ", diagnostics.Select(d => d.Message)) + "\n" + text);
        Assert.Equal(Dump(slow), Dump(fast));
        return 1;
    }

    public static TheoryData<string, string> Taken => new()
    {
        { "a key of a thousand characters", new string('k', 1000) + ": v\n" },
        { "flow collections nested sixteen deep", "a: " + string.Concat(Enumerable.Repeat("[", 16)) + "x" + string.Concat(Enumerable.Repeat("]", 16)) + "\n" },
        { "a negative number", "a: -100\nb: [-1, -x]\n" },
        { "CR LF without a last line break", "a: 1\r\nb:\r\n  c: 'd'" },
        { "a comment right after the colon's space", "a: # none\nb: c #d\n" },
        { "a key with nothing at the end of the file", "a: 1\nb:" },
        { "a mapping that ends with the file", "a:\n  b:\n    c: d" },
        { "a comment line less indented inside a mapping", "a:\n  b: 1\n# note\n  c: 2\n" },
        { "escapes", "a: \"q\\\"\\\\\\/\\n\\t\\r\"\n" },
        { "quotes inside the other quotes", "a: \"it's\"\nb: 'say \"x\"'\n" },
        { "two doubled quotes in one value", "a: 'it''s Kim''s'\n" },
        { "empty quoted values", "a: ''\nb: \"\"\nc: ['', \"\"]\n" },
        { "keys with every letter and digit at the ends of their ranges", "zeta: 1\nZed: 2\nA0: 3\n9z: 4\nk_Z.-9: 5\n_: 6\n" },
        { "a no-break space inside a value", "a: x\u00A0y\n" },
        { "a value ending with a space before the end of the file", "a: b " },
        { "a comment after a flow list", "a: [b] # c\n" },
    };

    [Theory]
    [MemberData(nameof(Taken))]
    public void Text_in_the_style_is_taken_and_read_as_YamlDotNet_reads_it(string what, string text)
    {
        var (fast, slow, diagnostics) = BothWays(text);
        Assert.True(fast is not null, what);
        Assert.Empty(diagnostics);
        Assert.Equal(Dump(slow), Dump(fast));
    }

    public static TheoryData<string, string> Declined => new()
    {
        { "a block list", "a:\n  - b\n  - c\n" },
        { "a list at the key's indentation", "a:\n- b\n" },
        { "a value on two lines", "a: b\n  c\n" },
        { "a block scalar", "a: |\n  b\n" },
        { "a folded scalar", "a: >\n  b\n" },
        { "an escape outside the few taken", "a: \"b\\u0041\"\n" },
        { "an escaped line break", "a: \"b\\\n  c\"\n" },
        { "a quoted key", "\"a\": b\n" },
        { "a key with a space", "a b: c\n" },
        { "a tab", "a:\tb\n" },
        { "a tab in a value", "a: b\tc\n" },
        { "a lone CR", "a: b\rc: d\n" },
        { "a document marker", "---\na: b\n" },
        { "a directive", "%YAML 1.2\n---\na: b\n" },
        { "an anchor", "a: &x b\n" },
        { "an alias", "a: *x\n" },
        { "a tag", "a: !t b\n" },
        { "a merge key", "<<: b\n" },
        { "a duplicate key", "a: 1\na: 2\n" },
        { "a root list", "- a\n" },
        { "a root scalar", "a\n" },
        { "an empty file", "# only a comment\n" },
        { "an indented root", "  a: b\n" },
        { "a flow list on two lines", "a: [b,\n  c]\n" },
        { "a trailing comma", "a: [b, ]\n" },
        { "a comment inside a flow list", "a: [b #c\n  ]\n" },
        { "a value starting with '- '", "a: - 1\n" },
        { "a value starting with '-,'", "a: [-, b]\n" },
        { "a value starting with '?'", "a: ?b\n" },
        { "a value holding ': '", "a: b: c\n" },
        { "text after a closing quote", "a: 'b'c\n" },
        { "text after a closing bracket", "a: [b]c\n" },
        { "a comment without a space after a bracket", "a: [b]#c\n" },
        { "a key over a thousand characters", new string('k', 1001) + ": v\n" },
        { "a value ending in ':' at the end of the file", "a: b:" },
        { "a value ending in ':' before a line break", "a: b:\nc: d\n" },
        { "a '-' at the end of the file", "a: -" },
        { "a backslash at the end of the file", "a: \"b\\" },
        { "a quote not closed at the end of the file", "a: 'b" },
        { "a flow list cut after its bracket", "a: [" },
        { "a flow mapping cut after its brace", "a: {" },
        { "a flow list cut after a comma", "a: [b," },
        { "a flow list cut after a space", "a: [b " },
        { "a flow list cut after an item", "a: [b" },
        { "a flow mapping cut after a comma", "a: {b: c," },
        { "a flow mapping cut after a colon", "a: {b:" },
        { "a flow mapping cut after a value", "a: {b: c" },
        { "a flow mapping key without a space after its colon", "a: {b:c}\n" },
        { "a non-character in a value", "a: x\uFFFEy\n" },
        { "a non-character in a comment", "a: x # \uFFFE\n" },
        { "a lone CR after a comment", "a: 1 # c\rb: 2\n" },
        { "a lone CR on a blank line", "a: 1\n\rb: 2\n" },
        { "a tab in a comment", "a: 1 # c\td\n" },
        { "a key at the end of the file without a colon", "a: 1\nb" },
        { "a key followed by text", "a: 1\nb c: 2\n" },
        { "a colon glued to the value", "a:b\n" },
        { "a line deeper than its mapping", "a: 1\n  b: 2\n" },
        { "a line between two indentations", "a:\n    b: 1\n  c: 2\n" },
        { "a comment glued to a quoted value", "a: 'b'#c\n" },
        { "flow collections nested seventeen deep", "a: " + string.Concat(Enumerable.Repeat("[", 17)) + "x" + string.Concat(Enumerable.Repeat("]", 17)) + "\n" },
        { "a mapping nested seventeen deep in flow", "a: " + string.Concat(Enumerable.Repeat("{b: ", 17)) + "x" + string.Concat(Enumerable.Repeat("}", 17)) + "\n" },
    };

    [Theory]
    [MemberData(nameof(Declined))]
    public void Text_outside_the_style_is_declined_and_read_by_YamlDotNet(string what, string text)
    {
        var (fast, slow, diagnostics) = BothWays(text);
        Assert.True(fast is null, what);

        // The catalog reader's answer is YamlDotNet's: the same tree, or the same problems.
        var throughReader = new List<CatalogDiagnostic>();
        var read = CatalogYamlReader.Read(text, File, ReaderLimits.Default, throughReader, CancellationToken.None);
        Assert.Equal(Dump(slow), Dump(read));
        Assert.Equal(diagnostics.Select(d => d.ToString()), throughReader.Select(d => d.ToString()));
    }

    [Fact]
    public void A_problem_the_tree_builder_finds_is_reported_by_the_catalog_reader_as_before()
    {
        // The fast reader declines a document the builder refuses; the one diagnostic comes from the YamlDotNet road.
        var limits = new ReaderLimits { MaxDepth = 2 };
        var diagnostics = new List<CatalogDiagnostic>();
        Assert.Null(SubsetYamlReader.TryRead("a:\n  b:\n    c: d\n", File, limits, CancellationToken.None));
        Assert.Null(CatalogYamlReader.Read("a:\n  b:\n    c: d\n", File, limits, diagnostics, CancellationToken.None));
        var only = Assert.Single(diagnostics);
        Assert.Equal("PRG013", only.Code);
        Assert.Equal((3, 5), (only.Span.Line, only.Span.Column));
    }

    [Fact]
    public void Mappings_and_lists_side_by_side_each_get_their_own_children_however_many()
    {
        // The builder reuses what it holds for one open collection at the next at the same depth: the keys of a large
        // mapping (20: past the size it searches in place) are not the next mapping's, nor its entries or items.
        static string Keys(string value) => string.Concat(Enumerable.Range(0, 20).Select(i => $"  k{i}: {value}\n"));
        var text = "a:\n" + Keys("x") + "b:\n" + Keys("y") + "c:\n  k0: [1, 2, 3]\n  k1: [4]\n  k2: {k0: z}\n";

        var (fast, slow, diagnostics) = BothWays(text);

        Assert.Empty(diagnostics);
        Assert.Equal(Dump(slow), Dump(fast));
        var root = Assert.IsType<YamlMapping>(fast);
        Assert.Equal([20, 20, 3], root.Entries.Select(e => ((YamlMapping)e.Value).Entries.Count));
        Assert.Equal("y", ((YamlScalar)((YamlMapping)root.Find("b")!.Value).Find("k19")!.Value).Value);
        var c = (YamlMapping)root.Find("c")!.Value;
        Assert.Equal(["1", "2", "3"], ((YamlSequence)c.Find("k0")!.Value).Items.Select(i => ((YamlScalar)i).Value));
        Assert.Equal(["4"], ((YamlSequence)c.Find("k1")!.Value).Items.Select(i => ((YamlScalar)i).Value));

        // A duplicate in the second large mapping is still one, at its place.
        var duplicated = "a:\n" + Keys("x") + "b:\n" + Keys("y") + "  k3: again\n";
        var problems = new List<CatalogDiagnostic>();
        Assert.Null(CatalogYamlReader.Read(duplicated, File, ReaderLimits.Default, problems, CancellationToken.None));
        var only = Assert.Single(problems);
        Assert.Equal(DiagnosticCodes.DuplicateKey.Id, only.Code);
        Assert.Equal((43, 3), (only.Span.Line, only.Span.Column));
    }

    [Fact]
    public void A_short_text_read_again_and_again_is_one_string()
    {
        // A field name in every entity, a member in every entity, a reference in a list: one string each; a long
        // value is its own string each time.
        var longValue = new string('v', 25);
        var text = string.Concat(Enumerable.Range(0, 50).Select(i => $"e{i}:\n  name: {longValue}\n  confidence: high\n  sources: [src-1]\n  title: {new string('t', 24)}\n"));
        var root = (YamlMapping)SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, CancellationToken.None)!;
        var entities = root.Entries.Select(e => (YamlMapping)e.Value).ToList();
        Assert.Equal(50, entities.Count);
        foreach (var entity in entities.Skip(1))
        {
            Assert.Same(entities[0].Entries[0].Key.Value, entity.Entries[0].Key.Value);
            Assert.Same(((YamlScalar)entities[0].Entries[1].Value).Value, ((YamlScalar)entity.Entries[1].Value).Value);
            Assert.Same(((YamlScalar)((YamlSequence)entities[0].Entries[2].Value).Items[0]).Value, ((YamlScalar)((YamlSequence)entity.Entries[2].Value).Items[0]).Value);
            Assert.NotSame(((YamlScalar)entities[0].Entries[0].Value).Value, ((YamlScalar)entity.Entries[0].Value).Value);
            Assert.Equal(longValue, ((YamlScalar)entity.Entries[0].Value).Value);
            Assert.Same(((YamlScalar)entities[0].Entries[3].Value).Value, ((YamlScalar)entity.Entries[3].Value).Value);
        }
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(20_000, true)]
    [InlineData(100, false)]
    public void Keys_are_shared_with_the_references_to_them_in_a_table_that_grows_with_the_text(int entities, bool large)
    {
        // Every entity's key, then every entity again with a reference to each: the texts between a key and its
        // reference are more than the smallest table (1,024 slots) holds; a large text's table keeps about half of them
        // (a slot keeps the last text that hashed to it), the smallest one a twentieth.
        var keys = string.Concat(Enumerable.Range(0, entities).Select(i => $"  model-{i}:\n    name: x\n"));
        var references = string.Concat(Enumerable.Range(0, entities).Select(i => $"  sighting-{i}:\n    model: model-{i}\n"));
        var text = "models:\n" + keys + "sightings:\n" + references;
        var root = (YamlMapping)SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, CancellationToken.None)!;
        var models = ((YamlMapping)root.Entries[0].Value).Entries;
        var sightings = ((YamlMapping)root.Entries[1].Value).Entries;
        var shared = Enumerable.Range(0, entities).Count(i => ReferenceEquals(models[i].Key.Value, ((YamlScalar)((YamlMapping)sightings[i].Value).Entries[0].Value).Value));
        Assert.All(Enumerable.Range(0, entities), i => Assert.Equal(models[i].Key.Value, ((YamlScalar)((YamlMapping)sightings[i].Value).Entries[0].Value).Value));
        if (large)
        {
            Assert.True(shared > entities / 3, $"{shared} of {entities} shared");
        }
        else
        {
            Assert.Equal(entities, shared);
        }
    }

    [Fact]
    public void Cancellation_stops_the_fast_reader()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"k{i}: v\n"));
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, source.Token));
    }

    private static (YamlNode? Fast, YamlNode? Slow, List<CatalogDiagnostic> Diagnostics) BothWays(string text)
    {
        var fast = SubsetYamlReader.TryRead(text, File, ReaderLimits.Default, CancellationToken.None);
        var diagnostics = new List<CatalogDiagnostic>();
        var slow = CatalogYamlReader.ReadWithYamlDotNet(text, File, ReaderLimits.Default, diagnostics, CancellationToken.None);
        return (fast, slow, diagnostics);
    }

    // Every node with its kind, value, style and span (offsets, lines and columns), one per line.
    private static string Dump(YamlNode? node)
    {
        var builder = new StringBuilder();
        Write(node, 0);
        return builder.ToString();

        void Write(YamlNode? n, int depth)
        {
            builder.Append(' ', depth * 2);
            if (n is null)
            {
                builder.Append("(none)\n");
                return;
            }

            var s = n.Span;
            var at = string.Create(CultureInfo.InvariantCulture, $"[{s.StartOffset}-{s.EndOffset} {s.Line}:{s.Column}-{s.EndLine}:{s.EndColumn}]");
            switch (n)
            {
                case YamlScalar scalar:
                    builder.Append(scalar.IsPlain ? "plain " : "quoted ").Append(at).Append(" <").Append(scalar.Value).Append(">\n");
                    break;
                case YamlMapping mapping:
                    builder.Append("mapping ").Append(at).Append('\n');
                    foreach (var entry in mapping.Entries)
                    {
                        var k = entry.Key.Span;
                        builder.Append(' ', (depth + 1) * 2).Append(entry.Key.IsPlain ? "plain " : "quoted ")
                            .Append(string.Create(CultureInfo.InvariantCulture, $"[{k.StartOffset}-{k.EndOffset} {k.Line}:{k.Column}-{k.EndLine}:{k.EndColumn}]"))
                            .Append(" <").Append(entry.Key.Value).Append(">\n");
                        Write(entry.Value, depth + 2);
                    }

                    break;
                case YamlSequence sequence:
                    builder.Append("list ").Append(at).Append('\n');
                    foreach (var item in sequence.Items)
                    {
                        Write(item, depth + 1);
                    }

                    break;
            }
        }
    }

    // Documents in the style (random mappings, values of every kind the style has, comments, blank lines, CR LF,
    // trailing spaces, with or without a last line break) and, with broken, the same with one edit that may take
    // them out of the style or out of YAML.
    private static Gen<string> Documents(bool broken) =>
        Gen.Select(Gen.Int, Gen.Int, (seed, edit) => Document(new Random(seed), broken ? new Random(edit) : null));

    private static readonly string[] s_keys = { "a", "b", "name", "key-1", "k.x", "_u", "A9", "1", "src-10", "released-by", "0x" };

    private static readonly string[] s_plain =
    {
        "x", "x y", "Publisher 7", "2019-10/2019-12", "a:b", "http://example.org/a#b", "a#b", "null", "~", "true", "5", "3.25",
        "é ü 평양", "x] y", "a, b", "a?b", "(c)", "a - b", "1e3", "a'b", "a\"b", "x.", "=", "+1", "emoji 😀", "-100", "-x y", "-.5",
    };

    private static readonly string[] s_escaped = { "a\\\"b", "\\\\", "\\/", "x\\ny", "\\t", "\\r\\n", "two \\\"words\\\"" };

    private static readonly string[] s_flowPlain = { "x", "x y", "Source", "a.b", "평양", "1", "a'b", "~", "null", "a-b", "fuzzy-date?", "a?b", "-100", "-x", "-.5" };

    private static readonly string[] s_breaks =
    {
        "\t", "\\", "#", " #", ":", ": ", "-", "- ", "'", "\"", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "\r", "\r\n", "\n", "  ", " ", "<<", "---", "...", "\u00A0", "\uFEFF", "x",
    };

    private static string Document(Random random, Random? edit)
    {
        var text = new StringBuilder();
        var crlf = random.Next(5) == 0;
        var newline = crlf ? "\r\n" : "\n";
        var step = random.Next(1, 5);
        if (random.Next(4) == 0)
        {
            text.Append("# a catalog").Append(newline);
        }

        Mapping(text, random, 0, step, 3, newline);
        var result = text.ToString();
        if (random.Next(4) == 0)
        {
            result = result.Substring(0, result.Length - newline.Length);
        }

        if (edit is null)
        {
            return result;
        }

        // One edit: insert, delete or replace at a random place, or repeat or drop a line.
        var at = edit.Next(result.Length + 1);
        switch (edit.Next(5))
        {
            case 0:
                return result.Insert(at, s_breaks[edit.Next(s_breaks.Length)]);
            case 1:
                return at < result.Length ? result.Remove(at, 1) : result;
            case 2:
                return at < result.Length ? result.Remove(at, 1).Insert(at, s_breaks[edit.Next(s_breaks.Length)]) : result;
            case 3:
            {
                var lines = result.Split('\n').ToList();
                var line = edit.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            }

            default:
            {
                var lines = result.Split('\n').ToList();
                lines.RemoveAt(edit.Next(lines.Count));
                return string.Join("\n", lines);
            }
        }
    }

    private static void Mapping(StringBuilder text, Random random, int indent, int step, int depth, string newline)
    {
        var keys = s_keys.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToList();
        foreach (var key in keys)
        {
            if (random.Next(8) == 0)
            {
                text.Append(' ', random.Next(0, 6)).Append(random.Next(2) == 0 ? "# note" : string.Empty).Append(newline);
            }

            text.Append(' ', indent).Append(key).Append(':');
            var kind = depth > 0 ? random.Next(10) : random.Next(1, 10);
            if (kind == 0)
            {
                text.Append(random.Next(3) == 0 ? "   # nested" : random.Next(2) == 0 ? "  " : string.Empty).Append(newline);
                Mapping(text, random, indent + step, random.Next(1, 4), depth - 1, newline);
                continue;
            }

            if (kind == 1)
            {
                // Nothing: YAML's null.
                text.Append(random.Next(2) == 0 ? " # none" : string.Empty).Append(newline);
                continue;
            }

            text.Append(' ', random.Next(1, 3));
            Value(text, random, kind, 2);
            text.Append(random.Next(4) switch { 0 => " # comment", 1 => "  ", 2 => " #", _ => string.Empty }).Append(newline);
        }
    }

    private static void Value(StringBuilder text, Random random, int kind, int depth)
    {
        switch (kind)
        {
            case 2:
                text.Append('\'').Append(random.Next(3) == 0 ? "it''s" : s_plain[random.Next(s_plain.Length)].Replace("'", "''")).Append('\'');
                break;
            case 3:
                text.Append('"').Append(random.Next(3) == 0 ? s_escaped[random.Next(s_escaped.Length)] : s_plain[random.Next(s_plain.Length)].Replace("\"", "\\\"")).Append('"');
                break;
            case 4:
                Flow(text, random, list: true, depth);
                break;
            case 5:
                Flow(text, random, list: false, depth);
                break;
            default:
                text.Append(s_plain[random.Next(s_plain.Length)]);
                break;
        }
    }

    private static void Flow(StringBuilder text, Random random, bool list, int depth)
    {
        var count = random.Next(0, 4);
        var space = random.Next(2) == 0 ? " " : string.Empty;
        text.Append(list ? '[' : '{').Append(count > 0 ? space : string.Empty);
        var keys = s_keys.OrderBy(_ => random.Next()).Take(count).ToList();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(random.Next(2) == 0 ? ", " : ",").Append(random.Next(4) == 0 ? " " : string.Empty);
            }

            if (!list)
            {
                text.Append(keys[i]).Append(':').Append(' ', random.Next(1, 3));
            }

            var item = depth > 0 ? random.Next(6) : random.Next(3);
            switch (item)
            {
                case 0:
                    text.Append('\'').Append(s_flowPlain[random.Next(s_flowPlain.Length)].Replace("'", "''")).Append('\'');
                    break;
                case 1:
                    text.Append('"').Append(s_flowPlain[random.Next(s_flowPlain.Length)].Replace("\"", "'")).Append('"');
                    break;
                case 3:
                    Flow(text, random, list: true, depth - 1);
                    break;
                case 4:
                    Flow(text, random, list: false, depth - 1);
                    break;
                default:
                    text.Append(s_flowPlain[random.Next(s_flowPlain.Length)]);
                    break;
            }
        }

        text.Append(count > 0 ? space : string.Empty).Append(list ? ']' : '}');
    }
}
