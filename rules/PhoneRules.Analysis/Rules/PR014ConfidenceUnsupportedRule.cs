using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Facts;
using PhoneRules.Analysis.Findings;
using PhoneRules.Model;
using static PhoneRules.Analysis.RuleSupport;

namespace PhoneRules.Analysis.Rules;

/// <summary>
/// PR014: an entry graded <c>high</c> whose sources do not support it: no primary record among them, and no
/// two of them independent (<see cref="Outlets"/>). One outlet, however often it is cited, supports medium. It
/// matches the catalog's entities themselves; <see cref="GradedEntry"/> says which types grade themselves.
/// </summary>
[Name("PR014 confidence-unsupported")]
[Description("An entry graded high whose sources hold neither a primary record nor two independent outlets.")]
[Tag("sources")]
[Severity(FindingSeverity.Note)]
[Reads(typeof(Source), nameof(Source.Publisher))]
public sealed class PR014ConfidenceUnsupportedRule : Rule
{
    private static readonly RuleDescriptor s_rule = RuleDescriptor.Of<PR014ConfidenceUnsupportedRule>();

    /// <inheritdoc />
    public override void Define()
    {
        CatalogIndex index = default!;
        ICatalogEntity entry = default!;

        // The support is weighed inside the entry's own conditions, not bound with a Let: NRules 1.0.4 makes a Let a
        // subnet joined back per matched entry, and a third of a large catalog's entities are graded high
        // (docs/performance.md). Explain shows the two counts the decision reads as the condition's values.
        When()
            .Match(() => index)
            .Match(
                () => entry,
                e => GradedEntry.Grades(e),
                e => GradedEntry.GradeOf(e) == Confidence.High,
                e => Outlets.Weigh(GradedEntry.SourcesOf(e)).Primary == 0 && Outlets.Weigh(GradedEntry.SourcesOf(e)).IndependentPairs == 0);

        Then()
            .Do(ctx => ctx.Found(Report(index, GradedEntry.Of(entry)!, Outlets.Weigh(GradedEntry.SourcesOf(entry)))));
    }

    /// <summary>The finding for an entry graded high that its sources' outlets do not support.</summary>
    public static Finding Report(CatalogIndex index, GradedEntry entry, Outlets.Support support)
    {
        var outlets = Outlets.Names(entry.Sources);
        var what = outlets.Count == 0 ? "no source" : outlets.Count == 1 ? "one outlet (" + outlets[0] + ")" : "outlets that are not independent (" + string.Join(", ", outlets) + ")";
        return Create(
            s_rule,
            FindingConfidence.Certain,
            entry.Type,
            entry.Entity.Key,
            $"{entry.Type} {entry.Entity.Key} is graded high on {what}: high needs two independent outlets or a primary record; medium fits.",
            BuildEvidence,
            Locate(index, entry.Entity.Location));

        IReadOnlyList<Evidence> BuildEvidence()
        {
            var evidence = new List<Evidence>
            {
                Computed("confidence", Written.Of(Confidence.High)),
                Computed("outlets", outlets.Count == 0 ? "none" : Number(support.Outlets) + ": " + string.Join(", ", outlets)),
                Computed("primary-records", Number(support.Primary)),
                Computed("independent-pairs", Number(support.IndependentPairs)),
            };
            evidence.AddRange(entry.Sources.Select(s => new Evidence(
                "source " + s.Key,
                s.Publisher + (s.Repeats is { } repeated ? ", repeats " + repeated.Key : string.Empty),
                [s.Key])));
            return evidence;
        }
    }
}
