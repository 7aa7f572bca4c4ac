using System;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using PhoneRules.Cli.Lsp;
using PhoneRules.Cli.Service;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Commands;

/// <summary><c>phonerules lsp</c>: a language server for catalogs over standard input and output.</summary>
public sealed class LspCommand : CliCommand
{
    /// <summary>The pause after an edit before it is analysed; a newer edit restarts it.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(25);

    // Only --limit: the editor names the documents.
    private readonly CatalogOptions _catalog = new();

    private readonly Option<bool> _stdio = new("--stdio")
    {
        Description = "Speak the protocol over standard input and output (the only transport; accepted because editors pass it).",
    };

    /// <summary>Creates the command.</summary>
    public LspCommand(CliConsole console)
        : base("lsp", "A Language Server Protocol server for catalog.yaml over standard input and output: the build's diagnostics, findings, completion, hover, definition, references, rename, quick fixes, outline.", console)
    {
        Options.Add(_stdio);
        Options.Add(_catalog.Limit);
    }

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var limits = _catalog.Limits(parse);
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            // The native build: StreamJsonRpc binds the protocol's methods and types by reflection at run time.
            throw new CliException("lsp is not in the native build of phonerules: its JSON-RPC library makes code at run time. Serve the editor from the .NET tool (README: 'Install as a .NET tool') or from this repository (dotnet run --project src/PhoneRules.Cli -- lsp)");
        }

        return Serve(limits);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reached only where code is made at run time (Execute checks); the native build never serves.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reached only where code is made at run time (Execute checks); the native build never serves.")]
    private static int Serve(ReaderLimits limits)
    {
        var server = new LanguageServer(new AnalysisService(limits), Debounce, MaxFrameBytesFor(limits));
        using var input = System.Console.OpenStandardInput();
        using var output = System.Console.OpenStandardOutput();
        return server.RunAsync(input, output, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The largest message read: room for a catalog over the size limit, even written with JSON escapes, so it gets its PRG013.</summary>
    public static long MaxFrameBytesFor(ReaderLimits limits) => (limits.MaxFileBytes * 4) + (1 << 20);
}
