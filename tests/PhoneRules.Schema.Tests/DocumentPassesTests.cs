using System;
using System.Linq;
using System.Reflection;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The validator's passes hand out values they never change: the document's types have no setters, each
/// reference holds the finished record that the document lists, and a refused reference leaves the entity's
/// other values alone.
/// </summary>
public sealed class DocumentPassesTests
{
    [Theory]
    [InlineData(typeof(FieldValue))]
    [InlineData(typeof(EntityRecord))]
    [InlineData(typeof(CatalogDocument))]
    [InlineData(typeof(CatalogReadResult))]
    public void DocumentTypes_HaveNoSetters(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.SetMethod is { } setter && !IsInitOnly(setter))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(settable);
    }

    [Theory]
    [InlineData("m0", 0, "true", true)]
    [InlineData("m1", 1, "false", false)]
    [InlineData("m63", 63, "true", true)]
    [InlineData("m64", 64, "false", false)]
    [InlineData("m69", 69, "true", true)]
    public void Member_indexes_and_bools_read_as_their_values_on_either_side_of_the_shared_boxes(string member, int index, string written, bool flag)
    {
        var members = string.Concat(Enumerable.Range(0, 70).Select(i => $"          m{i}: Member {i}.\n"));
        var text = "schema:\n  namespace: Demo.Model\n  enums:\n    Level:\n      values:\n" + members
            + "  types:\n    Thing:\n      fields:\n        level: Level\n        flag: bool\n"
            + $"data:\n  Thing:\n    one: {{ level: {member}, flag: {written} }}\n    two: {{ level: m0, flag: true }}\n";
        var result = CatalogReader.ReadText(text, "catalog.yaml");
        Assert.Empty(result.Diagnostics);
        var one = result.Document!.Entities.Single(e => e.Key == "one");
        Assert.Equal(index, Assert.IsType<int>(one.Get("level")!.Value));
        Assert.Equal(flag, Assert.IsType<bool>(one.Get("flag")!.Value));
    }

    [Fact]
    public void References_HoldTheRecordsTheDocumentLists()
    {
        var document = Read(Small);

        var model = document.Entities.Single(e => e.Key == "pyongyang-2425");
        var maker = document.Entities.Single(e => e.Key == "acme");
        var seed = document.Entities.Single(e => e.Key == "seed");
        Assert.Same(maker, model.Get("maker")!.Value);
        Assert.Equal("acme", model.Get("maker")!.ReferenceKey);
        Assert.Same(seed, Assert.Single(model.Get("sources")!.Items!).Value);
        Assert.Same(seed, Assert.Single(model.Get("released-by")!.Items!).Value);
        Assert.Null(model.Get("name")!.ReferenceKey);
    }

    [Fact]
    public void DependencyOrder_PutsEveryTargetBeforeItsReferrer()
    {
        // The models first: file order puts every referrer before its targets.
        var models = Small.Substring(Small.IndexOf("  PhoneModel:\n    pyongyang-2425:", StringComparison.Ordinal));
        var document = Read(Replace(Small.Replace(models, string.Empty, StringComparison.Ordinal), "data:\n", "data:\n" + models + "\n"));

        Assert.Equal("pyongyang-2425", document.Entities[0].Key);
        var order = document.EntitiesInDependencyOrder.ToList();
        Assert.Equal(document.Entities.Count, order.Count);
        foreach (var entity in order)
        {
            foreach (var target in entity.Values.Values.SelectMany(v => v.Items ?? new[] { v }).Select(v => v.Value).OfType<EntityRecord>())
            {
                Assert.True(order.IndexOf(target) < order.IndexOf(entity), $"{target.Key} must come before {entity.Key}");
            }
        }
    }

    [Fact]
    public void ReferenceCycle_DropsOnlyTheReferenceThatClosesIt_AndEveryOtherReferenceHoldsItsRecord()
    {
        var yaml = Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        parent: Maker?\n")
            .Replace("      country: CN\n", "      country: CN\n      parent: other\n    other:\n      name: Other\n      country: CN\n      parent: acme\n", StringComparison.Ordinal);

        var result = CatalogReader.ReadText(yaml, "c.yaml");

        Assert.Equal("PRG016", Assert.Single(result.Diagnostics).Code);
        var acme = result.Document!.Entities.Single(e => e.Key == "acme");
        var other = result.Document.Entities.Single(e => e.Key == "other");
        Assert.Null(other.Get("parent"));
        Assert.Equal("Other", other.Get("name")!.Value);
        Assert.Same(other, acme.Get("parent")!.Value);
        Assert.Same(acme, result.Document.Entities.Single(e => e.Key == "pyongyang-2425").Get("maker")!.Value);
        Assert.Equal(result.Document.Entities.Count, result.Document.EntitiesInDependencyOrder.Count);
    }

    [Fact]
    public void ReferenceCycle_ThroughAList_LeavesTheListOutWhole_AndTheListThatClosesNoCycleHoldsItsRecords()
    {
        // acme -> other -> [third, acme]: the walk finishes third, then other (whose list names acme, not finished:
        // the cycle), then acme. Other's list is left out whole, though its first item's target is finished.
        var yaml = Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        partners: Maker[]?\n")
            .Replace(
                "      country: CN\n",
                "      country: CN\n      partners: [other]\n    other:\n      name: Other\n      country: CN\n      partners: [third, acme]\n    third:\n      name: Third\n      country: KP\n",
                StringComparison.Ordinal);

        var result = CatalogReader.ReadText(yaml, "c.yaml");

        var cycle = Assert.Single(result.Diagnostics);
        Assert.Equal("PRG016", cycle.Code);
        var entities = result.Document!.Entities;
        var acme = entities.Single(e => e.Key == "acme");
        var other = entities.Single(e => e.Key == "other");
        Assert.Null(other.Get("partners"));
        Assert.False(other.Values.ContainsKey("partners"));
        Assert.Equal(["name", "country"], other.Values.Keys);
        var partners = acme.Get("partners")!;
        Assert.Null(partners.Value);
        Assert.Same(other, Assert.Single(partners.Items!).Value);
        Assert.Equal("other", partners.Items![0].ReferenceKey);
        Assert.Equal(["third", "other", "acme"], result.Document.EntitiesInDependencyOrder.Where(e => e.Type.Name == "Maker").Select(e => e.Key));
    }

    [Fact]
    public void ASettingThatIsAReference_HoldsItsRecord_AsAnEntitysReferenceDoes()
    {
        var yaml = Replace(Small, "      late-days: int\n", "      late-days: int\n      flagship: PhoneModel\n      makers: Maker[]\n")
            .Replace("  late-days: 90\n", "  late-days: 90\n  flagship: pyongyang-2425\n  makers: [acme]\n", StringComparison.Ordinal);

        var document = Read(yaml);

        Assert.Same(document.Entities.Single(e => e.Key == "pyongyang-2425"), document.Settings.Get("flagship")!.Value);
        Assert.Same(document.Entities.Single(e => e.Key == "acme"), Assert.Single(document.Settings.Get("makers")!.Items!).Value);
    }

    [Theory]
    [InlineData("maker: acme", "maker: acme")]
    [InlineData("maker: acme", "maker: acne")]
    public void EveryEntity_KnowsItsPlaceInFileOrder_EvenWhenAReferenceWasDropped(string from, string to)
    {
        // The passes index their state by this place; a record copied to drop a reference keeps it.
        var document = CatalogReader.ReadText(Replace(Small, from, to), "c.yaml").Document!;

        Assert.Equal(Enumerable.Range(0, document.Entities.Count), document.Entities.Select(e => e.Ordinal));
        Assert.Equal(-1, document.Settings.Ordinal);
    }

    [Fact]
    public void DanglingReference_DropsOnlyItsField_AndReportsIt()
    {
        var result = CatalogReader.ReadText(Replace(Small, "maker: acme", "maker: acne"), "c.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PRG008", diagnostic.Code);
        var model = result.Document!.Entities.Single(e => e.Key == "pyongyang-2425");
        Assert.Null(model.Get("maker"));
        Assert.Equal("Pyongyang 2425", model.Get("name")!.Value);
        Assert.NotNull(model.Get("sources"));
    }

    [Fact]
    public void AnEntityThatLostAReference_IsTheRecordEveryReferenceToItHolds()
    {
        // acme loses its dangling 'parent', so its draft is copied; the model's 'maker' must hold the copy the document lists.
        var yaml = Replace(Small, "        name: string\n        country: country\n", "        name: string\n        country: country\n        parent: Maker?\n")
            .Replace("      country: CN\n", "      country: CN\n      parent: nobody\n", StringComparison.Ordinal);

        var result = CatalogReader.ReadText(yaml, "c.yaml");

        Assert.Equal("PRG008", Assert.Single(result.Diagnostics).Code);
        var acme = result.Document!.Entities.Single(e => e.Key == "acme");
        Assert.Null(acme.Get("parent"));
        Assert.Same(acme, result.Document.Entities.Single(e => e.Key == "pyongyang-2425").Get("maker")!.Value);
        Assert.Contains(acme, result.Document.EntitiesInDependencyOrder);
    }

    [Fact]
    public void ReadingTwice_GivesEqualDocuments_AndSharesNothingMutable()
    {
        var first = Read(Small);
        var second = Read(Small);

        Assert.NotSame(first.Entities[0], second.Entities[0]);
        Assert.Equal(first.Entities.Select(e => e.Key), second.Entities.Select(e => e.Key));
        Assert.Equal(first.Schema.Fingerprint, second.Schema.Fingerprint);
    }

    private static CatalogDocument Read(string yaml)
    {
        var result = CatalogReader.ReadText(yaml, "c.yaml");
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
    [Fact]
    public void LinkedDrafts_IndexOf_IsTheOrdinal_AndAnEntityOffItsPlaceIsAnInternalError()
    {
        var type = new TypeDefinition("Thing", "Things", string.Empty, [], default);
        var first = new EntityRecord(type, "a", default, new FieldValues(type), ordinal: 0);
        var second = new EntityRecord(type, "b", default, new FieldValues(type), ordinal: 1);
        var settings = new EntityRecord(type, string.Empty, default, new FieldValues(type));
        var drafts = new LinkedDrafts([first, second], settings, []);

        Assert.Equal(0, drafts.IndexOf(first));
        Assert.Equal(1, drafts.IndexOf(second));

        // Before the first place, past the last, and at another entity's place.
        foreach (var stray in new[] { new EntityRecord(type, "c", default, new FieldValues(type), ordinal: -1), new EntityRecord(type, "c", default, new FieldValues(type), ordinal: 2), new EntityRecord(type, "c", default, new FieldValues(type), ordinal: 1) })
        {
            var error = Assert.Throws<InvalidOperationException>(() => drafts.IndexOf(stray));
            Assert.Equal("Thing 'c' is not at its place among the drafts", error.Message);
        }
    }

    [Fact]
    public void LinkedDrafts_TargetOf_AValueWithoutASlot_IsNone_AndAResolvedSlot_IsItsTarget()
    {
        var type = new TypeDefinition("Thing", "Things", string.Empty, [], default);
        var target = new EntityRecord(type, "a", default, new FieldValues(type), ordinal: 0);
        var drafts = new LinkedDrafts([target], new EntityRecord(type, string.Empty, default, new FieldValues(type)), [null, target]);

        Assert.Null(drafts.TargetOf(new FieldValue("a", null, default)));
        Assert.Null(drafts.TargetOf(FieldValue.Reference("a", 0, default)));
        Assert.Same(target, drafts.TargetOf(FieldValue.Reference("a", 1, default)));
    }
}
