using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Rules;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Docs;

/// <summary>Checks that loop over the whole catalogue, so a new rule cannot ship half-done.</summary>
public class CatalogueMetaTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    /// <summary>The rules about links (LH900 and LH901 are about configuration and unreadable files, not a template language).</summary>
    public static TheoryData<string> LinkRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules)
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LinkRuleIds))]
    public void LinkRulesHaveBothKindsOfExampleInEveryTemplateLanguage(string id)
    {
        var examples = DocExample.Read(id).ToList();
        foreach (var language in new[] { "cshtml", "razor", "html" })
        {
            // LH031 never reports in a component: its rendered page holds ids it cannot see (RULES.md: "components").
            var canBeNonCompliant = !(id == "LH031" && language == "razor");
            Assert.True(!canBeNonCompliant || examples.Any(e => e.Language == language && !e.Compliant), $"{id}.md has no non-compliant {language} example");
            Assert.True(examples.Any(e => e.Language == language && e.Compliant), $"{id}.md has no compliant {language} example");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePageHasEverySection(string id)
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs", "rules", id + ".md"));
        foreach (var heading in new[] { "## What it reports", "## Why", "## Examples", "## Options", "## Suppress" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }

        var why = page.Substring(page.IndexOf("## Why", StringComparison.Ordinal));
        why = why.Substring(0, why.IndexOf("## Examples", StringComparison.Ordinal));
        if (!id.StartsWith("LH9", StringComparison.Ordinal))
        {
            Assert.Matches(@"\]\(https://", why); // the reason cites a public source
        }

        Assert.Contains("```ini", page, StringComparison.Ordinal); // an .editorconfig example
        var descriptor = RuleCatalog.Find(id)!;
        Assert.Contains($"| {id} | {Words(descriptor.DefaultSeverity)} |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseTrackingListsEveryRuleWithItsCategoryAndSeverity()
    {
        var analyzers = RepositoryFiles.PathOf("src", "LinkHygiene.Analyzers");
        var text = File.ReadAllText(Path.Combine(analyzers, "AnalyzerReleases.Shipped.md")) + "\n" + File.ReadAllText(Path.Combine(analyzers, "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(text, @"^(LH\d{3}) \| (\w+) \| (\w+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value));
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            Assert.True(rows.TryGetValue(descriptor.Id, out var row), $"{descriptor.Id} is not in AnalyzerReleases.*.md");
            var roslynSeverity = descriptor.DefaultSeverity switch
            {
                RuleSeverity.Error => "Error",
                RuleSeverity.Warning => "Warning",
                RuleSeverity.Suggestion => "Info",
                _ => "Hidden",
            };
            Assert.Equal((RuleDescriptor.CategoryName, roslynSeverity), row);
        }

        Assert.Equal(RuleCatalog.Descriptors.Count, rows.Count);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("Pages/Index.cshtml")]
    [InlineData("Components/App.razor")]
    public void EmptyTemplatesHaveNoFindings(string path)
    {
        foreach (var text in new[] { string.Empty, " ", "\r\n", "\uFEFF", "<!DOCTYPE html>", "<html><head></head><body></body></html>" })
        {
            Assert.Empty(LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Findings);
        }
    }

    [Fact]
    public void EveryRuleIdAppearsOnceInTheCatalogue()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(ids, id => Assert.Matches(@"^LH\d{3}$", id));
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(constants, ids.OrderBy(s => s, StringComparer.Ordinal));
    }

    private static string Words(RuleSeverity severity) => severity.ToString().ToLowerInvariant();
}
