using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LinkHygiene.IntegrationTests.Infrastructure;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>
/// The IDE path: the project is loaded into a Roslyn workspace (MSBuildWorkspace, as tools and editors load it) and
/// each template is analysed on its own with CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText), the
/// per-file request an editor makes while you type. The results must equal the command-line build's.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class IdePathTests
{
    private readonly PackageFeed _feed;

    public IdePathTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task PerFileAnalysisInAWorkspaceMatchesTheBuild()
    {
        var dir = _feed.NewProject("webapp", "IdeApp");
        File.WriteAllText(Path.Combine(dir, "Pages", "Shared", "_Comments.cshtml"), "<div class=\"comments\">\n    <a href=\"https://spam.example/\">Spam shop</a>\n    <a href=\"/#\">Read more</a>\n</div>\n");
        File.WriteAllText(Path.Combine(dir, "Pages", "Shared", ".editorconfig"), "[_Comments.cshtml]\nlink_hygiene.LH001.severity = error\n");
        File.WriteAllText(Path.Combine(dir, "wwwroot", "promo.html"), "<p lang=\"fr\"><a href=\"/\">Cliquez ici</a> <a href=\"/#\" rel=\"dofollow\">Offres</a></p>\n");

        var build = DotNet.Build(dir, dir);
        build.AssertAnalyzerHealthy();
        var expected = build.LinkHygiene
            .Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}: {d.Message}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(4, expected.Count);

        var actual = await WorkspaceAnalysis.AnalyzeTemplatesAsync(Directory.GetFiles(dir, "*.csproj").Single());
        Assert.Equal(expected, actual.Select(d => d.Replace(dir + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).OrderBy(s => s, StringComparer.Ordinal));
    }
}

/// <summary>Kept apart so no Microsoft.Build type is touched before MSBuildLocator registers the SDK.</summary>
internal static class WorkspaceAnalysis
{
    private static readonly object Gate = new();

    public static Task<List<string>> AnalyzeTemplatesAsync(string projectPath)
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }

        return AnalyzeCoreAsync(projectPath);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<string>> AnalyzeCoreAsync(string projectPath)
    {
        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(projectPath);
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
        var analyzers = project.AnalyzerReferences
            .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp))
            .Where(a => a.GetType().Assembly.GetName().Name == "LinkHygiene.Analyzers")
            .ToImmutableArray();
        Assert.Single(analyzers);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, project.AnalyzerOptions);
        var lines = new List<string>();
        foreach (var file in project.AnalyzerOptions.AdditionalFiles)
        {
            var result = await withAnalyzers.GetAnalysisResultAsync(file, CancellationToken.None);
            foreach (var diagnostic in result.GetAllDiagnostics())
            {
                var span = diagnostic.Location.GetLineSpan();
                var severity = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "info",
                };
                lines.Add($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage()} ({diagnostic.Descriptor.HelpLinkUri})");
            }
        }

        return lines;
    }
}
