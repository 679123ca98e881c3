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
        var result = example.IsConfiguration
            ? LinkHygiene.Engine.LinkHygieneEngine.AnalyzeConfiguration(example.File, example.Code, EngineAssert.Options(options))
            : EngineAssert.Analyze(example.File, example.Code, options);
        if (example.Compliant)
        {
            Assert.True(result.Findings.Count == 0, $"{example}: {string.Join("; ", result.Findings)}");
        }
        else
        {
            Assert.True(
                result.Findings.Count == 1 && result.Findings[0].Id == example.RuleId,
                $"{example}: expected exactly one {example.RuleId}, got: {string.Join("; ", result.Findings)}");
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
