using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using LinkHygiene.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

using LinkHygiene.Testing;

namespace LinkHygiene.Benchmarks;

/// <summary>
/// `analyzer`: the analyzer over the shared corpus in one compilation (every template an AdditionalFile read from
/// disk), several times in one process: the first round is what a cold compiler server pays, the later ones a warm one
/// (first with the templates unchanged, then with new options for every template each round, so nothing is reused).
/// </summary>
public static class AnalyzerCorpus
{
    public static void Run(int rounds)
    {
        var files = Corpus.Shared.Select(f => (AdditionalText)new FileText(f.Path)).ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "Site",
            new[] { CSharpSyntaxTree.ParseText("class Page { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        // Unchanged rounds (the analyzer's result cache serves every template after the first), then rounds that each
        // give every template a new option value (as build/bench.sh's "changed" builds do), so that nothing is reused.
        for (var round = 1; round <= 2 * rounds; round++)
        {
            var changed = round > rounds;
            var options = changed
                ? new AnalyzerOptions(files, new ConfigSetOptionsProvider(AnalyzerConfigSet.Create(new[]
                {
                    AnalyzerConfig.Parse($"is_global = true\nlink_hygiene.max_file_size_kb = {4096 + round}\n", "/bench/.globalconfig"),
                })))
                : new AnalyzerOptions(files);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer()), options);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"round {round}{(changed ? " (every template's options changed)" : string.Empty)}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, {diagnostics.Length} diagnostics over {files.Length} templates");
        }
    }

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(System.IO.File.ReadAllText(Path));
    }
}
