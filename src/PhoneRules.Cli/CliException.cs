using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Schema;

namespace PhoneRules.Cli;

/// <summary>Bad input or usage: reported as one line per problem on standard error, exit code 2, no stack trace.</summary>
public sealed class CliException : Exception
{
    /// <summary>A problem described by one message.</summary>
    public CliException(string message)
        : base(message) => Lines = [message];

    /// <summary>Problems found in a catalog file, each already located.</summary>
    public CliException(IReadOnlyList<CatalogDiagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "invalid catalog") =>
        Lines = diagnostics.Select(d => d.ToString()).ToArray();

    /// <summary>Several problems, one complete line each (the console prints at most <see cref="DiagnosticLimit.MaxLines"/>).</summary>
    public CliException(IReadOnlyList<string> lines)
        : base(lines?.Count > 0 ? lines[0] : "error") => Lines = lines ?? [];

    /// <summary>Required by convention; prefer the other constructors.</summary>
    public CliException()
        : this("error")
    {
    }

    /// <summary>Required by convention; prefer the other constructors.</summary>
    public CliException(string message, Exception innerException)
        : base(message, innerException) => Lines = [message];

    /// <summary>The lines to print, each a complete error.</summary>
    public IReadOnlyList<string> Lines { get; }
}
