using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinkHygiene.Cli.Tests.Infrastructure;
using LinkHygiene.Diagnostics;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli.Tests;

/// <summary>
/// The whole shared corpus (6,147 real templates from seven public projects) through the same pipeline as the tool:
/// nothing throws, every LH901 has a reason that is the template's (never the engine's), and the findings per file and
/// rule equal the committed baseline, which changes only on purpose: set LINKHYGIENE_ACCEPT_BASELINE=1 to rewrite it,
/// and say why in the commit.
/// </summary>
public sealed class CorpusBaselineTests
{
    private static readonly string BaselinePath = RepositoryFiles.PathOf("tests", "LinkHygiene.Cli.Tests", "Baselines", "corpus.baseline.tsv");

    // Reasons a real template can give for LH901; anything else (a rule that threw, "please report") is our bug.
    private static readonly string[] TemplateReasons = { "is never closed", "never closed with", "NUL characters", "over the limit", "nested more than", "could not be read as text" };

    [Fact]
    public void FindingsPerFileAndRuleMatchTheBaseline()
    {
        Assert.True(Directory.Exists(RepositoryFiles.Corpus), $"the shared corpus is missing at {RepositoryFiles.Corpus}");
        var search = TemplateFinder.Find(new[] { "." }, Array.Empty<string>(), RepositoryFiles.Corpus);
        var configuration = TemplateConfiguration.Load(search.Templates, new[] { RepositoryFiles.Corpus }, Array.Empty<string>());
        var projects = ProjectContexts.Load(search.ResourceFiles, search.Templates);
        var counts = new ConcurrentDictionary<(string File, string Rule), int>();
        var problems = new ConcurrentBag<string>();
        var checkedFiles = new ConcurrentBag<CheckedFile>();
        Parallel.ForEach(search.Templates, file => checkedFiles.Add(TemplateChecker.Check(file, configuration, projects.For(file))));
        var site = LinkHygiene.Workspace.Site.SiteChecks.Run(checkedFiles.ToList(), configuration, new[] { RepositoryFiles.Corpus });
        foreach (var checkedFile in checkedFiles)
        {
            var file = checkedFile.Path;
            var relative = TemplateFinder.RelativePath(RepositoryFiles.Corpus, file);
            var extra = site.Findings.TryGetValue(file, out var found) ? found : Array.Empty<ReportedFinding>();
            foreach (var finding in checkedFile.Findings.Concat(extra).Select(r => r.Finding))
            {
                if (finding.Id == RuleIds.UnanalyzableTemplate && !TemplateReasons.Any(r => finding.Message.Contains(r, StringComparison.Ordinal)))
                {
                    problems.Add($"{relative}({finding.Start.Line + 1},{finding.Start.Character + 1}): {finding.Message}");
                }

                counts.AddOrUpdate((relative, finding.Id), 1, (_, n) => n + 1);
            }
        }

        Assert.True(search.Templates.Count > 6000, $"only {search.Templates.Count} templates in the corpus");
        Assert.Empty(problems);

        var actual = Render(counts, search.Templates.Count);
        if (Environment.GetEnvironmentVariable("LINKHYGIENE_ACCEPT_BASELINE") == "1")
        {
            File.WriteAllText(BaselinePath, actual, new UTF8Encoding(false));
        }

        var expected = File.Exists(BaselinePath) ? File.ReadAllText(BaselinePath).Replace("\r\n", "\n") : string.Empty;
        if (expected != actual)
        {
            var before = expected.Split('\n').ToHashSet();
            var after = actual.Split('\n').ToHashSet();
            var diff = before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)).OrderBy(l => l.Substring(2), StringComparer.Ordinal);
            Assert.Fail("The corpus findings changed. If on purpose, run with LINKHYGIENE_ACCEPT_BASELINE=1 and commit the baseline with the reason:\n" + string.Join("\n", diff.Take(200)));
        }
    }

    private static string Render(ConcurrentDictionary<(string File, string Rule), int> counts, int templates)
    {
        var builder = new StringBuilder();
        builder.Append("# LinkHygiene findings over ../shared/corpus, per file and rule (file, rule, count). Rewrite with LINKHYGIENE_ACCEPT_BASELINE=1.\n");
        builder.Append($"# {templates} templates, {counts.Values.Sum()} findings: ");
        builder.Append(string.Join(", ", counts.GroupBy(c => c.Key.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Sum(c => c.Value)}")));
        builder.Append('\n');
        builder.Append("# LH030 (internal links) here is justified: the corpus holds templates only, so its MDN static pages' links to media,\n");
        builder.Append("# PDFs and images resolve in MDN's repository but not in this copy; the rest (whales.html, squirrels.html, bees.html,\n");
        builder.Append("# weather.html) are dummy links of accessibility and styling demos that are broken in MDN's repository too. Razor files\n");
        builder.Append("# here have no project file, so their routes are unknown and never reported.\n");
        foreach (var ((file, rule), count) in counts.OrderBy(c => c.Key.File, StringComparer.Ordinal).ThenBy(c => c.Key.Rule, StringComparer.Ordinal))
        {
            builder.Append(file).Append('\t').Append(rule).Append('\t').Append(count).Append('\n');
        }

        return builder.ToString();
    }
}
