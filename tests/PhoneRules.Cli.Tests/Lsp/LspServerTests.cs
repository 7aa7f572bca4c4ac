using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using PhoneRules.Analysis;
using PhoneRules.Cli.Lsp;
using PhoneRules.Cli.Output.Text;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Tests.Lsp;

/// <summary>The language server driven in process over a JSON-RPC stream pair, as an editor drives it.</summary>
public sealed class LspServerTests
{
    private static string Text => ShippedCatalog.Text;

    [Fact]
    public async Task Initialize_AdvertisesEveryFeature()
    {
        await using var lsp = new LspHarness();
        var result = await lsp.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } });
        var capabilities = result.GetProperty("capabilities");
        foreach (var provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "renameProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }

        Assert.Equal(1, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.Contains("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(":", capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("phonerules", result.GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(0, await lsp.ShutdownAsync());
    }

    [Fact]
    public async Task ShippedCatalog_PublishesEveryFindingOfAnalyzeOnItsSubjectsLine()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        var diagnostics = await lsp.DiagnosticsAsync(1);

        var expected = RuleRunner.Analyze(CatalogData.FromDocument(ShippedCatalog.Document));
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(f => (f.RuleId, f.Location.Line, f.Severity == Analysis.Findings.FindingSeverity.Warning ? 2 : 3)).Order(),
            diagnostics.Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() + 1, d.GetProperty("severity").GetInt32())).Order());
        Assert.All(diagnostics, d => Assert.Equal("phonerules", d.GetProperty("source").GetString()));
        Assert.Equal(0, await lsp.ShutdownAsync());
    }

    public static TheoryData<string> Breakages => [.. s_breakages.Keys];

    private static readonly Dictionary<string, Func<string, string>> s_breakages = new()
    {
        ["unknown field (PRG003, did you mean)"] = t => ShippedCatalog.InsertLineAfter(t, ShippedCatalog.OfType("PhoneModel").First().Span, "      relesed: 2019"),
        ["dangling reference (PRG008, did you mean)"] = t => ShippedCatalog.Replace(t, ShippedCatalog.OfType("PhoneModel").First().Get("series")!.Span, ((EntityRecord)ShippedCatalog.OfType("PhoneModel").First().Get("series")!.Value!).Key + "x"),
        ["not a calendar date (PRG006)"] = t => ShippedCatalog.Replace(t, ShippedCatalog.ModelWithRelease().Get("released")!.Span, "2019-02-30"),
        ["US date (PRG006, suggestion)"] = t => ShippedCatalog.Replace(t, ShippedCatalog.ModelWithRelease().Get("released")!.Span, "12/03/2019"),
        ["fact without its sources (PRG004)"] = t => ShippedCatalog.RemoveLine(t, ShippedCatalog.ModelWithRelease().Get("released-by")!.Span),
        ["YAML syntax (PRG001)"] = t => ShippedCatalog.InsertLineAfter(t, ShippedCatalog.OfType("PhoneModel").First().Span, "      name: [unclosed"),
        ["control character (PRG015)"] = t => t + "\u0000\u0001binary",
        ["duplicate key (PRG007)"] = t => ShippedCatalog.InsertLineAfter(t, ShippedCatalog.OfType("Source").First().Get("publisher")!.Span, "      publisher: twice"),
        ["wrong type (PRG005)"] = t => ShippedCatalog.Replace(t, ShippedCatalog.OfType("PhoneModel").First().Get("sold-as-domestic")!.Span, "maybe"),
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Edit_ThatBreaksTheCatalog_PublishesTheBuildsDiagnostics(string breakage)
    {
        var broken = s_breakages[breakage](Text);
        var (_, expected) = ShippedCatalog.Read(broken);
        Assert.NotEmpty(expected);

        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        Assert.NotEmpty(await lsp.DiagnosticsAsync(1));
        await lsp.ChangeAsync(broken, 2);
        var diagnostics = await lsp.DiagnosticsAsync(2);

        Assert.Equal(
            expected.Select(d => (d.Code, TerminalText.Escape(d.Message), d.Span.Line, d.Span.Column, 1)),
            diagnostics.Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!, Start(d).Line, Start(d).Column, d.GetProperty("severity").GetInt32())));

        // Fixed again: the findings come back.
        await lsp.ChangeAsync(Text, 3);
        Assert.All(await lsp.DiagnosticsAsync(3), d => Assert.StartsWith("PR", d.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task OversizedDocument_GetsExactlyOnePRG013_CountedInUtf8Bytes()
    {
        // Fewer characters than the limit, more UTF-8 bytes: each '한' is one UTF-16 unit and three bytes.
        var limit = LspHarness.Limits.MaxFileBytes;
        var text = "# " + new string('한', (int)(limit / 3) + 1) + "\n";
        Assert.True(text.Length < limit);

        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(text);
        var diagnostics = await lsp.DiagnosticsAsync(1);

        var only = Assert.Single(diagnostics);
        Assert.Equal("PRG013", only.GetProperty("code").GetString());
        Assert.Contains(Encoding.UTF8.GetByteCount(text).ToString(System.Globalization.CultureInfo.InvariantCulture), only.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryDocument_AfterAGoodOne_KeepsTheLastGoodAnalysisForHover()
    {
        var subject = FirstModelWithFindings();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        await lsp.DiagnosticsAsync(1);

        var binary = new string(Enumerable.Range(0, 4096).Select(i => (char)(i % 256)).ToArray());
        await lsp.ChangeAsync(binary, 2);
        var diagnostics = await lsp.DiagnosticsAsync(2);
        Assert.Equal("PRG015", Assert.Single(diagnostics).GetProperty("code").GetString());

        var hover = await lsp.RequestAsync("textDocument/hover", LspHarness.Position(LspHarness.Uri, subject.Span.Line, subject.Span.Column));
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("**Findings**", markdown, StringComparison.Ordinal);
        Assert.Equal(0, await lsp.ShutdownAsync());
    }

    [Fact]
    public async Task Completion_AtAReferenceField_OffersTheKeysOfTheReferencedType()
    {
        var model = ShippedCatalog.OfType("PhoneModel").First();
        var series = model.Get("series")!.Span;
        var typing = ShippedCatalog.Replace(Text, series, string.Empty);
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(typing);
        await lsp.DiagnosticsAsync(1);

        var list = await lsp.RequestAsync("textDocument/completion", LspHarness.Position(LspHarness.Uri, series.Line, series.Column));
        Assert.Equal(ShippedCatalog.OfType("Series").Select(s => s.Key).Order(StringComparer.Ordinal), Labels(list).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Completion_InAFlowListOfSources_OffersSourceKeys()
    {
        var model = ShippedCatalog.ModelWithRelease();
        var by = model.Get("released-by")!.Span;
        var typing = ShippedCatalog.Replace(Text, by, "[");
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(typing);
        await lsp.DiagnosticsAsync(1);

        var list = await lsp.RequestAsync("textDocument/completion", LspHarness.Position(LspHarness.Uri, by.Line, by.Column + 1));
        Assert.Equal(ShippedCatalog.OfType("Source").Select(s => s.Key).Order(StringComparer.Ordinal), Labels(list).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Completion_AtAnEnumField_OffersItsValuesWithTheirDocs()
    {
        var model = ShippedCatalog.OfType("PhoneModel").First();
        var confidence = model.Get("confidence")!.Span;
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(ShippedCatalog.Replace(Text, confidence, string.Empty));
        await lsp.DiagnosticsAsync(1);

        var list = await lsp.RequestAsync("textDocument/completion", LspHarness.Position(LspHarness.Uri, confidence.Line, confidence.Column));
        var values = ShippedCatalog.Document.Schema.FindEnum("Confidence")!.Members;
        Assert.Equal(values.Select(m => m.Name), Labels(list));
        Assert.Equal(values.Select(m => m.Doc), list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("documentation").GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Completion_OnANewLineOfAnEntity_OffersTheFieldsNotYetWrittenWithTheirDocs()
    {
        var model = ShippedCatalog.OfType("PhoneModel").First();
        var typing = ShippedCatalog.InsertLineAfter(Text, model.Span, "      ");
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(typing);
        await lsp.DiagnosticsAsync(1);

        var list = await lsp.RequestAsync("textDocument/completion", LspHarness.Position(LspHarness.Uri, model.Span.Line + 1, 7));
        var missing = model.Type.Fields.Where(f => !model.Values.ContainsKey(f.Name)).ToList();
        Assert.NotEmpty(missing);
        Assert.Equal(missing.Select(f => f.Name), Labels(list));
        Assert.Equal(missing.Select(f => f.Doc), list.GetProperty("items").EnumerateArray().Select(Doc));
        Assert.Equal(missing.Select(f => f.Name + ": "), list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("textEdit").GetProperty("newText").GetString()));
    }

    [Fact]
    public async Task Definition_FromAReference_IsTheEntry()
    {
        var model = ShippedCatalog.OfType("PhoneModel").First();
        var reference = model.Get("series")!;
        var target = (EntityRecord)reference.Value!;
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);

        var locations = await lsp.RequestAsync("textDocument/definition", LspHarness.Position(LspHarness.Uri, reference.Span.Line, reference.Span.Column + 1));
        var location = Assert.Single(locations.EnumerateArray());
        Assert.Equal(LspHarness.Uri, location.GetProperty("uri").GetString());
        Assert.Equal((target.Span.Line, target.Span.Column), Start(location));
    }

    [Fact]
    public async Task References_FromAnEntryOrASourceKey_AreEveryPlaceNamingIt()
    {
        var series = ShippedCatalog.OfType("Series").First();
        var source = ShippedCatalog.OfType("Source").MaxBy(s => ShippedCatalog.ReferencesTo("Source", s.Key).Count())!;
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);

        foreach (var entity in new[] { series, source })
        {
            var expected = ShippedCatalog.ReferencesTo(entity.Type.Name, entity.Key).Select(s => (s.Line, s.Column)).Order().ToList();
            Assert.NotEmpty(expected);
            var found = await lsp.RequestAsync("textDocument/references", new { textDocument = new { uri = LspHarness.Uri }, position = new { line = entity.Span.Line - 1, character = entity.Span.Column - 1 }, context = new { includeDeclaration = false } });
            Assert.Equal(expected, found.EnumerateArray().Select(Start).Order());

            // From one of the references, with the declaration: the same places and the entry.
            var from = ShippedCatalog.ReferencesTo(entity.Type.Name, entity.Key).Last();
            var all = await lsp.RequestAsync("textDocument/references", new { textDocument = new { uri = LspHarness.Uri }, position = new { line = from.Line - 1, character = from.Column - 1 }, context = new { includeDeclaration = true } });
            Assert.Equal(expected.Append((entity.Span.Line, entity.Span.Column)).Order(), all.EnumerateArray().Select(Start).Order());
        }
    }

    [Fact]
    public async Task Hover_OnAFieldASourceReferenceAndAModel_SaysWhatTheyAre()
    {
        var model = FirstModelWithFindings();
        var field = model.Type.FindField("released")!;
        var released = Text.IndexOf("\n      released:", model.Span.StartOffset, StringComparison.Ordinal);
        var cited = model.Get("sources")!.Items![0];
        var source = (EntityRecord)cited.Value!;
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);

        var onField = await HoverAsync(lsp, Line(released + 1), 8);
        Assert.Contains(field.Doc, onField, StringComparison.Ordinal);
        Assert.Contains("`fuzzy-date?`", onField, StringComparison.Ordinal);

        var onSource = await HoverAsync(lsp, cited.Span.Line, cited.Span.Column);
        foreach (var name in new[] { "publisher", "title", "published", "url" })
        {
            if (source.Get(name) is { } value)
            {
                Assert.Contains($"- {name}: ", onSource, StringComparison.Ordinal);
            }
        }

        var onModel = await HoverAsync(lsp, model.Span.Line, model.Span.Column);
        var findings = RuleRunner.Analyze(CatalogData.FromDocument(ShippedCatalog.Document)).Where(f => f.SubjectKey == model.Key).ToList();
        Assert.All(findings, f => Assert.Contains(f.RuleId + " " + f.RuleName, onModel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hover_EscapesCatalogTextForMarkdown()
    {
        var source = ShippedCatalog.OfType("Source").First();
        var hostile = "\"[click](javascript:alert(1)) <img src=x> *bold* `code` \\u001b[31mred\"";
        var text = ShippedCatalog.Replace(Text, source.Get("title")!.Span, hostile);
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(text);
        await lsp.DiagnosticsAsync(1);

        var markdown = await HoverAsync(lsp, source.Span.Line, source.Span.Column);
        Assert.Contains(@"\[click\](javascript:alert(1)) &lt;img src=x> \*bold\* \`code\` \\u{001B}\[31mred", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', markdown);
    }

    [Fact]
    public async Task CodeAction_ForADidYouMean_ReplacesTheWord_AndTheResultIsValid()
    {
        var broken = ShippedCatalog.InsertLineAfter(Text, ShippedCatalog.OfType("PhoneModel").First().Span, "      chipsett: X1");
        var fixedText = await ApplyFirstFixAsync(broken, "PRG003");
        Assert.Empty(ShippedCatalog.Read(fixedText).Diagnostics);
    }

    [Fact]
    public async Task CodeAction_ForAFactWithoutSources_AddsTheByField_AndTheResultIsValid()
    {
        var model = ShippedCatalog.ModelWithRelease();
        var broken = s_breakages["fact without its sources (PRG004)"](Text);
        var fixedText = await ApplyFirstFixAsync(broken, "PRG004");
        Assert.Empty(ShippedCatalog.Read(fixedText).Diagnostics);
        Assert.Contains("released-by: " + Text[model.Get("sources")!.Span.StartOffset..model.Get("sources")!.Span.EndOffset], fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeAction_ForAUsDate_OffersTheIsoForms()
    {
        var broken = s_breakages["US date (PRG006, suggestion)"](Text);
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(broken);
        var diagnostic = Assert.Single(await lsp.DiagnosticsAsync(1));
        var actions = await lsp.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = LspHarness.Uri }, range = diagnostic.GetProperty("range"), context = new { diagnostics = new[] { diagnostic } } });
        Assert.Equal(["Write '2019-12-03'", "Write '2019-03-12'"], actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task DocumentSymbol_ListsEveryEntityUnderItsType()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        var symbols = await lsp.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspHarness.Uri } });

        Assert.Equal(["schema", "settings", "data"], symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var data = symbols.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "data");
        var listed = data.GetProperty("children").EnumerateArray().SelectMany(type => type.GetProperty("children").EnumerateArray().Select(e => (type.GetProperty("name").GetString()!, e.GetProperty("name").GetString()!)));
        Assert.Equal(ShippedCatalog.Document.Entities.Select(e => (e.Type.Name, e.Key)), listed);
    }

    [Fact]
    public async Task Rename_OfAKey_EditsTheEntryAndEveryReference_AndTheResultIsValid()
    {
        var series = ShippedCatalog.OfType("Series").First();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);

        var edit = await lsp.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspHarness.Uri }, position = new { line = series.Span.Line - 1, character = series.Span.Column - 1 }, newName = "renamed-series" });
        var edits = edit.GetProperty("changes").GetProperty(LspHarness.Uri);
        Assert.Equal(ShippedCatalog.ReferencesTo("Series", series.Key).Count() + 1, edits.GetArrayLength());
        var renamed = Apply(Text, edits);
        var (document, diagnostics) = ShippedCatalog.Read(renamed);
        Assert.Empty(diagnostics);
        Assert.Equal(ShippedCatalog.ReferencesTo("Series", series.Key).Count(), document!.Entities.SelectMany(e => e.Values.Values).Count(v => v.Value is EntityRecord { Key: "renamed-series" }));
    }

    [Theory]
    [InlineData("Not A Key")]
    [InlineData("")]
    public async Task Rename_ToSomethingThatIsNoKey_IsRefused(string newName)
    {
        var series = ShippedCatalog.OfType("Series").First();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        var response = await lsp.RequestRawAsync("textDocument/rename", new { textDocument = new { uri = LspHarness.Uri }, position = new { line = series.Span.Line - 1, character = series.Span.Column - 1 }, newName });
        Assert.Equal(LspNavigation.RequestFailed, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Rename_ToAnotherEntrysKey_IsRefused()
    {
        var series = ShippedCatalog.OfType("Series").Take(2).ToList();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        var response = await lsp.RequestRawAsync("textDocument/rename", new { textDocument = new { uri = LspHarness.Uri }, position = new { line = series[0].Span.Line - 1, character = series[0].Span.Column - 1 }, newName = series[1].Key });
        Assert.Contains("exists already", response.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_WhileTheYamlCannotBeRead_IsRefused()
    {
        var series = ShippedCatalog.OfType("Series").First();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        await lsp.DiagnosticsAsync(1);
        await lsp.ChangeAsync(Text + "\nbroken: [\n", 2);
        Assert.Equal("PRG001", Assert.Single(await lsp.DiagnosticsAsync(2)).GetProperty("code").GetString());

        var response = await lsp.RequestRawAsync("textDocument/rename", new { textDocument = new { uri = LspHarness.Uri }, position = new { line = series.Span.Line - 1, character = series.Span.Column - 1 }, newName = "renamed" });
        Assert.Contains("fix that before renaming", response.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCatalogsOfTheSameNameInTwoFolders_AreTwoDocuments()
    {
        const string Other = "file:///elsewhere/catalog.yaml";
        var model = ShippedCatalog.OfType("PhoneModel").First();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        Assert.NotEmpty(await lsp.DiagnosticsAsync(1));
        await lsp.OpenAsync("data: [", 1, Other);
        Assert.Equal("PRG001", Assert.Single(await lsp.DiagnosticsAsync(1, Other)).GetProperty("code").GetString());

        var locations = await lsp.RequestAsync("textDocument/definition", LspHarness.Position(LspHarness.Uri, model.Get("series")!.Span.Line, model.Get("series")!.Span.Column));
        Assert.Single(locations.EnumerateArray());
        Assert.Empty((await lsp.RequestAsync("textDocument/definition", LspHarness.Position(Other, 1, 1))).EnumerateArray());
    }

    [Fact]
    public async Task ManyQuickChanges_PublishTheNewestLast_AndNeverAnOlderVersionAfterANewerOne()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        for (var version = 2; version <= 20; version++)
        {
            await lsp.ChangeAsync(version % 2 == 0 ? Text + "\n# edit " + version + "\n" : Text, version);
        }

        await lsp.DiagnosticsAsync(20);

        // A round trip after the last change: anything published for an older text would have arrived by now.
        await lsp.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspHarness.Uri } });
        var versions = lsp.PublishedVersions;
        Assert.Equal(20, versions[^1]);
        Assert.Equal(versions.Order().Distinct(), versions);
    }

    public static TheoryData<string, byte[]> MalformedMessages => new()
    {
        { "not JSON", Frame("{bad}") },
        { "a JSON array (a batch)", Frame("[1,2]") },
        { "no jsonrpc member", Frame("{\"id\":1,\"method\":\"textDocument/hover\"}") },
        { "an object as id", Frame("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"textDocument/hover\"}") },
        { "a number as method", Frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}") },
        { "a string as params", Frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":\"x\"}") },
        { "no Content-Length", Encoding.ASCII.GetBytes("Content-Type: x\r\n\r\n") },
        { "a Content-Length that is no number", Encoding.ASCII.GetBytes("Content-Length: many\r\n\r\n") },
        { "JSON nested deeper than 64", Frame(new string('[', 100) + new string(']', 100)) },
        { "invalid UTF-8", [.. Encoding.ASCII.GetBytes("Content-Length: 4\r\n\r\n"), 0xFF, 0xFE, 0xFD, 0xFC] },
    };

    [Theory]
    [MemberData(nameof(MalformedMessages))]
    public async Task MalformedMessage_IsLoggedAndDropped_AndServingGoesOn(string what, byte[] bytes)
    {
        var model = ShippedCatalog.OfType("PhoneModel").First();
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        await lsp.DiagnosticsAsync(1);

        await lsp.SendRawAsync(bytes);
        var log = await lsp.NextAsync("window/logMessage");
        Assert.Contains("dropped", log.GetProperty("message").GetString(), StringComparison.Ordinal);

        var locations = await lsp.RequestAsync("textDocument/definition", LspHarness.Position(LspHarness.Uri, model.Get("series")!.Span.Line, model.Get("series")!.Span.Column));
        Assert.Single(locations.EnumerateArray());
        Assert.Equal(0, await lsp.ShutdownAsync());
        _ = what;
    }

    [Fact]
    public async Task RequestWithParamsOfTheWrongShape_IsAnErrorResponse_AndServingGoesOn()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        var response = await lsp.RequestRawAsync("textDocument/hover", new { textDocument = 5, position = "here" });
        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.False(response.GetProperty("error").TryGetProperty("data", out _));
        Assert.NotEmpty((await lsp.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspHarness.Uri } })).EnumerateArray());
    }

    [Fact]
    public async Task OversizedFrame_IsReadPastAndDropped_AndServingGoesOn()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        var size = LspCommand().MaxFrameBytes + 1;
        await lsp.SendRawAsync(Encoding.ASCII.GetBytes($"Content-Length: {size}\r\n\r\n"));
        var chunk = new byte[1 << 20];
        for (long sent = 0; sent < size; sent += chunk.Length)
        {
            await lsp.SendRawAsync(sent + chunk.Length <= size ? chunk : chunk[..(int)(size - sent)]);
        }

        Assert.Contains("over the limit", (await lsp.NextAsync("window/logMessage")).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty((await lsp.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspHarness.Uri } })).EnumerateArray());
    }

    [Fact]
    public async Task InternalError_InARequest_IsLoggedToTheClient_AndServingGoesOn()
    {
        await using var lsp = await LspHarness.StartAsync(server => server.FailInside = "textDocument/hover");
        await lsp.OpenAsync(Text);
        var model = ShippedCatalog.OfType("PhoneModel").First();

        var hover = await lsp.RequestAsync("textDocument/hover", LspHarness.Position(LspHarness.Uri, model.Span.Line, model.Span.Column));
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
        var log = await lsp.NextAsync("window/logMessage");
        Assert.Equal(1, log.GetProperty("type").GetInt32());
        Assert.Contains("internal error in textDocument/hover", log.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single((await lsp.RequestAsync("textDocument/definition", LspHarness.Position(LspHarness.Uri, model.Get("series")!.Span.Line, model.Get("series")!.Span.Column))).EnumerateArray());
    }

    [Fact]
    public async Task ClientThatDisconnects_EndsTheServerWithoutShutdown_Cleanly()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(Text);
        await lsp.DisconnectAsync();
        Assert.Equal(1, await lsp.Running);
    }

    private static (int Line, int Column) Start(JsonElement withRange)
    {
        var start = withRange.GetProperty("range").GetProperty("start");
        return (start.GetProperty("line").GetInt32() + 1, start.GetProperty("character").GetInt32() + 1);
    }

    private static List<string> Labels(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];

    private static string? Doc(JsonElement item) => item.GetProperty("documentation").GetProperty("value").GetString()?.Split("\n\n")[1];

    private static int Line(int offset) => Text[..offset].Count(c => c == '\n') + 1;

    private static byte[] Frame(string json) => [.. Encoding.ASCII.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n"), .. Encoding.UTF8.GetBytes(json)];

    private static (long MaxFrameBytes, int Unused) LspCommand() => (Commands.LspCommand.MaxFrameBytesFor(LspHarness.Limits), 0);

    private static EntityRecord FirstModelWithFindings()
    {
        var findings = RuleRunner.Analyze(CatalogData.FromDocument(ShippedCatalog.Document));
        return ShippedCatalog.OfType("PhoneModel").First(m => findings.Any(f => f.SubjectKey == m.Key));
    }

    private static async Task<string> HoverAsync(LspHarness lsp, int line, int column) =>
        (await lsp.RequestAsync("textDocument/hover", LspHarness.Position(LspHarness.Uri, line, column))).GetProperty("contents").GetProperty("value").GetString()!;

    private static async Task<string> ApplyFirstFixAsync(string broken, string code)
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(broken);
        var diagnostic = (await lsp.DiagnosticsAsync(1)).First(d => d.GetProperty("code").GetString() == code);
        var actions = await lsp.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = LspHarness.Uri }, range = diagnostic.GetProperty("range"), context = new { diagnostics = new[] { diagnostic } } });
        var action = actions.EnumerateArray().First();
        Assert.Equal("quickfix", action.GetProperty("kind").GetString());
        return Apply(broken, action.GetProperty("edit").GetProperty("changes").GetProperty(LspHarness.Uri));
    }

    // Applies edits as an editor does: from the last to the first, so earlier offsets stay valid.
    private static string Apply(string text, JsonElement edits)
    {
        var starts = Cli.Lsp.LspText.LineStarts(text);
        int Offset(JsonElement p) => starts[p.GetProperty("line").GetInt32()] + p.GetProperty("character").GetInt32();
        foreach (var edit in edits.EnumerateArray().OrderByDescending(e => Offset(e.GetProperty("range").GetProperty("start"))))
        {
            var range = edit.GetProperty("range");
            text = text[..Offset(range.GetProperty("start"))] + edit.GetProperty("newText").GetString() + text[Offset(range.GetProperty("end"))..];
        }

        return text;
    }
}
