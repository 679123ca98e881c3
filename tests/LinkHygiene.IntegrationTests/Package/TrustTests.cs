using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>
/// What a CI owner needs from the package, tried on fresh `dotnet new webapp` projects consuming it from a local feed:
/// it never breaks a build that passes without it, an incremental build never hides a finding, exclusions work, and
/// configuration mistakes are reported once, where they are written.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class TrustTests
{
    private readonly PackageFeed _feed;

    public TrustTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void NoFileInWwwrootMakesThePackageFailABuildThatPassesWithoutIt()
    {
        var dir = NewWebApp("OddFiles", withPackage: false);
        var www = Path.Combine(dir, "wwwroot", "odd");
        Directory.CreateDirectory(www);
        const string page = "<p><a href=\"/#\">click here</a></p>\n";
        var random = new Random(1130);
        var noise = new byte[3000];
        random.NextBytes(noise);
        var files = new Dictionary<string, byte[]>
        {
            ["binary.html"] = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }.Concat(noise).ToArray(),
            ["utf16-bom.html"] = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(page)).ToArray(),
            ["utf16-no-bom.html"] = Encoding.Unicode.GetBytes(page),
            ["utf16be-no-bom.html"] = Encoding.BigEndianUnicode.GetBytes(page),
            ["utf32-bom.html"] = Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(page)).ToArray(),
            ["utf32-no-bom.html"] = Encoding.UTF32.GetBytes(page),
            ["windows-1252.html"] = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("<p>Größe €</p>" + page),
            ["nul.html"] = Encoding.UTF8.GetBytes("<p>a\0\0b</p>" + page),
            ["empty.html"] = Array.Empty<byte>(),
            ["huge.html"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text without links</p>\n", 200_000))),
        };
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(www, name), bytes);
        }

        var without = DotNet.Build(dir, dir);
        Assert.True(without.ExitCode == 0, without.Log);

        _feed.AddPackageReference(Directory.GetFiles(dir, "*.csproj").Single());
        var with = DotNet.Build(dir, dir);
        with.AssertAnalyzerHealthy();
        Assert.True(with.ExitCode == 0, with.Log);
        Assert.DoesNotContain("CS2015", with.Log, StringComparison.Ordinal);
        var lines = with.LinkHygiene.Select(d => $"{d} {d.Message}").ToList();
        Assert.Contains(lines, l => l.StartsWith("wwwroot/odd/binary.html(1,1): warning LH901", StringComparison.Ordinal) && l.Contains("could not be read as text", StringComparison.Ordinal) && l.Contains("not given to the compiler", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("wwwroot/odd/utf16-no-bom.html(1,2): warning LH901", StringComparison.Ordinal) && l.Contains("byte-order mark", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("wwwroot/odd/nul.html(1,5): warning LH901", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("wwwroot/odd/huge.html(1,1): warning LH901", StringComparison.Ordinal) && l.Contains("over the limit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("wwwroot/odd/utf16-bom.html(1,17): warning LH010", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("wwwroot/odd/windows-1252.html(1,", StringComparison.Ordinal) && l.Contains("LH010", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("wwwroot/odd/empty.html", StringComparison.Ordinal));
    }

    [Fact]
    public void RebuildsThroughTheCompilerServerReportWhatChanged()
    {
        // A developer's builds go through the compiler server (the default; this machine's environment turns it off),
        // which keeps the analyzer, and what it found in each template, from one build to the next. Each rebuild must
        // still report exactly what the templates and the configuration say now.
        var dir = NewWebApp("ServerRebuilds", withPackage: true);
        var page = Path.Combine(dir, "Pages", "Links.cshtml");
        File.WriteAllText(page, "@page\n<p><a href=\"/privacy\">Click here</a></p>\n<p><a href=\"/privacy\">Privacy policy</a></p>\n");
        string[] Rebuild() => Lines(Build(dir, "--no-incremental", "-p:UseSharedCompilation=true"));
        try
        {
            var first = Rebuild();
            Assert.Equal(new[] { "Pages/Links.cshtml(2,23): warning LH010" }, first);
            Assert.Equal(first, Rebuild());

            File.WriteAllText(page, "@page\n<p><a href=\"/privacy\">Privacy policy</a></p>\n<p><a href=\"/privacy\">Read more</a></p>\n");
            Assert.Equal(new[] { "Pages/Links.cshtml(3,23): warning LH010" }, Rebuild());

            File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n[*.cshtml]\nlink_hygiene.LH010.extra_phrases = privacy policy\n");
            Assert.Equal(new[] { "Pages/Links.cshtml(2,23): warning LH010", "Pages/Links.cshtml(3,23): warning LH010" }, Rebuild());

            File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n[*.cshtml]\nlink_hygiene.LH010.severity = none\n");
            Assert.Empty(Rebuild());
        }
        finally
        {
            DotNet.Run(dir, TimeSpan.FromMinutes(1), "build-server", "shutdown", "--vbcscompiler");
        }
    }

    [Fact]
    public void IncrementalBuildsNeverHideFindings()
    {
        var dir = NewWebApp("Incremental", withPackage: true);
        File.WriteAllText(Path.Combine(dir, "Pages", "Links.cshtml"), "@page\n<p><a href=\"/privacy\">Click here</a></p>\n");
        const string finding = "Pages/Links.cshtml(2,23): {0} LH010";

        var first = Build(dir);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(new[] { string.Format(finding, "warning") }, Lines(first));

        // -warnaserror after a plain build: the compiler must run again and fail, and keep failing while it is asked.
        foreach (var attempt in new[] { 1, 2 })
        {
            var strict = Build(dir, "-warnaserror");
            Assert.True(strict.ExitCode == 1, $"attempt {attempt}:\n{strict.Log}");
            Assert.Equal(new[] { string.Format(finding, "error") }, Lines(strict));
        }

        var relaxed = Build(dir);
        Assert.Equal(0, relaxed.ExitCode);
        Assert.Equal(new[] { string.Format(finding, "warning") }, Lines(relaxed));

        var noOp = DotNet.BuildVerbose(dir, dir);
        Assert.Equal(0, noOp.ExitCode);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", noOp.Log, StringComparison.Ordinal);

        foreach (var (argument, expected) in new[]
        {
            ("-p:TreatWarningsAsErrors=true", 1),
            ("-p:TreatWarningsAsErrors=true", 1),
            ("-p:WarningsAsErrors=LH010", 1),
            ("-p:NoWarn=LH010", 0),
            ("-warnaserror:LH010", 1),
            ("-p:LinkHygieneEnabled=false", 0),
        })
        {
            var result = Build(dir, argument);
            Assert.True(result.ExitCode == expected, $"{argument}:\n{result.Log}");
            var lines = Lines(result);
            if (argument.Contains("NoWarn", StringComparison.Ordinal) || argument.Contains("Enabled=false", StringComparison.Ordinal))
            {
                Assert.Empty(lines);
            }
            else
            {
                Assert.Equal(new[] { string.Format(finding, "error") }, lines);
            }
        }

        // ErrorLog is written even when nothing else changed, and written again when it goes missing.
        var sarif = Path.Combine(dir, "links.sarif");
        Build(dir);
        var logged = Build(dir, "-p:ErrorLog=links.sarif%2Cversion=2.1");
        Assert.Equal(0, logged.ExitCode);
        Assert.Contains("\"ruleId\": \"LH010\"", File.ReadAllText(sarif), StringComparison.Ordinal);
        File.Delete(sarif);
        Build(dir, "-p:ErrorLog=links.sarif%2Cversion=2.1");
        Assert.True(File.Exists(sarif), "a missing ErrorLog was not written again");
    }

    // A bare -warnaserror makes warnings errors, not suggestions or silent findings (held-out review 154: an unchanged
    // dotnet new blazor app's LH020 suggestion failed it); -warnnotaserror keeps a warning one; -warnaserror:ID still fails
    [Fact]
    public void WarnAsErrorLeavesSuggestionsAndSilentFindingsAlone()
    {
        var dir = NewWebApp("WarnAsErrorLevels", withPackage: true);
        File.WriteAllText(Path.Combine(dir, "Pages", "Out.cshtml"), "@page\n<p><a href=\"https://example.org/\" target=\"_blank\">Example site</a></p>\n");
        Directory.CreateDirectory(Path.Combine(dir, "Pages", "Quiet"));
        File.WriteAllText(Path.Combine(dir, "Pages", "Quiet", "Old.cshtml"), "@page\n<p><a href=\"/privacy\">Click here</a></p>\n");
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[Pages/Quiet/**]\nlink_hygiene.LH010.severity = silent\n");

        // (and other warnings -warnnotaserror keeps stay warnings: the compiler is not told to raise every warning, code
        // review 118)
        File.WriteAllText(Path.Combine(dir, "Legacy.cs"), "static class Legacy\n{\n    [System.Obsolete(\"old\")] static void Old() { }\n    static void New() => Old();\n}\n");
        var strict = Build(dir, "-warnaserror", "-warnnotaserror:CS0618");
        Assert.True(strict.ExitCode == 0, strict.Log);
        Assert.Contains("warning CS0618", strict.Log, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(strict), line => line.Contains("error", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(dir, "Pages", "Links.cshtml"), "@page\n<p><a href=\"/privacy\">Click here</a></p>\n");
        var kept = Build(dir, "-warnaserror", "-warnnotaserror:LH010,CS0618");
        Assert.True(kept.ExitCode == 0, kept.Log);
        Assert.Equal(new[] { "Pages/Links.cshtml(2,23): warning LH010" }, Lines(kept));

        var failed = Build(dir, "-warnaserror", "-warnnotaserror:CS0618");
        Assert.True(failed.ExitCode == 1, failed.Log);
        Assert.Equal(new[] { "Pages/Links.cshtml(2,23): error LH010" }, Lines(failed));
    }

    [Fact]
    public void ExclusionsSwitchesAndCopiedPackagesAreHonoured()
    {
        var dir = NewWebApp("Exclusions", withPackage: true);
        const string generic = "<p><a href=\"/#\">Click here</a></p>\n";
        foreach (var file in new[]
        {
            "Pages/Kept.cshtml", "Areas/Legacy/Pages/Old.cshtml", "Pages/Generated/Gen.cshtml", "Pages/Off/Off.cshtml",
            "wwwroot/kept.html", "wwwroot/vendor/editor/demo/index.html", "wwwroot/widgets/grid/index.html",
            "wwwroot/removed/page.html", "wwwroot/docs/excluded.html",
        })
        {
            var path = Path.Combine(dir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, (file.EndsWith(".cshtml", StringComparison.Ordinal) ? "@page\n" : string.Empty) + generic);
        }

        File.WriteAllText(Path.Combine(dir, "wwwroot", "vendor", "editor", "LICENSE"), "MIT License");
        File.WriteAllText(Path.Combine(dir, "wwwroot", "widgets", "grid", "package.json"), "{ \"name\": \"grid\" }");
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[Pages/Generated/**]\ngenerated_code = true\n\n[Pages/Off/**]\nlink_hygiene.enabled = false\n");
        var project = Directory.GetFiles(dir, "*.csproj").Single();
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</Project>",
            "  <ItemGroup>\n    <LinkHygieneExclude Include=\"Areas/Legacy/**;wwwroot/docs/excluded.html\" />\n    <AdditionalFiles Remove=\"wwwroot/removed/**\" />\n  </ItemGroup>\n</Project>",
            StringComparison.Ordinal));

        var result = Build(dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "Pages/Kept.cshtml(2,17): warning LH010", "wwwroot/kept.html(1,17): warning LH010" }, Lines(result));
    }

    [Fact]
    public void ConfigurationMistakesAreReportedOnceWhereTheyAreWritten()
    {
        var dir = NewWebApp("ConfigMistakes", withPackage: true);
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[*.cshtml]\nlink_hygiene.zone = comments\nlink_hygiene.ugc_selector = .review\ndotnet_diagnostic.LH010.severity = none\n");
        File.WriteAllText(Path.Combine(dir, "Pages", "Suppressed.cshtml"), "@page\n<!-- linkhygiene-disable-next-line LH01 -->\n<p>No links.</p>\n");

        var result = Build(dir, "-p:LinkHygieneHelpLinkBase=https://docs.contoso.example/linkhygiene/");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                ".editorconfig(4,21): warning LH900",
                ".editorconfig(5,1): warning LH900",
                ".editorconfig(6,1): warning LH900",
                "Pages/Suppressed.cshtml(2,36): warning LH900",
            },
            Lines(result));
        var messages = result.LinkHygiene.Select(d => d.Message).ToList();
        Assert.Contains("Option 'link_hygiene.zone' has an invalid value 'comments': expected ugc, sponsored, none; the default 'none' is used (https://docs.contoso.example/linkhygiene/LH900.md)", messages);
        Assert.Contains("Unknown option 'link_hygiene.ugc_selector'; did you mean 'link_hygiene.ugc_selectors'? It has no effect as written (https://docs.contoso.example/linkhygiene/LH900.md)", messages);
        Assert.Contains(messages, m => m.StartsWith("'dotnet_diagnostic.LH010.severity' in an .editorconfig file has no effect on templates", StringComparison.Ordinal) && m.Contains("link_hygiene.LH010.severity = none", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Unknown rule 'LH01' in 'linkhygiene-disable-next-line LH01'; did you mean 'LH001'?", StringComparison.Ordinal));
    }

    private string NewWebApp(string name, bool withPackage)
    {
        var directory = Path.Combine(_feed.Root, name);
        Assert.Equal(0, DotNet.Run(_feed.Root, TimeSpan.FromMinutes(2), "new", "webapp", "-o", directory, "--no-restore"));
        if (withPackage)
        {
            _feed.AddPackageReference(Directory.GetFiles(directory, "*.csproj").Single());
        }

        return directory;
    }

    private static BuildResult Build(string dir, params string[] arguments)
    {
        var result = DotNet.Build(dir, dir, arguments);
        result.AssertAnalyzerHealthy();
        return result;
    }

    private static string[] Lines(BuildResult result) => result.LinkHygiene.Select(d => d.ToString()).ToArray();
}
