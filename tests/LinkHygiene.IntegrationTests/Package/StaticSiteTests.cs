using System;
using System.IO;
using System.Linq;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>
/// A static site in a Microsoft.Build.NoTargets project: no C# compilation, so the MSBuild task checks every .html
/// page (minus bin, obj and node_modules) with the same engine, options and messages.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class StaticSiteTests
{
    private static readonly string[] Defaults =
    {
        "docs/guide.htm(3,16,3,25): warning LH010",
        "index.html(4,27,4,55): warning LH001",
        "index.html(5,6,5,22): warning LH011",
    };

    private readonly PackageFeed _feed;

    public StaticSiteTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void WarningsByDefaultWithExactRanges()
    {
        var dir = CreateSite("SiteDefaults");
        var result = Build(dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Defaults, Lines(result));
        // As the compiler prints analyzer diagnostics: the message, then the rule's help link.
        Assert.Contains(result.LinkHygiene, d => d.Message == "Link to 'https://spam.example/' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\" (https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/LH001.md)");
    }

    [Fact]
    public void WarnAsErrorFailsEveryBuildUntilFixedThenTheCheckIsSkipped()
    {
        var dir = CreateSite("SiteWarnAsError");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var failed = Build(dir, "-warnaserror");
            Assert.Equal(1, failed.ExitCode);
            Assert.Equal(Defaults.Select(l => l.Replace("warning", "error", StringComparison.Ordinal)), Lines(failed));
        }

        File.WriteAllText(Path.Combine(dir, "index.html"), "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n<p><a href=\"/docs/guide.htm\">The guide</a></p>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(dir, "docs", "guide.htm"), "<h1>Guide</h1>\n<p><a href=\"../index.html\">Home page</a></p>\n");
        var passed = Build(dir, "-warnaserror");
        Assert.Equal(0, passed.ExitCode);
        Assert.Empty(passed.LinkHygiene);

        var noOp = DotNet.BuildVerbose(dir, dir, "-warnaserror");
        Assert.Equal(0, noOp.ExitCode);
        Assert.Contains("Skipping target \"LinkHygieneCheck\" because all output files are up-to-date", noOp.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void TreatWarningsAsErrorsNoWarnAndWarningsAsErrorsAreHonoured()
    {
        var dir = CreateSite("SiteProperties");
        var all = Build(dir, "-p:TreatWarningsAsErrors=true");
        Assert.Equal(1, all.ExitCode);
        Assert.Equal(Defaults.Select(l => l.Replace("warning", "error", StringComparison.Ordinal)), Lines(all));

        var noWarn = Build(dir, "-p:NoWarn=LH010%3BLH011");
        Assert.Equal(0, noWarn.ExitCode);
        Assert.Equal(new[] { "index.html(4,27,4,55): warning LH001" }, Lines(noWarn));

        var one = Build(dir, "-p:WarningsAsErrors=LH011");
        Assert.Equal(1, one.ExitCode);
        Assert.Equal(Defaults.Select(l => l.EndsWith("LH011", StringComparison.Ordinal) ? l.Replace("warning", "error", StringComparison.Ordinal) : l), Lines(one));

        var off = Build(dir, "-p:LinkHygieneEnabled=false");
        Assert.Equal(0, off.ExitCode);
        Assert.Empty(off.LinkHygiene);

        var designTime = Build(dir, "-p:DesignTimeBuild=true", "-warnaserror");
        Assert.Equal(0, designTime.ExitCode);
        Assert.Empty(designTime.LinkHygiene);
    }

    [Fact]
    public void EditorConfigAndGlobalConfigApplyAsInTheCompiler()
    {
        var dir = CreateSite("SiteConfig");
        // A folder-level zone and severities in sections; dotnet_diagnostic in a section has no effect on templates (as in
        // the compiler) and is reported once at its line; a .globalconfig dotnet_diagnostic entry wins over the section.
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[*.{html,htm}]\nlink_hygiene.LH011.severity = error\n\n[docs/**]\nlink_hygiene.zone = ugc\ndotnet_diagnostic.LH010.severity = none\n");
        File.WriteAllText(Path.Combine(dir, "docs", "guide.htm"), "<h1>Guide</h1>\n<p>See <a href=\"https://forum.example\">the forum</a>.</p>\n<p><a href=\"/\">Read more</a></p>\n");
        File.WriteAllText(Path.Combine(dir, ".globalconfig"), "is_global = true\ndotnet_diagnostic.LH001.severity = error\n");
        var result = Build(dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                ".editorconfig(8,1,8,40): warning LH900",
                "docs/guide.htm(2,11,2,39): error LH001",
                "docs/guide.htm(3,16,3,25): warning LH010",
                "index.html(4,27,4,55): error LH001",
                "index.html(5,6,5,22): error LH011",
            },
            Lines(result));
    }

    private string CreateSite(string name)
    {
        var dir = Path.Combine(_feed.Root, name);
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        Directory.CreateDirectory(Path.Combine(dir, "node_modules", "lib"));
        var project = Path.Combine(dir, name + ".proj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        _feed.AddPackageReference(project);
        File.WriteAllText(Path.Combine(dir, "index.html"), "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n  <div class=\"comment\"><a href=\"https://spam.example/\">Spam shop</a></div>\n  <p><a href=\"/cart\"><i class=\"icon-cart\"></i></a></p>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(dir, "docs", "guide.htm"), "<h1>Guide</h1>\r\n<p>Back to the <a href=\"../index.html\">home page</a>.</p>\r\n<p><a href=\"/\">Read more</a></p>\r\n");
        File.WriteAllText(Path.Combine(dir, "node_modules", "lib", "readme.html"), "<a href=\"/x\">click here</a>");
        return dir;
    }

    private static BuildResult Build(string dir, params string[] arguments)
    {
        var result = DotNet.Build(dir, dir, arguments);
        result.AssertAnalyzerHealthy();
        return result;
    }

    private static string[] Lines(BuildResult result) => result.LinkHygiene.Select(d => d.ToString()).ToArray();
}
