using System.Collections.Immutable;
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
    public static async Task<ImmutableArray<Diagnostic>> Diagnostics((string Path, string Text) template, string globalConfig)
    {
        var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(globalConfig, "/.globalconfig") });
        var texts = ImmutableArray.Create<AdditionalText>(new InMemoryText(template.Path, template.Text));
        var compilation = CSharpCompilation.Create("Site", new[] { CSharpSyntaxTree.ParseText("class C { }", path: "/src/C.cs") }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var options = new AnalyzerOptions(texts, new ConfigSetOptionsProvider(set));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer()), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
