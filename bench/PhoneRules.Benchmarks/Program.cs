using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PhoneRules.Benchmarks;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Analysis;
using PhoneRules.Analysis.Findings;

if (args.Length > 0 && args[0] == "probe")
{
    // A quick look without BenchmarkDotNet: phonerules-bench probe MODELS SIGHTINGS [--no-linq] [--reserve]. Three
    // rounds of the analysis on every core, the same on one core (the partitions one after another), and the LINQ
    // baseline; --reserve runs each NRules analysis in the no-GC region the console's analyze uses (AnalysisMemory).
    var models = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var sightings = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var withLinq = !args.Contains("--no-linq");
    var reserve = args.Contains("--reserve");
    var clock = Stopwatch.StartNew();
    var catalog = SyntheticCatalog.Create(models, sightings).Data;
    var built = clock.ElapsedMilliseconds;
    Console.WriteLine($"built {models} models, {sightings} sightings in {built} ms ({GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB live); {Environment.ProcessorCount} cores");
    _ = RuleRunner.SessionFactory;
    for (var i = 0; i < 3; i++)
    {
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var (nrules, nrulesMs, allocated) = Measure(() => RuleRunner.Analyze(catalog), reserve ? catalog : null);
        gcs = (GC.CollectionCount(0) - gcs.Item1, GC.CollectionCount(1) - gcs.Item2, GC.CollectionCount(2) - gcs.Item3 - 1);
        var (oneCore, oneCoreMs, _) = Measure(() => RuleRunner.Analyze(catalog, new AnalysisOptions { Partitions = 1 }), reserve ? catalog : null);
        var line = $"NRules {nrulesMs} ms on {Environment.ProcessorCount} cores ({nrules.Count} findings, {allocated / (1024 * 1024)} MB allocated, {gcs.Item1}/{gcs.Item2}/{gcs.Item3} gen0/1/2 collections), {oneCoreMs} ms on 1 core: speed-up {(double)oneCoreMs / Math.Max(1, nrulesMs):F2}x, equal: {Same(nrules, oneCore)}";
        if (withLinq)
        {
            var (linq, linqMs, _) = Measure(() => LinqBaseline.Analyze(catalog), null);
            line += $"; LINQ {linqMs} ms ({linq.Count}), equal: {Same(nrules, linq)}";
        }

        Console.WriteLine(line + $"; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    return 0;

    static (System.Collections.Generic.IReadOnlyList<Finding> Findings, long Ms, long Allocated) Measure(Func<System.Collections.Generic.IReadOnlyList<Finding>> analyze, PhoneRules.Model.CatalogData? reserveFor) =>
        Measured.Run(analyze, reserveFor is null ? 0 : AnalysisMemory.Estimate(reserveFor));

    static bool Same(System.Collections.Generic.IReadOnlyList<Finding> x, System.Collections.Generic.IReadOnlyList<Finding> y) =>
        x.Select(f => Fingerprints.Of(f) + Fingerprints.Content(f)).SequenceEqual(y.Select(f => Fingerprints.Of(f) + Fingerprints.Content(f)));
}

if (args.Length > 0 && args[0] == "analyze-loop")
{
    // For profilers: phonerules-bench analyze-loop MODELS SIGHTINGS ROUNDS [--reserve], the analysis alone, round after
    // round; --reserve runs each round in the no-GC region the console's analyze uses (AnalysisMemory).
    var models = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    var sightings = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var rounds = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
    var catalog = SyntheticCatalog.Create(models, sightings).Data;
    var reserve = args.Length > 4 && args[4] == "--reserve";
    _ = RuleRunner.SessionFactory;
    for (var i = 0; i < rounds; i++)
    {
        using var region = reserve ? AnalysisMemory.Reserve(catalog) : null;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var clock = Stopwatch.StartNew();
        var count = RuleRunner.Analyze(catalog).Count;
        Console.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"round {i + 1}: {clock.ElapsedMilliseconds} ms, {count} findings, {(GC.GetTotalAllocatedBytes(precise: true) - before) / (1024 * 1024)} MB allocated, "
            + $"GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms in {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} gen0/1/2 collections"));
    }

    return 0;
}

if (args.Length > 0 && args[0] == "alloc-probe")
{
    // phonerules-bench alloc-probe [MODELS [SIGHTINGS [read]]]: where the bytes of one analysis (or, with "read", of
    // reading and validating the catalog as YAML) go, by type, from the runtime's allocation ticks (AllocationProbe).
    var models = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30_000;
    var sightings = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : models * 10;
    var read = args.Contains("read");
    var synthetic = SyntheticCatalog.Create(models, sightings);
    var yaml = read ? synthetic.ToYaml(Sizes.ShippedYaml()) : null;
    _ = RuleRunner.SessionFactory;
    using var probe = new AllocationProbe();
    var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
    var before = GC.GetTotalAllocatedBytes(precise: true);
    probe.Start();

    // What the work keeps is held until it is measured: the read's result, or the analysis's session (one session of
    // every rule, as a catalog below the partitioning size is analysed), whose sink holds its findings.
    object? kept = null;
    string what;
    if (yaml is not null)
    {
        var result = PhoneRules.Schema.CatalogReader.ReadText(yaml, "catalog.yaml");
        kept = result;
        what = $"reading {models} models and {sightings} sightings ({result.Diagnostics.Count} diagnostics)";
    }
    else
    {
        var findings = RuleRunner.Analyze(RuleRunner.SessionFactory, synthetic.Data, null, session => kept = session);
        what = $"the analysis of {models} models and {sightings} sightings in one session ({findings.Count} findings)";
    }

    probe.Stop();
    var total = GC.GetTotalAllocatedBytes(precise: true) - before;
    var live = GC.GetTotalMemory(forceFullCollection: true) - liveBefore;
    GC.KeepAlive(kept);
    var rows = probe.ByType();
    var sampled = rows.Sum(row => row.Bytes);
    Console.WriteLine($"{what}: {total / (1024 * 1024)} MB allocated, {sampled / (1024 * 1024)} MB sampled in {rows.Sum(row => row.Ticks)} ticks; {live / (1024 * 1024)} MB of it still live at the end (the rest was garbage before the end)");
    foreach (var (type, bytes, ticks) in rows.Take(30))
    {
        Console.WriteLine($"{bytes / (1024.0 * 1024):F1} MB\t{100.0 * bytes / Math.Max(1, sampled):F1} %\t{ticks}\t{type}");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "per-rule")
{
    // phonerules-bench per-rule [MODELS [SIGHTINGS [RULE]]]: each rule compiled alone (with what it chains on), timed once.
    var models = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var sightings = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : models * 10;
    var catalog = SyntheticCatalog.Create(models, sightings).Data;
    var support = new[] { typeof(PhoneRules.Analysis.Rules.Support.AnalysisYearsRule), typeof(PhoneRules.Analysis.Rules.Support.ReleaseCountRule) };
    var only = args.Length > 3 ? args[3] : null;
    foreach (var rule in RuleRunner.Rules.Where(r => only is null || r.Id == only))
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
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var findings = RuleRunner.Analyze(factory, catalog);
        // A rule that chains on others is compiled with them: their findings and allocation are in its line, named.
        var with = types.Count > 1 ? $" (with {string.Join(", ", types.Skip(1).Select(t => t.Name))})" : string.Empty;
        Console.WriteLine($"{rule.Id}{with}: {clock.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes(precise: true) - before) / (1024 * 1024)} MB allocated, {findings.Count(f => f.RuleId == rule.Id)} findings of its own, {findings.Count} in all");
    }

    var none = RuleRunner.Compile(typeof(PhoneRules.Analysis.Rules.Support.AnalysisYearsRule));
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var c2 = Stopwatch.StartNew();
    RuleRunner.Analyze(none, catalog);
    Console.WriteLine($"insert only: {c2.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024 * 1024)} MB allocated");
    return 0;
}

if (args.Length > 0 && args[0] == "loader-probe")
{
    // phonerules-bench loader-probe [MODELS [SIGHTINGS]] [--reserve]: the synthetic catalog as YAML in memory, then three rounds of
    // CatalogReader.ReadText (read and validate; with --reserve in a no-GC region as the console reads a file) and
    // CatalogData.FromDocument (typed records), timed and measured.
    var models = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var sightings = args.Length > 2 && args[2] != "--reserve" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : models;
    var reserve = args.Contains("--reserve");
    var shipped = Sizes.ShippedYaml();
    var yaml = SyntheticCatalog.Create(models, sightings).ToYaml(shipped);
    var limits = new PhoneRules.Schema.ReaderLimits();
    Console.WriteLine($"{models} models, {sightings} sightings: {yaml.Length / (1024 * 1024)} MB of YAML");
    for (var i = 0; i < 3; i++)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        PhoneRules.Schema.CatalogReadResult result;
        using (reserve ? PhoneRules.Analysis.AnalysisMemory.Reserve(PhoneRules.Schema.CatalogReader.AllocationEstimate(System.Text.Encoding.UTF8.GetByteCount(yaml))) : null)
        {
            result = PhoneRules.Schema.CatalogReader.ReadText(yaml, "catalog.yaml", limits);
        }

        var readMs = clock.ElapsedMilliseconds;
        var readPausedMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
        var readCollections = (GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3);
        var readBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (result.Document is null)
        {
            Console.WriteLine($"not read: {result.Diagnostics.FirstOrDefault()}");
            return 1;
        }

        // The floor of a reader built on YamlDotNet: its parser's events alone, nothing kept.
        before = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        var parserMs = clock.ElapsedMilliseconds;
        var parserBytes = GC.GetTotalAllocatedBytes(precise: true) - before;

        before = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var data = PhoneRules.Model.CatalogData.FromDocument(result.Document);
        var recordsMs = clock.ElapsedMilliseconds;
        var recordsBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(System.FormattableString.Invariant(
            $"read and validate {readMs} ms (GC paused {readPausedMs:F0} ms; gen0/1/2 {readCollections.Item1}/{readCollections.Item2}/{readCollections.Item3}), {readBytes / (1024 * 1024)} MB ({readBytes / Math.Max(1, models)} B per model); YamlDotNet's {events} events alone {parserMs} ms, {parserBytes / (1024 * 1024)} MB ({parserBytes / Math.Max(1, models)} B per model); typed records {recordsMs} ms, {recordsBytes / (1024 * 1024)} MB ({data.Models.Count} models); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
    }

    return 0;
}

if (args.Length > 0 && args[0] == "memory-probe")
{
    // phonerules-bench memory-probe [MIB]: what this machine charges for fresh memory (MemoryProbe), three rounds.
    var bytes = (args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1024) * 1024 * 1024;
    for (var round = 1; round <= 3; round++)
    {
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var (fresh, touched) = MemoryProbe.Measure(bytes, threads);
            Console.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"round {round}, {threads} thread(s): fresh memory {fresh:F2} GB/s ({1 / fresh:F2} s a GB), touched again {touched:F1} GB/s"));
        }
    }

    return 0;
}

if (args.Length > 0 && args[0] == "floor-probe")
{
    // phonerules-bench floor-probe [FINDINGS]: the least N findings cost here, built alone and one NRules activation
    // each (FloorProbe), three rounds; 675,111 is what the analysis finds at 100,000 models.
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 675_111;
    foreach (var line in FloorProbe.Measure(count, rounds: 3))
    {
        Console.WriteLine(line);
    }

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
BenchmarkSwitcher.FromAssembly(typeof(Sizes).Assembly).Run(args, config);
return 0;
