using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinkHygiene.Analyzers.Tests;

/// <summary>Runs the analyzer through CompilationWithAnalyzers, for what the test harness does not compare (help links).</summary>
internal static class DirectRun
{
    public static async Task<ImmutableArray<Diagnostic>> Diagnostics((string Path, string Text) template, string globalConfig)
    {
        var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(globalConfig, "/.globalconfig") });
        var texts = ImmutableArray.Create<AdditionalText>(new InMemoryText(template.Path, template.Text));
        var compilation = CSharpCompilation.Create("Site", new[] { CSharpSyntaxTree.ParseText("class C { }", path: "/src/C.cs") }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var options = new AnalyzerOptions(texts, new Provider(set));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer()), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public Provider(AnalyzerConfigSet set) => _set = set;

        public override AnalyzerConfigOptions GlobalOptions => new Options(_set.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
