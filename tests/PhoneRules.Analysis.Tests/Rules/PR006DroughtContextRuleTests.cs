using PhoneRules.Analysis.Findings;
using PhoneRules.Analysis.Rules;
using PhoneRules.Analysis.Rules.Support;
using static PhoneRules.Analysis.Tests.RuleFixture;

namespace PhoneRules.Analysis.Tests.Rules;

public sealed class PR006DroughtContextRuleTests
{
    private static readonly System.Type[] s_chain = [typeof(PR003ReleaseDroughtRule), typeof(AnalysisYearsRule), typeof(ReleaseCountRule)];

    [Fact]
    public void Fire_DroughtYearWithTradeCollapse_Fires()
    {
        var catalog = Drought().Add("TradeYear", "cn-2020", Trade(2020, "-80.7")).Build();

        var finding = Assert.Single(Fire<PR006DroughtContextRule>(catalog, s_chain));

        Assert.Equal("2020", finding.SubjectKey);
        Assert.Equal(FindingConfidence.Certain, finding.Confidence);
        Assert.Equal("539.1 million USD with CN, -80.7%", Evidence(finding, "trade cn-2020"));
        Assert.Equal("The 2020 release drought coincides with a trade collapse.", finding.Message);
    }

    [Fact]
    public void Fire_DroughtYearWithSmallTradeDip_DoesNotFire()
    {
        var catalog = Drought().Add("TradeYear", "cn-2020", Trade(2020, "-40")).Build();

        Assert.Empty(Fire<PR006DroughtContextRule>(catalog, s_chain));
    }

    [Fact]
    public void Fire_TradeFallExactlyAtThreshold_Fires()
    {
        var catalog = Drought().Add("TradeYear", "cn-2020", Trade(2020, "-50")).Build();

        Assert.Single(Fire<PR006DroughtContextRule>(catalog, s_chain));
    }

    [Fact]
    public void Fire_DroughtYearWithBorderClosure_Fires()
    {
        var catalog = Drought()
            .Add("ContextEvent", "closure", "name: Border shut\nkind: border-closure\ndate: 2020-01-31\ndescription: d\nsources: [s1]")
            .Build();

        var finding = Assert.Single(Fire<PR006DroughtContextRule>(catalog, s_chain));

        Assert.Equal("The 2020 release drought coincides with border closures.", finding.Message);
    }

    [Fact]
    public void Fire_TradeCollapseWithoutDrought_DoesNotFire()
    {
        var catalog = Drought().Model("d1", released: "2020-02").Model("d2", released: "2020-03")
            .Add("TradeYear", "cn-2020", Trade(2020, "-80.7")).Build();

        Assert.Empty(Fire<PR006DroughtContextRule>(catalog, s_chain));
    }

    [Fact]
    public void Fire_DerivedTradeFigure_SaysItIsDerived()
    {
        var catalog = Drought().Add("TradeYear", "cn-2020", Trade(2020, "-80.7").Replace("derived: false", "derived: true", System.StringComparison.Ordinal)).Build();

        var finding = Assert.Single(Fire<PR006DroughtContextRule>(catalog, s_chain));

        Assert.Equal("539.1 million USD with CN, -80.7% (derived)", Evidence(finding, "trade cn-2020"));
    }

    private static string Trade(int year, string change) =>
        $"year: {year}\npartner: CN\nvalue-musd: 539.1\nchange-percent: {change}\nderived: false\nsources: [s1]";

    private static TestCatalog Drought() => new TestCatalog()
        .Model("a1", released: "2017-03").Model("a2", released: "2017-09")
        .Model("b1", released: "2018-03").Model("b2", released: "2018-09")
        .Model("c1", released: "2019-03").Model("c2", released: "2019-09");
}
