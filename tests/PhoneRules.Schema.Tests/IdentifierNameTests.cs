using System.Collections.Generic;
using System.Linq;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The reader finds colliding keys by the C# names they become without making a name per key
/// (<see cref="SchemaNames.IdentifierComparer"/>, <see cref="SchemaNames.BecomesIdentifier"/>): both must agree with
/// <see cref="SchemaNames.ToIdentifier"/> on every name, which these tests enumerate over a small alphabet.
/// </summary>
public sealed class IdentifierNameTests
{
    // Letters of both cases, a digit, every separator ToIdentifier drops, a character no identifier holds.
    private const string Alphabet = "aB1-_. é";

    private static readonly string[] s_names = Names(4).ToArray();

    [Fact]
    public void IdentifierComparer_IsEqualExactlyWhenToIdentifierIs_AndHashesEqualNamesAlike()
    {
        var comparer = SchemaNames.IdentifierComparer;
        var identifiers = s_names.Select(SchemaNames.ToIdentifier).ToArray();
        var hashes = s_names.Select(comparer.GetHashCode).ToArray();
        var equalPairs = 0;
        for (var i = 0; i < s_names.Length; i++)
        {
            for (var j = 0; j < s_names.Length; j++)
            {
                var expected = identifiers[i] == identifiers[j];
                if (comparer.Equals(s_names[i], s_names[j]) != expected)
                {
                    Assert.Fail($"'{s_names[i]}' ({identifiers[i]}) and '{s_names[j]}' ({identifiers[j]}): expected equal {expected}");
                }

                if (expected)
                {
                    equalPairs++;
                    Assert.Equal(hashes[i], hashes[j]);
                }
            }
        }

        // The enumeration holds names that collide without being equal (seed-1 and seed1 alike), and names that do not.
        Assert.True(equalPairs > s_names.Length, "some distinct names become one identifier");
        Assert.True(comparer.Equals(null, null));
        Assert.False(comparer.Equals("a", null));
        Assert.False(comparer.Equals(null, "a"));
    }

    [Fact]
    public void IdentifierComparer_SpreadsDistinctIdentifiers()
    {
        var byIdentifier = s_names.GroupBy(SchemaNames.ToIdentifier).Select(g => g.First()).ToList();

        var distinctHashes = byIdentifier.Select(SchemaNames.IdentifierComparer.GetHashCode).Distinct().Count();

        // A hash that ignored characters, or the leading underscore, would fold many identifiers together.
        Assert.True(distinctHashes >= byIdentifier.Count * 99 / 100, $"{distinctHashes} hashes for {byIdentifier.Count} identifiers");
    }

    [Fact]
    public void BecomesIdentifier_HoldsExactlyWhenToIdentifierMakesThatText()
    {
        // The candidates: every name as written (plurals may hold '_'), and every identifier made.
        var candidates = s_names.Concat(s_names.Select(SchemaNames.ToIdentifier)).Distinct().ToArray();
        foreach (var name in s_names)
        {
            var identifier = SchemaNames.ToIdentifier(name);
            foreach (var candidate in candidates)
            {
                if (SchemaNames.BecomesIdentifier(name, candidate) != (identifier == candidate))
                {
                    Assert.Fail($"'{name}' becomes '{identifier}', asked about '{candidate}'");
                }
            }
        }
    }

    [Fact]
    public void ReservedEntityNames_AreTheirOwnIdentifiers()
    {
        // The reader compares keys with the generated list's members by identifier: right only if each member is one.
        Assert.All(GeneratedNames.ListMembers, member => Assert.Equal(member, SchemaNames.ToIdentifier(member)));
    }

    private static IEnumerable<string> Names(int maxLength)
    {
        var level = new List<string> { string.Empty };
        for (var length = 0; length <= maxLength; length++)
        {
            foreach (var name in level)
            {
                yield return name;
            }

            level = level.SelectMany(name => Alphabet.Select(c => name + c)).ToList();
        }
    }
}
