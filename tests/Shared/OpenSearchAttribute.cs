using System;

namespace PhoneRules.Testing;

/// <summary>
/// A random search that runs only when <see cref="Property.OpenSearchVariable"/> is set (a separate step of
/// .ci/run); the gating <c>dotnet test</c> skips it, since a test whose inputs change from run to run cannot gate.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenSearchAttribute : FactAttribute
{
    /// <summary>Skips unless the open search is asked for.</summary>
    public OpenSearchAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Property.OpenSearchVariable)))
        {
            Skip = $"open random search: runs when {Property.OpenSearchVariable} is set (.ci/run's search step)";
        }
    }
}
