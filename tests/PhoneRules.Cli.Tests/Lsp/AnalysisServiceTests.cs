using System;
using System.Linq;
using System.Threading;
using PhoneRules.Analysis;
using PhoneRules.Cli.Service;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Cli.Tests.Lsp;

/// <summary>The analysis service under the language server: the console's answers, kept and reused.</summary>
public sealed class AnalysisServiceTests
{
    private static string Text => ShippedCatalog.Text;

    [Fact]
    public void ShippedCatalog_GivesAnalyzesFindings_AndNoDiagnostics()
    {
        var result = new AnalysisService().Analyze("catalog.yaml", Text);

        Assert.True(result.IsGood);
        Assert.Empty(result.Diagnostics);
        var expected = RuleRunner.Analyze(CatalogData.FromDocument(ShippedCatalog.Document));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Describe), result.Findings.Select(Describe));
    }

    // A finding as a value: its evidence list compares by reference in the record's own equality.
    private static string Describe(Analysis.Findings.Finding f) =>
        $"{f.RuleId} {f.Severity} {f.Confidence} {f.SubjectType} {f.SubjectKey} {f.Location.Line}:{f.Location.Column} {f.Message} {f.Partner} "
        + string.Join("; ", f.Evidence.Select(e => $"{e.Field}={e.Value} [{string.Join(",", e.Sources)}]"));

    [Fact]
    public void Index_HoldsEveryEntityAndEveryReferenceWhereTheValidatorSawThem()
    {
        var index = new AnalysisService().Analyze("catalog.yaml", Text).Index;

        Assert.Equal(
            ShippedCatalog.Document.Entities.Select(e => (e.Type.Name, e.Key, e.Span)),
            index.Entities.Where(e => e.Key.Length > 0).Select(e => (e.Type, e.Key, e.KeySpan)));
        var expected = ShippedCatalog.Document.Entities.Append(ShippedCatalog.Document.Settings)
            .SelectMany(e => e.Values.Values)
            .SelectMany(v => v.Items ?? [v])
            .Where(v => v.Value is EntityRecord)
            .Select(v => (((EntityRecord)v.Value!).Type.Name, ((EntityRecord)v.Value!).Key, v.Span.Line, v.Span.Column))
            .Order();
        Assert.Equal(expected, index.References.Select(r => (r.TargetType, r.Key, r.Span.Line, r.Span.Column)).Order());
        Assert.All(
            ShippedCatalog.Document.Entities,
            e => Assert.Equal(e.Values.Keys.Order(StringComparer.Ordinal), index.Find(e.Type.Name, e.Key)!.Fields.Select(f => f.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void SameTextTwice_IsAnalysedOnce_ByItsFingerprint()
    {
        var service = new AnalysisService();
        var first = service.Analyze("catalog.yaml", Text);
        var second = service.Analyze("catalog.yaml", string.Concat(Text.AsSpan(0, 10), Text.AsSpan(10)));

        Assert.Same(first, second);
        Assert.Equal(1, service.AnalysisCount);
    }

    [Fact]
    public void TextWithErrors_KeepsTheLastGoodResult()
    {
        var service = new AnalysisService();
        var good = service.Analyze("catalog.yaml", Text);
        var bad = service.Analyze("catalog.yaml", Text.Replace("confidence: medium", "confidence: so-so", StringComparison.Ordinal));

        Assert.False(bad.IsGood);
        Assert.All(bad.Diagnostics, d => Assert.Equal("PRG005", d.Code));
        Assert.Empty(bad.Findings);
        Assert.Same(bad, service.Latest("catalog.yaml"));
        Assert.Same(good, service.LastGood("catalog.yaml"));
    }

    [Fact]
    public void CancelledAnalysis_Throws_AndLeavesTheLatestResult()
    {
        var service = new AnalysisService();
        var good = service.Analyze("catalog.yaml", Text);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => service.Analyze("catalog.yaml", Text + "\n# more\n", cancelled.Token));
        Assert.Same(good, service.Latest("catalog.yaml"));
    }

    [Fact]
    public void Paths_AreKeptApart()
    {
        var service = new AnalysisService();
        var a = service.Analyze("a.yaml", Text);
        var b = service.Analyze("b.yaml", "data: [");

        Assert.Same(a, service.LastGood("a.yaml"));
        Assert.Null(service.LastGood("b.yaml"));
        Assert.Equal("PRG001", Assert.Single(b.Diagnostics).Code);
        Assert.Equal("b.yaml", b.Diagnostics[0].FilePath);
    }
}
