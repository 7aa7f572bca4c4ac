using System.Globalization;

namespace PhoneRules.Cli;

/// <summary>
/// How many problem lines the console prints before it stops with "... and N more": 200,000 unknown keys
/// are not 400,000 lines on a terminal, and the first lines are the ones a user fixes first.
/// </summary>
internal static class DiagnosticLimit
{
    /// <summary>The most problem lines printed for one run.</summary>
    public const int MaxLines = 100;

    /// <summary>The last line, counting what was left out.</summary>
    public static string AndMore(int omitted) =>
        $"phonerules: error: ... and {omitted.ToString(CultureInfo.InvariantCulture)} more";
}
