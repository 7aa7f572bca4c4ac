using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Cli.Output.Github;
using PhoneRules.Cli.Output.Json;
using PhoneRules.Cli.Output.Markdown;
using PhoneRules.Cli.Output.Sarif;
using PhoneRules.Cli.Output.Text;

namespace PhoneRules.Cli.Output;

/// <summary>
/// Every findings format <c>analyze --format</c> accepts, in the order help lists them. The option, the
/// dispatch and the escaping tests all read this list, so a format added here is offered and tested at once.
/// </summary>
internal static class Renderers
{
    /// <summary>Each format's name and renderer.</summary>
    public static IReadOnlyList<(string Format, Func<FindingsReport, string> Render)> All { get; } =
    [
        ("text", TextRenderer.Render),
        ("json", JsonRenderer.Render),
        ("sarif", SarifRenderer.Render),
        ("markdown", MarkdownRenderer.Render),
        ("github", GithubRenderer.Render),
    ];

    /// <summary>The format names.</summary>
    public static string[] Formats { get; } = [.. All.Select(r => r.Format)];

    /// <summary>The renderer of <paramref name="format"/> (one of <see cref="Formats"/>).</summary>
    public static string Render(string format, FindingsReport report) =>
        All.Single(r => string.Equals(r.Format, format, StringComparison.Ordinal)).Render(report);
}
