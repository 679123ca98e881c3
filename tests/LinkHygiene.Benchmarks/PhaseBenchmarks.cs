using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Rules;

namespace LinkHygiene.Benchmarks;

/// <summary>The engine phase by phase on one page: Razor scan, parse (scan + AngleSharp + tokens), link walk, each rule.</summary>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private string _text = string.Empty;
    private TemplateDocument _document = null!;
    private DocumentWalk _walk = null!;
    private LinkSettings _settings = null!;

    [Params("Post.cshtml", "synthetic-100KB")]
    public string Page { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Page == "Post.cshtml"
            ? System.IO.File.ReadAllText(System.IO.Path.Combine(Corpus.RepositoryRoot, "samples", "RazorPagesSample", "Pages", "Blog", "Post.cshtml"))
            : Corpus.LargePage(100);
        var reader = new OptionReader(DictionaryOptionSource.Empty);
        _settings = new LinkSettings(LinkZone.None, reader.Get(CommonOptions.UgcSelectors), reader.Get(CommonOptions.SponsoredSelectors), reader.Get(CommonOptions.SiteHosts));
        _document = TemplateDocument.Parse("Pages/Page.cshtml", _text, TemplateKind.RazorView);
        _walk = LinkExtractor.Walk(_document, _settings);
    }

    [Benchmark]
    public int RazorScan() => Razor.RazorScanner.Scan(_text, false).Masked.Length;

    [Benchmark]
    public int Parse() => TemplateDocument.Parse("Pages/Page.cshtml", _text, TemplateKind.RazorView).Tokens.Count;

    [Benchmark]
    public int LinkWalk() => LinkExtractor.Walk(TemplateDocument.Parse("Pages/Page.cshtml", _text, TemplateKind.RazorView), _settings).Links.Count;

    public static IEnumerable<string> RuleIds() => RuleCatalog.Rules.Select(r => r.Descriptor.Id);

    [Benchmark]
    [ArgumentsSource(nameof(RuleIds))]
    public int Rule(string id)
    {
        var pending = new List<PendingFinding>();
        var context = new RuleContext(_document, _walk, new OptionReader(DictionaryOptionSource.Empty), _settings, null, pending);
        RuleCatalog.Rules.First(r => r.Descriptor.Id == id).Analyze(context);
        return pending.Count;
    }
}
