using System.Linq;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR014ConfidenceUnsupportedRuleTests
{
    private static readonly System.Type[] s_support = [];

    [Fact]
    public void Fire_HighOnOneSource_Fires()
    {
        var catalog = Graded("high", "[a]").Build();

        var finding = Assert.Single(Fire<PR014ConfidenceUnsupportedRule>(catalog, s_support));

        Assert.Equal("PhoneModel", finding.SubjectType);
        Assert.Equal("g", finding.SubjectKey);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("PhoneModel g is graded high on one outlet (Outlet A): high needs two independent outlets or a primary record; medium fits.", finding.Message);
        Assert.Equal("1: Outlet A", Evidence(finding, "outlets"));
        Assert.Equal("0", Evidence(finding, "independent-pairs"));
    }

    [Fact]
    public void Fire_HighOnTwoIndependentOutlets_DoesNotFire()
    {
        Assert.Empty(Fire<PR014ConfidenceUnsupportedRule>(Graded("high", "[a, b]").Build(), s_support));
    }

    [Theory]
    [InlineData("medium")]
    [InlineData("low")]
    public void Fire_BelowHigh_DoesNotFire(string confidence)
    {
        Assert.Empty(Fire<PR014ConfidenceUnsupportedRule>(Graded(confidence, "[a]").Build(), s_support));
    }

    [Fact]
    public void Fire_HighOnTwoArticlesOfOneOutlet_Fires()
    {
        var catalog = Graded("high", "[a, a2]").Build();

        var finding = Assert.Single(Fire<PR014ConfidenceUnsupportedRule>(catalog, s_support));

        Assert.Equal("1: Outlet A", Evidence(finding, "outlets"));
    }

    [Fact]
    public void Fire_HighOnASourceAndItsRepeat_Fires()
    {
        var catalog = Graded("high", "[a, echo]").Build();

        var finding = Assert.Single(Fire<PR014ConfidenceUnsupportedRule>(catalog, s_support));

        Assert.Equal("Outlet E, repeats a", Evidence(finding, "source echo"));
    }

    [Fact]
    public void Fire_HighOnOnePrimaryRecord_DoesNotFire()
    {
        Assert.Empty(Fire<PR014ConfidenceUnsupportedRule>(Graded("high", "[un]").Build(), s_support));
    }

    [Fact]
    public void Fire_EveryGradedType_IsJudged()
    {
        var catalog = Graded("medium", "[a]")
            .Lookup("l", "g", imei: null, confidence: "high")
            .Add("AppearanceMatch", "x", "model: g\nforeign-device: F1\nforeign-maker: abroad\nkind: appearance\nconfidence: high\nsources: [a]")
            .Add("DateClaim", "d", "model: g\nevent: market-release\ndate: 2019\nconfidence: high\nsources: [a]")
            .Add("FactClaim", "f", "model: g\ntopic: name\nsays: G\nconfidence: high\nsources: [a]")
            .Build();

        var findings = Fire<PR014ConfidenceUnsupportedRule>(catalog, s_support);

        Assert.Equal(["AppearanceMatch x", "DateClaim d", "FactClaim f", "ImeiLookup l"], findings.Select(f => f.SubjectType + " " + f.SubjectKey).OrderBy(s => s, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Outlets_SamePublisher_IgnoresCaseAndSpaces()
    {
        Assert.True(Outlets.SameOutlet("Daily NK", " daily nk "));
        Assert.False(Outlets.SameOutlet("Daily NK", "NK News"));
    }

    [Fact]
    public void Outlets_Independence_FollowsEveryRepeatsLink()
    {
        var catalog = Graded("medium", "[a]").Build();
        var source = catalog.Sources.ToDictionary(s => s.Key);

        Assert.True(Outlets.Independent(source["a"], source["b"]));
        Assert.False(Outlets.Independent(source["a"], source["a2"]));
        Assert.False(Outlets.Independent(source["a"], source["echo"]));
        Assert.False(Outlets.Independent(source["echo"], source["a2"]));
        Assert.False(Outlets.Independent(source["echo2"], source["a"]));
        Assert.False(Outlets.Independent(source["echo2"], source["echo"]));
        Assert.True(Outlets.Independent(source["echo2"], source["b"]));
        Assert.Same(source["a"], Outlets.Origin(source["echo2"]));
        Assert.Equal(new Outlets.Support(3, 2, 0, 2), Outlets.Weigh([source["a"], source["echo"], source["b"]]));
    }

    [Fact]
    public void Outlets_ARepeatsCycle_Ends()
    {
        var catalog = Graded("medium", "[a]").Build();
        var a = catalog.Sources.Single(s => s.Key == "a");
        var b = catalog.Sources.Single(s => s.Key == "b");
        var first = a with { Repeats = b };
        var second = b with { Repeats = first };

        Assert.NotNull(Outlets.Origin(second));
        Assert.False(Outlets.Independent(first, second));
    }

    [Fact]
    public void Fire_HighOnOneOutlet_ListsEveryEvidenceLine()
    {
        var catalog = Graded("high", "[a, a2]").Build();

        var finding = Assert.Single(Fire<PR014ConfidenceUnsupportedRule>(catalog, s_support));

        Assert.Equal("PhoneModel g is graded high on one outlet (Outlet A): high needs two independent outlets or a primary record; medium fits.", finding.Message);
        Assert.Equal(
            ["confidence=high", "outlets=1: Outlet A", "primary-records=0", "independent-pairs=0", "source a=Outlet A", "source a2=outlet a"],
            finding.Evidence.Select(e => e.Field + "=" + e.Value));
        Assert.Equal(["a2"], finding.Evidence.Single(e => e.Field == "source a2").Sources);
    }

    [Fact]
    public void Fire_HighOnTwoOutletsThatAreNotIndependent_NamesBoth()
    {
        // c is published by Outlet B but repeats a (Outlet A): two outlets, yet c and b are one outlet.
        var catalog = Graded("high", "[c, b]").Add("Source", "c", "publisher: Outlet B\ntitle: T3\nrepeats: a\nconfidence: medium").Build();

        var finding = Assert.Single(Fire<PR014ConfidenceUnsupportedRule>(catalog, s_support));

        Assert.Equal("PhoneModel g is graded high on outlets that are not independent (Outlet A, Outlet B): high needs two independent outlets or a primary record; medium fits.", finding.Message);
        Assert.Equal("2: Outlet A, Outlet B", Evidence(finding, "outlets"));
        Assert.Equal("Outlet B, repeats a", Evidence(finding, "source c"));
        Assert.Equal("Outlet B", Evidence(finding, "source b"));
    }

    [Fact]
    public void Report_NoSource_SaysSoAndListsNoOutlet()
    {
        var catalog = Graded("high", "[a]").Build();
        var entry = new GradedEntry(catalog.Models.Single(), "PhoneModel", PhoneRules.Model.Confidence.High, []);

        var finding = PR014ConfidenceUnsupportedRule.Report(new CatalogIndex(catalog), entry, Outlets.Weigh([]));

        Assert.Equal("PhoneModel g is graded high on no source: high needs two independent outlets or a primary record; medium fits.", finding.Message);
        Assert.Equal(
            ["confidence=high", "outlets=none", "primary-records=0", "independent-pairs=0"],
            finding.Evidence.Select(e => e.Field + "=" + e.Value));
    }

    // A model graded `confidence` on `sources`: a and a2 (one outlet), b (another), echo (repeats a, another
    // publisher), echo2 (repeats echo), un (a primary record).
    private static TestCatalog Graded(string confidence, string sources) => new TestCatalog()
        .Add("Source", "a", "publisher: Outlet A\ntitle: T\nconfidence: medium")
        .Add("Source", "a2", "publisher: outlet a\ntitle: T2\nconfidence: medium")
        .Add("Source", "b", "publisher: Outlet B\ntitle: T\nconfidence: medium")
        .Add("Source", "echo", "publisher: Outlet E\ntitle: T\nrepeats: a\nconfidence: medium")
        .Add("Source", "echo2", "publisher: Outlet F\ntitle: T\nrepeats: echo\nconfidence: medium")
        .Add("Source", "un", "publisher: UN\ntitle: T\nprimary: true\nconfidence: high")
        .Add("PhoneModel", "g", $"name: G\nseries: line\nsold-as-domestic: true\nconfidence: {confidence}\nsources: {sources}");
}
