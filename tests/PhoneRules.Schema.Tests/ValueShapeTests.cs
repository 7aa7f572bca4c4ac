using System.Linq;
using System.Text;
using CsCheck;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The shapes the reader keeps small (#18 item 3): a value holds its typed value, its list or its reference in one
/// word and answers as it did with three; a key's C# name is written without a builder and is the one the plain
/// definition gives.
/// </summary>
public sealed class ValueShapeTests
{
    private static readonly TypeDefinition s_type = new("Thing", "Things", string.Empty, [], default);

    [Fact]
    public void A_single_value_is_its_value_with_no_items_and_no_reference()
    {
        var value = new FieldValue("text", null, SourceSpan.At(3, 1, 4));
        Assert.Equal("text", value.Value);
        Assert.Null(value.Items);
        Assert.Null(value.ReferenceKey);
        Assert.Equal(-1, value.ReferenceSlot);
        Assert.Equal(SourceSpan.At(3, 1, 4), value.Span);
    }

    [Fact]
    public void A_list_has_its_items_and_no_value()
    {
        FieldValue[] items = [new FieldValue(1, null, default), new FieldValue(2, null, default)];
        var list = new FieldValue(null, items, default);
        Assert.Null(list.Value);
        Assert.Same(items, list.Items);
        Assert.Null(list.ReferenceKey);
        Assert.Null(items[0].Items);
    }

    [Fact]
    public void A_draft_reference_has_its_key_and_no_value_until_resolved_then_its_target_and_the_targets_key()
    {
        var reference = FieldValue.Reference("acme", 7, SourceSpan.At(9, 2, 3));
        Assert.Null(reference.Value);
        Assert.Null(reference.Items);
        Assert.Equal("acme", reference.ReferenceKey);
        Assert.Equal(7, reference.ReferenceSlot);

        var target = new EntityRecord(s_type, new string("acme".ToCharArray()), default, new FieldValues(s_type), ordinal: 0);
        reference.ResolveTo(target);
        Assert.Same(target, reference.Value);
        Assert.Same(target.Key, reference.ReferenceKey);
        Assert.Null(reference.Items);
        Assert.Equal(SourceSpan.At(9, 2, 3), reference.Span);
    }

    [Theory]
    [InlineData("pyongyang-2425", "Pyongyang2425")]
    [InlineData("2425", "_2425")]
    [InlineData("", "_")]
    [InlineData("---", "_")]
    [InlineData("a.b c_d", "ABCD")]
    [InlineData("already-Upper", "AlreadyUpper")]
    [InlineData("평양-2", "_2")]
    [InlineData("x평y", "XY")]
    public void A_name_becomes_its_identifier(string name, string identifier) =>
        Assert.Equal(identifier, SchemaNames.ToIdentifier(name));

    [Fact]
    public void Property_ToIdentifier_IsThePlainDefinition() =>
        Property.Check(Names(), name => Assert.Equal(Plain(name), SchemaNames.ToIdentifier(name)), samples: 3_000);

    [Fact]
    public void A_long_name_after_a_short_one_and_a_short_one_after_a_long_one_are_each_whole()
    {
        var longName = string.Concat(Enumerable.Repeat("ab-", 200));
        Assert.Equal("A", SchemaNames.ToIdentifier("a"));
        Assert.Equal(Plain(longName), SchemaNames.ToIdentifier(longName));
        Assert.Equal(400, SchemaNames.ToIdentifier(longName).Length);
        Assert.Equal("B", SchemaNames.ToIdentifier("b"));
    }

    // Names of any length around the kept buffer's (64), from letters, digits, separators and others.
    private static Gen<string> Names() =>
        Gen.Int[0, 150].SelectMany(length => Gen.Char["abcXYZ019-_. é평\t"].Array[length].Select(chars => new string(chars)));

    // The definition as it was written before: a builder, upper case after a separator or a character C# refuses.
    private static string Plain(string name)
    {
        var builder = new StringBuilder();
        var upperNext = true;
        foreach (var c in name)
        {
            var part = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (c is '-' or '_' or ' ' or '.' || !part)
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
