using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Fixes;
using LinkHygiene.IntegrationTests.Infrastructure;
using LinkHygiene.Options;
using LinkHygiene.Site;
using LinkHygiene.Tests.Infrastructure;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Site;

namespace LinkHygiene.IntegrationTests;

/// <summary>
/// Every web template `dotnet new` can generate on this machine, with its options, generated at test time and analysed
/// file by file and, for internal links (LH030/LH031), as a project. The findings must equal the committed, justified
/// baseline (Baselines/dotnet-new.baseline.txt), every finding must point at the offending attribute or text, and
/// applying every fix must change nothing but rel attributes.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class TemplateSweepTests
{
    public static TheoryData<string> Variants() => new()
    {
        "webapp",
        "webapp --auth Individual",
        "mvc",
        "mvc --auth Individual",
        "mvc --language F#",
        "blazor",
        "blazor --interactivity None",
        "blazor --interactivity WebAssembly",
        "blazor --interactivity Auto --all-interactive",
        "blazor --auth Individual",
        "blazor --auth Individual --interactivity Auto",
        "blazor --auth Individual --interactivity Auto --all-interactive",
        "blazor --empty",
        "blazorwasm",
        "blazorwasm --pwa",
        "blazorwasm --empty",
        "razorclasslib",
        "razorclasslib --support-pages-and-views",
        "razorcomponent -n Widget",
        "page -n Contact --namespace Site.Pages",
        "view -n Details",
        "viewimports --namespace Site",
        "viewstart",
        "web",
        "webapi",
        "grpc",
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void FindingsEqualTheJustifiedBaseline(string variant)
    {
        using var temp = new TempDirectory("lh-sweep");
        var output = Path.Combine(temp.Path, "App");
        var arguments = new List<string> { "new" };
        arguments.AddRange(variant.Split(' '));
        arguments.AddRange(new[] { "-o", output });
        if (!IsItemTemplate(variant))
        {
            arguments.Add("--no-restore"); // item templates do not take it
        }

        Assert.Equal(0, DotNet.Run(temp.Path, TimeSpan.FromMinutes(2), arguments.ToArray()));

        var actual = new List<string>();
        var links = 0;
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(LinkHygieneEngine.IsTemplate).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(output, file).Replace('\\', '/');
            if (relative.StartsWith("wwwroot/lib/", StringComparison.Ordinal))
            {
                continue; // third-party library files, not the site's templates (the package skips them too)
            }

            var text = File.ReadAllText(file);
            var result = LinkHygieneEngine.Analyze(file, text, DictionaryOptionSource.Empty);
            links += result.Links.Count;
            foreach (var finding in result.Findings)
            {
                SpanChecker.AssertOffendingText(finding, text, result);
                actual.Add($"{relative}({finding.Start.Line + 1},{finding.Start.Character + 1}) | {finding.Id}");
            }

            AssertFixesTouchOnlyRel(file, text);
        }

        // Internal links (LH030/LH031), as the command line and the task resolve them: the generated project's index
        // (its pages, components, controllers, routes and wwwroot) over every template.
        var stats = InternalLinks(output, actual);

        Assert.Equal(Baseline(variant), actual.OrderBy(s => s, StringComparer.Ordinal));
        // An index that resolved nothing would pass the baseline trivially: the layouts' links must resolve. The F#
        // template's controllers are not read (only C# is), so its links are undecidable, never reported.
        var resolvedAtLeast = IsItemTemplate(variant) || variant.Split(' ')[0] is not ("webapp" or "mvc" or "blazor" or "blazorwasm") ? 0
            : variant.Contains("F#", StringComparison.Ordinal) ? 0
            : variant.Contains("--empty", StringComparison.Ordinal) || variant.Contains("--interactivity None", StringComparison.Ordinal) ? 1
            : 2;
        Assert.True(stats.Resolved >= resolvedAtLeast, $"{variant}: only {stats.Resolved} internal links resolved ({stats.Checked} checked)");
        // A Blazor Web App's .Client links to its own pages and to the server's (--all-interactive puts the NavMenu there):
        // the server beside it is found, so none of its links is left to "the server that hosts it".
        Assert.False(stats.Undecidable.TryGetValue("a path the server project that hosts this WebAssembly client may serve", out var leftToServer), $"{variant}: {leftToServer} links left to the server that hosts the client");

        // The links are really found (a reader that saw none would pass the baseline trivially).
        var minimum = variant switch
        {
            "webapp" or "mvc" => 4,
            "blazor" or "blazorwasm" => 5,
            "blazor --auth Individual" => 40,
            _ => 0,
        };
        Assert.True(links >= minimum, $"only {links} links found in {variant}");
    }

    private static InternalLinkStats InternalLinks(string output, List<string> actual)
    {
        var templates = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => LinkHygieneEngine.IsTemplate(f) && !Path.GetRelativePath(output, f).Replace('\\', '/').StartsWith("wwwroot/lib/", StringComparison.Ordinal))
            .ToList();
        var configuration = TemplateConfiguration.Load(templates, new[] { output }, Array.Empty<string>());
        var checkedFiles = templates.Select(t => TemplateChecker.Check(t, configuration)).ToList();
        var site = SiteChecks.Run(checkedFiles, configuration, new[] { output });
        foreach (var (path, findings) in site.Findings)
        {
            var relative = Path.GetRelativePath(output, path).Replace('\\', '/');
            actual.AddRange(findings.Select(f => $"{relative}({f.Finding.Start.Line + 1},{f.Finding.Start.Character + 1}) | {f.Finding.Id}"));
        }

        return site.Stats;
    }

    private static bool IsItemTemplate(string variant) =>
        variant.Split(' ')[0] is "page" or "view" or "viewimports" or "viewstart" or "razorcomponent";

    private static IEnumerable<string> Baseline(string variant) =>
        File.ReadAllLines(Repository.PathOf("tests", "LinkHygiene.IntegrationTests", "Baselines", "dotnet-new.baseline.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" | "))
            .Where(parts => parts[0] == variant)
            .Select(parts => $"{parts[1]} | {parts[2]}")
            .OrderBy(s => s, StringComparer.Ordinal);

    /// <summary>The fix round-trip: apply every fix, re-analyse; only rel attributes may differ.</summary>
    private static void AssertFixesTouchOnlyRel(string file, string text)
    {
        var fixedText = TemplateFixer.Fix(file, text, DictionaryOptionSource.Empty);
        if (fixedText.Applied == 0)
        {
            Assert.Equal(text, fixedText.Text);
            return;
        }

        var after = LinkHygieneEngine.Analyze(file, fixedText.Text, DictionaryOptionSource.Empty);
        Assert.DoesNotContain(after.Findings, f => f.Fix is not null);
        Assert.Equal(WithoutRel(text), WithoutRel(fixedText.Text));
    }

    private static string WithoutRel(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+rel\s*=\s*(""[^""]*""|'[^']*'|[^\s>]*)", string.Empty);
}
