using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Robustness;

/// <summary>
/// Every real template of the shared corpus is analysed without an exception and in linear work. Work is counted, not
/// timed (TemplateDocument.Work: steps of the token scans after parsing), so the check cannot flake on a busy machine:
/// on the corpus the worst file takes 0.46 steps per token and character; a scan that went quadratic on some shape
/// would take hundreds.
/// </summary>
public class CorpusLinearityTests
{
    internal const double MaxStepsPerUnit = 2.0;

    [Fact]
    public void EveryCorpusTemplateIsAnalysedInLinearWork()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus"));
        Assert.True(Directory.Exists(corpus), $"the shared corpus is missing at {corpus}");
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(LinkHygieneEngine.IsTemplate).ToList();
        var offenders = new ConcurrentBag<string>();
        var analysed = 0;
        Parallel.ForEach(files, file =>
        {
            var text = File.ReadAllText(file);
            var result = LinkHygieneEngine.Analyze(file, text, DictionaryOptionSource.Empty);
            Assert.DoesNotContain(result.Findings, f => f.Message.Contains("please report", StringComparison.Ordinal));
            if (result.Document is { } document)
            {
                System.Threading.Interlocked.Increment(ref analysed);
                var units = document.Tokens.Count + text.Length + 1;
                if (document.Work > MaxStepsPerUnit * units)
                {
                    offenders.Add($"{file}: {document.Work} steps for {units} tokens and characters");
                }
            }
        });

        Assert.True(files.Count > 6000, $"only {files.Count} templates in the corpus");
        Assert.True(analysed > 6000, $"only {analysed} templates were parsed");
        Assert.Empty(offenders);
    }
}
