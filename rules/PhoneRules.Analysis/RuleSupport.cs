using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;

namespace PhoneRules.Analysis;

/// <summary>Small helpers the rules share to build findings: locations, source keys, invariant formatting.</summary>
internal static class RuleSupport
{
    /// <summary>
    /// The most years a rule walks through. Years come from settings and data (drought-last-year, an
    /// exhibition's year); a span taken from them unbounded was 2^31 facts for 'drought-last-year: 2147483647'.
    /// </summary>
    public const int MaxYearSpan = 200;

    /// <summary>The years from <paramref name="first"/> to <paramref name="last"/>, at most the last <see cref="MaxYearSpan"/> of them; overflow-safe.</summary>
    public static IEnumerable<int> Years(long first, long last)
    {
        var count = System.Math.Clamp(last - first + 1, 0, MaxYearSpan);
        var start = last - count + 1;
        return count == 0 || start < int.MinValue || last > int.MaxValue ? [] : Enumerable.Range((int)start, (int)count);
    }

    /// <summary>Hands a rule's finding to its session's <see cref="FindingSink"/> (a finding is not a fact: no rule matches one).</summary>
    public static void Found(this NRules.RuleModel.IContext context, Finding finding)
    {
        System.ArgumentNullException.ThrowIfNull(finding);
        FindingSink.Of(context).Findings.Add(finding);
    }

    /// <summary>Hands each of a rule's findings to its session's <see cref="FindingSink"/> (null: <see cref="System.ArgumentNullException"/>).</summary>
    public static void Found(this NRules.RuleModel.IContext context, IEnumerable<Finding> findings) =>
        FindingSink.Of(context).Findings.AddRange(findings);

    public static FindingLocation Locate(CatalogIndex index, PhoneRules.CatalogLocation location) =>
        new(index.SourcePath, location.Line, location.Column);

    public static IReadOnlyList<string> Keys(IReadOnlyList<Source> sources)
    {
        var keys = new string[sources.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = sources[i].Key;
        }

        return keys;
    }

    /// <summary>
    /// The keys of <paramref name="first"/>'s sources, then of each of <paramref name="more"/>'s not named yet, in that
    /// order: evidence resting on several entries names each source once.
    /// </summary>
    public static IReadOnlyList<string> DistinctKeys<T>(IReadOnlyList<Source> first, IReadOnlyList<T> more, System.Func<T, IReadOnlyList<Source>> sourcesOf)
    {
        if (more.Count == 0 && first.Count < 2)
        {
            return Keys(first);
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var keys = new List<string>(first.Count);
        Add(first);
        foreach (var entry in more)
        {
            Add(sourcesOf(entry));
        }

        return keys.ToArray();

        void Add(IReadOnlyList<Source> sources)
        {
            foreach (var source in sources)
            {
                if (seen.Add(source.Key))
                {
                    keys.Add(source.Key);
                }
            }
        }
    }

    public static string Days(DayRange range) => range.Min == range.Max
        ? range.Min.ToString(CultureInfo.InvariantCulture) + " days"
        : string.Format(CultureInfo.InvariantCulture, "{0} to {1} days", range.Min, range.Max);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static Evidence Setting(string name, int value) => new(name, Number(value), []);

    public static Evidence Setting(string name, decimal value) => new(name, Number(value), []);

    public static Evidence Computed(string name, string value) => new(name, value, []);

    /// <summary>The most items a list in one evidence value names; the rest are counted ("and 3 more").</summary>
    public const int MaxListed = 10;

    /// <summary>A date as evidence: its text, its sources, and the interval it admits once widened.</summary>
    public static Evidence Dated(string field, FuzzyDate date, IReadOnlyList<Source> sources) =>
        new(field, date.ToString(), Keys(sources))
        {
            Min = System.DateOnly.FromDateTime(DateQualifiers.Earliest(date)),
            Max = System.DateOnly.FromDateTime(DateQualifiers.Latest(date)),
            Qualified = date.IsQualified,
        };

    /// <summary>One version of a date as evidence.</summary>
    public static Evidence Dated(DateVersion version) => Dated(version.Label, version.Date, version.Sources);

    /// <summary>
    /// The lag evidence of a timeline rule (PR001, PR005): each pair's lag when there is more than one pair,
    /// the lag over all of them, and whether a qualified date keeps it from being certain.
    /// </summary>
    public static IEnumerable<Evidence> Lags(EventVersions versions, DayRange lag)
    {
        if (versions.Pairs > 1)
        {
            foreach (var from in versions.From)
            {
                foreach (var to in versions.To)
                {
                    yield return Computed($"lag-days {from.Label} -> {to.Label}", DateQualifiers.DaysBetween(from.Date, to.Date).ToString());
                }
            }
        }

        yield return Computed("lag-days", lag.ToString());
        if (versions.AnyQualified)
        {
            yield return Computed("qualified-date", "yes, so not certain");
        }
    }

    /// <summary>Items joined with ", ", at most <see cref="MaxListed"/> of them, then "and N more"; "none" for none.</summary>
    public static string Listed(IReadOnlyCollection<string> items) => items.Count == 0
        ? "none"
        : items.Count <= MaxListed
            ? string.Join(", ", items)
            : string.Join(", ", items.Take(MaxListed)) + ", and " + (items.Count - MaxListed).ToString(CultureInfo.InvariantCulture) + " more";

    public static FindingConfidence Grade(bool certain) => certain ? FindingConfidence.Certain : FindingConfidence.Possible;

    /// <summary>
    /// A finding whose evidence <paramref name="evidence"/> builds only when a reader asks for it (most findings
    /// of a large catalog are counted or listed by subject, never worded in full).
    /// </summary>
    public static Finding Create(RuleDescriptor rule, FindingConfidence confidence, string subjectType, string subjectKey, string message, System.Func<IReadOnlyList<Evidence>> evidence, FindingLocation location, string? partner = null) =>
        new(rule.Id, rule.Name, rule.Severity, confidence, subjectType, subjectKey, message, evidence, location, partner);

    /// <summary>A finding about a catalog entity, located where the entity is written; see <see cref="Create"/>.</summary>
    public static Finding About(RuleDescriptor rule, CatalogIndex index, ICatalogEntity subject, string subjectType, FindingConfidence confidence, string message, System.Func<IReadOnlyList<Evidence>> evidence, string? partner = null) =>
        Create(rule, confidence, subjectType, subject.Key, message, evidence, Locate(index, subject.Location), partner);
}
