using System.Collections.Generic;

namespace PhoneRules.Analysis.Facts;

/// <summary>Every version of two dated events of one model, the earlier event first (one binding, so that explanations tell them apart).</summary>
/// <param name="From">The versions of the earlier event (release or manufacture).</param>
/// <param name="To">The versions of the later event (the unveiling).</param>
public sealed record EventVersions(IReadOnlyList<DateVersion> From, IReadOnlyList<DateVersion> To)
{
    /// <summary>The smallest and largest number of days from any version of the earlier event to any of the later.</summary>
    public DayRange Span() => DateVersions.Span(From, To);

    /// <summary>Whether any version of either event is qualified (approximate or uncertain), which rules out certainty.</summary>
    public bool AnyQualified => DateVersions.AnyQualified(From, To);

    /// <summary>How many pairs of versions the span covers.</summary>
    public int Pairs => From.Count * To.Count;
}
