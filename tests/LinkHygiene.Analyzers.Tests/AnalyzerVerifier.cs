using System.Collections.Generic;
using System.Threading.Tasks;
using LinkHygiene.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LinkHygiene.Analyzers.Tests;

/// <summary>
/// Runs <see cref="TemplateAnalyzer"/> through Microsoft.CodeAnalysis.Testing with templates as AdditionalFiles and
/// options as AnalyzerConfigFiles. References come from the running runtime: nothing is downloaded at test time.
/// </summary>
public static class AnalyzerVerifier
{
    public const string Root = "/src/";

    public static CSharpAnalyzerTest<TemplateAnalyzer, DefaultVerifier> Create(params (string Path, string Markup)[] templates)
    {
        var test = new CSharpAnalyzerTest<TemplateAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.Sources.Add((Root + "Program.cs", "class Program { static void Main() { } }"));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        foreach (var (path, markup) in templates)
        {
            test.TestState.AdditionalFiles.Add((Root + path, markup));
        }

        return test;
    }

    public static Task VerifyAsync(string path, string markup, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = Create((path, markup));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add((Root + ".editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static IEnumerable<DiagnosticResult> None => System.Array.Empty<DiagnosticResult>();
}
