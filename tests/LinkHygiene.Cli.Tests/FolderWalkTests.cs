using System.Linq;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Cli.Tests;

/// <summary>Which files a folder walk checks: templates only; never build output, dependencies or copied packages.</summary>
public sealed class FolderWalkTests
{
    private const string Generic = "<a href=\"/x\">click here</a>\n";

    private static string[] CheckedWithFindings(string folder, params string[] arguments)
    {
        var run = Tool.Run(folder, arguments.Concat(new[] { "--format", "json", "--fail-on", "none" }).ToArray());
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
    }

    private static TempFolder Site()
    {
        var site = new TempFolder();
        foreach (var file in new[]
        {
            "Pages/Index.cshtml", "Components/App.razor", "wwwroot/about.html", "wwwroot/legal/terms.htm",
            "bin/Debug/net10.0/wwwroot/about.html", "obj/x.cshtml", "node_modules/pkg/demo.html", "bower_components/widget/demo.html",
            ".git/hooks/page.html", "wwwroot/lib/bootstrap/demo.html", "wwwroot/vendor/codemirror/demo/index.html",
            "wwwroot/vendor/filemanager/index.html", "docs/notes.md", "Pages/Index.cshtml.cs",
        })
        {
            site.Write(file, Generic);
        }

        site.Write("wwwroot/vendor/codemirror/LICENSE", "MIT");
        site.Write("wwwroot/vendor/filemanager/package.json", "{}");
        return site;
    }

    [Fact]
    public void Walk_ChecksTemplates_AndSkipsBuildOutputDependenciesAndCopiedPackages()
    {
        using var site = Site();
        var run = Tool.Run(site.Path, "--fail-on", "none");

        Assert.Equal(
            new[] { "Components/App.razor", "Pages/Index.cshtml", "wwwroot/about.html", "wwwroot/legal/terms.htm" },
            CheckedWithFindings(site.Path));
        Assert.Contains("in 4 files; 4 templates checked", run.Output);
        Assert.Contains("skipped wwwroot/vendor/codemirror/ (a copied third-party package", run.Error);
        Assert.Contains("skipped wwwroot/vendor/filemanager/", run.Error);
    }

    [Fact]
    public void Exclude_TakesGlobsAndNames()
    {
        using var site = Site();
        Assert.Equal(
            new[] { "Pages/Index.cshtml", "wwwroot/about.html" },
            CheckedWithFindings(site.Path, "--exclude", "Components/**", "--exclude", "legal"));
        Assert.Equal(
            new[] { "Components/App.razor", "Pages/Index.cshtml" },
            CheckedWithFindings(site.Path, "-x", "wwwroot"));
        Assert.Equal(
            new[] { "Components/App.razor", "Pages/Index.cshtml", "wwwroot/legal/terms.htm" },
            CheckedWithFindings(site.Path, "-x", "*.html"));
    }

    [Fact]
    public void ProjectLinkHygieneExcludeItems_AreHonoured_AsInTheBuild()
    {
        using var site = Site();
        site.Write("Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"Components/**;wwwroot\\legal\\terms.htm\" />\n    <LinkHygieneExclude Include=\"$(SomeFolder)/**\" />\n  </ItemGroup>\n</Project>\n");

        Assert.Equal(new[] { "Pages/Index.cshtml", "wwwroot/about.html" }, CheckedWithFindings(site.Path));

        // From a subfolder, the project above still decides, as a build of that project would.
        Assert.Equal(new[] { "about.html" }, CheckedWithFindings(site.Full("wwwroot")));
    }

    // ... and those of the Directory.Build.props the project imports, the nearest above it, with the project's paths
    // (held-out review 169: a team lead's exclusions there were honoured by the build only)
    [Fact]
    public void DirectoryBuildPropsLinkHygieneExcludeItems_AreHonoured_ForTheProjectsBelow()
    {
        using var site = Site();
        site.Write("Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        site.Write("Directory.Build.props", "<Project>\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"Components/**\" />\n  </ItemGroup>\n</Project>\n");
        site.Write("wwwroot/legal/Directory.Build.props", "<Project>\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"**\" />\n  </ItemGroup>\n</Project>\n");

        // (not one in a folder without a project: nothing imports it)
        Assert.Equal(new[] { "Pages/Index.cshtml", "wwwroot/about.html", "wwwroot/legal/terms.htm" }, CheckedWithFindings(site.Path));
    }

    // ... as MSBuild reads them: an item under a Condition is not known, an Exclude and a project's Remove take globs out, a
    // project that imports no Directory.Build.props gets none of it (code review 127)
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><LinkHygieneExclude Remove=\"Components/**\" /></ItemGroup></Project>", "<LinkHygieneExclude Include=\"Components/**;Pages/**\" />", "Components/App.razor,wwwroot/about.html,wwwroot/legal/terms.htm")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", "<LinkHygieneExclude Include=\"Components/**;wwwroot/**\" Exclude=\"wwwroot/legal/**\" />", "Pages/Index.cshtml,wwwroot/legal/terms.htm")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", "<LinkHygieneExclude Include=\"Components/**\" Condition=\"'$(Configuration)' == 'Release'\" />", "Components/App.razor,Pages/Index.cshtml,wwwroot/about.html,wwwroot/legal/terms.htm")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><ImportDirectoryBuildProps>false</ImportDirectoryBuildProps></PropertyGroup></Project>", "<LinkHygieneExclude Include=\"Components/**\" />", "Components/App.razor,Pages/Index.cshtml,wwwroot/about.html,wwwroot/legal/terms.htm")]
    public void DirectoryBuildPropsItems_AreReadAsMSBuildReadsThem(string project, string item, string checkedFiles)
    {
        using var site = Site();
        site.Write("Web.csproj", project);
        site.Write("Directory.Build.props", "<Project><ItemGroup>" + item + "</ItemGroup></Project>");
        Assert.Equal(checkedFiles.Split(','), CheckedWithFindings(site.Path));
    }

    [Fact]
    public void EveryKindOfProjectFile_IsRead_AndNothingElse()
    {
        using var site = Site();
        site.Write("Site.fsproj", "<Project>\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"Components/**\" />\n  </ItemGroup>\n</Project>\n");
        site.Write("wwwroot/legal/Docs.proj", "<Project>\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"terms.htm\" />\n  </ItemGroup>\n</Project>\n");
        // Not project files, though their names end like one or hold one.
        site.Write("Old.csproj.bak", "<Project>\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"Pages/**\" />\n  </ItemGroup>\n</Project>\n");
        site.Write("wwwroot/myproj", "<Project>\n  <ItemGroup>\n    <LinkHygieneExclude Include=\"about.html\" />\n  </ItemGroup>\n</Project>\n");

        Assert.Equal(new[] { "Pages/Index.cshtml", "wwwroot/about.html" }, CheckedWithFindings(site.Path));
    }

    [Fact]
    public void FilesNamedExplicitly_AreAlwaysChecked()
    {
        using var site = Site();
        Assert.Equal(
            new[] { "bin/Debug/net10.0/wwwroot/about.html", "wwwroot/vendor/codemirror/demo/index.html" },
            CheckedWithFindings(site.Path, "bin/Debug/net10.0/wwwroot/about.html", "wwwroot/vendor/codemirror/demo/index.html", "docs/notes.md", "-x", "bin"));
    }

    [Fact]
    public void GitIgnore_LeavesOutWhatGitIgnores_InARepository()
    {
        // Site() holds .git/, so it is a repository's top (held-out review 160: a coverage report and a DocFX site that
        // .gitignore left out were nearly all of a new user's findings); **/out/ is out/ beside it too (code review 121)
        using var site = Site();
        foreach (var file in new[] { "coveragereport/index.html", "docs/_site/index.html", "Pages/Old.gen.html", "Pages/Keep.gen.html", "Pages/Spaced.html", "out/x.html", "Components/out/y.html" })
        {
            site.Write(file, Generic);
        }

        site.Write(".gitignore", "# generated\r\ncoveragereport/\r\n*.gen.html\r\n\r\nSpaced.html   \r\n**/out/\r\n");
        site.Write("docs/.gitignore", "_site/\n");
        site.Write("Pages/.gitignore", "!Keep.gen.html\n");
        site.Write(".git/info/exclude", "wwwroot/legal/\n");
        var own = new[] { "Components/App.razor", "Pages/Index.cshtml", "Pages/Keep.gen.html", "wwwroot/about.html" };
        Assert.Equal(own, CheckedWithFindings(site.Path));

        // from a folder inside the repository, its patterns still apply
        Assert.Equal(new[] { "about.html" }, CheckedWithFindings(site.Full("wwwroot")));

        // --no-gitignore reads everything the walk would otherwise read
        Assert.Equal(
            new[] { "Components/App.razor", "Components/out/y.html", "Pages/Index.cshtml", "Pages/Keep.gen.html", "Pages/Old.gen.html", "Pages/Spaced.html", "coveragereport/index.html", "docs/_site/index.html", "out/x.html", "wwwroot/about.html", "wwwroot/legal/terms.htm" },
            CheckedWithFindings(site.Path, "--no-gitignore"));

        // what the user names is read: an ignored folder whole, an ignored file
        Assert.Equal(
            new[] { "Pages/Old.gen.html", "docs/_site/index.html" },
            CheckedWithFindings(site.Path, "docs/_site", "Pages/Old.gen.html"));
    }

    [Fact]
    public void GitIgnore_AsGitReadsIt_InAWorktree_AndWithTrailingBlanks()
    {
        // Code review 120: a worktree's .git is a file naming its git folder, whose commondir holds info/exclude; git
        // drops a pattern's trailing spaces, not its tabs
        using var folder = new TempFolder();
        folder.Write("main-git/info/exclude", "gen/\n");
        folder.Write("main-git/worktrees/wt/commondir", "../..\n");
        folder.Write("wt/.git", "gitdir: ../main-git/worktrees/wt\n");
        folder.Write("wt/.gitignore", "*.htm\t\nold.html   \n");
        foreach (var file in new[] { "gen/a.html", "index.htm", "old.html", "page.html" })
        {
            folder.Write("wt/" + file, Generic);
        }

        Assert.Equal(new[] { "index.htm", "page.html" }, CheckedWithFindings(folder.Full("wt")));
    }

    [Fact]
    public void GitIgnore_OutsideARepository_IsNotRead()
    {
        using var folder = new TempFolder();
        folder.Write("index.html", Generic);
        folder.Write("out/page.html", Generic);
        folder.Write(".gitignore", "*.html\nout/\n");
        Assert.Equal(new[] { "index.html", "out/page.html" }, CheckedWithFindings(folder.Path));
    }

    [Fact]
    public void SeveralRoots_AreCheckedOnce()
    {
        using var site = Site();
        var run = Tool.Run(site.Path, "Pages", "Pages/Index.cshtml", "wwwroot/legal", "--fail-on", "none");
        // Pages/Index.cshtml through the folder and by name, terms.htm through its folder: two files, each once.
        Assert.Contains("2 findings (2 warnings) in 2 files; 2 templates checked", run.Output);
    }
}
