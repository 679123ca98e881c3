using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Benchmarks;

/// <summary>
/// The engine's part of a carried keystroke (EditedAnalysis): one letter typed into the realistic page's text between two
/// elements, or into a link's text ("Post number 0"), carried from the page's analysis and its findings placed in the
/// edited text. The language server adds reading the edit and sending the diagnostics (<see cref="LspEditBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class EditedAnalysisBenchmarks
{
    private EditedAnalysis _analysis = null!;
    private int _at;

    [Params(10, 500)]
    public int Kilobytes { get; set; }

    [Params("page text", "link text")]
    public string Where { get; set; } = "page text";

    [GlobalSetup]
    public void Setup()
    {
        var text = Testing.SyntheticTemplates.Page(Kilobytes * 1024);
        _analysis = EditedAnalysis.Of(LinkHygieneEngine.Analyze("Pages/Page.cshtml", text, DictionaryOptionSource.Empty), text);
        var lineStart = text.Split('\n').Take(Where == "page text" ? 4 : 5).Sum(line => line.Length + 1);
        _at = Where == "page text" ? lineStart : text.IndexOf("Post number", lineStart, StringComparison.Ordinal) + 4;
        if (_analysis.TryApply(_at, _at, "x", DictionaryOptionSource.Empty) is null)
        {
            throw new InvalidOperationException($"an edit of the {Where} is not carried");
        }
    }

    [Benchmark]
    public int CarryOneKey() =>
        _analysis.TryApply(_at, _at, "x", DictionaryOptionSource.Empty)!.Move(_analysis.Base.Findings).Count;
}
