using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PhoneRules.Testing;
using Xunit.Abstractions;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// An entity's values by field (<see cref="FieldValues"/>) answer as a dictionary would, over every sequence of
/// adds and removals, for names of its type and others; they enumerate in the schema's order.
/// </summary>
public sealed class FieldValuesTests(ITestOutputHelper output)
{
    private static readonly string[] s_fields = ["name", "maker", "released", "sources", "confidence", "n"];

    private static readonly TypeDefinition s_type = new(
        "Thing",
        "Things",
        string.Empty,
        s_fields.Select(f => new FieldDefinition(f, SchemaNames.ToIdentifier(f), new FieldType(FieldKind.String, null, false), false, string.Empty, default)).ToArray(),
        default);

    // An operation: add (0), remove (1), look up (2) a name, which is one of the type's fields or not ("other", "Name"),
    // or add by the field's place (3; the reader's way).
    private static readonly string[] s_names = [.. s_fields, "other", "Name", string.Empty];

    private static readonly Gen<(int Op, string Name)[]> s_operations =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, s_names.Length - 1].Select(i => s_names[i])).Array[0, 40];

    [Fact]
    public void EverySequenceOfAddsAndRemovals_AnswersAsADictionary() => Property.Check(s_operations, AnswersAsADictionary, samples: 300);

    [OpenSearch]
    public void OpenSearch_SequencesOfAddsAndRemovals() => Property.OpenSearch(s_operations, AnswersAsADictionary, output.WriteLine);

    private static void AnswersAsADictionary((int Op, string Name)[] operations)
    {
        var values = new FieldValues(s_type);
        var model = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var (op, name) in operations)
        {
            var known = s_fields.Contains(name);
            switch (op)
            {
                case 0 when known && !model.ContainsKey(name):
                    var value = new FieldValue(name, null, default);
                    values.Add(name, value);
                    model.Add(name, value);
                    break;
                case 0:
                    var refused = Assert.Throws<ArgumentException>(() => values.Add(name, new FieldValue(name, null, default)));
                    Assert.StartsWith(known ? $"field '{name}' already has a value" : $"'{name}' is not a field of this type", refused.Message, StringComparison.Ordinal);
                    break;
                case 1:
                    Assert.Equal(model.Remove(name), values.Remove(name));
                    break;
                case 3 when known && !model.ContainsKey(name):
                    var placed = new FieldValue(name, null, default);
                    values.AddAt(Array.IndexOf(s_fields, name), placed);
                    model.Add(name, placed);
                    break;
                case 3 when known:
                    var twice = Assert.Throws<ArgumentException>(() => values.AddAt(Array.IndexOf(s_fields, name), new FieldValue(name, null, default)));
                    Assert.StartsWith($"field '{name}' already has a value", twice.Message, StringComparison.Ordinal);
                    break;
                case 3:
                    break;
                default:
                    Assert.Equal(model.TryGetValue(name, out var expected), values.TryGetValue(name, out var actual));
                    Assert.Same(expected, actual);
                    break;
            }

            Assert.Equal(model.Count, values.Count);
            var inSchemaOrder = s_fields.Where(model.ContainsKey).ToList();
            Assert.Equal(inSchemaOrder, values.Keys);
            Assert.Equal(inSchemaOrder.Select(f => model[f]), values.Values);
            Assert.Equal(inSchemaOrder, values.Select(p => p.Key));
            Assert.Equal(inSchemaOrder.Select(f => model[f]), values.Select(p => p.Value));
            foreach (var field in s_fields)
            {
                Assert.Equal(model.ContainsKey(field), values.ContainsKey(field));
                Assert.Same(model.TryGetValue(field, out var atPlace) ? atPlace : null, values.At(Array.IndexOf(s_fields, field)));
                if (model.TryGetValue(field, out var held))
                {
                    Assert.Same(held, values[field]);
                }
                else
                {
                    Assert.Equal($"no value for field '{field}'", Assert.Throws<KeyNotFoundException>(() => values[field]).Message);
                }
            }
        }
    }

    [Fact]
    public void ACopy_ChangesApartFromItsOriginal()
    {
        var values = new FieldValues(s_type);
        var name = new FieldValue("a", null, default);
        values.Add("name", name);
        var copy = values.Copy();

        Assert.True(copy.Remove("name"));
        copy.Add("maker", new FieldValue("b", null, default));

        Assert.Same(name, values["name"]);
        Assert.False(values.ContainsKey("maker"));
        Assert.Single(values);
        Assert.Equal(["maker"], copy.Keys);
    }

    [Fact]
    public void ANullNameOrValue_IsRefused()
    {
        var values = new FieldValues(s_type);

        Assert.Throws<ArgumentNullException>(() => values.ContainsKey(null!));
        Assert.Throws<ArgumentNullException>(() => values.Add("name", null!));
        Assert.Empty(values);
        Assert.Empty(new FieldValues(new TypeDefinition("Empty", "Empties", string.Empty, [], default)));
    }

    [Fact]
    public void EveryKind_HasOneName_AndEveryScalarNameReadsAsItsKind()
    {
        foreach (var kind in Enum.GetValues<FieldKind>())
        {
            var name = SchemaNames.KindName(kind);
            var isScalar = SchemaNames.TryGetScalarKind(name, out var read);
            Assert.Equal(isScalar, SchemaNames.ScalarNames.Contains(name));
            Assert.Equal(isScalar ? kind : default, read);
            if (!isScalar)
            {
                Assert.Equal(kind.ToString(), name);
            }
        }

        Assert.Equal(["string", "int", "decimal", "bool", "date", "fuzzy-date", "url", "country", "imei", "tac"], SchemaNames.ScalarNames);
        Assert.False(SchemaNames.TryGetScalarKind("String", out _));
    }
}
