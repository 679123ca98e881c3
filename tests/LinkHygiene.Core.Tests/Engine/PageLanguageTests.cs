using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Localization;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// A view declares no language; the pages it renders into do, in their shell's &lt;html lang&gt; (held-out review 94: a
/// French site's link to "Mer", the sea, was read as Swedish "more").
/// </summary>
public class PageLanguageTests
{
    [Theory]
    [InlineData("Pages/Shared/_Layout.cshtml", true)]
    [InlineData("Views/Shared/_LayoutAdmin.cshtml", true)]
    [InlineData("Pages/_Host.cshtml", true)]
    [InlineData("Components/App.razor", true)]
    [InlineData("wwwroot/index.html", true)]
    [InlineData("Pages/Index.cshtml", false)]
    [InlineData("docs/index.html", false)]
    [InlineData("Components/Layout/MainLayout.razor", false)]
    public void PageShellsAreKnownByName(string path, bool shell) => Assert.Equal(shell, ProjectContext.IsPageShell(path));

    [Theory]
    [InlineData("fr", "<!DOCTYPE html>\n<html lang=\"fr\">", "<html lang='fr-CA' dir=\"ltr\">")]
    [InlineData("de", "<html class=\"h-100\" LANG=de>", "@* a nested layout *@\n@{ Layout = \"_Layout\"; }<div>x</div>")]
    [InlineData(null, "<html lang=\"fr\">", "<html lang=\"de\">")]
    [InlineData(null, "<html lang=\"@CultureInfo.CurrentUICulture.Name\">", "<html lang=\"fr\">")]
    [InlineData(null, "<html>", "<html lang=\"fr\">")]
    [InlineData(null, "<div>no html here</div>", null)]
    // English says nothing: the templates write it whatever the app's language (code review: a German app's views)
    [InlineData(null, "<html lang=\"en\">", "<html lang=\"en-US\">")]
    public void TheShellsLanguageIsTheOneTheyAllDeclare(string? language, string first, string? second) =>
        Assert.Equal(language, ProjectContext.LanguageOfShells(new[] { ("a/_Layout.cshtml", (string?)first), ("b/_Layout.cshtml", second) }));

    [Fact]
    public void AViewsUnmarkedTextIsInItsPagesLanguage()
    {
        var french = new ProjectContext(LocalizationCatalog.Empty, "fr");
        const string View = "@page\n<a href=\"/destinations/mer\">Mer</a> <a href=\"/a\">Lire la suite</a> <p lang=\"sv\"><a href=\"/b\">Mer</a></p>";
        Assert.Equal(new[] { "LH010 (2,50)", "LH010 (2,94)" }, Findings("Pages/Index.cshtml", View, french));
        // (unknown, every language's list: "Mer" is Swedish for "more")
        Assert.Equal(new[] { "LH010 (2,29)", "LH010 (2,50)", "LH010 (2,94)" }, Findings("Pages/Index.cshtml", View, ProjectContext.Empty));
        Assert.Equal(new[] { "LH010 (1,37)" }, Findings("Components/Trip.razor", "<a href=\"/sea\">Mer</a> <a href=\"/x\">Lire la suite</a>", french));
        // an HTML file is a page of its own: not the views' shells' language
        Assert.Equal(new[] { "LH010 (1,29)" }, Findings("wwwroot/trip.html", "<a href=\"/destinations/mer\">Mer</a>", french));
        // a localizer lookup's neutral text is not in the page's language (code review: a German layout, an English .resx)
        var germanWithStrings = new ProjectContext(LocalizationCatalog.FromResx(new[] { ("/app/Resources/SharedResource.resx", (string?)"<root><data name=\"More\"><value>More</value></data></root>") }), "de");
        Assert.Equal(new[] { "LH010 (2,14)" }, Findings("Pages/Index.cshtml", "@page\n<a href=\"/a\">@Localizer[\"More\"]</a>", germanWithStrings));
        // ... and the shells' language comes before default_language, which says what no page does
        Assert.Empty(Findings("Pages/Index.cshtml", "@page\n<a href=\"/destinations/mer\">Mer</a>", french, "link_hygiene.default_language = sv"));
    }

    private static string[] Findings(string path, string template, ProjectContext project, params string[] options) =>
        LinkHygieneEngine.Analyze(path, template, new DictionaryOptionSource(options.Select(o => new KeyValuePair<string, string>(o.Split('=')[0].Trim(), o.Split('=')[1].Trim()))), project)
            .Findings.Where(f => f.Id == "LH010").Select(f => $"{f.Id} {f.Start}").ToArray();
}
