using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using LinkHygiene.Testing;

namespace LinkHygiene.Analyzers.Tests;

/// <summary>Runs the analyzer through CompilationWithAnalyzers, for what the test harness does not compare (help links).</summary>
internal static class DirectRun
{
    public static Task<ImmutableArray<Diagnostic>> Diagnostics((string Path, string Text) template, string globalConfig) =>
        Diagnostics(new TemplateAnalyzer(), new[] { template }, (globalConfig, "/.globalconfig"));

    /// <summary>One compilation over the files with one configuration file, as one build runs the analyzer.</summary>
    public static Task<ImmutableArray<Diagnostic>> Diagnostics(TemplateAnalyzer analyzer, IEnumerable<(string Path, string Text)> files, (string Text, string Path) config, params MetadataReference[] references) =>
        Diagnostics(analyzer, files, config, "class C { }", references);

    /// <summary>The same, with the project's C# source.</summary>
    public static async Task<ImmutableArray<Diagnostic>> Diagnostics(TemplateAnalyzer analyzer, IEnumerable<(string Path, string Text)> files, (string Text, string Path) config, string source, params MetadataReference[] references)
    {
        var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(config.Text, config.Path) });
        var texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Site", new[] { CSharpSyntaxTree.ParseText(source, path: "/src/C.cs") }, references.Prepend(MetadataReference.CreateFromFile(typeof(object).Assembly.Location)));
        var options = new AnalyzerOptions(texts, new ConfigSetOptionsProvider(set));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
