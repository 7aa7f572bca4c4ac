using System.Collections.Generic;
using System.Linq;
using PhoneRules.Rules;
using PhoneRules.Rules.Findings;

namespace PhoneRules.Cli.Output;

/// <summary>What every renderer needs: the findings, the catalog they came from, the rules and the tool version.</summary>
/// <param name="CatalogPath">The catalog file as the user named it (or the compiled one's name).</param>
/// <param name="Findings">The findings to report, in <see cref="FindingOrder"/>.</param>
/// <param name="Rules">The rules that ran, in id order.</param>
/// <param name="ToolVersion">The tool's version.</param>
internal sealed record FindingsReport(string CatalogPath, IReadOnlyList<Finding> Findings, IReadOnlyList<RuleDescriptor> Rules, string ToolVersion)
{
    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    public string Summary()
    {
        var total = Findings.Count;
        return $"{total} finding{(total == 1 ? string.Empty : "s")} ({Count(FindingSeverity.Error)} error, {Count(FindingSeverity.Warning)} warning, {Count(FindingSeverity.Note)} note) in {CatalogPath}";
    }
}
