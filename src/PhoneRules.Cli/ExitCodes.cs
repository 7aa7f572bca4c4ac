namespace PhoneRules.Cli;

/// <summary>
/// The console's exit codes, the one table the README documents. Each failure maps to exactly one of them:
/// a user can tell "my input is wrong" (2) from "the tool is wrong" (3).
/// </summary>
public static class ExitCodes
{
    /// <summary>Done, and no finding at or above <c>--fail-on</c>.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above <c>--fail-on</c> (or new ones at or above <c>--fail-on-new</c>).</summary>
    public const int FindingsFound = 1;

    /// <summary>Bad input or usage: a missing or invalid catalog or baseline, an unknown or empty option value, a refused path.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error: a bug in the console, reported in one line instead of a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report it); nothing is left half-written.</summary>
    public const int Interrupted = 130;
}
