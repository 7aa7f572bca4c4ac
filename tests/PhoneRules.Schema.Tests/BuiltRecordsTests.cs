using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Schema.Runtime;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The generated <c>FromDocument</c> keeps each typed record in <see cref="BuiltRecords"/>, in the slot of the entity
/// it was built from: every entity of a document has its own slot, a record is found by its entity, and a record
/// not built yet, built twice, or asked of an entity from elsewhere is refused as the dictionary it replaces did.
/// </summary>
public sealed class BuiltRecordsTests
{
    private static CatalogDocument Document() => CatalogReader.ReadText(Small, "catalog.yaml").Document!;

    [Fact]
    public void EveryEntity_HasItsOwnSlot_AndItsRecordIsFoundByIt()
    {
        var document = Document();
        var built = new BuiltRecords(document);
        var records = document.EntitiesInDependencyOrder.ToDictionary(e => e, e => (object)(e.Type.Name + "/" + e.Key), (IEqualityComparer<EntityRecord>)ReferenceEqualityComparer.Instance);

        foreach (var entity in document.EntitiesInDependencyOrder)
        {
            built.Add(entity, records[entity]);
        }

        Assert.Equal(3, document.Entities.Count);
        Assert.All(document.Entities, entity => Assert.Same(records[entity], built[entity]));
    }

    [Fact]
    public void ARecordNotBuiltYet_IsNotFound()
    {
        var document = Document();
        var built = new BuiltRecords(document);
        var first = document.EntitiesInDependencyOrder[0];
        built.Add(first, "first");

        var later = document.EntitiesInDependencyOrder[^1];
        var error = Assert.Throws<KeyNotFoundException>(() => built[later]);

        Assert.Contains($"{later.Type.Name} '{later.Key}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", built[first]);
    }

    [Fact]
    public void ARecordBuiltTwice_IsRefused()
    {
        var document = Document();
        var built = new BuiltRecords(document);
        var entity = document.Entities[^1];
        built.Add(entity, "once");

        var error = Assert.Throws<ArgumentException>(() => built.Add(entity, "twice"));

        Assert.Contains("already", error.Message, StringComparison.Ordinal);
        Assert.Equal("once", built[entity]);
    }

    [Fact]
    public void AnEntityBeyondTheDocument_IsRefused()
    {
        var small = Document();
        var larger = CatalogReader.ReadText(Small.Replace("  Source:\n    seed:", "  Source:\n    extra-1:\n      title: One\n    extra-2:\n      title: Two\n    seed:", StringComparison.Ordinal), "catalog.yaml").Document;
        Assert.NotNull(larger);
        Assert.Equal(small.Entities.Count + 2, larger.Entities.Count);
        var built = new BuiltRecords(small);

        // The first slot past the document's, and the last.
        foreach (var beyond in new[] { larger.Entities[small.Entities.Count], larger.Entities[^1] })
        {
            var error = Assert.Throws<ArgumentException>(() => built.Add(beyond, "x"));
            Assert.Contains($"{beyond.Type.Name} '{beyond.Key}' is not one of the document's entities", error.Message, StringComparison.Ordinal);
            Assert.Throws<KeyNotFoundException>(() => built[beyond]);
        }
    }

    [Fact]
    public void Settings_AndNulls_AreRefused()
    {
        var document = Document();
        var built = new BuiltRecords(document);

        var error = Assert.Throws<ArgumentException>(() => built.Add(document.Settings, "settings"));
        Assert.Contains("has no place among the data's entities", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => built[document.Settings]);
        Assert.Throws<ArgumentNullException>(() => new BuiltRecords(null!));
        Assert.Throws<ArgumentNullException>(() => built.Add(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => built.Add(document.Entities[0], null!));
        Assert.Throws<ArgumentNullException>(() => built[null!]);
    }
}
