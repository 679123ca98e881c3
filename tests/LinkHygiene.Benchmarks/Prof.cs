namespace LinkHygiene.Benchmarks;

using System;
using System.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Options;

/// <summary>`prof`: where the time goes for a large page, phase by phase (minimum of several runs).</summary>
public static class Prof
{
    public static void Run()
    {
        var text = Corpus.LargePage(1000);
        var reader = new OptionReader(DictionaryOptionSource.Empty);
        var settings = new LinkSettings(LinkZone.None, reader.Get(CommonOptions.UgcSelectors), reader.Get(CommonOptions.SponsoredSelectors), reader.Get(CommonOptions.SiteHosts));
        var bare = new LinkSettings(LinkZone.None, null, null, Array.Empty<string>());
        double scan = double.MaxValue, parse = double.MaxValue, extract = double.MaxValue, extractBare = double.MaxValue, angle = double.MaxValue, engine = double.MaxValue;
        for (var i = 0; i < 6; i++)
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
            for (var i = 0; i < 5; i++)
            {
                var pending = new System.Collections.Generic.List<Rules.PendingFinding>();
                var context = new Rules.RuleContext(document, walk, new OptionReader(DictionaryOptionSource.Empty), settings, null, pending);
                var sw = Stopwatch.StartNew();
                rule.Analyze(context);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  {rule.Descriptor.Id}: {best:F1} ms");
        }

        Console.WriteLine($"{text.Length / 1024} KB: razor scan {scan:F1} ms | plain AngleSharp {angle:F1} ms | Parse (scan+AngleSharp+tokens) {parse:F1} ms | extract {extract:F1} ms (without selectors {extractBare:F1}) | whole engine {engine:F1} ms");
    }
}
