using System;
using System.Linq;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// Values at the edges of their class: default plurals, booleans and URLs as written, entities and settings
/// that are not mappings, and long names shortened in messages at exactly 60 characters.
/// </summary>
public sealed class ValueEdgeTests
{
    private const string File = "catalog.yaml";

    [Theory]
    [InlineData("Battery", "Batteries")]
    [InlineData("Day", "Days")]
    [InlineData("Key2y", "Key2ies")]
    [InlineData("Y", "Ys")]
    [InlineData("Glass", "Glass")]
    [InlineData("Phone", "Phones")]
    public void DefaultPlural_FollowsEnglishSpelling(string name, string plural)
    {
        var yaml = Replace(Small, "    Maker:\n      fields:", $"    {name}:\n      fields:");
        yaml = yaml[..yaml.IndexOf("settings:\n  late-days", StringComparison.Ordinal)].Replace("maker: Maker", "maker: " + name, StringComparison.Ordinal) + "data: {}\n";

        var result = CatalogReader.ReadText(yaml, File);

        Assert.Equal(plural, result.Schema!.Types.Single(t => t.Name == name).Plural);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Bool_AsWritten(string text, bool value)
    {
        var yaml = Replace(Small, "domestic: true", "domestic: " + text);

        var result = CatalogReader.ReadText(yaml, File);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(value, result.Document!.Entities.Single(e => e.Key == "pyongyang-2425").Get("domestic")!.Value);
    }

    [Theory]
    [InlineData("'true'")]
    [InlineData("\"false\"")]
    [InlineData("True")]
    [InlineData("yes")]
    public void Bool_QuotedOrOtherwiseSpelled_IsWrongType(string text)
    {
        var yaml = Replace(Small, "domestic: true", "domestic: " + text);

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal(("PRG005", Position(yaml, text)), (diagnostic.Code, (diagnostic.Span.Line, diagnostic.Span.Column)));
    }

    [Theory]
    [InlineData("http://example.org/seed", true)]
    [InlineData("https://example.org/seed", true)]
    [InlineData("ftp://example.org/seed", false)]
    [InlineData("file:///seed", false)]
    [InlineData("example.org/seed", false)]
    public void Url_OnlyHttpAndHttps(string url, bool valid)
    {
        var yaml = Replace(Small, "url: https://example.org/seed", "url: " + url);

        var result = CatalogReader.ReadText(yaml, File);

        if (valid)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(new Uri(url), result.Document!.Entities.Single(e => e.Key == "seed").Get("url")!.Value);
        }
        else
        {
            Assert.Equal(Position(yaml, url), (Assert.Single(result.Diagnostics).Span.Line, result.Diagnostics[0].Span.Column));
        }
    }

    [Theory]
    [InlineData("x", "a single value")]
    [InlineData("[x]", "a list")]
    public void EntityThatIsNotAMapping_SaysWhatItIs(string value, string kind)
    {
        var yaml = Replace(Small, "    acme:\n      name: Acme\n      country: CN\n", "    acme: " + value + "\n");

        var diagnostic = CatalogReader.ReadText(yaml, File).Diagnostics[0];

        Assert.Equal(("PRG005", $"Maker 'acme' expects a mapping of fields, not {kind}", Position(yaml, value + "\n")), (diagnostic.Code, diagnostic.Message, (diagnostic.Span.Line, diagnostic.Span.Column)));
    }

    [Fact]
    public void SettingsThatAreNotAMapping_SayWhatTheyAre()
    {
        var yaml = Replace(Small, "settings:\n  late-days: 90\n", "settings: [90]\n");

        var diagnostic = CatalogReader.ReadText(yaml, File).Diagnostics[0];

        Assert.Equal(("PRG005", "'settings' expects a mapping of fields, not a list", Position(yaml, "[90]")), (diagnostic.Code, diagnostic.Message, (diagnostic.Span.Line, diagnostic.Span.Column)));
    }

    [Theory]
    [InlineData(59)]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    public void LongUnknownFieldName_IsShortenedPast60Characters(int length)
    {
        var name = "z" + new string('q', length - 1);
        var yaml = Replace(Small, "      name: Acme\n", "      name: Acme\n      " + name + ": x\n");

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        var shown = length <= 60 ? name : name[..57] + "...";
        Assert.Equal(("PRG003", $"Maker 'acme' has no field '{shown}'"), (diagnostic.Code, diagnostic.Message));
    }

    [Theory]
    [InlineData("acme-zeta-09", false)]
    [InlineData("acme_zeta_09", false)]
    [InlineData("ACME ZETA 09", false)]
    [InlineData(" acme--zeta 09 ", false)]
    [InlineData("acmezeta09", true)]
    [InlineData("cme-zeta-09", true)]
    [InlineData("acme-eta-09", true)]
    [InlineData("acme-zeta-9", true)]
    [InlineData("acme-zeta-0", true)]
    public void ReferenceToARefusedKey_IsNotReportedAgain_WhenItMatchesLoosely(string reference, bool dangling)
    {
        // "Acme Zeta 09" is refused as a key; a reference written any way that loosely spells it is not dangling.
        var yaml = Replace(Replace(Small, "    acme:\n", "    acme:\n      name: Acme\n      country: CN\n    Acme Zeta 09:\n"), "maker: acme", $"maker: '{reference}'");

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.Equal("PRG018", diagnostics[0].Code);
        Assert.Equal(dangling ? 2 : 1, diagnostics.Count);
        if (dangling)
        {
            Assert.Equal("PRG008", diagnostics[1].Code);
            Assert.StartsWith($"no Maker has key '{reference}'", diagnostics[1].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SchemaText_IsTheSectionAsWritten_WhereverItIsInTheFile()
    {
        var section = Small[..Small.IndexOf("settings:\n  late-days", StringComparison.Ordinal)];
        var yaml = "# A header.\n" + Small[section.Length..] + "\n" + section;

        var schema = CatalogReader.ReadText(yaml, File).Schema!;

        Assert.Equal(section.TrimEnd() + "\n", schema.Text);
        Assert.Equal(CatalogReader.ReadText(Small, File).Schema!.Fingerprint, schema.Fingerprint);
    }

    [Theory]
    [InlineData("      name: Acme\n", "      name: ~\n", "name: ~")]
    [InlineData("      name: Acme\n", "", "acme:")]
    public void MissingRequiredField_IsReportedAtItsNullValueOrElseAtTheEntityKey(string from, string to, string marker)
    {
        var yaml = Replace(Small, from, to);

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, File).Diagnostics);

        Assert.Equal(("Maker 'acme' is missing required field 'name'", Position(yaml, marker)), (diagnostic.Message, (diagnostic.Span.Line, diagnostic.Span.Column)));
    }

    [Theory]
    [InlineData("name: Pyongyang 2425", "name", "text")]
    [InlineData("units: 12", "units", "a whole number")]
    [InlineData("price: 300.5", "price", "a number such as 80.7")]
    [InlineData("domestic: true", "domestic", "true or false")]
    [InlineData("announced: 2020-04-08", "announced", "a date such as 2017-12-22")]
    [InlineData("released: 2019-10/2019-12", "released", "a fuzzy date such as 2019-10/2019-12")]
    [InlineData("url: https://example.org/seed", "url", "an http or https URL")]
    [InlineData("country: CN", "country", "a country code such as KP")]
    [InlineData("imei: \"490154203237518\"", "imei", "a 15-digit IMEI")]
    [InlineData("tac: \"49015420\"", "tac", "an 8-digit TAC")]
    [InlineData("confidence: high", "confidence", "one of high, low")]
    [InlineData("maker: acme", "maker", "the key of a Maker")]
    public void ListWhereOneValueIsExpected_SaysWhatTheFieldExpects(string line, string field, string expects)
    {
        var yaml = Replace(Small, line, field + ": [x]");

        var diagnostics = CatalogReader.ReadText(yaml, File).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == "PRG005" && d.Message == $"'{field}' expects {expects}, not a list" && (d.Span.Line, d.Span.Column) == Position(yaml, field + ": [x]") with { Column = Position(yaml, field + ": [x]").Column + field.Length + 2 });
    }
}
