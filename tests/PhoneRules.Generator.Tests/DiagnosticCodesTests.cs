using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PhoneRules.Testing;
using PhoneRules.Generator.Diagnostics;
using PhoneRules.Schema;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// A diagnostic id is written once, in DiagnosticCodes; the compiler's descriptors, the README's table and
/// docs/diagnostics.md must all say the same, and every help link must lead to its section.
/// </summary>
public sealed class DiagnosticCodesTests
{
    [Fact]
    public void EveryCode_HasADescriptorWithItsTitleCauseAndAbsoluteHelpLink()
    {
        Assert.Equal(DiagnosticCodes.All.Select(c => c.Id), DiagnosticDescriptors.All.Select(d => d.Id));
        foreach (var code in DiagnosticCodes.All)
        {
            var descriptor = DiagnosticDescriptors.ById(code.Id)!;
            Assert.Equal(code.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(code.Cause, descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) && uri.Scheme == "https", descriptor.HelpLinkUri);
            Assert.Equal(DiagnosticCodes.DocsUrl + "#" + code.Anchor, descriptor.HelpLinkUri);
        }

        Assert.Null(DiagnosticDescriptors.ById("PRG098"));
    }

    [Fact]
    public void CodeIds_AreUniqueAndWellFormed()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DiagnosticCodes.All, c => Assert.Matches("^PRG[0-9]{3}$", c.Id));
        Assert.Equal(DiagnosticCodes.All.Select(c => c.Id).Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(c => c.Id));
    }

    [Fact]
    public void DiagnosticsReference_HasOneSectionPerCode_HeadedAsTheHelpLinksExpect()
    {
        var headings = File.ReadLines(Path.Combine(RepositoryRoot.Folder, "docs", "diagnostics.md"))
            .Where(line => line.StartsWith("## PRG", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(DiagnosticCodes.All.Select(c => $"## {c.Id} {c.Title}"), headings);
        Assert.All(DiagnosticCodes.All, c => Assert.Equal(Anchor(c.Id + " " + c.Title), c.Anchor));
    }

    [Fact]
    public void ReadmeTable_ListsEveryCodeOnce_InOrder()
    {
        var ids = File.ReadLines(Path.Combine(RepositoryRoot.Folder, "README.md"))
            .Select(line => Regex.Match(line, "^\\| (PRG[0-9]{3}) \\|"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value);

        Assert.Equal(DiagnosticCodes.All.Select(c => c.Id), ids);
    }

    [Fact]
    public void DocsUrl_IsInTheRepositoryTheBuildNames()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryRoot.Folder, "Directory.Build.props"));
        var repository = Regex.Match(props, "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value;

        Assert.Equal(DiagnosticCodes.DocsUrl, repository + "/blob/main/docs/diagnostics.md");
    }

    // GitHub's heading anchors, written independently of DiagnosticCode.Anchor.
    private static string Anchor(string heading) =>
        Regex.Replace(heading.ToLowerInvariant(), "[^a-z0-9 -]", string.Empty).Replace(' ', '-');
}
