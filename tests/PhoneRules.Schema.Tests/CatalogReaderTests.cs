using System;
using System.Linq;
using System.Text;
using System.Threading;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>One test per diagnostic code: the code, the exact message, and the exact line and column.</summary>
public sealed class CatalogReaderTests
{
    [Fact]
    public void ADiagnosticMadeFromACode_CarriesItsId_AsAnError()
    {
        var diagnostic = CatalogDiagnostic.Error(DiagnosticCodes.DanglingReference, "no Maker has key 'acne'", "c.yaml", SourceSpan.At(4, 2, 3));

        Assert.Equal(new CatalogDiagnostic(DiagnosticCodes.DanglingReference.Id, CatalogSeverity.Error, "no Maker has key 'acne'", "c.yaml", SourceSpan.At(4, 2, 3)), diagnostic);
        Assert.Equal("c.yaml(2,3): error " + DiagnosticCodes.DanglingReference.Id + ": no Maker has key 'acne'", diagnostic.ToString());
        Assert.Throws<ArgumentNullException>(() => CatalogDiagnostic.Error(null!, "m", "c.yaml", default));
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(1L, 8L)]
    [InlineData(240_362_794L, 1_922_902_352L)]
    public void AllocationEstimate_IsEightBytesPerByteOfFile(long fileBytes, long expected)
    {
        Assert.Equal(expected, CatalogReader.AllocationEstimate(fileBytes));
    }

    private const string File = "catalog.yaml";

    [Fact]
    public void The_streamed_read_allocates_far_less_than_the_whole_tree_it_is_tested_against()
    {
        // The entities' nodes are used again as each closes; the yardstick keeps every one (StreamedReadTests compares
        // what the two give, which would prove nothing were they the same read).
        var bytes = Encoding.UTF8.GetBytes(StreamedReadTests.DrawnText(sources: 400, makers: 40, models: 4_000, order: [0, 1, 2]));
        CatalogReader.ReadBytes(bytes, File);

        var streamed = Allocated(() => CatalogReader.ReadBytes(bytes, File));
        var whole = Allocated(() => CatalogReader.ReadBytesFromWholeTree(bytes, File));

        Assert.True(whole > streamed * 1.4, $"the whole tree {whole} bytes, streamed {streamed}, reading {bytes.Length}");

        static long Allocated(Func<CatalogReadResult> read)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = read();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.False(result.HasErrors);
            Assert.Equal(4_440, result.Document!.Entities.Count);
            return allocated;
        }
    }

    [Fact]
    public void SmallCatalog_ReadsWithoutDiagnostics()
    {
        var result = CatalogReader.ReadText(Small, File);

        Assert.Empty(result.Diagnostics);
        var document = Assert.IsType<CatalogDocument>(result.Document);
        Assert.Equal("Demo.Model", document.Schema.Namespace);
        Assert.Equal(new[] { "seed", "acme", "pyongyang-2425" }, document.Entities.Select(e => e.Key));
        var model = document.Entities[2];
        Assert.Equal(FuzzyDate.Parse("2019-10/2019-12"), model.Get("released")!.Value);
        Assert.Same(document.Entities[1], model.Get("maker")!.Value);
        Assert.Equal(300.5m, model.Get("price")!.Value);
        Assert.Equal(Position(Small, "pyongyang-2425:"), (model.Span.Line, model.Span.Column));
        Assert.Equal(90, document.Settings.Get("late-days")!.Value);
    }

    [Fact]
    public void Cancellation_IsThrown_NotReportedAsAProblem()
    {
        // The scanner looks at the token on every line; the validator's own looks are in CatalogValidatorTests.
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Empty(CatalogReader.ReadText(Small, File).Diagnostics);
        Assert.ThrowsAny<OperationCanceledException>(() => CatalogReader.ReadText(Small, File, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void UnclosedQuote_ReportsPRG001()
    {
        var yaml = Replace(Small, "name: Pyongyang 2425", "name: \"Pyongyang 2425");

        AssertSingle(yaml, "PRG001", "this quoted value is not closed on its line, and a line after it is not indented deeper than its key, so YAML cannot read it as more of the value: close the \" on this line (write \\\" for a \" inside it)", Position(yaml, "\"Pyongyang"));
    }

    [Theory]
    [InlineData("sources: [seed]", "sources: [seed", "sources: [seed")]
    [InlineData("      country: CN\n", "     country: CN\n", "     country: CN")]
    public void UnclosedBracketOrBadIndentation_ReportsPRG001AtItsLine(string from, string to, string marker)
    {
        var yaml = Replace(Small, from, to);

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal("PRG001", diagnostic.Code);
        Assert.Equal(Position(yaml, marker).Line, diagnostic.Span.Line);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void EveryLineBreakStyle_LocatesErrorsOnTheLineEditorsShow(string lineBreak)
    {
        var yaml = Replace(Small, "      name: Acme\n", "      name: Acme\n      nmae: Acme\n").Replace("\n", lineBreak, System.StringComparison.Ordinal);

        // Line 48 in any editor, whichever line break the file uses.
        AssertSingle(yaml, "PRG003", "Maker 'acme' has no field 'nmae'; did you mean 'name'?", (48, 7));
        Assert.Equal((48, 7), Position(yaml, "nmae"));
    }

    [Theory]
    [InlineData("a: 1\rb: [\r", 3)]
    [InlineData("a: 1\r\nb: 2\rc: 3\nd: [\r\n", 5)]
    [InlineData("a: 1\r\rb: [", 3)]
    public void LoneCarriageReturn_MovesReportedLinesAsEditorsDo(string yaml, int expectedLine)
    {
        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal("PRG001", diagnostic.Code);
        Assert.Equal(expectedLine, diagnostic.Span.Line);
    }

    [Theory]
    [InlineData('\u0085', "U+0085, a line separator that tools disagree on; use a plain line break")]
    [InlineData('\u2028', "U+2028, a line separator that tools disagree on; use a plain line break")]
    [InlineData('\u2029', "U+2029, a line separator that tools disagree on; use a plain line break")]
    [InlineData('\uFFFD', "U+FFFD, the replacement character that bytes which are not valid UTF-8 turn into; save the file as UTF-8 and remove it")]
    [InlineData('\u0007', "control character U+0007, which YAML does not allow")]
    public void CharacterToolsDisagreeOn_ReportsPRG015_FromTextAndFromBytesAlike(char character, string what)
    {
        var yaml = Replace(Small, "name: Acme", "name: Ac" + character + "me");

        AssertSingle(yaml, "PRG015", "the file holds " + what, Position(yaml, "Ac" + character) with { Column = Position(yaml, "Ac" + character).Column + 2 });
        var fromBytes = Assert.Single(CatalogReader.ReadBytes(Encoding.UTF8.GetBytes(yaml), File).Diagnostics);
        Assert.Equal(("PRG015", "the file holds " + what), (fromBytes.Code, fromBytes.Message));
    }

    [Fact]
    public void TabIndentation_ReportsPRG001AtTheTab()
    {
        var yaml = Replace(Small, "      name: Acme", "\tname: Acme");

        AssertSingle(yaml, "PRG001", "a tab indents this line; YAML indents with spaces only: replace the tab with spaces", Position(yaml, "\tname: Acme"));
    }

    [Fact]
    public void EveryIndentingTab_IsReported_NotOnlyTheFirst()
    {
        var yaml = Replace(Small, "      name: Acme\n      country: CN\n", "\tname: Acme\n\tcountry: CN\n").Replace("      units: 12\n", "  \tunits: 12\n", System.StringComparison.Ordinal);

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(("PRG001", "a tab indents this line; YAML indents with spaces only: replace the tab with spaces"), (d.Code, d.Message)));
        Assert.Equal(new[] { Position(yaml, "\tname"), Position(yaml, "\tcountry"), Position(yaml, "\tunits") }, diagnostics.Select(d => (d.Span.Line, d.Span.Column)));
    }

    [Theory]
    [InlineData("      name: Acme\n      country: CN\n", "      name: Acme\n     country: CN\n", 1, 6, "this line is indented by 5 spaces, which matches no key of the mapping it is in: indent it exactly like the keys beside it")]
    [InlineData("      name: Acme\n      country: CN\n", "      name: Acme\n       country: CN\n", 1, 8, "this line is indented deeper than line {0} (7 spaces against 6 spaces), so YAML reads it as the rest of line {0}'s value: give the two lines the same indentation")]
    [InlineData("      name: Acme\n      country: CN\n", "      name: Acme: Corp\n      country: CN\n", 0, 17, "a value here holds ': ', which YAML reads as the start of another key: put the value in quotes")]
    [InlineData("      name: Acme\n      country: CN\n", "      name: 'Acme\n      country: CN\n", 0, 13, "this quoted value has no closing ': close it on the same line (write '' for a ' inside it)")]
    [InlineData("      name: Acme\n      country: CN\n", "      name: [Acme\n      country: CN\n", 0, 13, "this '[' list is not closed: end it with ']' on its line, with ',' between items")]
    public void YamlSyntaxErrors_SayWhatToDo_AtTheLineToFix(string from, string to, int linesAfterName, int column, string message)
    {
        // The name line of acme is the anchor; the line to fix is on it or just below it.
        var yaml = Replace(Small, from, to);
        var nameLine = Position(yaml, "    acme:").Line + 1;

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal("PRG001", diagnostic.Code);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, nameLine), diagnostic.Message);
        Assert.Equal((nameLine + linesAfterName, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void CommaThatEndedAOneLineDocText_SaysQuoteIt()
    {
        var yaml = Replace(Small, "title: { type: string, doc: The title. }", "title: { type: string, doc: The title, as printed. }");

        AssertSingle(yaml, "PRG003", "field 'title' of type 'Source' has no field 'as printed.': inside { } a comma ends a value, so this is the rest of the text before it; quote that text (doc: \"..., as printed.\")", Position(yaml, "as printed."));
    }

    [Fact]
    public void UnknownFieldType_ReportsPRG002AtTypeName()
    {
        var yaml = Replace(Small, "maker: Maker", "maker: Makr");

        AssertSingle(yaml, "PRG002", "unknown type 'Makr'; did you mean 'Maker'?", Position(yaml, "Makr"));
    }

    [Fact]
    public void UnknownDataSection_ReportsPRG002()
    {
        var yaml = Small + "\n  Phone:\n    x:\n      name: y\n";

        AssertSingle(yaml, "PRG002", "unknown type 'Phone' in 'data'", Position(yaml, "Phone:"));
    }

    [Fact]
    public void MisspelledField_ReportsPRG003WithSuggestion()
    {
        var yaml = Replace(Small, "name: Acme", "nmae: Acme");

        AssertSingle(yaml, "PRG003", "Maker 'acme' has no field 'nmae'; did you mean 'name'?", Position(yaml, "nmae"));
    }

    [Fact]
    public void MissingRequiredField_ReportsPRG004AtEntityKey()
    {
        var yaml = Replace(Small, "      domestic: true\n", string.Empty);

        AssertSingle(yaml, "PRG004", "PhoneModel 'pyongyang-2425' is missing required field 'domestic'", Position(yaml, "pyongyang-2425:"));
    }

    [Fact]
    public void EmptyRequiredList_ReportsPRG004()
    {
        var yaml = Replace(Small, "sources: [seed]", "sources: []");

        var (line, column) = Position(yaml, "sources: []");
        AssertSingle(yaml, "PRG004", "'sources' is required and needs at least one item", (line, column + 9));
    }

    [Fact]
    public void FactWithoutItsSources_ReportsPRG004()
    {
        var yaml = Replace(Small, "      released-by: [seed]\n", string.Empty);

        AssertSingle(yaml, "PRG004", "PhoneModel 'pyongyang-2425' gives 'released' without 'released-by', which must accompany it", Position(yaml, "released:", 2));
    }

    [Theory]
    [InlineData("units: 12", "units: twelve", "'units' expects a whole number, not 'twelve'")]
    [InlineData("units: 12", "units: \"12\"", "'units' expects a whole number, not '12'")]
    [InlineData("price: 300.5", "price: 300,5", "'price' expects a number such as 80.7, not '300,5'")]
    [InlineData("price: 300.5", "price: .5", "'price' expects a number such as 80.7, not '.5'")]
    [InlineData("price: 300.5", "price: -.5", "'price' expects a number such as 80.7, not '-.5'")]
    [InlineData("price: 300.5", "price: 5.", "'price' expects a number such as 80.7, not '5.'")]
    [InlineData("price: 300.5", "price: +5", "'price' expects a number such as 80.7, not '+5'")]
    [InlineData("price: 300.5", "price: 1e3", "'price' expects a number such as 80.7, not '1e3'")]
    [InlineData("price: 300.5", "price: 0.00000000000000000000000000001", "'price' expects a number of at most 28 significant digits, not '0.00000000000000000000000000001'")]
    [InlineData("price: 300.5", "price: 9.2345678901234567890123456789", "'price' expects a number of at most 28 significant digits, not '9.2345678901234567890123456789'")]
    [InlineData("units: 12", "units: 007", "'units' expects a whole number, not '007'")]
    [InlineData("units: 12", "units: 2147483648", "'units' expects a whole number from -2147483648 to 2147483647, not '2147483648'")]
    [InlineData("domestic: true", "domestic: yes", "'domestic' expects true or false, not 'yes'")]
    [InlineData("confidence: high", "confidence: certain", "'confidence' expects one of high, low, not 'certain'")]
    [InlineData("url: https://example.org/seed", "url: example.org/seed", "'url' expects an http or https URL, not 'example.org/seed'")]
    [InlineData("country: CN", "country: China", "'country': 'China' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as KP or CN)")]
    [InlineData("sources: [seed]", "sources: seed", "'sources' expects a list of the key of a Source, not a single value")]
    [InlineData("name: Acme", "name: [Acme]", "'name' expects text, not a list")]
    public void WrongValueType_ReportsPRG005AtValue(string from, string to, string message)
    {
        var yaml = Replace(Small, from, to);

        var (line, column) = Position(yaml, to);
        AssertSingle(yaml, "PRG005", message, (line, column + to.IndexOf(": ", System.StringComparison.Ordinal) + 2));
    }

    [Theory]
    [InlineData("released: 2019-10/2019-12", "released: 2019-02-30", "'released': '2019-02-30' is not a calendar date", "2019-02-30")]
    [InlineData("released: 2019-10/2019-12", "released: 2019-12/2019-10", "'released': interval '2019-12/2019-10' ends before it starts", "2019-12/2019-10")]
    [InlineData("released: 2019-10/2019-12", "released: late 2019", "'released': 'late 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-09/2019-12 (EDTF: the last four months)", "late 2019")]
    [InlineData("released: 2019-10/2019-12", "released: 12/03/2019", "'released': '12/03/2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-12-03 if the month comes first, 2019-03-12 if the day does", "12/03/2019")]
    [InlineData("announced: 2020-04-08", "announced: 2020-04", "'announced': '2020-04' is not a date of the form YYYY-MM-DD", "2020-04\n")]
    public void InvalidDate_ReportsPRG006AtValue(string from, string to, string message, string marker)
    {
        var yaml = Replace(Small, from, to);

        AssertSingle(yaml, "PRG006", message, Position(yaml, marker));
    }

    [Fact]
    public void DuplicateMappingKey_ReportsPRG007AtSecondKey()
    {
        var yaml = Replace(Small, "      name: Acme\n", "      name: Acme\n      name: Acme Corp\n");

        AssertSingle(yaml, "PRG007", "duplicate key 'name' in this mapping", Position(yaml, "name: Acme Corp"));
    }

    [Fact]
    public void DuplicateEntityKey_ReportsPRG007()
    {
        var yaml = Replace(Small, "    acme:\n", "    acme:\n      name: A\n      country: CN\n    acme:\n");

        AssertSingle(yaml, "PRG007", "duplicate key 'acme' in this mapping", Position(yaml, "acme:", 2));
    }

    [Fact]
    public void DuplicateKey_AtEveryPlaceOfMappingsSmallAndLarge_ReportsPRG007AtSecondKey()
    {
        // The reader searches a small mapping's keys in place and keeps a set for a large one: every mapping size
        // across that boundary, every earlier key repeated last, and each mapping also nested under a key.
        for (var size = 1; size <= 40; size++)
        {
            for (var repeated = 0; repeated < size; repeated++)
            {
                foreach (var nested in new[] { false, true })
                {
                    var indent = nested ? "  " : string.Empty;
                    var yaml = new StringBuilder(nested ? "outer:\n" : string.Empty);
                    for (var i = 0; i < size; i++)
                    {
                        yaml.Append(indent).Append("key").Append(i).Append(": ").Append(i).Append('\n');
                    }

                    yaml.Append(indent).Append("key").Append(repeated).Append(": again\n");
                    var text = yaml.ToString();

                    var diagnostic = Assert.Single(CatalogReader.ReadText(text, File).Diagnostics);
                    Assert.Equal(("PRG007", $"duplicate key 'key{repeated}' in this mapping"), (diagnostic.Code, diagnostic.Message));
                    Assert.Equal(Position(text, $"key{repeated}: again"), (diagnostic.Span.Line, diagnostic.Span.Column));
                }
            }
        }
    }

    [Fact]
    public void DistinctKeys_InMappingsSmallAndLarge_AreNoPRG007()
    {
        for (var size = 1; size <= 40; size++)
        {
            var yaml = new StringBuilder();
            for (var i = 0; i < size; i++)
            {
                yaml.Append("key").Append(i).Append(": ").Append(i).Append('\n');
            }

            Assert.DoesNotContain(CatalogReader.ReadText(yaml.ToString(), File).Diagnostics, d => d.Code == "PRG007");
        }
    }

    [Fact]
    public void DanglingReference_ReportsPRG008AtReference()
    {
        var yaml = Replace(Small, "maker: acme", "maker: acmee");

        AssertSingle(yaml, "PRG008", "no Maker has key 'acmee'; did you mean 'acme'?", Position(yaml, "acmee"));
    }

    [Fact]
    public void DanglingReferenceInList_ReportsPRG008AtItem()
    {
        var yaml = Replace(Small, "sources: [seed]", "sources: [seed, nope]");

        AssertSingle(yaml, "PRG008", "no Source has key 'nope'", Position(yaml, "nope"));
    }

    [Fact]
    public void KeysThatBecomeTheSameIdentifier_ReportPRG009()
    {
        var yaml = Replace(Small, "    seed:\n", "    seed-1:\n      title: One\n    seed1:\n      title: Two\n    seed:\n");

        AssertSingle(yaml, "PRG009", "key 'seed1' becomes 'Seed1', the same C# name as key 'seed-1'", Position(yaml, "seed1:"));
    }

    [Fact]
    public void FieldsThatBecomeTheSameIdentifier_ReportPRG009()
    {
        var yaml = Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        country-code: string?\n        countryCode: string?\n");

        AssertSingle(yaml, "PRG009", "field 'countryCode' becomes 'CountryCode', which another field of type 'Maker' already uses", Position(yaml, "countryCode:"));
    }

    [Fact]
    public void KeyThatBecomesAGeneratedMember_ReportsPRG009()
    {
        var yaml = Replace(Small, "    acme:\n", "    all:\n      name: A\n      country: CN\n    acme:\n");

        AssertSingle(yaml, "PRG009", "key 'all' becomes 'All', which Catalog.Makers already uses; choose another key", Position(yaml, "all:"));
    }

    [Fact]
    public void KeyThatBecomesItsTypesPlural_ReportsPRG009_AndOnlyWhenItBecomesThePluralExactly()
    {
        var yaml = Replace(Small, "    acme:\n", "    makers:\n      name: A\n      country: CN\n    acme:\n");

        AssertSingle(yaml, "PRG009", "key 'makers' becomes 'Makers', which Catalog.Makers already uses; choose another key", Position(yaml, "makers:"));

        // 'maker-list' becomes MakerList, not the plural Maker_List: keys are compared as the names they become.
        var underscored = Replace(Replace(Small, "    Maker:\n      fields:\n", "    Maker:\n      plural: Maker_List\n      fields:\n"), "    acme:\n", "    maker-list:\n      name: A\n      country: CN\n    acme:\n");
        Assert.Empty(CatalogReader.ReadText(underscored, File).Diagnostics);
    }

    [Fact]
    public void KeysRefusedForTheirCSharpName_AreNotReportedAgain_WhereTheyAreReferenced()
    {
        // A reserved member, the type's plural, and the second of two keys that become one name: each refused once.
        const string Model = "      name: X\n      maker: {0}\n      domestic: true\n      confidence: high\n      sources: [seed]\n";
        var yaml = Replace(
            Replace(Small, "    acme:\n", "    all:\n      name: A\n      country: CN\n    makers:\n      name: M\n      country: CN\n    acme-1:\n      name: A1\n      country: CN\n    acme1:\n      name: A2\n      country: CN\n    acme:\n"),
            "    pyongyang-2425:\n",
            "    m-all:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Model, "all")
            + "    m-makers:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Model, "makers")
            + "    m-acme1:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Model, "acme1")
            + "    pyongyang-2425:\n");

        var result = CatalogReader.ReadText(yaml, File);

        Assert.Equal(["PRG009", "PRG009", "PRG009"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([Position(yaml, "all:"), Position(yaml, "makers:"), Position(yaml, "acme1:")], result.Diagnostics.Select(d => (d.Span.Line, d.Span.Column)));

        // The refused makers are not in the document.
        Assert.Equal(["acme-1", "acme"], result.Document!.Entities.Where(e => e.Type.Name == "Maker").Select(e => e.Key));
    }

    [Fact]
    public void TwoEntitiesWithDanglingReferences_AreLinkedWithoutThem_AndWhatReferencesThemSeesTheLinkedRecords()
    {
        // Each maker's dangling 'parent' is left out of a copy of its draft; both copies must replace their drafts
        // for the models that reference them.
        var yaml = Replace(
            Replace(
                Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        parent: Maker?\n"),
                "    acme:\n",
                "    one:\n      name: One\n      country: CN\n      parent: nope-1\n    two:\n      name: Two\n      country: CN\n      parent: nope-2\n    acme:\n"),
            "    pyongyang-2425:\n",
            "    m-one:\n      name: X\n      maker: one\n      domestic: true\n      confidence: high\n      sources: [seed]\n"
            + "    m-two:\n      name: Y\n      maker: two\n      domestic: true\n      confidence: high\n      sources: [seed]\n"
            + "    pyongyang-2425:\n");

        var result = CatalogReader.ReadText(yaml, File);

        Assert.Equal(["PRG008", "PRG008"], result.Diagnostics.Select(d => d.Code));
        Assert.NotNull(result.Document);
        var makers = result.Document!.Entities.Where(e => e.Type.Name == "Maker").ToDictionary(e => e.Key);
        Assert.Null(makers["one"].Get("parent"));
        Assert.Null(makers["two"].Get("parent"));
        Assert.Equal(["acme", "one", "two"], result.Document.Entities.Where(e => e.Type.Name == "PhoneModel").Select(e => e.Get("maker")!.ReferenceKey!).OrderBy(k => k, System.StringComparer.Ordinal));
    }

    [Fact]
    public void TwoMisspeltRequiredFields_AreEachReportedOnceAsUnknown_NotAgainAsMissing()
    {
        var yaml = Replace(Small, "    acme:\n      name: Acme\n      country: CN\n", "    acme:\n      nmae: Acme\n      contry: CN\n");

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.Equal(["PRG003", "PRG003"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void ReservedTypeName_ReportsPRG009()
    {
        var yaml = Replace(Small, "    Maker:\n", "    Catalog:\n      fields:\n        x: string\n    Maker:\n");

        AssertSingle(yaml, "PRG009", "type name 'Catalog' is used by the generated code; choose another", Position(yaml, "Catalog:"));
    }

    [Fact]
    public void MissingFile_ReportsPRG010()
    {
        var result = CatalogReader.ReadFile("does-not-exist/catalog.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PRG010", diagnostic.Code);
        Assert.Equal("catalog file 'does-not-exist/catalog.yaml' does not exist", diagnostic.Message);
        Assert.Equal("does-not-exist/catalog.yaml: error PRG010: catalog file 'does-not-exist/catalog.yaml' does not exist", diagnostic.ToString());
    }

    [Fact]
    public void Directory_ReportsPRG010()
    {
        var result = CatalogReader.ReadFile(System.IO.Path.GetTempPath());

        Assert.Equal("PRG010", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void NoSchema_ReportsPRG011()
    {
        AssertSingle("data:\n  Maker: {}\n", "PRG011", "the catalog has no 'schema' section", (1, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("\n\n   \n")]
    public void EmptyFile_ReportsPRG011(string text)
    {
        AssertSingle(text, "PRG011", "the catalog is empty; it needs a 'schema' section and a 'data' section", (1, 1));
    }

    [Fact]
    public void FieldWithoutType_ReportsPRG011()
    {
        var yaml = Replace(Small, "        title: { type: string, doc: The title. }", "        title: { doc: The title. }");

        AssertSingle(yaml, "PRG011", "field 'title' of type 'Source' needs a type, such as 'string', 'fuzzy-date' or 'Source[]'", Position(yaml, "{ doc: The title. }"));
    }

    [Theory]
    [InlineData("\"12345\"", "'imei': '12345' is not an IMEI: an IMEI is exactly 15 digits")]
    [InlineData("\"49015420323751X\"", "'imei': '49015420323751X' is not an IMEI: an IMEI is exactly 15 digits")]
    public void MalformedImei_ReportsPRG012(string value, string message)
    {
        var yaml = Replace(Small, "imei: \"490154203237518\"", "imei: " + value);

        AssertSingle(yaml, "PRG012", message, Position(yaml, value));
    }

    [Fact]
    public void ImeiWithWrongCheckDigit_IsNotAnError()
    {
        var yaml = Replace(Small, "imei: \"490154203237518\"", "imei: \"490154203237519\"");

        Assert.Empty(CatalogReader.ReadText(yaml, File).Diagnostics);
    }

    [Fact]
    public void MalformedTac_ReportsPRG012()
    {
        var yaml = Replace(Small, "tac: \"49015420\"", "tac: \"4901542\"");

        AssertSingle(yaml, "PRG012", "'tac': '4901542' is not a TAC: a TAC is exactly 8 digits", Position(yaml, "\"4901542\""));
    }

    [Fact]
    public void DeepNesting_ReportsPRG013AtTheLevelPastTheLimit()
    {
        var yaml = "schema: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        AssertSingle(yaml, "PRG013", "nesting deeper than 64 levels", (1, 9 + 63));
    }

    [Fact]
    public void TooManyEntities_ReportsPRG013()
    {
        var limits = new ReaderLimits { MaxEntities = 2 };

        var diagnostic = Assert.Single(CatalogReader.ReadText(Small, File, limits).Diagnostics);

        Assert.Equal("PRG013", diagnostic.Code);
        Assert.Equal("more than 2 entities", diagnostic.Message);
        Assert.Equal(Position(Small, "pyongyang-2425:"), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Theory]
    [InlineData('a', 101, true)]
    [InlineData('a', 100, false)]
    [InlineData('\u00E9', 51, true)]
    [InlineData('\u00E9', 50, false)]
    [InlineData('\uAC00', 34, true)]
    [InlineData('\uAC00', 33, false)]
    public void SizeLimit_CountsUtf8Bytes_FromTextAndFromBytesAlike(char c, int count, bool over)
    {
        // The generator sees text, the console bytes: both count the file's UTF-8 bytes against one limit.
        var limits = new ReaderLimits { MaxFileBytes = 100 };
        var text = new string(c, count);

        var fromText = CatalogReader.ReadText(text, File, limits).Diagnostics.Any(d => d.Code == "PRG013");
        var fromBytes = CatalogReader.ReadBytes(Encoding.UTF8.GetBytes(text), File, limits).Diagnostics.Any(d => d.Code == "PRG013");

        Assert.Equal(over, fromText);
        Assert.Equal(over, fromBytes);
    }

    [Fact]
    public void OversizedFile_ReportsPRG013BeforeParsing()
    {
        var limits = new ReaderLimits { MaxFileBytes = 100 };

        var diagnostic = Assert.Single(CatalogReader.ReadBytes(Encoding.UTF8.GetBytes(Small), File, limits).Diagnostics);

        Assert.Equal("PRG013", diagnostic.Code);
        Assert.StartsWith("the file is ", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Anchor_ReportsPRG014()
    {
        var yaml = Replace(Small, "name: Acme", "name: &n Acme");

        AssertSingle(yaml, "PRG014", "anchor '&n' is not allowed in a catalog; write each value where it is used", Position(yaml, "&n Acme"));
    }

    [Fact]
    public void AliasBomb_ReportsPRG014AtFirstAlias()
    {
        const string yaml = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n";

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal("PRG014", diagnostic.Code);
        Assert.Equal((1, 4), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void SecondDocument_ReportsPRG014()
    {
        var yaml = Small + "\n---\nmore: 1\n";

        AssertSingle(yaml, "PRG014", "a catalog is one YAML document; remove the second '---' and what follows it, or merge it into the first", Position(yaml, "---"));
    }

    [Fact]
    public void MergeKey_ReportsPRG014()
    {
        var yaml = Replace(Small, "      name: Acme\n", "      <<: {name: Acme}\n");

        AssertSingle(yaml, "PRG014", "merge keys ('<<') are not allowed in a catalog; write the fields out", Position(yaml, "<<"));
    }

    [Fact]
    public void Tag_ReportsPRG014()
    {
        var yaml = Replace(Small, "units: 12", "units: !!int 12");

        AssertSingle(yaml, "PRG014", "tag 'tag:yaml.org,2002:int' is not allowed in a catalog; the schema gives every value its type", Position(yaml, "!!int"));
    }

    [Fact]
    public void InvalidUtf8_ReportsPRG015AtLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(Replace(Small, "name: Acme", "name: AcXme")).ToArray();
        var index = System.Array.IndexOf(bytes, (byte)'X');
        bytes[index] = 0xC3;

        var diagnostic = Assert.Single(CatalogReader.ReadBytes(bytes, File).Diagnostics);

        Assert.Equal("PRG015", diagnostic.Code);
        Assert.Equal("invalid UTF-8 byte 0xC3; save the file as UTF-8", diagnostic.Message);
        var expected = Position(Small, "name: Acme");
        Assert.Equal((expected.Line, expected.Column + 8), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Utf8Bom_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Small)).ToArray();

        Assert.Empty(CatalogReader.ReadBytes(bytes, File).Diagnostics);
    }

    [Fact]
    public void CrLfLineEndings_GiveTheSameLines()
    {
        var yaml = Replace(Small, "maker: acme", "maker: acmee").Replace("\n", "\r\n", System.StringComparison.Ordinal);

        AssertSingle(yaml, "PRG008", "no Maker has key 'acmee'; did you mean 'acme'?", Position(yaml, "acmee"));
    }

    [Fact]
    public void ControlCharacter_ReportsPRG015()
    {
        var yaml = Replace(Small, "name: Acme", "name: Ac\u0001me");

        AssertSingle(yaml, "PRG015", "the file holds control character U+0001, which YAML does not allow", Position(yaml, "\u0001"));
    }

    [Theory]
    [InlineData('\u0090', false)]
    [InlineData('\u007F', false)]
    [InlineData('\uFFFE', false)]
    [InlineData('\u0085', false)]
    [InlineData('\u2028', false)]
    [InlineData('\u2029', false)]
    [InlineData('\u00A0', true)]
    [InlineData('\uAC00', true)]
    [InlineData('\uFFFD', false)]
    public void Characters_FollowYamlsPrintableSet(char c, bool allowed)
    {
        var yaml = Replace(Small, "name: Acme", "name: \"Ac" + c + "me\"");

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.Equal(allowed, !diagnostics.Any(d => d.Code == "PRG015"));
    }

    [Fact]
    public void EveryUtf16CodeUnit_IsAllowedExactlyWhenYamlPrintsItAndToolsAgreeOnIt()
    {
        for (var i = 0; i <= 0xFFFF; i++)
        {
            var c = (char)i;

            // YAML 1.2 c-printable (tab, LF, CR, x20-x7E, NEL, xA0-xD7FF, xE000-xFFFD, surrogates for the
            // planes above), minus NEL, LS, PS and U+FFFD.
            var printable = i is 0x09 or 0x0A or 0x0D || (i >= 0x20 && i <= 0x7E) || i == 0x85 || (i >= 0xA0 && i <= 0xD7FF) || (i >= 0xD800 && i <= 0xDFFF) || (i >= 0xE000 && i <= 0xFFFD);
            var expected = printable && i is not (0x85 or 0x2028 or 0x2029 or 0xFFFD);
            Assert.True(expected == PhoneRules.Schema.Yaml.CatalogText.IsAllowed(c), $"U+{i:X4}");
        }
    }

    [Fact]
    public void EveryUtf16CodeUnit_InText_IsRefusedExactlyWhenNotAllowed_AtItsPlace()
    {
        // The text check has a quick path for printable ASCII and line feeds; every code unit that is no surrogate
        // half goes through it or the full test, so each is tried between allowed ones on a second line.
        for (var i = 0; i <= 0xFFFF; i++)
        {
            if (i is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var diagnostics = new System.Collections.Generic.List<CatalogDiagnostic>();
            var text = "a: 1\n b" + (char)i + "~ \t\r\n";

            var accepted = PhoneRules.Schema.Yaml.CatalogText.CheckCharacters(text, File, diagnostics);

            Assert.True(accepted == PhoneRules.Schema.Yaml.CatalogText.IsAllowed((char)i), $"U+{i:X4}");
            if (!accepted)
            {
                var diagnostic = Assert.Single(diagnostics);
                Assert.Equal(("PRG015", 2, 3), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
            }
            else
            {
                Assert.Empty(diagnostics);
            }
        }
    }

    [Fact]
    public void EverySurrogateHalf_Alone_IsRefusedWhereItIs_AndAPairIsOneCharacter()
    {
        // Text handed over decoded (the generator's view) can hold half a pair, which has no UTF-8 form.
        for (var i = 0xD800; i <= 0xDFFF; i++)
        {
            var half = ((char)i).ToString();
            var yaml = Replace(Small, "name: Acme", "name: \"Ac" + half + "me\"");

            var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

            Assert.Equal("PRG015", diagnostic.Code);
            Assert.Equal($"the file holds U+{i:X4}, half of a surrogate pair without the other half, which is no character; save the file as UTF-8", diagnostic.Message);
            Assert.Equal(Position(Small, "Acme") with { Column = Position(Small, "Acme").Column + 3 }, (diagnostic.Span.Line, diagnostic.Span.Column));
        }

        Assert.Empty(CatalogReader.ReadText(Replace(Small, "name: Acme", "name: \"Ac\uD83D\uDE00me \uDBFF\uDFFF\uD800\uDC00\""), File).Diagnostics);
        Assert.Equal("U+DE00", Refused(Replace(Small, "name: Acme", "name: \"Ac\uDE00\uD83Dme\"")));
        Assert.Equal("U+D83D", Refused(Replace(Small, "name: Acme", "name: \"Ac\uD83D\uD83D\uDE00me\"")));
        Assert.Equal("U+D83D", Refused(Small + "\uD83D"));

        static string Refused(string yaml) => Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics).Message.Substring("the file holds ".Length, 6);
    }

    [Fact]
    public void ReferenceCycle_ReportsPRG016()
    {
        var yaml = Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        parent: Maker?\n")
            .Replace("      country: CN\n", "      country: CN\n      parent: other\n    other:\n      name: Other\n      country: CN\n      parent: acme\n", System.StringComparison.Ordinal);

        AssertSingle(yaml, "PRG016", "Maker 'other' refers to Maker 'acme', which refers back to it; break the cycle", Position(yaml, "acme\n"));
    }

    [Fact]
    public void InvalidKey_ReportsPRG018()
    {
        var yaml = Replace(Small, "    acme:\n", "    Acme Corp:\n").Replace("maker: acme", "maker: acme-corp", System.StringComparison.Ordinal);

        // The reference to the refused key is not reported again as dangling (PRG008).
        AssertSingle(yaml, "PRG018", "'Acme Corp' is not a valid key: use lower-case letters, digits and single hyphens, such as pyongyang-2425", Position(yaml, "Acme Corp:"));
    }

    [Theory]
    [InlineData("Acme", "acme")]
    [InlineData("ACME_CORP", "acme-corp")]
    [InlineData("acme--corp", "acme-corp")]
    public void ReferenceToARefusedKey_IsNoSecondError(string key, string reference)
    {
        var yaml = Replace(Small, "    acme:\n", $"    {key}:\n").Replace("maker: acme", "maker: " + reference, System.StringComparison.Ordinal);

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal("PRG018", diagnostic.Code);
    }

    [Fact]
    public void ReferenceToAnEntityPastTheLimit_IsNoSecondError()
    {
        // The limit is passed at acme (the second entity); pyongyang-2425, past it too, is not read, and the
        // limit is reported once.
        var limits = new ReaderLimits { MaxEntities = 1 };

        var diagnostic = Assert.Single(CatalogReader.ReadText(Small, File, limits).Diagnostics);

        Assert.Equal(("PRG013", "more than 1 entity"), (diagnostic.Code, diagnostic.Message));
        Assert.Equal(Position(Small, "acme:"), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void ReferenceToAnEntityPastTheLimit_FromOneWithin_IsNoSecondError()
    {
        // Models first: the model is read, its maker lies past the limit and is not a dangling reference.
        var yaml = Replace(Small, "  Maker:\n    acme:\n      name: Acme\n      country: CN\n", string.Empty) + "\n  Maker:\n    acme:\n      name: Acme\n      country: CN\n";
        var limits = new ReaderLimits { MaxEntities = 2 };

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File, limits).Diagnostics);

        Assert.Equal("PRG013", diagnostic.Code);
    }

    private static void AssertSingle(string yaml, string code, string message, (int Line, int Column) position)
    {
        var result = CatalogReader.ReadText(yaml, File);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(position, (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal(CatalogSeverity.Error, diagnostic.Severity);
    }
}
