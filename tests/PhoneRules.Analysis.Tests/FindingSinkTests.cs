using System;
using System.Linq;
using NRules.Fluent.Dsl;
using PhoneRules.Analysis.Findings;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// Rules hand their findings to the session's <see cref="FindingSink"/>; findings are not facts, so nothing the
/// engine holds grows with them, and a finding another rule could match would have to be a derived fact instead.
/// </summary>
public sealed class FindingSinkTests
{
    [Fact]
    public void Found_CollectsEachFindingInTheOrderTheActionsRan_AndInsertsNoFact()
    {
        var catalog = new TestCatalog().Model("a", released: "2019").Model("b", released: "2020").Model("c", released: "2018").Build();
        var session = RuleRunner.Compile(typeof(EveryModelRule)).CreateSession();
        var sink = FindingSink.AttachTo(session);
        session.InsertAll(catalog.Models);

        session.Fire();

        var keys = sink.Findings.Select(f => f.SubjectKey).ToList();
        Assert.Equal(6, keys.Count);
        Assert.All([0, 2, 4], i => Assert.Equal(keys[i] + "+", keys[i + 1]));
        Assert.Equal(["a", "b", "c"], keys.Where((_, i) => i % 2 == 0).Order(StringComparer.Ordinal));
        Assert.Empty(session.Query<Finding>());
        Assert.Equal(3, session.Query<PhoneModel>().Count());
    }

    [Fact]
    public void EveryRule_HandsItsFindingsToTheSink_NotToTheSession()
    {
        // A rule written the old way (ctx.Insert of a Finding) would have its findings silently dropped.
        var catalog = SyntheticCatalog.Create(2_000, 4_000).Data;
        NRules.ISession session = null!;

        var findings = RuleRunner.Analyze(RuleRunner.SessionFactory, catalog, AnalysisOptions.Default, s => session = s);

        Assert.Equal(RuleRunner.Rules.Count, findings.Select(f => f.RuleId).Distinct().Count());
        Assert.Empty(session.Query<Finding>());
    }

    [Fact]
    public void Analyze_ReturnsWhatTheSinkCollected()
    {
        var catalog = new TestCatalog().Model("a", released: "2019").Model("b", released: "2020").Build();

        var findings = RuleRunner.Analyze(RuleRunner.Compile(typeof(EveryModelRule)), catalog);

        Assert.Equal(["a", "a+", "b", "b+"], findings.Select(f => f.SubjectKey));
    }

    [Fact]
    public void CreateSession_ReportsThroughFindingsOf()
    {
        var catalog = new TestCatalog().Model("a", released: "2019").Model("b", released: "2020").Build();
        var session = RuleRunner.CreateSession(RuleRunner.Compile(typeof(EveryModelRule)));
        session.InsertAll(catalog.Models);
        Assert.Empty(RuleRunner.FindingsOf(session));

        session.Fire();

        Assert.Equal(["a", "a+", "b", "b+"], RuleRunner.FindingsOf(session).Select(f => f.SubjectKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FindingsOf_ASessionWithoutASink_Throws()
    {
        var session = RuleRunner.Compile(typeof(EveryModelRule)).CreateSession();

        var error = Assert.Throws<ArgumentException>(() => RuleRunner.FindingsOf(session));

        Assert.Contains("RuleRunner.CreateSession", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RuleRunner.FindingsOf(null!));
        Assert.Throws<ArgumentNullException>(() => RuleRunner.CreateSession(null!));
    }

    [Fact]
    public void Found_InASessionWithoutASink_Throws()
    {
        var catalog = new TestCatalog().Model("a", released: "2019").Build();
        var session = RuleRunner.Compile(typeof(EveryModelRule)).CreateSession();
        session.InsertAll(catalog.Models);

        var error = Assert.ThrowsAny<Exception>(() => session.Fire());

        Assert.Contains(nameof(FindingSink), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AnythingButTheSink_Throws()
    {
        var sink = new FindingSink();

        Assert.Same(sink, sink.Resolve(null!, typeof(FindingSink)));
        var error = Assert.Throws<InvalidOperationException>(() => sink.Resolve(null!, typeof(string)));
        Assert.Contains("System.String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttachToOrOf_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FindingSink.AttachTo(null!));
        Assert.Throws<ArgumentNullException>(() => FindingSink.Of(null!));
    }

    [Theory]
    [InlineData(typeof(NullFindingRule))]
    [InlineData(typeof(NullFindingsRule))]
    public void Found_Null_Throws(Type rule)
    {
        var catalog = new TestCatalog().Model("a", released: "2019").Build();
        var session = RuleRunner.Compile(rule).CreateSession();
        FindingSink.AttachTo(session);
        session.InsertAll(catalog.Models);

        var error = Assert.ThrowsAny<Exception>(() => session.Fire());

        Assert.IsType<ArgumentNullException>(error.InnerException);
    }
}

/// <summary>A test rule that reports every model twice, once alone and once as a list (top level: NRules loads public top-level rule types only).</summary>
[Name("PR901 every-model")]
[Description("Test rule.")]
[Tag("test")]
[Severity(FindingSeverity.Note)]
public sealed class EveryModelRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PhoneModel model = default!;

        When()
            .Match(() => model);

        Then()
            .Do(ctx => ctx.Found(Of(model.Key)))
            .Do(ctx => ctx.Found(new[] { Of(model.Key + "+") }.AsEnumerable()));
    }

    private static Finding Of(string key) =>
        new("PR901", "every-model", FindingSeverity.Note, FindingConfidence.Certain, "PhoneModel", key, "m " + key, Array.Empty<Evidence>(), default, null);
}

/// <summary>A test rule that hands the sink a null finding.</summary>
[Name("PR902 null-finding")]
[Description("Test rule.")]
[Tag("test")]
[Severity(FindingSeverity.Note)]
public sealed class NullFindingRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PhoneModel model = default!;

        When()
            .Match(() => model, m => m.Key == "a");

        Then()
            .Do(ctx => ctx.Found((Finding)null!));
    }
}

/// <summary>A test rule that hands the sink a null list of findings.</summary>
[Name("PR903 null-findings")]
[Description("Test rule.")]
[Tag("test")]
[Severity(FindingSeverity.Note)]
public sealed class NullFindingsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PhoneModel model = default!;

        When()
            .Match(() => model, m => m.Key == "a");

        Then()
            .Do(ctx => ctx.Found((System.Collections.Generic.IEnumerable<Finding>)null!));
    }
}
