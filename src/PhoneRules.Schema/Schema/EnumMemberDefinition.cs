namespace PhoneRules.Schema;

/// <summary>A value of an enum.</summary>
/// <param name="Name">As written in YAML (<c>state-media</c>).</param>
/// <param name="Identifier">The C# member name (<c>StateMedia</c>).</param>
/// <param name="Doc">Documentation text, or empty.</param>
public sealed record EnumMemberDefinition(string Name, string Identifier, string Doc);
