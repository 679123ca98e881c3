using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>
/// The command-line tool as a user gets it: packed with `dotnet pack LinkHygiene.sln`, installed with `dotnet tool install
/// LinkHygiene.Tool --tool-path`, and run on a fresh `dotnet new webapp` that also consumes the analyzer package. The
/// tool's SARIF must hold exactly the build's LinkHygiene diagnostics (file, line, column, end, rule, level), and --fix
/// must remove every fixable finding and change nothing else.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class ToolTests
{
    private readonly PackageFeed _feed;

    public ToolTests(PackageFeed feed) => _feed = feed;

    /// <summary>
    /// Installs the tool into <paramref name="folder"/> under the feed's root (once), with these variables added to
    /// `dotnet tool install`'s environment; returns the command.
    /// </summary>
    private string InstallTool(string folder = "tools", IReadOnlyDictionary<string, string>? environment = null)
    {
        var tools = Path.Combine(_feed.Root, folder);
        var executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "linkhygiene.exe" : "linkhygiene");
        if (!File.Exists(executable))
        {
            var exit = DotNet.Run(_feed.Root, TimeSpan.FromMinutes(3), environment ?? new Dictionary<string, string>(), "tool", "install", "LinkHygiene.Tool", "--prerelease", "--tool-path", tools, "--add-source", _feed.Feed);
            Assert.Equal(0, exit);
        }

        Assert.True(File.Exists(executable), executable);
        return executable;
    }

    private string CreateSite(string name)
    {
        var dir = _feed.NewProject("webapp", name);
        File.WriteAllText(Path.Combine(dir, "Pages", "Links.cshtml"), "@page\r\n<p><a href=\"/privacy\">Click here</a></p>\r\n<p><a href=\"https://docs.example/\" target=\"_blank\">Docs</a></p>\r\n", new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(dir, "Pages", "Shared", "_Comments.cshtml"), "<div class=\"comments\">\n\t<a href=\"@Model.Url\">@Model.Name</a>\n\t<a href=\"https://spam.example/\" rel=\"external,external\">Spam shop</a>\n</div>\n");
        File.WriteAllText(Path.Combine(dir, "wwwroot", "promo.html"), "<!DOCTYPE html>\n<html lang=\"de\">\n<body>\n<a href=\"/\">Hier klicken</a>\n<a href=\"/#\"><img src=\"a.png\"></a>\n<aside class=\"sponsored\"><a href=\"http://ads.example/?id=1\">Günstige Flüge</a></aside>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[wwwroot/**.html]\nlink_hygiene.LH010.severity = error\n\n[Pages/**]\nlink_hygiene.LH020.severity = warning\n");
        return dir;
    }

    [Fact]
    public void InstalledTool_IsTheNativeExecutable_OnLinuxX64()
    {
        // `dotnet tool install` picks the package for the machine: on linux-x64 (where the package built here has one)
        // the command is a native executable, with no assembly and no runtime to start; anywhere else the
        // framework-dependent tool, run by `dotnet`.
        var tool = InstallTool();
        var target = new FileInfo(tool).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool;
        var folder = Path.GetDirectoryName(target)!;
        var header = new byte[4];
        using (var file = File.OpenRead(target))
        {
            file.ReadExactly(header);
        }

        var isElf = header.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
        Assert.True(isElf == PackageFeed.HasNativeTool, $"{target}: ELF {isElf}");
        Assert.True(File.Exists(Path.Combine(folder, "linkhygiene.dll")) != PackageFeed.HasNativeTool, $"{folder} holds: {string.Join(", ", Directory.EnumerateFiles(folder).Select(Path.GetFileName))}");
        if (PackageFeed.HasNativeTool)
        {
            Assert.Contains($"{Path.DirectorySeparatorChar}linkhygiene.tool.linux-x64{Path.DirectorySeparatorChar}", target, StringComparison.OrdinalIgnoreCase);

            // The executable carries its collector's first-generation budget (16 MB, hexadecimal, as the native runtime
            // reads it: name and value each ended by a zero byte), which the csproj passes to the native compiler.
            var setting = Encoding.ASCII.GetBytes("GCgen0size\01000000\0");
            Assert.True(File.ReadAllBytes(target).AsSpan().IndexOf(setting) >= 0, $"{target} holds no GCgen0size=1000000 setting");
        }

        var version = Run(tool, _feed.Root, "--version");
        Assert.Equal((0, _feed.Version), (version.ExitCode, version.Output.Trim()));
    }

    [Fact]
    public void FrameworkDependentTool_CarriesReadyToRunCodeForDotNet10_AndReportsWhatTheInstalledToolReports()
    {
        // For every other platform: LinkHygiene.Tool.any beside the native package (packed on linux-x64), or the one
        // framework-dependent package (packed elsewhere). Packed on linux-x64, its hot assemblies are ReadyToRun images
        // compiled against the .NET 10 runtime (PE machine 0xFD1D: x64 for Linux); anywhere else plain IL (0x14C).
        var package = Path.Combine(_feed.Feed, PackageFeed.HasNativeTool ? $"LinkHygiene.Tool.any.{_feed.Version}.nupkg" : $"LinkHygiene.Tool.{_feed.Version}.nupkg");
        Assert.True(File.Exists(package), $"{package} is not in the feed: {string.Join(", ", Directory.EnumerateFiles(_feed.Feed).Select(Path.GetFileName))}");
        var extracted = Path.Combine(_feed.Root, "framework-dependent-tool");
        if (!Directory.Exists(extracted))
        {
            System.IO.Compression.ZipFile.ExtractToDirectory(package, extracted);
        }

        var entry = Assert.Single(Directory.EnumerateFiles(extracted, "linkhygiene.dll", SearchOption.AllDirectories));
        foreach (var name in new[] { "linkhygiene.dll", "LinkHygiene.Core.dll", "LinkHygiene.Workspace.dll", "AngleSharp.dll", "System.CommandLine.dll" })
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(Path.GetDirectoryName(entry)!, name)));
            var readyToRun = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
            Assert.True(PackageFeed.HasNativeTool == readyToRun, $"{name}: ReadyToRun {readyToRun}, machine 0x{(int)pe.PEHeaders.CoffHeader.Machine:X}");
            if (readyToRun)
            {
                Assert.Equal(0xFD1D, (int)pe.PEHeaders.CoffHeader.Machine);
            }
        }

        // It runs (the images keep their IL for any other runtime), and finds what the installed tool finds.
        var site = CreateSite("FrameworkDependentSite");
        var installed = Findings(Run(InstallTool(), site, "--format", "json", "--fail-on", "none"));
        var frameworkDependent = Run("dotnet", site, entry, "--format", "json", "--fail-on", "none");
        Assert.True(frameworkDependent.ExitCode == 0, frameworkDependent.Error);
        Assert.NotEmpty(installed);
        Assert.Equal(installed.Select(f => f.Key), Findings(frameworkDependent).Select(f => f.Key));
    }

    [Fact]
    public void OnAlpine_TheSdkInstallsTheFrameworkDependentTool_NotTheGlibcExecutable()
    {
        // Alpine's RID, linux-musl-x64, falls back to linux-x64 in the SDK's RID graph, so the pointer package names a
        // package for it, or `dotnet tool install` would put the glibc executable there, which cannot start. There is
        // no Alpine here: DOTNET_RUNTIME_ID makes the SDK take the machine for linux-musl-x64, which is how it decides
        // (its log says "Target RID: linux-musl-x64"). What it installs is the framework-dependent tool, which runs on
        // the runtime at hand, on Alpine the musl build of .NET.
        var tool = InstallTool("tools-musl", new Dictionary<string, string> { ["DOTNET_RUNTIME_ID"] = "linux-musl-x64" });

        var store = Path.Combine(Path.GetDirectoryName(tool)!, ".store", "linkhygiene.tool", _feed.Version);
        var installed = Directory.EnumerateDirectories(store).Select(Path.GetFileName).ToList();
        Assert.Contains(PackageFeed.HasNativeTool ? "linkhygiene.tool.linux-musl-x64" : "linkhygiene.tool", installed);
        Assert.DoesNotContain("linkhygiene.tool.linux-x64", installed);
        Assert.Single(Directory.EnumerateFiles(store, "linkhygiene.dll", SearchOption.AllDirectories));

        var site = CreateSite("MuslSite");
        var musl = Run(tool, site, "--format", "json", "--fail-on", "none");
        Assert.True(musl.ExitCode == 0, musl.Error);
        var expected = Findings(Run(InstallTool(), site, "--format", "json", "--fail-on", "none"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(f => f.Key), Findings(musl).Select(f => f.Key));
    }

    [Fact]
    public void InstalledTool_ServesTheEditor()
    {
        // What an editor starts: `linkhygiene lsp` from PATH, the VS Code extension's first choice and every other
        // client's. Its diagnostics for a page are the command line's findings for it, at the same places.
        var tool = InstallTool();
        var site = CreateSite("ToolLspSite");
        var page = Path.Combine(site, "Pages", "Links.cshtml");
        var expected = Findings(Run(tool, site, "--format", "json", "--fail-on", "none"))
            .Where(f => f.Path == "Pages/Links.cshtml").Select(f => (f.Id, f.Line - 1, f.Column - 1)).OrderBy(f => f).ToList();
        Assert.Contains(expected, f => f.Id == "LH020");

        using var client = LspClient.Initialized(site, executable: tool);
        var text = File.ReadAllText(page);
        client.Open(page, text);
        var diagnostics = client.WaitForDiagnostics(page, 1).Diagnostics;
        Assert.Equal(expected, diagnostics.Select(d => (d.Code, d.StartLine, d.StartCharacter)).OrderBy(f => f).ToList());

        var lh020 = diagnostics.First(d => d.Code == "LH020");
        Assert.Contains(client.CodeActions(page, lh020), a => ((string)a["title"]!).Contains("noopener", StringComparison.Ordinal));

        var hover = client.Hover(page, lh020.StartLine, lh020.StartCharacter);
        Assert.Contains("LH020", (string)hover["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.Equal(0, client.ShutDown());
    }

    [Fact]
    public void InstalledTool_GivesTheBuildsFindings_InSarif()
    {
        var tool = InstallTool();
        var site = CreateSite("ToolSite");

        var build = DotNet.Build(site, site, "-p:ErrorLog=build.sarif%2Cversion=2.1", "--no-incremental");
        build.AssertAnalyzerHealthy();
        Assert.Equal(1, build.ExitCode); // LH010 is an error in wwwroot
        var fromBuild = Results(Path.Combine(site, "build.sarif"), site);

        var run = Run(tool, site, "--format", "sarif", "--output", "tool.sarif");
        Assert.Equal(1, run.ExitCode);
        var fromTool = Results(Path.Combine(site, "tool.sarif"), site);

        Assert.NotEmpty(fromBuild);
        Assert.Contains(fromBuild, r => r.EndsWith("error LH010", StringComparison.Ordinal));
        Assert.Contains(fromBuild, r => r.EndsWith("note LH021", StringComparison.Ordinal));
        Assert.Equal(fromBuild, fromTool);

        Assert.Equal(0, Run(tool, site, "--fail-on", "none").ExitCode);
        Assert.Equal(2, Run(tool, site, "no/such/folder").ExitCode);
    }

    [Fact]
    public void InstalledTool_FixRemovesEveryFixableFinding_AndNothingElseChanges()
    {
        var tool = InstallTool();
        var site = CreateSite("ToolFixSite");
        var templates = new[] { "Pages/Links.cshtml", "Pages/Shared/_Comments.cshtml", "wwwroot/promo.html" };
        var before = templates.ToDictionary(t => t, t => File.ReadAllBytes(Path.Combine(site, t)));

        var first = Findings(Run(tool, site, "--format", "json", "--fail-on", "none"));
        Assert.Contains(first, f => f.Fix);
        var fix = Run(tool, site, "--fix", "--fail-on", "none");
        Assert.Equal(0, fix.ExitCode);
        var after = Findings(Run(tool, site, "--format", "json", "--fail-on", "none"));

        Assert.DoesNotContain(after, f => f.Fix);
        Assert.Equal(first.Where(f => !f.Fix).Select(f => f.Key), after.Select(f => f.Key));

        // Only the start tags of fixed links changed: every other line is byte for byte what it was.
        foreach (var template in templates)
        {
            var fixedLines = first.Where(f => f.Fix && f.Path == template).Select(f => f.Line).ToHashSet();
            var old = SplitLines(before[template]);
            var now = SplitLines(File.ReadAllBytes(Path.Combine(site, template)));
            Assert.Equal(old.Count, now.Count);
            for (var i = 0; i < old.Count; i++)
            {
                if (!fixedLines.Contains(i + 1))
                {
                    Assert.True(old[i].SequenceEqual(now[i]), $"{template} line {i + 1} changed");
                }
            }
        }

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(site, "Pages/Links.cshtml")).Take(3));
        Assert.Contains("rel=\"external ugc\"", File.ReadAllText(Path.Combine(site, "Pages/Shared/_Comments.cshtml")), StringComparison.Ordinal);

        // The analyzer agrees: the build after the fix reports only what has no fix.
        var build = DotNet.Build(site, site, "--no-incremental", "-p:TreatWarningsAsErrors=false");
        build.AssertAnalyzerHealthy();
        Assert.Equal(
            after.Where(f => f.Severity is "warning" or "error").Select(f => $"{f.Path}({f.Line},{f.Column}): {f.Severity} {f.Id}").OrderBy(s => s, StringComparer.Ordinal),
            build.LinkHygiene.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("webapp", "Pages/Privacy.cshtml", "asp-page=\"/Privacy\"", "'/PrivacyPolicy'")]
    [InlineData("mvc", "Views/Home/Privacy.cshtml", "asp-action=\"Privacy\"", "'PrivacyPolicy'")]
    public void RenamingAPageReportsEveryLinkToIt_InTheBuildAndTheTool(string template, string page, string link, string nearest)
    {
        var tool = InstallTool();
        var site = _feed.NewProject(template, "Rename" + template);
        Assert.DoesNotContain(DotNet.Build(site, site).LinkHygiene, d => d.Id is "LH030" or "LH031");

        // The page is renamed (for MVC, its action with it), and nothing else changes.
        File.Move(Path.Combine(site, page), Path.Combine(site, page.Replace("Privacy", "PrivacyPolicy", StringComparison.Ordinal)));
        if (template == "webapp")
        {
            File.Move(Path.Combine(site, page + ".cs"), Path.Combine(site, page.Replace("Privacy", "PrivacyPolicy", StringComparison.Ordinal) + ".cs"));
        }
        else
        {
            var controller = Path.Combine(site, "Controllers", "HomeController.cs");
            File.WriteAllText(controller, File.ReadAllText(controller).Replace("IActionResult Privacy()", "IActionResult PrivacyPolicy()", StringComparison.Ordinal));
        }

        // Every link to it: the layout's navigation bar and footer, at the attribute's value.
        var layout = template == "webapp" ? "Pages/Shared/_Layout.cshtml" : "Views/Shared/_Layout.cshtml";
        var lines = File.ReadAllLines(Path.Combine(site, layout));
        var expected = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(link, StringComparison.Ordinal))
            .Select(i => $"{layout}({i + 1},{lines[i].IndexOf(link, StringComparison.Ordinal) + link.IndexOf('"', StringComparison.Ordinal) + 2}): warning LH030")
            .ToList();
        Assert.Equal(2, expected.Count);

        var build = DotNet.Build(site, site, "--no-incremental");
        build.AssertAnalyzerHealthy();
        Assert.Equal(0, build.ExitCode);
        var reported = build.LinkHygiene.Where(d => d.Id is "LH030" or "LH031").ToList();
        Assert.Equal(expected, reported.Select(d => d.ToString()));
        Assert.All(reported, d => Assert.Contains($"(nearest: {nearest})", d.Message, StringComparison.Ordinal));

        var fromTool = Findings(Run(tool, site, "--format", "json", "--fail-on", "none"))
            .Where(f => f.Id is "LH030" or "LH031").Select(f => $"{f.Path}({f.Line},{f.Column}): {f.Severity} {f.Id}");
        Assert.Equal(expected, fromTool);
    }

    [Fact]
    public void DnxRunsThePackedToolOnceWithoutInstallingIt()
    {
        var site = CreateSite("DnxSite");
        var installed = Findings(Run(InstallTool(), _feed.Root, site, "--format", "json", "--fail-on", "none"));

        // .NET 10's one-shot runner, from the feed (the folder's nuget.config names it), as `dnx LinkHygiene.Tool` would.
        var once = Run("dotnet", _feed.Root, "dnx", "LinkHygiene.Tool", "--yes", "--prerelease", "--", site, "--format", "json", "--fail-on", "none");
        Assert.True(once.ExitCode == 0, $"dotnet dnx exited with {once.ExitCode}: {once.Error}");
        Assert.NotEmpty(installed);
        Assert.Equal(installed.Select(f => f.Key), Findings(once).Select(f => f.Key));
        var version = Run("dotnet", _feed.Root, "dnx", "LinkHygiene.Tool", "--yes", "--prerelease", "--", "--version");
        Assert.StartsWith(_feed.Version, version.Output.Trim(), StringComparison.Ordinal);
    }

    private sealed record ToolFinding(string Path, int Line, int Column, string Severity, string Id, bool Fix)
    {
        public string Key => $"{Path}({Line},{Column}) {Id}";
    }

    private static List<ToolFinding> Findings(ToolRun run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new ToolFinding(
                f.GetProperty("path").GetString()!,
                f.GetProperty("line").GetInt32(),
                f.GetProperty("column").GetInt32(),
                f.GetProperty("severity").GetString()!,
                f.GetProperty("id").GetString()!,
                f.GetProperty("fix").ValueKind == JsonValueKind.Object))
            .ToList();
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    /// <summary>LinkHygiene results of a SARIF 2.1 log as "file(line,col,endLine,endCol): level ID", sorted.</summary>
    private static List<string> Results(string sarifPath, string projectDirectory)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = new List<string>();
        foreach (var run in sarif.RootElement.GetProperty("runs").EnumerateArray())
        {
            var bases = new Dictionary<string, Uri>();
            if (run.TryGetProperty("originalUriBaseIds", out var ids))
            {
                foreach (var id in ids.EnumerateObject())
                {
                    bases[id.Name] = new Uri(id.Value.GetProperty("uri").GetString()!);
                }
            }

            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var rule = result.GetProperty("ruleId").GetString()!;
                if (!rule.StartsWith("LH", StringComparison.Ordinal))
                {
                    continue;
                }

                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var artifact = location.GetProperty("artifactLocation");
                var uri = artifact.GetProperty("uri").GetString()!;
                var file = artifact.TryGetProperty("uriBaseId", out var baseId) ? new Uri(bases[baseId.GetString()!], uri) : new Uri(uri);
                var region = location.GetProperty("region");
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                results.Add($"{Path.GetRelativePath(projectDirectory, file.LocalPath).Replace('\\', '/')}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()},{region.GetProperty("endLine").GetInt32()},{region.GetProperty("endColumn").GetInt32()}): {level} {rule}");
            }
        }

        results.Sort(StringComparer.Ordinal);
        return results;
    }

    private sealed record ToolRun(int ExitCode, string Output, string Error);

    private static ToolRun Run(string tool, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "linkhygiene did not finish in 2 minutes");
        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }
}
