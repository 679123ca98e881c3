using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Cli.Tests;

/// <summary>The tool as a user runs it on the Razor Pages sample: every format, exit codes, help.</summary>
public sealed class CommandLineTests
{
    /// <summary>What the sample's templates hold (the same the analyzer reports in `dotnet build samples/RazorPagesSample`).</summary>
    internal static readonly string[] SampleFindings =
    {
        "Pages/Blog/Post.cshtml(25,16): warning LH001",
        "Pages/Blog/Post.cshtml(32,42): warning LH001",
        "Pages/Blog/Post.cshtml(38,8): warning LH002",
        "Pages/Blog/Post.cshtml(40,45): warning LH006",
        "Pages/Blog/Post.cshtml(44,37): warning LH010",
        "Pages/Blog/Post.cshtml(47,44): warning LH030",
        "Pages/Blog/Post.cshtml(47,57): warning LH010",
        "Pages/Blog/Post.cshtml(49,4): warning LH011",
        "Pages/Shared/_GuestBook.cshtml(6,16): warning LH001",
        "wwwroot/partners.html(10,12): warning LH002",
        "wwwroot/partners.html(12,99): warning LH010",
    };

    /// <summary>What the tool reports on the sample: the build's warnings and the suggestion the build does not print (the guest book's link text is its href's own expression).</summary>
    internal static string[] SampleReport(string suggestion) =>
        SampleFindings.Append($"Pages/Shared/_GuestBook.cshtml(6,29): {suggestion} LH012").OrderBy(l => l, StringComparer.Ordinal).ToArray();

    private static readonly Regex FindingLine = new(@"^(?<where>\S+\(\d+,\d+\)): (?<severity>error|warning|suggestion) (?<id>LH\d{3}): (?<message>.+)$", RegexOptions.Multiline);

    private static string Sample => RepositoryFiles.PathOf("samples", "RazorPagesSample");

    [Fact]
    public void TextReport_ListsEveryFinding_WithCodeFrameAndSummary()
    {
        var run = Tool.Run(Sample);

        Assert.Equal(1, run.ExitCode);
        var lines = FindingLine.Matches(run.Output).Select(m => $"{m.Groups["where"].Value}: {m.Groups["severity"].Value} {m.Groups["id"].Value}").ToArray();
        Assert.Equal(SampleReport("suggestion"), lines);
        Assert.Contains(
            "Pages/Blog/Post.cshtml(25,16): warning LH001: Link to '@comment.AuthorUrl' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\"\n"
            + "  25 |             <a href=\"@comment.AuthorUrl\">@comment.Author</a>\n"
            + "     |                ^^^^^^^^^^^^^^^^^^^^^^^^^\n",
            run.Output.Replace("\r\n", "\n"));
        Assert.Contains("Pages/Blog/Post.cshtml  (8 findings)", run.Output);
        Assert.Contains("  LH010  3  Generic anchor text", run.Output);
        Assert.Matches(@"12 findings \(11 warnings, 1 suggestion\) in 3 files; 14 templates checked \(\d+\.\d\d s\)\. 6 can be fixed with --fix\.", run.Output);
    }

    [Fact]
    public void TheToolsProcess_CollectsGarbageInBatchMode()
    {
        // Main sets it for the whole process, whatever the command (Run, which the other tests call, leaves the test
        // host's alone): background collections slowed a check and the language server (docs/performance.md).
        var before = System.Runtime.GCSettings.LatencyMode;
        try
        {
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Interactive;
            Assert.Equal(0, LinkHygiene.Cli.Program.Main(new[] { "rules" }));
            Assert.Equal(System.Runtime.GCLatencyMode.Batch, System.Runtime.GCSettings.LatencyMode);
        }
        finally
        {
            System.Runtime.GCSettings.LatencyMode = before;
        }
    }

    [Fact]
    public void TextReport_ShowsAFileNamesDirectionControlsByCodePoint()
    {
        // An override in a file name reversed the rest of its line in a terminal (code review 117); JSON keeps the name
        var folder = Directory.CreateTempSubdirectory("lh-bidi-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "invoice-\u202Elmth.html"), "<a href=\"/x\">Click here</a>\n");
            var run = Tool.Run(folder, "--fail-on", "none", "--no-progress");
            Assert.Contains("invoice-<U+202E>lmth.html(1,14): warning LH010", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", run.Output, StringComparison.Ordinal);

            var json = Tool.Run(folder, "--format", "json", "--fail-on", "none", "--no-progress");
            Assert.Contains("\"path\": \"invoice-\u202Elmth.html\"", json.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TextReport_CodeFrameCarets_CountTerminalCells()
    {
        // A CJK character takes two cells in a terminal, a combining mark none, an emoji (a surrogate pair) two; a tab
        // goes to the next stop by cells (held-out review 87: the carets sat 13 cells left of a Japanese link's text).
        var folder = Directory.CreateTempSubdirectory("lh-cells-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "page.html"), "<p>日本語</p>\t<a href=\"#\">こちら</a> <p>e\u0301🙂</p><a href=\"#\">x</a>\n");
            var run = Tool.Run(folder, "page.html", "--fail-on", "none", "--no-progress");

            var output = run.Output.Replace("\r\n", "\n");
            Assert.Contains(
                "page.html(1,15): warning LH022: href=\"#\" is a placeholder, not a destination; use a <button> for actions, or give the link a real URL\n"
                + "  1 | <p>日本語</p>   <a href=\"#\">こちら</a> <p>e\u0301🙂</p><a href=\"#\">x</a>\n"
                + "    |                    ^^^^^^^^\n",
                output);
            Assert.Contains("\n    |                             ^^^^^^\n", output);
            Assert.Contains("\n    |                                                     ^^^^^^^^\n", output);

            // a long line's window is as wide in cells as the frame may be, 40 cells of it before the span (code review: a
            // minified page of Chinese took 265 cells)
            File.WriteAllText(Path.Combine(folder, "long.html"), "<p>" + string.Concat(Enumerable.Repeat("中文内容", 60)) + "<a href=\"#\">x</a>" + string.Concat(Enumerable.Repeat("更多文字", 40)) + "</p>\n");
            var frame = Tool.Run(folder, "long.html", "--fail-on", "none", "--no-progress").Output.Replace("\r\n", "\n").Split('\n');
            var line = frame.Single(l => l.StartsWith("  1 | ", StringComparison.Ordinal));
            Assert.Equal("  1 | …文内容" + string.Concat(Enumerable.Repeat("中文内容", 4)) + "<a href=\"#\">x</a>" + string.Concat(Enumerable.Repeat("更多文字", 10)) + "更多…", line);
            Assert.Contains("    | " + new string(' ', 42) + "^^^^^^^^", frame);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Output_IsPlain_WhenNotATerminal_AndColouredOnlyWhenAsked()
    {
        var piped = Tool.Run(Sample);
        Assert.DoesNotContain("\u001b[", piped.Output);
        Assert.DoesNotContain("\u001b[", piped.Error);
        Assert.DoesNotContain("\r", piped.Error); // no progress bar drawn into a pipe

        var forced = Tool.Run(Sample, "--color", "always");
        Assert.Contains("\u001b[1;33mwarning\u001b[0m", forced.Output);

        var noColor = Tool.Run(Sample, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, "--color", "auto");
        Assert.DoesNotContain("\u001b[", noColor.Output);
    }

    [Fact]
    public void OnATerminal_ALongRunDrawsProgress_AndColours()
    {
        // util-linux `script` gives the tool a pseudo-terminal, as an interactive shell would. The corpus takes long
        // enough (about two seconds) for the bar to appear.
        var corpus = RepositoryFiles.Corpus;
        var start = new System.Diagnostics.ProcessStartInfo("script") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = corpus };
        foreach (var argument in new[] { "-qec", $"dotnet {Tool.Assembly} . --fail-on none", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NO_COLOR");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));
        Assert.Equal(0, process.ExitCode);
        Assert.Matches(@"\r  \[#*-*\] \d+/6,?147 files", output.Replace("6,147", "6147"));
        Assert.Contains("\u001b[1;33mwarning\u001b[0m", output);
        Assert.Contains("\r\u001b[2K", output); // the bar is cleared before the report
    }

    [Fact]
    public void JsonReport_HasOneStableObjectPerFinding()
    {
        var run = Tool.Run(Sample, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("linkhygiene", root.GetProperty("tool").GetProperty("name").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(
            SampleReport("suggestion"),
            findings.Select(f => $"{f.GetProperty("path").GetString()}({f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()}): {f.GetProperty("severity").GetString()} {f.GetProperty("id").GetString()}"));
        foreach (var finding in findings)
        {
            Assert.Equal(
                new[] { "path", "line", "column", "endLine", "endColumn", "id", "severity", "message", "title", "helpUri", "fix" },
                finding.EnumerateObject().Select(p => p.Name));
            Assert.EndsWith(finding.GetProperty("id").GetString() + ".md", finding.GetProperty("helpUri").GetString());
        }

        var first = findings[0];
        Assert.Equal(25, first.GetProperty("endLine").GetInt32());
        Assert.Equal(41, first.GetProperty("endColumn").GetInt32());
        var fix = first.GetProperty("fix");
        Assert.Equal("Add \"ugc\" to rel", fix.GetProperty("title").GetString());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        Assert.Equal(" rel=\"ugc\"", edit.GetProperty("newText").GetString());
        Assert.Equal(JsonValueKind.Null, findings.Single(f => f.GetProperty("id").GetString() == "LH011").GetProperty("fix").ValueKind);

        var summary = root.GetProperty("summary");
        Assert.Equal(14, summary.GetProperty("filesChecked").GetInt32());
        // The sample's .editorconfig and any above it up to root = true (the sample's says so: not the repository's own), and
        // every .globalconfig above it, as the SDK would read them.
        var configs = 0;
        var rootFound = false;
        for (var dir = new DirectoryInfo(Sample); dir is not null; dir = dir.Parent)
        {
            var editorConfig = Path.Combine(dir.FullName, ".editorconfig");
            if (!rootFound && File.Exists(editorConfig))
            {
                configs++;
                rootFound = File.ReadLines(editorConfig).TakeWhile(l => !l.TrimStart().StartsWith('[')).Any(l => l.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("root=true", StringComparison.OrdinalIgnoreCase));
            }

            configs += File.Exists(Path.Combine(dir.FullName, ".globalconfig")) ? 1 : 0;
        }

        Assert.Equal(configs, summary.GetProperty("configurationFiles").GetInt32());
        Assert.Equal(12, summary.GetProperty("findings").GetInt32());
        Assert.Equal(11, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(3, summary.GetProperty("rules").GetProperty("LH001").GetInt32());
    }

    [Fact]
    public void GitHubReport_WritesWorkflowCommands_WithRepositoryRelativePaths()
    {
        var run = Tool.Run(Sample, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        var commands = run.Output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, commands.Count);
        Assert.Equal(
            "::warning file=samples/RazorPagesSample/Pages/Blog/Post.cshtml,line=25,endLine=25,col=16,endColumn=41,"
            + "title=LH001%3A Link in user-generated content lacks rel=\"ugc\" or rel=\"nofollow\""
            + "::Link to '@comment.AuthorUrl' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\" (https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/LH001.md)",
            commands[0]);
        Assert.Contains("LinkHygiene: 12 findings in 3 files; 14 templates checked.", run.Output);
    }

    [Fact]
    public void ExitCodes_FollowFailOn()
    {
        Assert.Equal(1, Tool.Run(Sample).ExitCode);                            // warnings, default --fail-on warning
        Assert.Equal(0, Tool.Run(Sample, "--fail-on", "error").ExitCode);     // only warnings
        Assert.Equal(0, Tool.Run(Sample, "--fail-on", "none").ExitCode);
        var blazor = RepositoryFiles.PathOf("samples", "BlazorSample");
        Assert.Equal(1, Tool.Run(blazor, "--fail-on", "suggestion").ExitCode);

        using var clean = new TempFolder();
        clean.Write("index.html", "<p><a href=\"/about\">About us</a></p>");
        var run = Tool.Run(clean.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"No link problems found in 1 template \(\d+\.\d\d s\)\.", run.Output);
    }

    [Fact]
    public void NamedFilesThatAreNoTemplatesAreSaidToBeSo()
    {
        // Held-out review of Jinja sites: a Nunjucks file named on the command line gave "0 templates" and nothing else.
        using var folder = new TempFolder();
        folder.Write("page.njk", "<a href=\"/x\">Click here</a>");
        folder.Write("site.css", "a { color: red }");
        folder.Write("index.html", "<a href=\"/x\">Click here</a>");
        var only = Tool.Run(folder.Path, "page.njk", "site.css");
        Assert.Equal(0, only.ExitCode);
        Assert.Contains("linkhygiene: 'page.njk', 'site.css' are not templates LinkHygiene reads (.cshtml, .razor, .html, .htm)", only.Error);

        // beside a template, a hook that passes every changed file hears nothing about the rest
        var mixed = Tool.Run(folder.Path, "page.njk", "index.html");
        Assert.Equal(1, mixed.ExitCode);
        Assert.DoesNotContain("not a template", mixed.Error);
    }

    // A folder the walk cannot read is said, not passed over (held-out review 157: a page whose path is over the system's
    // limit was skipped in silence, and naming its folder said "No link problems found in 0 templates", exit 0)
    [Fact]
    public void AFolderThatCannotBeReadIsSaidAndANamedOneFailsTheRun()
    {
        using var folder = new TempFolder();
        folder.Write("short.html", "<a href=\"/x\">Click here</a>\n");
        // (made a step at a time: no single call may name a path that long)
        var deep = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", new[] { "-c", "cd \"$0\" && for i in $(seq -w 0 21); do d=d$i$(printf 'y%.0s' $(seq 196)); mkdir $d && cd $d || exit 1; done; echo '<a href=\"/x\">Click here</a>' > deep.html", folder.Path }))!;
        deep.WaitForExit();
        Assert.Equal(0, deep.ExitCode);
        try
        {
            var run = Tool.Run(folder.Path, ".", "--no-progress");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("1 template checked", run.Output);
            Assert.Matches(@"linkhygiene: error: the folder 'd00y+(/d\d\dy+)+' cannot be read, so its templates were not checked: ", run.Error);

            // ... and so do the reports a CI job keeps (code review 119)
            var json = Tool.Run(folder.Path, ".", "--format", "json");
            Assert.Equal(2, json.ExitCode);
            using (var report = System.Text.Json.JsonDocument.Parse(json.Output))
            {
                var unreadable = Assert.Single(report.RootElement.GetProperty("summary").GetProperty("unreadable").EnumerateArray());
                Assert.StartsWith("d00y", unreadable.GetProperty("path").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(unreadable.GetProperty("reason").GetString()));
            }

            var sarif = Tool.Run(folder.Path, ".", "--format", "sarif");
            using (var report = System.Text.Json.JsonDocument.Parse(sarif.Output))
            {
                var invocation = report.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
                Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
                Assert.Contains("cannot be read", Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray()).GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            }

            var named = Tool.Run(folder.Path, Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Single()!, "--no-progress");
            Assert.Equal(2, named.ExitCode);
            Assert.Contains("cannot be read, so its templates were not checked", named.Error);
        }
        finally
        {
            System.Diagnostics.Process.Start("rm", new[] { "-rf", Path.Combine(folder.Path, Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Single()!) })!.WaitForExit();
        }
    }

    [Fact]
    public void ExitCode2_OnUsageAndInputErrors()
    {
        var missing = Tool.Run(Sample, "no-such-folder");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("linkhygiene: error: 'no-such-folder' does not exist", missing.Error);
        Assert.Equal(string.Empty, missing.Output);

        Assert.Equal(2, Tool.Run(Sample, "--format", "xml").ExitCode);
        Assert.Equal(2, Tool.Run(Sample, "--fail-on", "sometimes").ExitCode);
        var unknownOption = Tool.Run(Sample, "--frobnicate");
        Assert.Equal(2, unknownOption.ExitCode);
        Assert.Contains("unknown option '--frobnicate'", unknownOption.Error);
        Assert.Equal(2, Tool.Run(Sample, "--dry-run").ExitCode);
        Assert.Equal(2, Tool.Run(Sample, "--fix", "--fix-only", "LH999").ExitCode);

        // A configuration file that cannot be read. Tests may run as root, whom permissions do not stop, so the file is a
        // link to something every read of fails with an I/O error (the process's own memory at address 0).
        using var folder = new TempFolder();
        folder.Write("index.html", "<a href=\"/\">Home page</a>");
        File.CreateSymbolicLink(folder.Full(".editorconfig"), "/proc/self/mem");
        var unreadable = Tool.Run(folder.Path);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains("linkhygiene: error: could not read '" + folder.Full(".editorconfig") + "'", unreadable.Error);
    }

    [Fact]
    public void OutputFile_GetsTheReport_AndTheConsoleASummary()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "reports", "links.sarif");
        var run = Tool.Run(Sample, "--format", "sarif", "--output", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"12 findings in 14 templates; sarif report written to {target}", run.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(12, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void HelpAndVersion()
    {
        var help = Tool.Run(Sample, "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--format", "--output", "--fail-on", "--exclude", "--no-gitignore", "--fix", "--dry-run", "--fix-only", "--no-progress", "--color", "rules", "explain" })
        {
            Assert.Contains(option, help.Output);
        }

        var version = Tool.Run(Sample, "--version");
        Assert.Equal(0, version.ExitCode);
        var expected = typeof(Program).Assembly.GetName().Version!;
        Assert.Equal($"{expected.Major}.{expected.Minor}.{expected.Build}", version.Output.Trim());
    }

    [Fact]
    public void Rules_ListsTheCatalogue_AndExplainPrintsTheEmbeddedPage()
    {
        var rules = Tool.Run(Sample, "rules");
        Assert.Equal(0, rules.ExitCode);
        foreach (var rule in LinkHygiene.Rules.RuleCatalog.Descriptors)
        {
            Assert.Contains($"{rule.Id}  ", rules.Output);
            Assert.Contains(rule.Title, rules.Output);
        }

        var explain = Tool.Run(Sample, "explain", "lh001");
        Assert.Equal(0, explain.ExitCode);
        Assert.StartsWith(File.ReadAllText(RepositoryFiles.PathOf("docs", "rules", "LH001.md")).TrimEnd().Replace("\r\n", "\n"), explain.Output.Replace("\r\n", "\n"));

        var typo = Tool.Run(Sample, "explain", "LH01");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("did you mean LH001?", typo.Error);
    }
}
