using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PhoneRules.Benchmarks;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;

if (args.Length > 0 && args[0] == "probe")
{
    // A quick look without BenchmarkDotNet: phonerules-bench probe MODELS SIGHTINGS
    var models = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var sightings = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var clock = Stopwatch.StartNew();
    var catalog = SyntheticCatalog.Create(models, sightings).Data;
    Console.WriteLine($"built {models} models, {sightings} sightings in {clock.ElapsedMilliseconds} ms");
    _ = RuleRunner.SessionFactory;
    for (var i = 0; i < 3; i++)
    {
        GC.Collect();
        clock.Restart();
        var nrules = RuleRunner.Analyze(catalog);
        var nrulesMs = clock.ElapsedMilliseconds;
        clock.Restart();
        var linq = LinqBaseline.Analyze(catalog);
        var linqMs = clock.ElapsedMilliseconds;
        Console.WriteLine($"NRules {nrulesMs} ms ({nrules.Count} findings), LINQ {linqMs} ms ({linq.Count}), equal: {nrules.Select(f => Fingerprints.Of(f) + Fingerprints.Content(f)).SequenceEqual(linq.Select(f => Fingerprints.Of(f) + Fingerprints.Content(f)))}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "per-rule")
{
    var catalog = SyntheticCatalog.Create(100_000, 1_000_000).Data;
    var support = new[] { typeof(PhoneRules.Analysis.Rules.Support.AnalysisYearsRule), typeof(PhoneRules.Analysis.Rules.Support.ReleaseCountRule) };
    foreach (var rule in RuleRunner.Rules)
    {
        var types = new System.Collections.Generic.List<Type> { rule.RuleType };
        if (rule.Id is "PR003" or "PR006")
        {
            types.AddRange(support);
        }

        if (rule.Id == "PR006")
        {
            types.Add(typeof(PhoneRules.Analysis.Rules.PR003ReleaseDroughtRule));
        }

        if (rule.Id == "PR004")
        {
            types.Add(typeof(PhoneRules.Analysis.Rules.PR002ForeignHardwareRule));
        }
        var factory = RuleRunner.Compile(types.ToArray());
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var n = RuleRunner.Analyze(factory, catalog).Count;
        Console.WriteLine($"{rule.Id}: {clock.ElapsedMilliseconds} ms, {n} findings");
    }

    var none = RuleRunner.Compile(typeof(PhoneRules.Analysis.Rules.Support.AnalysisYearsRule));
    var c2 = Stopwatch.StartNew();
    RuleRunner.Analyze(none, catalog);
    Console.WriteLine($"insert only: {c2.ElapsedMilliseconds} ms");
    return 0;
}

if (args.Length > 0 && args[0] == "lsp-probe")
{
    // A quick look at edit -> diagnostics without BenchmarkDotNet: phonerules-bench lsp-probe MODELS (0: shipped)
    var bench = new LspBenchmarks { Models = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0 };
    bench.Setup();
    foreach (var (name, run) in new (string, Func<object>)[] { ("service", bench.Service), ("server", () => bench.Server()) })
    {
        var times = new System.Collections.Generic.List<double>();
        for (var i = 0; i < 21; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(System.FormattableString.Invariant($"{name}: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms (21 edits)"));
    }

    bench.Cleanup();
    return 0;
}

// In process (no generated project per benchmark), few iterations: one run of the 100,000-model case takes
// seconds, so BenchmarkDotNet's statistics come from repetitions of large work, not from millions of calls.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(5)
        .WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(SyntheticCatalog).Assembly).Run(args, config);
return 0;
