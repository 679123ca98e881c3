using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Rules;
using LinkHygiene.Tests.Docs;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Build.Tests;

/// <summary>The analyzer, the MSBuild task and the command-line tool report the same IDs, positions, severities and messages for every documented example and sample.</summary>
public class FrontEndEquivalenceTests
{
    public static IEnumerable<object[]> Examples() =>
        RuleCatalog.Descriptors.SelectMany(d => DocExample.Read(d.Id)).Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void DocExampleGivesTheSameResultsThroughEveryFrontEnd(DocExample example)
    {
        using var scratch = new Scratch();
        var file = scratch.Write(example.File, example.Code);
        if (example.IsConfiguration)
        {
            // A configuration example: a template it applies to, and the configuration file handed to every front end.
            var page = scratch.Write("index.html", "<p>No links here.</p>\n");
            var analyzerFromConfig = FrontEnds.RunAnalyzer(scratch.Path, new[] { page, file });
            var (_, taskFromConfig, _) = FrontEnds.RunTask(scratch.Path, new[] { page }, t => t.ValidateConfiguration = true);
            var cliFromConfig = FrontEnds.RunCli(scratch.Path, new[] { "." });
            Assert.Equal(analyzerFromConfig, taskFromConfig);
            Assert.Equal(analyzerFromConfig, cliFromConfig);
            Assert.Equal(example.Compliant, analyzerFromConfig.Count == 0);
            return;
        }

        scratch.Write(".editorconfig", "root = true\n\n[*]\n" + string.Join("\n", example.Options.Select(o => o.Replace("=", " = ", System.StringComparison.Ordinal))) + "\n");
        if (example.RuleId is "LH030" or "LH031")
        {
            scratch.Write("Site.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"); // the internal-link rules resolve within a project
        }

        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var (_, task, _) = FrontEnds.RunTask(scratch.Path, new[] { file });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { file });
        Assert.Equal(analyzer, task);
        Assert.Equal(analyzer, cli);
        Assert.Equal(example.Compliant, analyzer.Count == 0);
    }

    [Theory]
    [InlineData("RazorPagesSample")]
    [InlineData("BlazorSample")]
    public void SampleGivesTheSameResultsThroughEveryFrontEnd(string sample)
    {
        var directory = RepositoryFiles.PathOf("samples", sample);
        var files = LinkHygiene.Workspace.Files.TemplateFinder.Find(new[] { "." }, System.Array.Empty<string>(), directory).Templates
            .Select(f => System.IO.Path.GetRelativePath(directory, f))
            .ToList();

        var analyzer = FrontEnds.RunAnalyzer(directory, files);
        var (_, task, _) = FrontEnds.RunTask(directory, files);
        var cli = FrontEnds.RunCli(directory, new[] { "." });
        Assert.NotEmpty(analyzer);
        Assert.Equal(analyzer, task);
        Assert.Equal(analyzer, cli);
    }
}
