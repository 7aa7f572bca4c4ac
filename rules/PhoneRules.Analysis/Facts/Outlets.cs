using System;
using System.Collections.Generic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// Which sources are independent. An outlet is a source's publisher. A source that <c>repeats</c> another
/// (a repost, a translation, a rewrite citing it) goes back to an origin: the end of its chain of repeats.
/// Two sources are independent when they have different origins and neither their publishers nor their
/// origins' publishers are the same outlet. Publishers compare case-insensitively, ignoring surrounding spaces.
/// </summary>
public static class Outlets
{
    /// <summary>The source that <paramref name="source"/> ultimately repeats (itself when it repeats none); a cycle stops where it closes.</summary>
    public static Source Origin(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);

        // A chain of repeats is a few links long: it is walked without remembering where it has been (PR014 weighs the
        // sources of every entry graded high, a third of a large catalog's entities). A chain that has not ended after
        // ShortChain links may be a cycle, and is walked again remembering every source.
        var current = source;
        for (var link = 0; link < ShortChain; link++)
        {
            if (current.Repeats is not { } repeated)
            {
                return current;
            }

            current = repeated;
        }

        var seen = new HashSet<Source>(ReferenceEqualityComparer.Instance);
        current = source;
        while (current.Repeats is { } repeated && seen.Add(current))
        {
            current = repeated;
        }

        return current;
    }

    /// <summary>How many links of repeats <see cref="Origin"/> follows before it remembers where it has been.</summary>
    internal const int ShortChain = 32;

    /// <summary>Whether two publishers are the same outlet.</summary>
    public static bool SameOutlet(string first, string second) =>
        string.Equals(first?.Trim(), second?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> are independent.</summary>
    public static bool Independent(Source first, Source second)
    {
        var a = Origin(first);
        var b = Origin(second);
        return !ReferenceEquals(a, b)
            && !SameOutlet(first.Publisher, second.Publisher)
            && !SameOutlet(a.Publisher, b.Publisher)
            && !SameOutlet(first.Publisher, b.Publisher)
            && !SameOutlet(a.Publisher, second.Publisher);
    }

    /// <summary>How <paramref name="sources"/> stand: their outlets (distinct origins' publishers), their primary records, and their pairs of independent sources.</summary>
    public static Support Weigh(IReadOnlyList<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var pairs = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = i + 1; j < sources.Count; j++)
            {
                if (Independent(sources[i], sources[j]))
                {
                    pairs++;
                }
            }
        }

        // Distinct outlets and primary records counted in place: no list or set for the few sources of one entry.
        var outlets = 0;
        var primary = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            var outlet = Origin(sources[i]).Publisher.AsSpan().Trim();
            var counted = false;
            for (var j = 0; j < i && !counted; j++)
            {
                counted = outlet.Equals(Origin(sources[j]).Publisher.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
            }

            outlets += counted ? 0 : 1;
            primary += sources[i].Primary == true ? 1 : 0;
        }

        return new Support(sources.Count, outlets, primary, pairs);
    }

    /// <summary>
    /// The outlets <paramref name="sources"/> come from: their origins' publishers, trimmed, each once (compared
    /// ignoring case) in the order first cited; as many as <see cref="Weigh"/> counts.
    /// </summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var names = new List<string>(sources.Count);
        foreach (var source in sources)
        {
            var name = Origin(source).Publisher.Trim();
            if (!Named(names, name))
            {
                names.Add(name);
            }
        }

        return names;

        // A loop, not List.Exists: that would make a delegate and a closure for every source of every entry PR014 reports.
        static bool Named(List<string> names, string name)
        {
            foreach (var named in names)
            {
                if (string.Equals(named, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>How a fact's sources stand; they support <c>high</c> with a primary record or one pair of independent sources.</summary>
    /// <param name="Sources">How many sources.</param>
    /// <param name="Outlets">How many distinct outlets their origins come from.</param>
    /// <param name="Primary">How many are primary records.</param>
    /// <param name="IndependentPairs">How many pairs of them are independent.</param>
    /// <remarks>A value, not an object: PR014's conditions weigh every entry graded high, a third of a large catalog.</remarks>
    public readonly record struct Support(int Sources, int Outlets, int Primary, int IndependentPairs);
}
