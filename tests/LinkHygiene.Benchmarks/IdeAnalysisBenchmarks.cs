using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LinkHygiene.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using LinkHygiene.Testing;

namespace LinkHygiene.Benchmarks;

/// <summary>
/// The editor's request: diagnostics for one template (CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText)),
/// on a typical page (the Razor Pages sample's blog post) and on a 500 KB page.
/// </summary>
[MemoryDiagnoser]
public class IdeAnalysisBenchmarks
{
    private Compilation _compilation = null!;
    private AnalyzerOptions _options = null!;
    private AdditionalText _file = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [Params("typical", "500KB")]
    public string Page { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        var text = Page == "typical"
            ? File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "samples", "RazorPagesSample", "Pages", "Blog", "Post.cshtml"))
            : Corpus.LargePage(500);
        _file = new InMemoryText("/site/Pages/Page.cshtml", text);
        _compilation = CSharpCompilation.Create(
            "Site",
            new[] { CSharpSyntaxTree.ParseText("class Page { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _options = new AnalyzerOptions(ImmutableArray.Create(_file));
        _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer());
    }

    [Benchmark]
    public async Task<int> AnalyzeOneTemplate()
    {
        // A fresh CompilationWithAnalyzers per request: results are cached per instance, an edit makes a new one.
        var withAnalyzers = _compilation.WithAnalyzers(_analyzers, _options);
        var result = await withAnalyzers.GetAnalysisResultAsync(_file, CancellationToken.None);
        return result.GetAllDiagnostics().Length;
    }
}
