using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Running;
using LinkHygiene.Benchmarks;
using LinkHygiene.Engine;
using LinkHygiene.Options;

// `quick`: a timed whole-corpus run (seconds). `growth`: time against input size, 1 KB to 10 MB, for every
// pathological shape. `prof`: phases and allocations (shared corpus against AngleSharp, the 1 MB page; `prof page10`: the 10 KB page alone;
// `prof templates:<folder>`: any folder's templates measured as the corpus is; `prof phases:<folder>`: each phase and rule over them; `prof builder:<folder>`: AngleSharp's tokenizer, its parse, and its tree builder into a bare tree). `loop`: the
// engine in a loop for dotnet-trace (`loop corpus-tokens|corpus-dom` for the corpus templates read without or with a DOM; `loop templates:<folder>`). `analyzer`: the analyzer over the shared corpus in one compilation.
// `lsp-latency`: the language server's edit path. Anything else goes to BenchmarkDotNet (e.g. --filter *).
if (args.Length > 0 && args[0] == "prof") { Prof.Run(args.Length > 1 ? args[1] : null); return; }
if (args.Length > 0 && args[0] == "lsp-latency")
{
    // `lsp-latency [edits] [KB ...] [--server EXECUTABLE]` (the native tool, say; the framework-dependent one otherwise)
    var server = Array.IndexOf(args, "--server") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    var numbers = args.Skip(1).TakeWhile(a => a != "--server").ToArray();
    LspLatency.Run(
        numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 300,
        numbers.Length > 1 ? numbers.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : null,
        server);
    return;
}

if (args.Length > 0 && args[0] == "analyzer") { AnalyzerCorpus.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5); return; }
if (args.Length > 0 && args[0] == "loop") { Prof.Loop(args.Length > 1 ? args[1] : "large", args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10); return; }
if (args.Length > 0 && args[0] == "growth") { Growth.Run(); return; }
if (args.Length > 0 && args[0] == "quick")
{
    var files = Corpus.All;
    var bytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text));
    foreach (var file in files)
    {
        LinkHygieneEngine.Analyze(file.Path, file.Text, DictionaryOptionSource.Empty); // warm up
    }

    const int rounds = 50;
    var latencies = files.ToDictionary(f => f.Name, _ => new double[rounds]);
    var total = Stopwatch.StartNew();
    for (var round = 0; round < rounds; round++)
    {
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            LinkHygieneEngine.Analyze(file.Path, file.Text, DictionaryOptionSource.Empty);
            latencies[file.Name][round] = watch.Elapsed.TotalMilliseconds;
        }
    }

    total.Stop();
    var all = latencies.Values.SelectMany(v => v).OrderBy(v => v).ToArray();
    Console.WriteLine($"{files.Count} templates, {bytes / 1024.0:F1} KB, {rounds} rounds");
    Console.WriteLine($"throughput: {bytes * rounds / 1048576.0 / total.Elapsed.TotalSeconds:F2} MB/s");
    Console.WriteLine($"per file: median {all[all.Length / 2]:F3} ms, p95 {all[(int)(all.Length * 0.95)]:F3} ms, max {all[^1]:F3} ms");
    foreach (var size in new[] { 1, 10, 100, 500, 1000, 5000 })
    {
        var text = Corpus.LargePage(size);
        LinkHygieneEngine.Analyze("Pages/Big.cshtml", text, DictionaryOptionSource.Empty);
        var watch = Stopwatch.StartNew();
        var count = 0;
        var repeat = Math.Max(1, 2000 / size);
        for (var k = 0; k < repeat; k++)
        {
            count = LinkHygieneEngine.Analyze("Pages/Big.cshtml", text, DictionaryOptionSource.Empty).Links.Count;
        }

        var ms = watch.Elapsed.TotalMilliseconds / repeat;
        Console.WriteLine($"synthetic {size,5} KB: {ms,9:F2} ms, {text.Length / 1048576.0 / (ms / 1000):F2} MB/s, {count} links");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzeBenchmarks).Assembly).Run(args);
