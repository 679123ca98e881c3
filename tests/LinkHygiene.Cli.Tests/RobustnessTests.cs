using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli.Tests;

/// <summary>The tool on real and broken folders: it never crashes, never hangs, and loses nothing.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void BrokenBytes_BecomeLH901_AndEverythingElseIsStillChecked()
    {
        using var site = new TempFolder();
        var random = new Random(20261130);
        var noise = new byte[4096];
        random.NextBytes(noise);
        site.WriteBytes("noise.html", noise);
        site.WriteBytes("nul.cshtml", Encoding.UTF8.GetBytes("<a href=\"/x\">Home</a>\0\0\0<a href=\"#\">x</a>"));
        site.WriteBytes("bad-utf8.razor", Encoding.UTF8.GetBytes("<p>caf").Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1 }).Concat(Encoding.UTF8.GetBytes("</p><a href=\"/x\">click here</a>")).ToArray());
        site.WriteBytes("bom-in-the-middle.html", Encoding.UTF8.GetBytes("<p>x</p>\uFEFF<a href=\"/x\">read more</a>"));
        site.WriteBytes("utf16-no-bom.html", Encoding.Unicode.GetBytes("<a href=\"/x\">click here</a>"));
        site.WriteBytes("empty.html", Array.Empty<byte>());
        site.Write("unterminated.cshtml", "@if (x) {\n<a href=\"/x\">click here</a>\n");
        site.Write("good.html", "<a href=\"/x\">click here</a>");

        var run = Tool.Run(site.Path, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("internal error", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("id").GetString()}")
            .ToList();
        Assert.Contains("noise.html LH901", findings);
        Assert.Contains("nul.cshtml LH901", findings);
        Assert.Contains("good.html LH010", findings);
        Assert.Contains("bad-utf8.razor LH010", findings);          // decoded as the compiler decodes it, then checked
        Assert.Contains("bom-in-the-middle.html LH010", findings);
        Assert.Contains("unterminated.cshtml LH901", findings);
        Assert.Equal(8, json.RootElement.GetProperty("summary").GetProperty("filesChecked").GetInt32());
    }

    /// <summary>
    /// A copy of the shared corpus (6,147 real templates): the tool's JSON report holds exactly what the engine finds in
    /// each file (nothing dropped, nothing invented by the front end), and no LH901 says the engine itself failed.
    /// </summary>
    [Fact]
    public void FindingsOnOneLine_ShareOneCopyOfIt()
    {
        // A minified page: every finding is on its one line, which was copied (and, in the text and SARIF reports,
        // expanded and hashed) for each: 50,000 findings on a 340 KB line took 24 GB.
        using var site = new TempFolder();
        site.Write("min.html", string.Concat(Enumerable.Range(0, 500).Select(i => $"<a href=\"/x{i}\">click here</a> ")) + "\n<a href=\"/y\">click here</a>\n");
        var search = TemplateFinder.Find(new[] { "min.html" }, Array.Empty<string>(), site.Path);
        var configuration = TemplateConfiguration.Load(search.Templates, new[] { site.Path }, Array.Empty<string>());
        var findings = TemplateChecker.Check(search.Templates.Single(), configuration).Findings;

        Assert.Equal(501, findings.Count);
        Assert.Single(findings.Take(500).Select(f => f.LineText).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Equal("<a href=\"/y\">click here</a>", findings[500].LineText);
    }

    [Fact]
    public void CorpusCopy_ReportsExactlyWhatTheEngineFinds()
    {
        Assert.True(Directory.Exists(RepositoryFiles.Corpus), $"the shared corpus is missing at {RepositoryFiles.Corpus}");
        using var copy = new TempFolder();
        copy.CopyFrom(RepositoryFiles.Corpus, "corpus");

        var run = Tool.Run(copy.Path, "corpus", "--format", "json", "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var reported = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}({f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()},{f.GetProperty("endLine").GetInt32()},{f.GetProperty("endColumn").GetInt32()}): {f.GetProperty("severity").GetString()} {f.GetProperty("id").GetString()}: {f.GetProperty("message").GetString()}")
            .ToList();
        Assert.DoesNotContain(reported, f => f.Contains("please report this", StringComparison.Ordinal));

        var search = TemplateFinder.Find(new[] { "corpus" }, Array.Empty<string>(), copy.Path);
        var configuration = TemplateConfiguration.Load(search.Templates, new[] { copy.Full("corpus") }, Array.Empty<string>());
        var expected = new List<string>();
        var checkedFiles = search.Templates.Select(file => TemplateChecker.Check(file, configuration)).ToList();
        var site = LinkHygiene.Workspace.Site.SiteChecks.Run(checkedFiles, configuration, new[] { copy.Full("corpus") });
        foreach (var checkedFile in checkedFiles)
        {
            var file = checkedFile.Path;
            var all = checkedFile.Findings.Concat(site.Findings.TryGetValue(file, out var extra) ? extra : Array.Empty<ReportedFinding>())
                .Select(r => r.Finding).OrderBy(f => f.Span.Start).ThenBy(f => f.Id, StringComparer.Ordinal);
            foreach (var finding in all.Where(f => f.Severity >= LinkHygiene.Diagnostics.RuleSeverity.Suggestion))
            {
                var severity = finding.Severity.ToString().ToLowerInvariant();
                expected.Add($"{TemplateFinder.RelativePath(copy.Path, file)}({finding.Start.Line + 1},{finding.Start.Character + 1},{finding.End.Line + 1},{finding.End.Character + 1}): {severity} {finding.Id}: {finding.Message}");
            }
        }

        Assert.Equal(search.Templates.Count, json.RootElement.GetProperty("summary").GetProperty("filesChecked").GetInt32());
        Assert.True(search.Templates.Count > 6000, $"only {search.Templates.Count} templates found in the corpus copy");
        Assert.Equal(expected, reported);
    }
}
