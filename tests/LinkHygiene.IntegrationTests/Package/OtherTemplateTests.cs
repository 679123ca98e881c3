using System;
using System.IO;
using System.Linq;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>MVC and Blazor projects consume the package the same way.</summary>
[Collection(BuildCollection.Name)]
public sealed class OtherTemplateTests
{
    private readonly PackageFeed _feed;

    public OtherTemplateTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void MvcViews()
    {
        var dir = _feed.NewProject("mvc", "Mvc");
        File.WriteAllText(Path.Combine(dir, "Views", "Shared", "_Sponsors.cshtml"), "<aside class=\"sponsored\">\n  <a href=\"https://sponsor.example\" rel=\"nofolow\">Sponsor</a>\n</aside>\n");
        File.AppendAllText(Path.Combine(dir, "Views", "Home", "Index.cshtml"), "\n<p><a asp-action=\"Privacy\">Read more</a></p>\n");
        var result = DotNet.Build(dir, dir);
        result.AssertAnalyzerHealthy();
        Assert.Equal(0, result.ExitCode);
        var lastLine = File.ReadAllLines(Path.Combine(dir, "Views", "Home", "Index.cshtml")).Length;
        Assert.Equal(
            new[]
            {
                $"Views/Home/Index.cshtml({lastLine},28): warning LH010",
                "Views/Shared/_Sponsors.cshtml(2,6): warning LH002",
                "Views/Shared/_Sponsors.cshtml(2,42): warning LH006",
            },
            result.LinkHygiene.Select(d => d.ToString()));
    }

    [Fact]
    public void BlazorComponents()
    {
        var dir = _feed.NewProject("blazor", "Blazor");
        File.WriteAllText(Path.Combine(dir, "Components", "Pages", "Reviews.razor"), """
            @page "/reviews"
            <div itemscope itemtype="https://schema.org/Review">
                <a href="@website" @onclick="Track">@author</a>
            </div>
            <NavLink href="counter"><span class="bi bi-plus" aria-hidden="true"></span></NavLink>
            @code {
                private string website = "https://reviewer.example";
                private string author = "Ada";
                private void Track() { }
            }
            """);
        var result = DotNet.Build(dir, dir);
        result.AssertAnalyzerHealthy();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "Components/Pages/Reviews.razor(3,8): warning LH001",
                "Components/Pages/Reviews.razor(5,1): warning LH011",
            },
            result.LinkHygiene.Select(d => d.ToString()));
    }

    // A Blazor Web App with Auto interactivity: the server's NavMenu links to the Counter page of its .Client project,
    // which its router and endpoints name (typeof(Client._Imports).Assembly). The build reads the client assembly's
    // routes, so a typo there is reported with the client's page as nearest; before, every such link was undecidable.
    [Fact]
    public void BlazorWebAppWithAutoInteractivityChecksLinksToItsClientsPages()
    {
        var dir = _feed.NewProject("blazor", "BlazorAuto", "--interactivity", "Auto");
        var navMenu = Path.Combine(dir, "BlazorAuto", "Components", "Layout", "NavMenu.razor");
        var text = File.ReadAllText(navMenu);
        Assert.Contains("href=\"counter\"", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "BlazorAuto.Client", "Pages", "Counter.razor")));
        File.WriteAllText(navMenu, text.Replace("href=\"counter\"", "href=\"countr\"", StringComparison.Ordinal));
        var line = text.Substring(0, text.IndexOf("href=\"counter\"", StringComparison.Ordinal)).Split('\n');
        var result = DotNet.Build(dir, dir);
        result.AssertAnalyzerHealthy();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[] { $"BlazorAuto/Components/Layout/NavMenu.razor({line.Length},{line[^1].Length + "href=\"".Length + 1}): warning LH030" },
            result.LinkHygiene.Select(d => d.ToString()));
        Assert.Contains("Link to 'countr' matches no page, action, endpoint or file (nearest: 'counter')", result.Log, StringComparison.Ordinal);
    }

    // Held-out review 142: a Razor Pages app references a Razor class library made with --support-pages-and-views. The
    // build reads the library's pages from its assembly (compiled through the project reference), so a link to its page
    // resolves, and a typo in one, or in a link to the app's own top-level page, is reported; before, referencing the
    // library left every page name the app's folders do not hold undecidable.
    [Fact]
    public void RazorPagesAppWithAPagesLibraryChecksLinksIntoIt()
    {
        var dir = _feed.NewProject("webapp", "PagesApp");
        var library = Path.Combine(_feed.Root, "PagesLib");
        Assert.Equal(0, DotNet.Run(_feed.Root, TimeSpan.FromMinutes(2), "new", "razorclasslib", "--support-pages-and-views", "-o", library, "--no-restore"));
        Assert.True(File.Exists(Path.Combine(library, "Areas", "MyFeature", "Pages", "Page1.cshtml")));
        var project = Path.Combine(dir, "PagesApp.csproj");
        var text = File.ReadAllText(project);
        File.WriteAllText(project, text.Replace("</Project>", "  <ItemGroup><ProjectReference Include=\"..\\PagesLib\\PagesLib.csproj\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        var index = Path.Combine(dir, "Pages", "Index.cshtml");
        File.AppendAllText(index, "\n<a asp-area=\"MyFeature\" asp-page=\"/Page1\">Feature</a> <a asp-area=\"MyFeature\" asp-page=\"/Pgae1\">Feature</a> <a asp-page=\"/Privcy\">Privacy</a>\n");
        var line = File.ReadAllLines(index).Length;
        var result = DotNet.Build(dir, dir);
        result.AssertAnalyzerHealthy();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[] { $"Pages/Index.cshtml({line},89): warning LH030", $"Pages/Index.cshtml({line},122): warning LH030" },
            result.LinkHygiene.Select(d => d.ToString()));
        Assert.Contains("Link to '/Pgae1' matches no Razor page in area 'MyFeature' (looked for Areas/MyFeature/Pages/Pgae1.cshtml) (nearest: '/Page1')", result.Log, StringComparison.Ordinal);
        Assert.Contains("Link to '/Privcy' matches no Razor page (looked for Pages/Privcy.cshtml) (nearest: '/Privacy')", result.Log, StringComparison.Ordinal);
    }
}
