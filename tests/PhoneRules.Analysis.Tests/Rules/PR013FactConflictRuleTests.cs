using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR013FactConflictRuleTests
{
    private static readonly System.Type[] s_support = [];

    [Fact]
    public void Fire_AnotherName_Fires()
    {
        var catalog = new TestCatalog().Model("m").Add("FactClaim", "n", Claim("name", "Model 21")).Build();

        var finding = Assert.Single(Fire<PR013FactConflictRule>(catalog, s_support));

        Assert.Equal("n", finding.SubjectKey);
        Assert.Equal("FactClaim", finding.SubjectType);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("Sources give Model m's name as \"Model 21\"; the catalog records \"Model m\".", finding.Message);
        Assert.Equal("Model 21", Evidence(finding, "claim n"));
        Assert.Equal("Model m", Evidence(finding, "name"));
    }

    [Theory]
    [InlineData("Model m")]
    [InlineData("model M")]
    [InlineData("  Model m ")]
    public void Fire_TheSameName_DoesNotFire(string says)
    {
        var catalog = new TestCatalog().Model("m").Add("FactClaim", "n", Claim("name", $"\"{says}\"")).Build();

        Assert.Empty(Fire<PR013FactConflictRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_AnotherMaker_FiresNamingEveryRecordedMaker()
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", imei: null, reportedModel: "X1")
            .Add("FactClaim", "k", Claim("maker", "Third Maker")).Build();

        var finding = Assert.Single(Fire<PR013FactConflictRule>(catalog, s_support));

        Assert.Equal("Sources give Model m's maker as \"Third Maker\"; the catalog records \"Abroad Maker\".", finding.Message);
        Assert.Equal("Abroad Maker", Evidence(finding, "imei-lookup l"));
    }

    [Theory]
    [InlineData("Abroad Maker")]
    [InlineData("abroad")]
    public void Fire_AMakerTheCatalogRecords_ByNameOrKey_DoesNotFire(string says)
    {
        var catalog = new TestCatalog().Model("m").Lookup("l", "m", imei: null)
            .Add("FactClaim", "k", Claim("maker", says)).Build();

        Assert.Empty(Fire<PR013FactConflictRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_AMakerOfTheSeriesOrAMatch_Agrees()
    {
        var catalog = new TestCatalog()
            .Add("Series", "sold", "name: Sold\nmaker: home\nsources: [s1]")
            .Model("m", series: "sold")
            .Add("AppearanceMatch", "x", "model: m\nforeign-device: F1\nforeign-maker: abroad\nkind: appearance\nconfidence: medium\nsources: [s1]")
            .Add("FactClaim", "a", Claim("maker", "Home Maker"))
            .Add("FactClaim", "b", Claim("maker", "Abroad Maker"))
            .Add("FactClaim", "c", Claim("maker", "Nobody"))
            .Build();

        var finding = Assert.Single(Fire<PR013FactConflictRule>(catalog, s_support));

        Assert.Equal("c", finding.SubjectKey);
        Assert.Equal("Home Maker", Evidence(finding, "series maker home"));
        Assert.Equal("Abroad Maker", Evidence(finding, "match x"));
    }

    [Fact]
    public void Fire_AMakerWhereTheCatalogRecordsNone_DoesNotFire()
    {
        var catalog = new TestCatalog().Model("m").Add("FactClaim", "k", Claim("maker", "Someone")).Build();

        Assert.Empty(Fire<PR013FactConflictRule>(catalog, s_support));
    }

    [Fact]
    public void Fire_ALowClaim_IsOnlyPossible()
    {
        var catalog = new TestCatalog().Model("m").Add("FactClaim", "n", Claim("name", "Other", "low")).Build();

        Assert.Equal(FindingConfidence.Possible, Assert.Single(Fire<PR013FactConflictRule>(catalog, s_support)).Confidence);
    }

    [Fact]
    public void Fire_AMakerByKey_AgreesWhenAnyRecordedMakerIsIt()
    {
        // The series names Home Maker and the match Abroad Maker: a claim of either key agrees, though the other
        // maker is recorded too; a key of no recorded maker does not.
        var catalog = new TestCatalog()
            .Add("Maker", "third", "name: Third Maker\ncountry: TW\nsources: [s1]")
            .Add("Series", "sold", "name: Sold\nmaker: home\nsources: [s1]")
            .Model("m", series: "sold")
            .Add("AppearanceMatch", "x", "model: m\nforeign-device: F1\nforeign-maker: abroad\nkind: appearance\nconfidence: medium\nsources: [s1]")
            .Add("FactClaim", "a", Claim("maker", "home"))
            .Add("FactClaim", "b", Claim("maker", " ABROAD "))
            .Add("FactClaim", "c", Claim("maker", "third"))
            .Build();

        var finding = Assert.Single(Fire<PR013FactConflictRule>(catalog, s_support));

        Assert.Equal("c", finding.SubjectKey);
    }

    private static string Claim(string topic, string says, string confidence = "medium") =>
        $"model: m\ntopic: {topic}\nsays: {says}\nconfidence: {confidence}\nsources: [s1]";
}
