using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Facts;

/// <summary>
/// Every version of a model's dated event and the lags between two events over all versions, for the timeline
/// rules (PR001, PR005): a verdict is certain only when it holds for every version and every day the versions
/// admit, and never when a version is qualified (<c>~</c>, <c>?</c>, <c>%</c>). The qualifier test is
/// <see cref="FuzzyDate.IsQualified"/>, and every lag is taken over the dates as <see cref="DateQualifiers"/> widens them.
/// </summary>
public static class DateVersions
{
    /// <summary>The catalog's date of <paramref name="dateEvent"/> for <paramref name="model"/> (if any), then every claim about it, in file order.</summary>
    public static IReadOnlyList<DateVersion> Of(CatalogIndex index, PhoneModel model, DateEvent dateEvent)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        var (date, sources, label) = CatalogDate(model, dateEvent);
        var versions = new List<DateVersion>();
        if (date is { } catalogDate)
        {
            versions.Add(new DateVersion(label, catalogDate, sources));
        }

        versions.AddRange(index.ClaimsAbout(model).Where(c => c.Event == dateEvent).Select(c => new DateVersion(label + " claim " + c.Key, c.Date, c.Sources)));
        return versions;
    }

    /// <summary>Whether the catalog or a claim dates <paramref name="dateEvent"/> for <paramref name="model"/>: whether <see cref="Of"/> has a version.</summary>
    public static bool Dated(CatalogIndex index, PhoneModel model, DateEvent dateEvent)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        if (CatalogDate(model, dateEvent).Date is not null)
        {
            return true;
        }

        foreach (var claim in index.ClaimsAbout(model))
        {
            if (claim.Event == dateEvent)
            {
                return true;
            }
        }

        return false;
    }

    // The one place that knows which of a model's fields holds each event's date, its sources and its evidence label.
    private static (FuzzyDate? Date, IReadOnlyList<Source> Sources, string Label) CatalogDate(PhoneModel model, DateEvent dateEvent) => dateEvent switch
    {
        DateEvent.MarketRelease => (model.Released, model.ReleasedBy, "released"),
        DateEvent.StateMediaUnveiling => (model.Unveiled, model.UnveiledBy, "unveiled"),
        _ => (model.Manufactured, model.ManufacturedBy, "manufactured"),
    };

    /// <summary>The versions of <paramref name="from"/> and of <paramref name="to"/> for <paramref name="model"/>.</summary>
    public static EventVersions Between(CatalogIndex index, PhoneModel model, DateEvent from, DateEvent to) =>
        new(Of(index, model, from), Of(index, model, to));

    /// <summary>The smallest and largest number of days from any version in <paramref name="from"/> to any in <paramref name="to"/>.</summary>
    public static DayRange Span(IReadOnlyList<DateVersion> from, IReadOnlyList<DateVersion> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var start in from)
        {
            foreach (var end in to)
            {
                var lag = DateQualifiers.DaysBetween(start.Date, end.Date);
                min = Math.Min(min, lag.Min);
                max = Math.Max(max, lag.Max);
            }
        }

        return new DayRange(min, max);
    }

    /// <summary>Whether any version in either list is qualified (approximate or uncertain).</summary>
    public static bool AnyQualified(IReadOnlyList<DateVersion> first, IReadOnlyList<DateVersion> second) =>
        first.Any(v => v.Date.IsQualified) || second.Any(v => v.Date.IsQualified);
}
