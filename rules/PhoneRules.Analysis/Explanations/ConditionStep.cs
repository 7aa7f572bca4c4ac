using System.Collections.Generic;

namespace PhoneRules.Analysis.Explanations;

/// <summary>One condition of a rule as NRules evaluated it for the subject: a test (true or false) or a binding (a value).</summary>
/// <param name="Expression">The condition, as written in the rule.</param>
/// <param name="IsBinding">Whether it binds a value (<c>Let</c>) rather than tests one.</param>
/// <param name="Result">The result: true or false for a test, the value for a binding.</param>
/// <param name="Passed">For a test, whether it held; bindings always pass.</param>
/// <param name="Values">The values inside it.</param>
public sealed record ConditionStep(string Expression, bool IsBinding, string Result, bool Passed, IReadOnlyList<ConditionValue> Values);
