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
    public static Task<ImmutableArray<Diagnostic>> Diagnostics(TemplateAnalyzer analyzer, IEnumerable<(string Path, string Text)> files, (string Text, string Path) config, string source, params MetadataReference[] references) =>
        Diagnostics(analyzer, files, config, source, ImmutableDictionary<string, ReportDiagnostic>.Empty, references);

    /// <summary>
    /// The same, with the compilation's own options by ID (NoWarn, WarningsAsErrors). A .globalconfig's
    /// <c>dotnet_diagnostic</c> entries reach the compilation as the compiler hands them over (its SyntaxTreeOptionsProvider).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> Diagnostics(TemplateAnalyzer analyzer, IEnumerable<(string Path, string Text)> files, (string Text, string Path) config, string source, ImmutableDictionary<string, ReportDiagnostic> specificOptions, params MetadataReference[] references)
    {
        var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(config.Text, config.Path) });
        var texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(specificOptions)
            .WithSyntaxTreeOptionsProvider(new GlobalDiagnostics(set.GlobalConfigOptions.TreeOptions));
        var compilation = CSharpCompilation.Create("Site", new[] { CSharpSyntaxTree.ParseText(source, path: "/src/C.cs") }, references.Prepend(MetadataReference.CreateFromFile(typeof(object).Assembly.Location)), compilationOptions);
        var options = new AnalyzerOptions(texts, new ConfigSetOptionsProvider(set));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    /// <summary>A .globalconfig's <c>dotnet_diagnostic</c> entries, as the compiler's own provider serves them.</summary>
    private sealed class GlobalDiagnostics : SyntaxTreeOptionsProvider
    {
        private readonly ImmutableDictionary<string, ReportDiagnostic> _global;

        public GlobalDiagnostics(ImmutableDictionary<string, ReportDiagnostic> global) => _global = global;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _global.TryGetValue(diagnosticId, out severity);
    }
}
