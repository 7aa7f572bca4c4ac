using System;
using System.Linq;
using PhoneRules.Analysis.Facts;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// <see cref="DateVersions.Dated"/> is the cheap test PR001 and PR005 match a model by before they bind its versions:
/// it must answer exactly whether <see cref="DateVersions.Of"/> has a version, whoever dates the event.
/// </summary>
public sealed class DateVersionsTests
{
    [Fact]
    public void Dated_IsWhetherThereIsAVersion_ForEveryModelAndEventOfTheShippedCatalog()
    {
        var index = new CatalogIndex(Catalog.Data);
        var answers = Catalog.Data.Models
            .SelectMany(m => Enum.GetValues<DateEvent>().Select(e => (Model: m, Event: e)))
            .Select(p => (Dated: DateVersions.Dated(index, p.Model, p.Event), Versions: DateVersions.Of(index, p.Model, p.Event).Count))
            .ToList();

        Assert.All(answers, a => Assert.Equal(a.Versions > 0, a.Dated));
        Assert.Contains(answers, a => a.Dated);
        Assert.Contains(answers, a => !a.Dated);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("2019-04", null, true)]
    [InlineData(null, "state-media-unveiling", true)]
    [InlineData(null, "market-release", false)]
    [InlineData("2019-04", "market-release", true)]
    public void Dated_CountsTheCatalogsDateAndClaimsAboutTheSameEventOnly(string? unveiled, string? claimedEvent, bool dated)
    {
        var catalog = new TestCatalog().Model("m", released: "2019-01", unveiled: unveiled);
        if (claimedEvent is not null)
        {
            catalog.Add("DateClaim", "c", $"model: m\nevent: {claimedEvent}\ndate: 2019-06\nconfidence: medium\nsources: [s1]");
        }

        var data = catalog.Build();
        var index = new CatalogIndex(data);
        var model = data.Models.Single();

        Assert.Equal(dated, DateVersions.Dated(index, model, DateEvent.StateMediaUnveiling));
        Assert.Equal(dated, DateVersions.Of(index, model, DateEvent.StateMediaUnveiling).Count > 0);
        Assert.True(DateVersions.Dated(index, model, DateEvent.MarketRelease));
        Assert.Equal(claimedEvent == "manufacture", DateVersions.Dated(index, model, DateEvent.Manufacture));
    }
}
