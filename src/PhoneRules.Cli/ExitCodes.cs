namespace PhoneRules.Cli;

/// <summary>The console's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Done, and no finding at or above <c>--fail-on</c>.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int FindingsFound = 1;

    /// <summary>Bad input or usage: a missing or invalid catalog, an unknown option, rule or format.</summary>
    public const int BadInput = 2;
}
