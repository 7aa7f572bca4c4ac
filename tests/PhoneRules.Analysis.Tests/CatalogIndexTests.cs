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
}
