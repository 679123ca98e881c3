using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Benchmarks;

/// <summary>Whole-engine analysis (read, parse, extract links, run every rule) of one template.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private string _text = string.Empty;
    private string _path = string.Empty;

    public static IEnumerable<string> Templates() =>
        new[]
        {
            "samples/RazorPagesSample/Pages/Blog/Post.cshtml",
            "samples/BlazorSample/Components/Pages/Reviews.razor",
            "webapp/Pages/Shared/_Layout.cshtml",
            "mvc/Views/Home/Index.cshtml",
            "blazor/Components/Layout/NavMenu.razor",
            "synthetic/Archive-500KB.cshtml",
        };

    [ParamsSource(nameof(Templates))]
    public string Template { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        if (Template.StartsWith("synthetic/", System.StringComparison.Ordinal))
        {
            _path = "Pages/Archive.cshtml";
            _text = Corpus.LargePage(500);
            return;
        }

        var file = Corpus.All.Single(f => f.Name.Replace('\\', '/') == Template);
        _path = file.Path;
        _text = file.Text;
    }

    [Benchmark]
    public int Analyze() => LinkHygieneEngine.Analyze(_path, _text, DictionaryOptionSource.Empty).Findings.Count;
}
