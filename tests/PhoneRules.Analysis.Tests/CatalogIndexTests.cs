using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PhoneRules.Analysis.Facts;
using PhoneRules.Model;
using PhoneRules.Testing;

namespace PhoneRules.Analysis.Tests;

/// <summary>The index's groups count distinct models the same way however many lookups a group holds.</summary>
public sealed class CatalogIndexTests
{
    private static readonly PhoneModel[] s_models = Enumerable.Range(0, 6).Select(i => new PhoneModel { Key = "m" + i }).ToArray();

    // Lists of 0 to 40 lookups (both sides of the small-group path) over six models, some equal in value but
    // distinct records: models are told apart by reference, as facts are.
    private static readonly Gen<int[]> s_groups = Gen.Int[0, s_models.Length - 1].Array[0, 40];

    [Fact]
    public void DistinctModels_EqualsTheCountOfASetByReference()
    {
        Property.Check(s_groups, picks =>
        {
            var lookups = picks.Select(i => new ImeiLookup { Key = "l", Model = s_models[i] }).ToList();
            var expected = new HashSet<PhoneModel>(lookups.Select(l => l.Model), System.Collections.Generic.ReferenceEqualityComparer.Instance).Count;

            Assert.Equal(expected, CatalogIndex.DistinctModels(lookups));
            Assert.Equal(expected, CatalogIndex.Group(default, lookups).ModelCount);
        }, samples: 500);
    }

    [Fact]
    public void DistinctModels_TellsEqualRecordsApart()
    {
        var twin = new PhoneModel { Key = "m0" };

        Assert.Equal(2, CatalogIndex.DistinctModels([new ImeiLookup { Model = s_models[0] }, new ImeiLookup { Model = twin }]));
    }

    [Fact]
    public void Group_NullLookups_Throws()
    {
        Assert.Throws<System.ArgumentNullException>(() => CatalogIndex.Group(default, null!));
    }

    [Fact]
    public void EventsIn_KeepsOnlyEventsOfThatKindInThatYear()
    {
        // The base catalog's UNSCR 2397 is a sanctions event of 2017-12-22.
        var catalog = new TestCatalog()
            .Add("ContextEvent", "closed-2017", "name: Closure 2017\nkind: border-closure\ndate: 2017-03-01\ndescription: d\nsources: [s1]")
            .Add("ContextEvent", "sanctions-2018", "name: Sanctions 2018\nkind: sanctions\ndate: 2018-01-05\ndescription: d\nsources: [s1]")
            .Add("ContextEvent", "closed-2018", "name: Closure 2018\nkind: border-closure\ndate: 2018-06-15\ndescription: d\nsources: [s1]")
            .Add("ContextEvent", "sanctions-2018b", "name: Sanctions 2018b\nkind: sanctions\ndate: 2018-09-01\ndescription: d\nsources: [s1]")
            .Build();
        var index = new CatalogIndex(catalog);

        Assert.Equal(["unscr-2397"], index.EventsIn(2017, ContextKind.Sanctions).Select(e => e.Key));
        Assert.Equal(["closed-2017"], index.EventsIn(2017, ContextKind.BorderClosure).Select(e => e.Key));
        Assert.Equal(["sanctions-2018", "sanctions-2018b"], index.EventsIn(2018, ContextKind.Sanctions).Select(e => e.Key));
        Assert.Equal(["closed-2018"], index.EventsIn(2018, ContextKind.BorderClosure).Select(e => e.Key));
        Assert.Empty(index.EventsIn(2019, ContextKind.Sanctions));
    }
}
