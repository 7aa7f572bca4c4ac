using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace PhoneRules.Cli;

/// <summary>
/// "Did you mean" for a mistyped command or option: each unmatched argument is compared with the names the
/// command it was given to knows (its subcommands, or its options for one starting with '-'), by edit distance.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The parse errors, with each unknown command or option that is close to a known one replaced by one line
    /// naming it; the value after a mistyped option, and "Required command was not provided" when the command
    /// itself was mistyped, are then left out: they follow from the typo.
    /// </summary>
    public static List<string> Apply(ParseResult parsed, List<string> errors)
    {
        var command = parsed.CommandResult.Command;
        var unmatched = parsed.UnmatchedTokens;
        var replaced = new Dictionary<string, string>(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var commandSuggested = false;
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            var isOption = token.StartsWith('-');
            var names = isOption
                ? command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));
            if (Closest(token, names) is not { } known)
            {
                continue;
            }

            replaced[token] = isOption ? $"unknown option '{token}'; did you mean '{known}'?" : $"unknown command '{token}'; did you mean '{known}'?";
            commandSuggested |= !isOption;
            // The mistyped option's value is not an argument of its own.
            if (isOption && i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-'))
            {
                skipped.Add(unmatched[i + 1]);
            }
        }

        if (replaced.Count == 0)
        {
            return errors;
        }

        var result = new List<string>();
        foreach (var error in errors)
        {
            var token = replaced.Keys.Concat(skipped).FirstOrDefault(t => error == $"Unrecognized command or argument '{t}'.");
            if (token is not null)
            {
                if (replaced.TryGetValue(token, out var line))
                {
                    result.Add(line);
                }

                continue;
            }

            if (commandSuggested && error == "Required command was not provided.")
            {
                continue;
            }

            result.Add(error);
        }

        return result;
    }

    /// <summary>The known name closest to <paramref name="token"/>, when it is close enough to be a typo of it.</summary>
    public static string? Closest(string token, IEnumerable<string> names)
    {
        var best = names
            .Select(name => (Name: name, Distance: Distance(token.ToLowerInvariant(), name)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        // One edit in a short name, up to a third of a longer one: 'analyse', '--formt', '--catalgo'.
        return best.Name is not null && best.Distance <= Math.Max(1, best.Name.TrimStart('-').Length / 3) ? best.Name : null;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
