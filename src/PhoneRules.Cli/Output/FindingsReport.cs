using System.Collections.Generic;
using System.Linq;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Cli.Output;

/// <summary>What every renderer needs: the findings, the catalog they came from, the rules, the tool version, and the baseline comparison if any.</summary>
/// <param name="CatalogPath">The catalog file as the user named it (or the compiled one's name).</param>
/// <param name="Findings">The findings to report, in <see cref="FindingOrder"/>.</param>
/// <param name="Rules">The rules that ran, in id order.</param>
/// <param name="ToolVersion">The tool's version.</param>
internal sealed record FindingsReport(string CatalogPath, IReadOnlyList<Finding> Findings, IReadOnlyList<RuleDescriptor> Rules, string ToolVersion)
{
    private Dictionary<Finding, BaselineState>? _states;

    /// <summary>Whether the catalog is the one compiled into the tool (<c>--builtin</c>); <see cref="CatalogPath"/> is then its file name.</summary>
    public bool Builtin { get; init; }

    /// <summary>How every format names the catalog: its path, or the built-in catalog with the tool's version.</summary>
    public string CatalogName => Builtin ? CatalogChoice.BuiltinName(ToolVersion) : CatalogPath;

    /// <summary>The root of the git repository holding the catalog and the catalog's path in it, when it is in one.</summary>
    public (string Root, string Relative)? Repository { get; init; }

    /// <summary>The catalog as a file in its repository (from its root, with '/'), else as the user named it.</summary>
    public string RepositoryRelativePath => Repository?.Relative ?? CatalogPath;

    /// <summary>The baseline comparison, when <c>--baseline</c> was given.</summary>
    public IReadOnlyList<BaselineResult>? Baseline { get; init; }

    /// <summary>The reasoning behind each finding, when <c>--explain</c> was given.</summary>
    public IReadOnlyDictionary<Finding, IReadOnlyList<PhoneRules.Analysis.Explanations.ConditionStep>>? Explanations { get; init; }

    /// <summary>The reasoning behind <paramref name="finding"/>, or null.</summary>
    public IReadOnlyList<PhoneRules.Analysis.Explanations.ConditionStep>? ExplanationOf(Finding finding) =>
        Explanations is not null && Explanations.TryGetValue(finding, out var steps) ? steps : null;

    /// <summary>Whether a baseline was given.</summary>
    public bool HasBaseline => Baseline is not null;

    /// <summary>The baseline's findings that are gone.</summary>
    public IEnumerable<Finding> Absent => Baseline?.Where(r => r.State == BaselineState.Absent).Select(r => r.Finding) ?? [];

    /// <summary>The state of a current finding against the baseline, or null without one.</summary>
    public BaselineState? StateOf(Finding finding)
    {
        if (Baseline is null)
        {
            return null;
        }

        if (_states is null)
        {
            _states = new Dictionary<Finding, BaselineState>(ReferenceEqualityComparer.Instance);
            foreach (var result in Baseline.Where(r => r.State != BaselineState.Absent))
            {
                _states[result.Finding] = result.State;
            }
        }

        return _states.TryGetValue(finding, out var state) ? state : BaselineState.New;
    }

    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    public int Count(BaselineState state) => state == BaselineState.Absent ? Absent.Count() : Findings.Count(f => StateOf(f) == state);

    public string Summary()
    {
        var total = Findings.Count;
        var summary = $"{total} finding{(total == 1 ? string.Empty : "s")} ({Count(FindingSeverity.Error)} error, {Count(FindingSeverity.Warning)} warning, {Count(FindingSeverity.Note)} note) in {CatalogName}";
        return HasBaseline
            ? summary + $"; against the baseline: {Count(BaselineState.New)} new, {Count(BaselineState.Updated)} updated, {Count(BaselineState.Unchanged)} unchanged, {Count(BaselineState.Absent)} absent"
            : summary;
    }
}
