using System;
using System.Collections.Generic;
using System.Linq;
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
        var seen = new HashSet<Source>(ReferenceEqualityComparer.Instance);
        var current = source;
        while (current.Repeats is { } repeated && seen.Add(current))
        {
            current = repeated;
        }

        return current;
    }

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

        var outlets = sources.Select(s => Origin(s).Publisher.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new Support(sources.Count, outlets, sources.Count(s => s.Primary == true), pairs);
    }

    /// <summary>How a fact's sources stand; they support <c>high</c> with a primary record or one pair of independent sources.</summary>
    /// <param name="Sources">How many sources.</param>
    /// <param name="Outlets">How many distinct outlets their origins come from.</param>
    /// <param name="Primary">How many are primary records.</param>
    /// <param name="IndependentPairs">How many pairs of them are independent.</param>
    public sealed record Support(int Sources, int Outlets, int Primary, int IndependentPairs);
}
