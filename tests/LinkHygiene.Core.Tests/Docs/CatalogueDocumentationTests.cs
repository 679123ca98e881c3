using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Options;
using LinkHygiene.Rules;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Docs;

/// <summary>The README's rule table and docs/configuration.md's key table are checked against the catalogue.</summary>
public class CatalogueDocumentationTests
{
    [Fact]
    public void ReadmeRuleTableMatchesTheCatalogue()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var table = Between(readme, "<!-- rules:start -->", "<!-- rules:end -->");
        var rows = Regex.Matches(table, @"^\| \[(LH\d{3})\]\(docs/rules/\1\.md\) \| (\w+) \| (.+?) \|\s*$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))
            .ToList();
        var expected = RuleCatalog.Descriptors
            .Select(d => (d.Id, d.DefaultSeverity.ToString().ToLowerInvariant(), d.Title))
            .ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void ConfigurationPageListsEveryOptionWithItsDefault()
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs", "configuration.md"));
        var table = Between(page, "<!-- keys:start -->", "<!-- keys:end -->");
        var options = CommonOptions.All.Concat(RuleCatalog.Rules.SelectMany(r => r.Options));
        foreach (var option in options)
        {
            var row = $"| `{option.Key}` | `{option.DefaultText}` | {option.Accepted} | {option.Description} |";
            Assert.True(table.Contains(row, System.StringComparison.Ordinal), $"docs/configuration.md lacks the row:\n{row}");
        }
    }

    [Fact]
    public void EveryRuleOptionIsOnItsRulePage()
    {
        foreach (var rule in RuleCatalog.Rules)
        {
            var page = File.ReadAllText(RepositoryFiles.PathOf("docs", "rules", rule.Descriptor.Id + ".md"));
            foreach (var option in rule.Options.Append(RuleCatalog.SeverityOption(rule.Descriptor)))
            {
                Assert.True(page.Contains($"`{option.Key}`", System.StringComparison.Ordinal), $"{rule.Descriptor.Id}.md does not document {option.Key}");
            }
        }
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, System.StringComparison.Ordinal);
        var to = text.IndexOf(end, System.StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"markers {start} ... {end} not found");
        return text.Substring(from, to - from);
    }
}
