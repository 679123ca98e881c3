namespace LinkHygiene.Benchmarks;

using System;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Options;

/// <summary>`prof`: where the time goes for a large page, phase by phase (minimum of several runs).</summary>
public static class Prof
{
    public static void Run(string? page = null)
    {
        // `prof`: the corpus, then the 1 MB page; `prof page<KB>`: only the language server's synthetic page of that size.
        string text;
        if (page is not null && page.StartsWith("templates:", StringComparison.Ordinal))
        {
            // `prof templates:<folder>`: any code base's templates, as the corpus is measured (held-out trees, documentation sites)
            var root = page.Substring("templates:".Length);
            RunCorpus(Corpus.Templates(root), root);
            return;
        }

        if (page is not null && page.StartsWith("phases:", StringComparison.Ordinal))
        {
            // `prof phases:<folder>`: the engine's phases over a code base's templates, each rule on its own
            RunPhases(page.Substring("phases:".Length));
            return;
        }

        if (page is not null && page.StartsWith("builder:", StringComparison.Ordinal))
        {
            // `prof builder:<folder>`: AngleSharp's tokenizer, its parse and its tree builder into a bare tree (TreeBuilderProbe)
            TreeBuilderProbe.Run(page.Substring("builder:".Length));
            return;
        }

        if (page is null)
        {
            RunCorpus(Corpus.Shared, "shared corpus");
            text = Corpus.LargePage(1000);
        }
        else
        {
            text = Testing.SyntheticTemplates.Page(int.Parse(page.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture) * 1024);
        }

        // Milliseconds to a tenth for the 1 MB page, to a thousandth for the language server's small pages.
        var format = text.Length >= 100 * 1024 ? "F1" : "F3";
        var reader = new OptionReader(DictionaryOptionSource.Empty);
        var settings = new LinkSettings(LinkZone.None, reader.Get(CommonOptions.UgcSelectors), reader.Get(CommonOptions.SponsoredSelectors), reader.Get(CommonOptions.SiteHosts));
        var bare = new LinkSettings(LinkZone.None, null, null, Array.Empty<string>());
        double scan = double.MaxValue, parse = double.MaxValue, extract = double.MaxValue, extractBare = double.MaxValue, angle = double.MaxValue, engine = double.MaxValue;
        // Minimum of several runs; a small page gets enough of them for its code to reach its final tier.
        var runs = Math.Max(6, 2_000_000 / text.Length);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            var masked = Razor.RazorScanner.Scan(text, false);
            scan = Math.Min(scan, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(masked.Masked);
            angle = Math.Min(angle, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            var doc = TemplateDocument.Parse("a.cshtml", text, TemplateKind.RazorView);
            parse = Math.Min(parse, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            LinkExtractor.Extract(doc, settings);
            extract = Math.Min(extract, sw.Elapsed.TotalMilliseconds);
            var doc2 = TemplateDocument.Parse("a.cshtml", text, TemplateKind.RazorView);
            sw.Restart();
            LinkExtractor.Extract(doc2, bare);
            extractBare = Math.Min(extractBare, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            Engine.LinkHygieneEngine.Analyze("a.cshtml", text, DictionaryOptionSource.Empty);
            engine = Math.Min(engine, sw.Elapsed.TotalMilliseconds);
        }

        var document = TemplateDocument.Parse("a.cshtml", text, TemplateKind.RazorView);
        var walk = LinkExtractor.Walk(document, settings);
        foreach (var rule in Rules.RuleCatalog.Rules)
        {
            var best = double.MaxValue;
            var allocated = long.MaxValue;
            for (var i = 0; i < runs; i++)
            {
                var pending = new System.Collections.Generic.List<Rules.PendingFinding>();
                var context = new Rules.RuleContext(document, walk, new OptionReader(DictionaryOptionSource.Empty), settings, null, pending);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                rule.Analyze(context);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Console.WriteLine($"  {rule.Descriptor.Id}: {best.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} ms, {allocated / (text.Length * 2.0):F2} B/B");
        }

        long Allocated(Action action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var input = text.Length * 2L;
        var scanned = Razor.RazorScanner.Scan(text, false);
        Console.WriteLine($"allocated per input byte (UTF-16): razor scan {Allocated(() => Razor.RazorScanner.Scan(text, false)) / (double)input:F2}"
            + $" | plain AngleSharp {Allocated(() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(scanned.Masked)) / (double)input:F2}"
            + $" | Parse {Allocated(() => TemplateDocument.Parse("a.cshtml", text, TemplateKind.RazorView)) / (double)input:F2}"
            + $" | extract {Allocated(() => LinkExtractor.Extract(TemplateDocument.Parse("a.cshtml", text, TemplateKind.RazorView), settings)) / (double)input:F2} (incl. Parse)"
            + $" | whole engine {Allocated(() => Engine.LinkHygieneEngine.Analyze("a.cshtml", text, DictionaryOptionSource.Empty)) / (double)input:F2}");
        string Ms(double ms) => ms.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        // The whole engine alone, run after run, with the time the runtime paused for collections in it.
        var pauses = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var alone = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            Engine.LinkHygieneEngine.Analyze("a.cshtml", text, DictionaryOptionSource.Empty);
        }

        Console.WriteLine($"whole engine, {runs} runs in a row: {Ms(alone.Elapsed.TotalMilliseconds / runs)} ms a run, of which collections {Ms((GC.GetTotalPauseDuration() - pauses).TotalMilliseconds / runs)} ms"
            + $" ({(GC.CollectionCount(0) - gen0) / (double)runs:F1} collections a run: gen1 {(GC.CollectionCount(1) - gen1) / (double)runs:F1}, gen2 {(GC.CollectionCount(2) - gen2) / (double)runs:F1})");
        Console.WriteLine($"{text.Length / 1024} KB: razor scan {Ms(scan)} ms | plain AngleSharp {Ms(angle)} ms | Parse (scan+AngleSharp+tokens) {Ms(parse)} ms | extract {Ms(extract)} ms (without selectors {Ms(extractBare)}) | whole engine {Ms(engine)} ms");
    }

    private static (string Path, string Text) Shape(string what)
    {
        var parts = what.Split(':');
        var make = System.Linq.Enumerable.First(Testing.SyntheticTemplates.Shapes, s => s.Name == parts[1]).Make;
        return make(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) * 1024);
    }

    private static void RunPhases(string root)
    {
        var files = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(Corpus.Templates(root), f => (f.Path, f.Text, Kind: TemplateKinds.FromPath(f.Path)!.Value)));
        var reader = new OptionReader(DictionaryOptionSource.Empty);
        var settings = new LinkSettings(LinkZone.None, reader.Get(CommonOptions.UgcSelectors), reader.Get(CommonOptions.SponsoredSelectors), reader.Get(CommonOptions.SiteHosts));
        var times = new System.Collections.Generic.Dictionary<string, (double Ms, long Bytes)>();
        for (var round = 0; round < 3; round++)
        {
            times.Clear();
            foreach (var (path, text, kind) in files)
            {
                var document = Time("parse", () => TemplateDocument.Parse(path, text, kind, tokensWhenEnough: true));
                var walk = Time("walk", () => LinkExtractor.Walk(document, settings));
                foreach (var rule in Rules.RuleCatalog.Rules)
                {
                    var context = new Rules.RuleContext(document, walk, reader, settings, null, new System.Collections.Generic.List<Rules.PendingFinding>());
                    Time(rule.Descriptor.Id, () => { rule.Analyze(context); return 0; });
                }

                Time("engine", () => Engine.LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty));
            }
        }

        foreach (var (name, (ms, bytes)) in times)
        {
            Console.WriteLine($"{name,-8} {ms,8:F0} ms {bytes / 1048576.0,8:F0} MB");
        }

        T Time<T>(string name, Func<T> action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            var result = action();
            var elapsed = sw.Elapsed.TotalMilliseconds;
            times.TryGetValue(name, out var sum);
            times[name] = (sum.Ms + elapsed, sum.Bytes + GC.GetAllocatedBytesForCurrentThread() - before);
            return result;
        }
    }

    private static bool ReadsWithoutDom(string path, string text) =>
        TemplateDocument.Parse(path, text, TemplateKinds.FromPath(path)!.Value, tokensWhenEnough: true).IsTokensOnly;

    /// <summary>`loop large|corpus|corpus-tokens|corpus-dom|page<KB>|shape:<name>:<KB> [seconds]`: the engine in a loop, for dotnet-trace and dotnet-counters to watch.</summary>
    public static void Loop(string what, double seconds)
    {
        // `corpus`, `large` (the 1 MB page) or `page<KB>`: the language server's synthetic page of that size (`page10`).
        // `corpus-tokens` and `corpus-dom`: only the corpus templates the engine reads without a DOM, or only those with one.
        // `shape:<name>:<KB>`: one of the growth benchmark's shapes (SyntheticTemplates.Shapes) at that size.
        var inputs = what.StartsWith("templates:", StringComparison.Ordinal)
            ? System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(Corpus.Templates(what.Substring("templates:".Length)), f => (f.Path, f.Text)))
            : what.StartsWith("shape:", StringComparison.Ordinal)
            ? new System.Collections.Generic.List<(string Path, string Text)> { Shape(what) }
            : what.StartsWith("corpus", StringComparison.Ordinal)
            ? System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(
                System.Linq.Enumerable.Where(Corpus.Shared, f => what == "corpus" || ReadsWithoutDom(f.Path, f.Text) == (what == "corpus-tokens")),
                f => (f.Path, f.Text)))
            : what.StartsWith("page", StringComparison.Ordinal)
                ? new System.Collections.Generic.List<(string Path, string Text)> { ("Pages/Page.cshtml", Testing.SyntheticTemplates.Page(int.Parse(what.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture) * 1024)) }
                : new System.Collections.Generic.List<(string Path, string Text)> { ("Pages/Big.cshtml", Corpus.LargePage(1000)) };
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var (path, text) in inputs)
            {
                Engine.LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty);
            }

            rounds++;
        }

        Console.WriteLine($"{rounds} rounds of {inputs.Count} inputs in {watch.Elapsed.TotalSeconds:F1} s ({watch.Elapsed.TotalMilliseconds / rounds:F3} ms a round)");
    }

    /// <summary>The shared corpus, whole engine against a plain AngleSharp parse of the same text (minimum of five rounds, one thread).</summary>
    private static void RunCorpus(System.Collections.Generic.IReadOnlyList<(string Name, string Path, string Text)> files, string label)
    {
        double engine = double.MaxValue, angle = double.MaxValue, parse = double.MaxValue, tokensOnly = double.MaxValue, noDom = double.MaxValue;
        long noDomBytes = 0;
        double enginePauses = 0, anglePauses = 0; // the collections' pauses in the fastest round of each ...
        string engineCollections = string.Empty, angleCollections = string.Empty; // ... and their number, by generation
        static int[] Collections() => new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        static string Since(int[] before) => $"{GC.CollectionCount(0) - before[0]}/{GC.CollectionCount(1) - before[1]}/{GC.CollectionCount(2) - before[2]}";
        long engineBytes = 0, angleBytes = 0, input = 0;
        foreach (var file in files)
        {
            input += System.Text.Encoding.UTF8.GetByteCount(file.Text);
        }

        for (var round = 0; round < 5; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var collections = Collections();
            var sw = Stopwatch.StartNew();
            foreach (var file in files)
            {
                new AngleSharp.Html.Parser.HtmlParser().ParseDocument(file.Text);
            }

            if (sw.Elapsed.TotalMilliseconds < angle)
            {
                (angle, anglePauses, angleCollections) = (sw.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, Since(collections));
            }

            angleBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            sw.Restart();
            foreach (var file in files)
            {
                TemplateDocument.Parse(file.Path, file.Text, TemplateKinds.FromPath(file.Path)!.Value);
            }

            parse = Math.Min(parse, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            foreach (var file in files)
            {
                TemplateDocument.Parse(file.Path, file.Text, TemplateKinds.FromPath(file.Path)!.Value, tokensWhenEnough: true);
            }

            tokensOnly = Math.Min(tokensOnly, sw.Elapsed.TotalMilliseconds);

            // (the tokenizer pass and what it records, with no DOM at all: what the engine's reading costs beside the DOM)
            var before = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            foreach (var file in files)
            {
                TemplateDocument.ParseTokensOnly(file.Path, file.Text, TemplateKinds.FromPath(file.Path)!.Value);
            }

            noDom = Math.Min(noDom, sw.Elapsed.TotalMilliseconds);
            noDomBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            allocated = GC.GetAllocatedBytesForCurrentThread();
            paused = GC.GetTotalPauseDuration();
            collections = Collections();
            sw.Restart();
            foreach (var file in files)
            {
                Engine.LinkHygieneEngine.Analyze(file.Path, file.Text, DictionaryOptionSource.Empty);
            }

            if (sw.Elapsed.TotalMilliseconds < engine)
            {
                (engine, enginePauses, engineCollections) = (sw.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, Since(collections));
            }

            engineBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        Console.WriteLine($"{label}, {files.Count} templates, {input / 1048576.0:F1} MB (UTF-8): plain AngleSharp {angle:F0} ms ({angleBytes / (double)input:F1} B allocated per input byte, collections {anglePauses:F0} ms, gen 0/1/2 {angleCollections})"
            + $" | TemplateDocument.Parse {parse:F0} ms ({tokensOnly:F0} ms without a DOM where none is needed, {noDom:F0} ms and {noDomBytes / (double)input:F2} B/B with none at all) | whole engine {engine:F0} ms ({engineBytes / (double)input:F2} B/B, collections {enginePauses:F0} ms, gen 0/1/2 {engineCollections}) = {engine / angle:F2}x AngleSharp");

        // The engine's allocations split by how a template is read: the DOM's share is bounded below by AngleSharp's.
        long withoutBytes = 0, withoutInput = 0, withBytes = 0, withInput = 0;
        int without = 0, callback = 0;
        foreach (var file in files)
        {
            var bytes = System.Text.Encoding.UTF8.GetByteCount(file.Text);
            var tokensOnlyFile = ReadsWithoutDom(file.Path, file.Text);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Engine.LinkHygieneEngine.Analyze(file.Path, file.Text, DictionaryOptionSource.Empty);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (tokensOnlyFile)
            {
                without++;
                withoutInput += bytes;
                withoutBytes += allocated;
            }
            else
            {
                withInput += bytes;
                withBytes += allocated;
                // Read with the parser's token callback (TemplateDocument.Parse): where the tree builder decides how text is read.
                callback += TemplateDocument.TreeBuilderDecidesReading(file.Text) ? 1 : 0;
            }
        }

        Console.WriteLine($"whole engine by reading: {without} templates without a DOM, {withoutInput / 1048576.0:F1} MB, {withoutBytes / (double)withoutInput:F2} B/B"
            + $" | {files.Count - without} with one, {withInput / 1048576.0:F1} MB, {withBytes / (double)withInput:F2} B/B ({callback} of them with the tokens from the parser's callback)");
    }
}
