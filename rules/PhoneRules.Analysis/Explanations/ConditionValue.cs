using System.Collections.Generic;

namespace PhoneRules.Analysis.Explanations;

/// <summary>One value inside a condition, as the rule saw it, with the sources behind it when it is a sourced fact.</summary>
/// <param name="Expression">The sub-expression, as written in the rule (<c>lag.Max</c>).</param>
/// <param name="Value">Its value, formatted invariantly.</param>
/// <param name="Sources">Source keys behind the value, when it is a catalog fact with sources.</param>
public sealed record ConditionValue(string Expression, string Value, IReadOnlyList<string> Sources);
