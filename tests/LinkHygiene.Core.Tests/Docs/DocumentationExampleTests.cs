using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Rules;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Docs;

/// <summary>Every example in docs/rules behaves as documented: non-compliant ones yield exactly that rule's finding, compliant ones nothing.</summary>
public class DocumentationExampleTests
{
    public static IEnumerable<object[]> Examples() =>
        RuleCatalog.Descriptors.SelectMany(d => DocExample.Read(d.Id)).Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleBehavesAsDocumented(DocExample example)
    {
        var options = example.Options.Select(o => o.Contains('=') ? o : o + "=").ToArray();
        var isSiteRule = example.RuleId is "LH030" or "LH031";
        var path = isSiteRule ? "/site/" + example.File : example.File;
        var result = example.IsConfiguration
            ? LinkHygiene.Engine.LinkHygieneEngine.AnalyzeConfiguration(path, example.Code, EngineAssert.Options(options))
            : EngineAssert.Analyze(path, example.Code, options);
        var findings = result.Findings.ToList();
        if (isSiteRule && result.Facts is { } facts)
        {
            // The internal-link rules need a project: this one, holding the example (served as a file under wwwroot).
            var site = LinkHygiene.Site.SiteIndex.Build(new LinkHygiene.Site.SiteLayout("/site", "/site/wwwroot"), new[] { facts }, new LinkHygiene.Site.CodeFacts(), new[] { path });
            findings.AddRange(LinkHygiene.Engine.LinkHygieneEngine.CheckInternalLinks(facts, example.Code.Length, site, EngineAssert.Options(options), out _));
        }

        if (example.Compliant)
        {
            Assert.True(findings.Count == 0, $"{example}: {string.Join("; ", findings)}");
        }
        else
        {
            Assert.True(
                findings.Count == 1 && findings[0].Id == example.RuleId,
                $"{example}: expected exactly one {example.RuleId}, got: {string.Join("; ", findings)}");
        }
    }

    [Fact]
    public void EveryRuleHasADocPageWithBothKindsOfExample()
    {
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            var examples = DocExample.Read(descriptor.Id).ToList();
            Assert.True(examples.Any(e => !e.Compliant), $"{descriptor.Id}.md has no non-compliant example");
            Assert.True(examples.Any(e => e.Compliant), $"{descriptor.Id}.md has no compliant example");
            Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", descriptor.HelpLink);
            var title = System.IO.File.ReadLines(RepositoryFiles.PathOf("docs", "rules", descriptor.Id + ".md")).First();
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", title);
        }
    }
}
