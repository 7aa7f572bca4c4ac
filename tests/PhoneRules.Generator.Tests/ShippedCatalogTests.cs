using System;
using System.IO;
using System.Linq;
using PhoneRules.Model;

namespace PhoneRules.Generator.Tests;

/// <summary>The real catalog.yaml, compiled into PhoneRules.Model by the generator at build time.</summary>
public sealed class ShippedCatalogTests
{
    [Fact]
    public void NamedMembers_AreTypedRecords()
    {
        var model = Catalog.Models.Pyongyang2425;

        Assert.Equal("pyongyang-2425", model.Key);
        Assert.Equal("Pyongyang 2425", model.Name);
        Assert.Same(Catalog.Series.Pyongyang, model.Series);
        Assert.Same(Catalog.Makers.Checom, model.Series.Maker);
        Assert.Equal(FuzzyDate.Parse("2019-04"), model.Unveiled);
        Assert.Equal(Confidence.Low, model.Confidence);
        Assert.Contains(Catalog.Sources.Dnk2021NoNew, model.Sources);
    }

    [Fact]
    public void RequiresInTheSchema_IsAnAttributeNamingTheAccompanyingProperty()
    {
        var schema = PhoneRules.Schema.CatalogReader.ReadText(CatalogData.SchemaText, "schema.yaml").Schema!;
        var records = typeof(PhoneModel).Assembly.GetTypes().Where(t => !t.IsNested && t.Namespace == typeof(PhoneModel).Namespace).ToDictionary(t => t.Name);
        var checkedFields = 0;
        foreach (var type in schema.Types)
        {
            foreach (var field in type.Fields)
            {
                var attribute = records[type.Name].GetProperty(field.Identifier)!.GetCustomAttributes(typeof(RequiresAttribute), false).Cast<RequiresAttribute>().SingleOrDefault();
                var expected = field.Requires is null ? null : type.FindField(field.Requires)!.Identifier;
                Assert.Equal(expected, attribute?.Property);
                checkedFields += field.Requires is null ? 0 : 1;
            }
        }

        Assert.True(checkedFields >= 3, $"the shipped schema ties at least three facts to their sources ({checkedFields})");
        Assert.Equal(nameof(PhoneModel.ReleasedBy), ((RequiresAttribute)typeof(PhoneModel).GetProperty(nameof(PhoneModel.Released))!.GetCustomAttributes(typeof(RequiresAttribute), false).Single()).Property);
    }

    [Fact]
    public void EveryEnumValue_IsWrittenAsTheSchemaWritesIt()
    {
        var schema = PhoneRules.Schema.CatalogReader.ReadText(CatalogData.SchemaText, "schema.yaml").Schema!;
        var enums = typeof(PhoneModel).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(PhoneModel).Namespace).ToDictionary(t => t.Name);
        var checkedValues = 0;
        foreach (var definition in schema.Enums)
        {
            foreach (var member in definition.Members)
            {
                var value = Enum.Parse(enums[definition.Name], member.Identifier);
                var written = typeof(Written).GetMethod(nameof(Written.Of))!.MakeGenericMethod(enums[definition.Name]).Invoke(null, [value]);
                Assert.Equal(member.Name, written);
                checkedValues++;
            }
        }

        Assert.Equal(schema.Enums.Sum(e => e.Members.Count), checkedValues);
        Assert.Equal("same-imei", Written.Of(MatchKind.SameImei));
        Assert.Equal("no-news", Written.Of(ExhibitionStatus.NoNews));
    }

    [Fact]
    public void Lookups_ByKey()
    {
        Assert.Same(Catalog.Models.Chollyong201, Catalog.Models.Get("chollyong-201"));
        Assert.True(Catalog.Makers.TryGet("umidigi", out var umidigi));
        Assert.Equal("CN", umidigi.Country.Value);
        Assert.False(Catalog.Models.TryGet("pyongyang-9999", out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Catalog.Models.Get("pyongyang-9999"));
    }

    [Fact]
    public void Settings_AndExactDates_AreTyped()
    {
        Assert.Equal(90, Catalog.Settings.LateAnnouncementDays);
        Assert.Same(Catalog.ContextEvents.Unscr2397, Catalog.Settings.SanctionsEvent);
        Assert.Equal(new System.DateOnly(2017, 12, 22), Catalog.ContextEvents.Unscr2397.Date);
        Assert.Equal("KP", Catalog.Settings.DomesticCountry.Value);
    }

    [Fact]
    public void Locations_PointAtTheKeysInCatalogYaml()
    {
        var lines = File.ReadAllLines(FindCatalog());

        foreach (var model in Catalog.Models.All)
        {
            var line = lines[model.Location.Line - 1];
            Assert.Equal(model.Key + ":", line.Substring(model.Location.Column - 1).TrimEnd());
        }
    }

    [Fact]
    public void RuntimeLoad_OfTheSameFile_GivesEqualData()
    {
        var loaded = CatalogData.Load(FindCatalog(), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(loaded);
        Assert.Equal(Catalog.Data.Models.Select(m => m.Key), loaded.Models.Select(m => m.Key));
        Assert.Equal(Catalog.Data.Models.Select(m => (m.Name, m.Released, m.Location, m.Series.Key)), loaded.Models.Select(m => (m.Name, m.Released, m.Location, m.Series.Key)));
        Assert.Equal(Catalog.Settings with { SanctionsEvent = loaded.Settings.SanctionsEvent }, loaded.Settings);
        Assert.Equal(Catalog.Data.Entities.Count(), loaded.Entities.Count());
    }

    [Fact]
    public void RuntimeLoad_OfADifferentSchema_ReportsPRG017_NamingTheFirstDifferenceAtItsLine()
    {
        // The shipped catalog with one field more than the compiled schema has.
        var text = File.ReadAllText(FindCatalog()).Replace(
            "        note: { type: string?, doc: Anything a reader should know. }\n",
            "        note: { type: string?, doc: Anything a reader should know. }\n        colour: string?\n",
            System.StringComparison.Ordinal);
        var path = WriteTemporary(text);
        try
        {
            var loaded = CatalogData.Load(path, out var diagnostics);

            Assert.Null(loaded);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("PRG017", diagnostic.Code);
            Assert.StartsWith("this file's schema differs from the one compiled into this program: type '", diagnostic.Message, System.StringComparison.Ordinal);
            Assert.EndsWith("' has the field 'colour', which the compiled schema lacks; remove the file's 'schema' section to read it with the compiled schema, or rebuild the program with this schema", diagnostic.Message, System.StringComparison.Ordinal);
            Assert.Equal(PhoneRules.Testing.TestCatalogs.Position(text, "colour:"), (diagnostic.Span.Line, diagnostic.Span.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RuntimeLoad_OfACatalogWithoutASchemaSection_ReadsItWithTheCompiledSchema()
    {
        var text = File.ReadAllText(FindCatalog());
        var schemaEnd = text.IndexOf("\nsettings:", System.StringComparison.Ordinal);
        var withoutSchema = text[(schemaEnd + 1)..];
        Assert.StartsWith("settings:", withoutSchema, System.StringComparison.Ordinal);
        var path = WriteTemporary(withoutSchema);
        try
        {
            var loaded = CatalogData.Load(path, out var diagnostics);

            Assert.Empty(diagnostics);
            Assert.NotNull(loaded);
            Assert.Equal(Catalog.Data.Models.Select(m => (m.Key, m.Name, m.Released)), loaded.Models.Select(m => (m.Key, m.Name, m.Released)));
            Assert.Equal(Catalog.Data.Entities.Count(), loaded.Entities.Count());

            // Lines are the file's own: the first model's key moved up by the schema's length.
            var shift = text[..(schemaEnd + 1)].Count(c => c == '\n');
            Assert.Equal(Catalog.Data.Models[0].Location.Line - shift, loaded.Models[0].Location.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CompiledSchemaText_IsTheSchemaSectionOfTheCatalog()
    {
        var text = File.ReadAllText(FindCatalog());

        Assert.StartsWith("schema:\n", CatalogData.SchemaText, System.StringComparison.Ordinal);
        Assert.Contains("\n" + CatalogData.SchemaText.TrimEnd() + "\n", text, System.StringComparison.Ordinal);
        Assert.Equal(CatalogData.SchemaFingerprint, PhoneRules.Schema.CatalogReader.ReadText(CatalogData.SchemaText, "schema.yaml").Schema!.Fingerprint);
    }

    private static string WriteTemporary(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "phonerules-catalog-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static string FindCatalog()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "catalog.yaml")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new FileNotFoundException("catalog.yaml not found above the test output."), "catalog.yaml");
    }
}
