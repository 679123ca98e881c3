using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace LinkHygiene.Analyzers.Tests;

public class TemplateAnalyzerTests
{
    [Fact]
    public Task RazorPageWithUgcSection() => AnalyzerVerifier.VerifyAsync(
        "Pages/Post.cshtml",
        """
        @page "/post/{id:int}"
        @model PostModel
        <article>
            <h1>@Model.Title</h1>
            <a href="/posts">All posts</a>
        </article>
        <section class="comments">
            @foreach (var c in Model.Comments)
            {
                <div class="comment">
                    <a {|LH001:href="@c.AuthorUrl"|}>@c.Author</a>
                    <a href="@c.AuthorUrl" rel="ugc nofollow">@c.Author</a>
                    <p>@c.Text <a href="/posts/@c.PostId">{|LH010:read more|}</a></p>
                </div>
            }
        </section>
        """);

    [Fact]
    public Task BlazorComponent() => AnalyzerVerifier.VerifyAsync(
        "Components/Pages/Reviews.razor",
        """
        @page "/reviews"
        @inject ReviewService Reviews
        <div class="review-body" lang="de">
            @foreach (var r in items)
            {
                <a {|LH001:href="@r.Link"|} @onclick="() => Track(r)">{|LH010:Hier klicken|}</a>
            }
            <NavLink href="reviews/new">Write a review</NavLink>
        </div>
        <div data-link-zone="sponsored"><a {|LH002:href="https://shop.example/"|} rel="{|LH006:noopener,|}">Partner shop</a></div>
        @code {
            private List<Review> items = new();
            private string Markup => "<a href='https://x.example'>click here</a>";
        }
        """);

    [Fact]
    public Task StaticHtml() => AnalyzerVerifier.VerifyAsync(
        "wwwroot/about.html",
        """
        <!DOCTYPE html>
        <html lang="en">
        <body>
          {|LH011:<a href="/contact">|}<i class="icon-mail"></i></a>
          <a href="/team">Meet the team</a>
        </body>
        </html>
        """);

    [Fact]
    public Task OtherAdditionalFilesAreIgnored() => AnalyzerVerifier.VerifyAsync("notes.txt", "<a href=\"/x\">click here</a>");

    [Fact]
    public Task CrLfBomTabsAndNonAscii()
    {
        var test = AnalyzerVerifier.Create();
        const string text = "\uFEFF<p>Größe 😀</p>\r\n\t<div class=\"ugc\">\r\n\t\t<a href=\"https://spam.example\">Spam shop</a>\r\n\t\t<a href=\"/x\">Click here</a>\r\n\t</div>\r\n";
        test.TestState.AdditionalFiles.Add((AnalyzerVerifier.Root + "Pages/Bom.cshtml", Microsoft.CodeAnalysis.Text.SourceText.From(text)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH001", DiagnosticSeverity.Warning).WithSpan(AnalyzerVerifier.Root + "Pages/Bom.cshtml", 3, 6, 3, 33));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH010", DiagnosticSeverity.Warning).WithSpan(AnalyzerVerifier.Root + "Pages/Bom.cshtml", 4, 16, 4, 26));
        return test.RunAsync();
    }

    [Fact]
    public Task SeverityFromEditorConfigSection() => AnalyzerVerifier.VerifyAsync(
        "Pages/Index.cshtml",
        "<div class=\"comment\"><a href=\"https://x.example\">X shop</a></div>\n<a href=\"/y\">Read more</a>",
        """
        root = true
        [*.cshtml]
        link_hygiene.LH001.severity = error
        link_hygiene.lh010.severity = suggestion
        """,
        new DiagnosticResult("LH001", DiagnosticSeverity.Error).WithSpan(AnalyzerVerifier.Root + "Pages/Index.cshtml", 1, 25, 1, 49),
        new DiagnosticResult("LH010", DiagnosticSeverity.Info).WithSpan(AnalyzerVerifier.Root + "Pages/Index.cshtml", 2, 14, 2, 23));

    [Fact]
    public Task SeverityNoneAndPerFolderZone()
    {
        var test = AnalyzerVerifier.Create(
            ("Pages/Shared/_Comments.cshtml", "<a {|LH001:href=\"@c.Url\"|}>@c.Name</a>"),
            ("Pages/Index.cshtml", "<a href=\"@c.Url\">@c.Name</a><a href=\"/x\">Click here</a>"));
        test.TestState.AnalyzerConfigFiles.Add((AnalyzerVerifier.Root + ".editorconfig", """
            root = true
            [Pages/Shared/_Comments.cshtml]
            link_hygiene.zone = ugc
            [Pages/Index.cshtml]
            link_hygiene.LH010.severity = none
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigurationMistakesAreReportedOnceAtTheirLine()
    {
        // The package hands the .editorconfig to the analyzer as an AdditionalFile too; an invalid value is reported
        // there, once, and never on the templates it applies to (which use the default).
        const string config = "root = true\n[*]\nlink_hygiene.zone = comments\nlink_hygiene.ugc_selector = .x\n";
        var test = AnalyzerVerifier.Create(("Pages/Index.cshtml", "<p>x</p>"), ("Pages/About.cshtml", "<a href=\"https://x.example\">X shop</a>"), (".editorconfig", config));
        test.TestState.AnalyzerConfigFiles.Add((AnalyzerVerifier.Root + ".editorconfig", config));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH900", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerVerifier.Root + ".editorconfig", 3, 21, 3, 29)
            .WithArguments("Option 'link_hygiene.zone' has an invalid value 'comments': expected ugc, sponsored, none; the default 'none' is used"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH900", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerVerifier.Root + ".editorconfig", 4, 1, 4, 26)
            .WithArguments("Unknown option 'link_hygiene.ugc_selector'; did you mean 'link_hygiene.ugc_selectors'? It has no effect as written"));
        return test.RunAsync();
    }

    // ... but not in an .editorconfig above the project's root = true one, which no template reads (held-out review 170:
    // the package hands in every .editorconfig above the project, and the one above the root got LH900)
    [Fact]
    public Task AnEditorConfigAboveTheRootIsNotChecked()
    {
        const string above = "[*]\nlink_hygiene.zone = comments\n";
        const string own = "root = true\n[*]\nlink_hygiene.zone = nonsense\n";
        var test = AnalyzerVerifier.Create(("Pages/Index.cshtml", "<p>x</p>"), (".editorconfig", own));
        test.TestState.AdditionalFiles.Add(("/.editorconfig", above));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", above));
        test.TestState.AnalyzerConfigFiles.Add((AnalyzerVerifier.Root + ".editorconfig", own));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH900", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerVerifier.Root + ".editorconfig", 3, 21, 3, 29)
            .WithArguments("Option 'link_hygiene.zone' has an invalid value 'nonsense': expected ugc, sponsored, none; the default 'none' is used"));
        return test.RunAsync();
    }

    // ... unless a template outside the project reads it (a linked AdditionalFiles Include="../x.cshtml", whose path comes
    // in as written: code review 129)
    [Fact]
    public Task AnEditorConfigALinkedTemplateReadsIsChecked()
    {
        const string above = "[*]\nlink_hygiene.zone = comments\n";
        const string own = "root = true\n[*]\nlink_hygiene.LH010.strict = true\n";
        var test = AnalyzerVerifier.Create(("Pages/Index.cshtml", "<p>x</p>"), (".editorconfig", own));
        test.TestState.AdditionalFiles.Add((AnalyzerVerifier.Root + "../Shared/x.cshtml", "<p>y</p>"));
        test.TestState.AdditionalFiles.Add(("/.editorconfig", above));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", above));
        test.TestState.AnalyzerConfigFiles.Add((AnalyzerVerifier.Root + ".editorconfig", own));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH900", DiagnosticSeverity.Warning)
            .WithSpan("/.editorconfig", 2, 21, 2, 29)
            .WithArguments("Option 'link_hygiene.zone' has an invalid value 'comments': expected ugc, sponsored, none; the default 'none' is used"));
        return test.RunAsync();
    }

    [Fact]
    public Task LocalizedLinkTextIsCheckedThroughTheNeutralResx() => AnalyzerVerifier.Create(
            ("Pages/Post.cshtml", "<a href=\"/a\">{|LH010:@_localizer[\"more-info\"]|}</a> <a href=\"/b\">@_localizer[\"read-more\"]</a>"),
            ("Resources/SharedResource.resx", "<root><data name=\"read-more\"><value>Continue reading about pricing</value></data><data name=\"more-info\"><value>More info</value></data></root>"),
            ("Resources/SharedResource.de.resx", "<root><data name=\"read-more\"><value>Mehr</value></data></root>"))
        .RunAsync();

    // a localizer _ViewImports.cshtml injects under a name of its own (held-out review 165)
    [Fact]
    public Task ALocalizerTheViewImportsInjectIsRead() => AnalyzerVerifier.Create(
            ("Views/Posts/Index.cshtml", "<a href=\"/a\">{|LH010:@Loc[\"ReadMore\"]|}</a> <a href=\"/b\">@Loc[\"Pricing\"]</a>"),
            ("Views/_ViewImports.cshtml", "@inject IStringLocalizer<SharedResource> Loc\n"),
            ("Resources/SharedResource.resx", "<root><data name=\"ReadMore\"><value>Read more</value></data><data name=\"Pricing\"><value>Our prices</value></data></root>"))
        .RunAsync();

    // a view's text is in the language its layout's <html lang> declares (held-out review 94: "Mer", the sea, was Swedish
    // "more" on a French site); the layout's own link is in it too
    [Fact]
    public Task AViewsTextIsInItsLayoutsLanguage() => AnalyzerVerifier.Create(
            ("Pages/Index.cshtml", "@page\n<a href=\"/destinations/mer\">Mer</a> <a href=\"/a\">{|LH010:Lire la suite|}</a>"),
            ("Pages/Shared/_Layout.cshtml", "<!DOCTYPE html>\n<html lang=\"fr\"><body>@RenderBody() <a href=\"/plus\">{|LH010:En savoir plus|}</a></body></html>"))
        .RunAsync();

    [Fact]
    public Task UnreadableStaticPagesListedByTheTargetsAreLH901()
    {
        var test = AnalyzerVerifier.Create(("obj/Site.linkhygiene.unreadable.txt", "/src/wwwroot/logo.html\tthe file could not be read as text (it is not UTF-8 and looks binary); it is not given to the compiler\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("LH901", DiagnosticSeverity.Warning)
            .WithSpan("/src/wwwroot/logo.html", 1, 1, 1, 1)
            .WithArguments("the file could not be read as text (it is not UTF-8 and looks binary); it is not given to the compiler"));
        return test.RunAsync();
    }

    [Fact]
    public Task ExcludedTemplatesAndSwitchedOffSectionsReportNothing()
    {
        var test = AnalyzerVerifier.Create(("Areas/Legacy/Old.cshtml", "<a href=\"/x\">Click here</a>"), ("Pages/Gen.cshtml", "<a href=\"/x\">Click here</a>"), ("Pages/Off.cshtml", "<a href=\"/x\">Click here</a>"), ("obj/Site.linkhygiene.excluded.txt", "/src/Areas/Legacy/Old.cshtml\n"));
        test.TestState.AnalyzerConfigFiles.Add((AnalyzerVerifier.Root + ".editorconfig", "root = true\n[Pages/Gen.cshtml]\ngenerated_code = true\n[Pages/Off.cshtml]\nlink_hygiene.enabled = false\n"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(null, "https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/LH010.md")]
    [InlineData("https://docs.contoso.example/linkhygiene", "https://docs.contoso.example/linkhygiene/LH010.md")]
    [InlineData("file:///home/me/.nuget/packages/linkhygiene/0.1.0/docs/rules/", "file:///home/me/.nuget/packages/linkhygiene/0.1.0/docs/rules/LH010.md")]
    public async Task HelpLinksFollowLinkHygieneHelpLinkBase(string? helpLinkBase, string expected)
    {
        // The test harness does not compare help links, so run the analyzer directly.
        var global = helpLinkBase is null ? "is_global = true\n" : $"is_global = true\nbuild_property.LinkHygieneHelpLinkBase = {helpLinkBase}\n";
        var diagnostics = await DirectRun.Diagnostics(("/src/Pages/Index.cshtml", "<a href=\"/x\">Click here</a>"), global);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LH010", diagnostic.Id);
        Assert.Equal(expected, diagnostic.Descriptor.HelpLinkUri);
    }

    // Roslyn reads dotnet_analyzer_diagnostic.* only for C# files (a diagnostic in an additional file has no tree to read
    // them for); the analyzer reads them for templates, and leaves them aside for a rule the compilation configures by ID,
    // as the compiler does for C# files (NoWarn, WarningsAsErrors, a .globalconfig's dotnet_diagnostic).
    [Theory]
    [InlineData("root = true\n[*.cshtml]\ndotnet_analyzer_diagnostic.category-LinkHygiene.severity = error\n", "/.editorconfig", "", "LH010 Error")]
    [InlineData("root = true\n[*.cshtml]\ndotnet_analyzer_diagnostic.severity = none\n", "/.editorconfig", "", "")]
    [InlineData("root = true\n[*.cshtml]\ndotnet_analyzer_diagnostic.severity = none\n", "/.editorconfig", "LH010=Error", "LH010 Error")]
    [InlineData("root = true\n[*.cshtml]\ndotnet_analyzer_diagnostic.category-LinkHygiene.severity = error\n", "/.editorconfig", "LH010=Suppress", "")]
    [InlineData("is_global = true\ndotnet_analyzer_diagnostic.category-LinkHygiene.severity = none\ndotnet_diagnostic.LH010.severity = warning\n", "/.globalconfig", "", "LH010 Warning")]
    [InlineData("is_global = true\ndotnet_analyzer_diagnostic.category-LinkHygiene.severity = suggestion\n", "/.globalconfig", "", "LH010 Info")]
    public async Task RoslynsBulkSeverityKeysReachTemplatesInTheCompilersOrder(string config, string configPath, string specific, string expected)
    {
        var options = specific.Length == 0
            ? ImmutableDictionary<string, ReportDiagnostic>.Empty
            : ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(specific.Split('=')[0], Enum.Parse<ReportDiagnostic>(specific.Split('=')[1]));
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[] { ("/src/Pages/Index.cshtml", "<a href=\"/x\">Click here</a>") },
            (config, configPath),
            "class C { }",
            options);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => d.Id + " " + d.Severity)));
    }

    // Held-out review of Blazor apps: a Blazor Web App's .Client project links to pages its server project serves, a Razor
    // class library to pages of the app that uses it. The build says so with StaticWebAssetProjectMode = Default and
    // OutputType = Library (read through CompilerVisibleProperty); an app's index is the whole app, and its link to
    // nothing is reported.
    [Theory]
    [InlineData("StaticWebAssetProjectMode = Default", 0)]
    [InlineData("OutputType = Library", 0)]
    [InlineData("OutputType = Exe", 1)]
    [InlineData("", 1)]
    public async Task AWebAssemblyClientOfABlazorWebAppOrALibraryLeavesTheirHostsPathsUndecided(string property, int reported)
    {
        // Every .NET compilation references a System.Web facade: a library is still a library (a review found it was not).
        var webAssembly = NamedAssembly("Microsoft.AspNetCore.Components.WebAssembly");
        var systemWeb = NamedAssembly("System.Web");
        var config = "is_global = true\nbuild_property.MSBuildProjectDirectory = /app\n" + (property.Length > 0 ? "build_property." + property + "\n" : string.Empty);
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[]
            {
                ("/app/Pages/Counter.razor", "@page \"/counter\"\n<a href=\"counter\">Again</a> <a href=\"weather\">Weather</a>"),
                ("/app/obj/App" + TemplateAnalyzer.StaticListSuffix, string.Empty), // the package's list of wwwroot's files: none
            },
            (config, "/.globalconfig"),
            webAssembly,
            systemWeb);
        Assert.True(reported == diagnostics.Count(d => d.Id == "LH030"), string.Join(" | ", diagnostics.Select(d => d.ToString())));
    }

    // Held-out review 50: a Statiq site references ASP.NET Core's Razor through Statiq, and may be on the Web SDK: its
    // Razor files are Statiq's layouts, rendered at paths it decides, so their root-relative links are undecidable.
    [Theory]
    [InlineData("Statiq.Web", 0)]
    [InlineData("Statiq.Razor", 0)]
    [InlineData("Contoso.Web", 1)]
    public Task AStatiqSitesLayoutsLeaveTheirPathsUndecided(string reference, int reported) =>
        AssertLH030InAnMvcSiteReferencing(reference, "/site/input/_layout.cshtml", "<a href=\"/about\">About us</a>\n@RenderBody()", reported);

    // Held-out review 57: an Umbraco 7/8 site (ASP.NET MVC 5) has no set-up call to read, only its assemblies; its content
    // pages live at paths in Umbraco's database. An Orchard Core module's or theme's links go to other modules' areas and
    // controllers, which the app loads at run time. Both leave an unmatched path undecidable.
    [Theory]
    [InlineData("umbraco", 0)]
    [InlineData("Umbraco.Core", 0)]
    [InlineData("OrchardCore.DisplayManagement", 0)]
    // Episerver's, Sitecore's and Kentico's (held-out review 98: an Alloy site's and a Sitecore site's content links)
    [InlineData("EPiServer", 0)]
    [InlineData("EPiServer.Cms.AspNet", 0)]
    [InlineData("Sitecore.Kernel", 0)]
    [InlineData("Sitecore.Mvc", 0)]
    [InlineData("Kentico.Content.Web.Mvc", 0)]
    [InlineData("Sitecore.LayoutService.Client", 1)]
    [InlineData("Contoso.Web", 1)]
    public Task AContentSystemsOrModulesAssembliesLeaveUnmatchedPathsUndecided(string reference, int reported) =>
        AssertLH030InAnMvcSiteReferencing(reference, "/site/Views/Shared/_Layout.cshtml", "<a href=\"/member/login\">Log in</a>\n@RenderBody()", reported);

    /// <summary>Checks one template of an MVC site (/site, no static files) whose compilation also references an assembly of the name given.</summary>
    private static async Task AssertLH030InAnMvcSiteReferencing(string reference, string path, string text, int reported)
    {
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[] { (path, text), ("/site/obj/Site" + TemplateAnalyzer.StaticListSuffix, string.Empty) },
            ("is_global = true\nbuild_property.MSBuildProjectDirectory = /site\n", "/.globalconfig"),
            NamedAssembly("Microsoft.AspNetCore.Mvc.Razor"),
            NamedAssembly(reference));
        Assert.True(reported == diagnostics.Count(d => d.Id == "LH030"), string.Join(" | ", diagnostics.Select(d => d.ToString())));
    }

    // Held-out review 81 and its code review: MVC 5's MapRoute leaves routes unknown, but a controller name no controller
    // has is a typo, unless a referenced MVC 5 assembly declares controllers (MVC 5 finds them in every assembly the app
    // loads), as the command line reads a referenced project.
    [Theory]
    [InlineData("public class AccountController : System.Web.Mvc.Controller { }", 0)]
    [InlineData("public static class LinkHelpers { public static System.Web.Mvc.Controller Current() => null; }", 1)]
    [InlineData("public abstract class BaseController : System.Web.Mvc.Controller { }", 1)]
    public async Task AnMvc5AppsControllersAreItsOwnAndThoseOfTheMvc5AssembliesItReferences(string library, int reported)
    {
        var mvc = Assembly("System.Web.Mvc", "namespace System.Web.Mvc { public class Controller { } }");
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[]
            {
                ("/site/Views/Home/Index.cshtml", "@Html.ActionLink(\"About us\", \"About\", \"Hom\")"),
                ("/site/obj/Site" + TemplateAnalyzer.StaticListSuffix, string.Empty),
            },
            ("is_global = true\nbuild_property.MSBuildProjectDirectory = /site\n", "/.globalconfig"),
            "public class HomeController : System.Web.Mvc.Controller { public object About() => null; }\n"
            + "public class RouteConfig { public static void RegisterRoutes(System.Web.Routing.RouteCollection routes) { routes.MapRoute(\"Default\", \"{controller}/{action}/{id}\", new { controller = \"Home\", action = \"Index\" }); } }",
            mvc,
            Assembly("Lib", library, mvc));
        Assert.True(reported == diagnostics.Count(d => d.Id == "LH030"), string.Join(" | ", diagnostics.Select(d => d.ToString())));
    }

    // Held-out review 92: the Web SDK makes an application part of every referenced project on MVC, a library of services
    // that references an MVC package too; the app serves what a part declares: controllers, Razor pages, endpoints. A part
    // the compilation does not reference may serve anything. (The command line reads a referenced project's sources alike.)
    [Theory]
    [InlineData("namespace Infra { public class MailService { } }", 1)]
    [InlineData("namespace Infra.Controllers { public class AccountController { } }", 0)]
    [InlineData("namespace Infra { public class Accounts : Microsoft.AspNetCore.Mvc.ControllerBase { } }", 0)]
    [InlineData("namespace Infra { public abstract class BaseController : Microsoft.AspNetCore.Mvc.ControllerBase { } }", 1)]
    [InlineData("namespace Infra { public static class Status { public static void MapStatus(this IEndpointRouteBuilder app) { } } public interface IEndpointRouteBuilder { } }", 0)]
    [InlineData("namespace Infra { public static class Status { public static void MapStatus(this RouteGroupBuilder group) { } } public sealed class RouteGroupBuilder { } }", 0)]
    // (one that serves pages and nothing else gives the app its pages, and no controller: held-out review 142)
    [InlineData("[assembly: Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem(typeof(Infra.Login), \"mvc.1.0.razor-page\", \"/Areas/Identity/Pages/Login.cshtml\")]\nnamespace Infra { public class Login { } }", 1)]
    [InlineData("[assembly: Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem(typeof(Infra.Login), \"mvc.1.0.razor-page\", \"/Areas/Identity/Pages/Login.cshtml\")]\nnamespace Infra { public class Login { } public class Accounts : Microsoft.AspNetCore.Mvc.ControllerBase { } }", 0)]
    // ... nor one that configures the app's services, which may add pages' conventions (code review)
    [InlineData("[assembly: Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem(typeof(Infra.Login), \"mvc.1.0.razor-page\", \"/Areas/Identity/Pages/Login.cshtml\")]\nnamespace Infra { public class Login { } public interface IServiceCollection { } public static class Setup { public static void AddFeature(this IServiceCollection services) { } } }", 0)]
    [InlineData(null, 0)]
    public async Task AnApplicationPartServesWhatItDeclares(string? library, int reported)
    {
        var mvc = Assembly("Microsoft.AspNetCore.Mvc.Core", """
            namespace Microsoft.AspNetCore.Mvc { public abstract class ControllerBase { } }
            namespace Microsoft.AspNetCore.Razor.Hosting { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class RazorCompiledItemAttribute : System.Attribute { public RazorCompiledItemAttribute(System.Type type, string kind, string identifier) { } } }
            namespace Microsoft.AspNetCore.Mvc.ApplicationParts { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class ApplicationPartAttribute : System.Attribute { public ApplicationPartAttribute(string assemblyName) { } } }
            """);
        var references = library is null ? new[] { mvc, NamedAssembly("Microsoft.AspNetCore.Mvc.Razor") } : new[] { mvc, NamedAssembly("Microsoft.AspNetCore.Mvc.Razor"), Assembly("Infra", library, mvc) };
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[]
            {
                ("/site/Views/Home/Index.cshtml", "<a asp-controller=\"Hom\" asp-action=\"Index\">Home</a>"),
                ("/site/obj/Site" + TemplateAnalyzer.StaticListSuffix, string.Empty),
            },
            ("is_global = true\nbuild_property.MSBuildProjectDirectory = /site\n", "/.globalconfig"),
            "[assembly: Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPart(\"Infra\")]\npublic class HomeController : Microsoft.AspNetCore.Mvc.ControllerBase { public object Index() => null; }\n",
            references);
        Assert.True(reported == diagnostics.Count(d => d.Id == "LH030"), string.Join(" | ", diagnostics.Select(d => d.ToString())));
    }

    // Held-out review 142: an app references a Razor class library made with --support-pages-and-views; the build reads its
    // pages as ASP.NET Core does, from the compiled items in its assembly and the route template its page's class is given,
    // so a link to one resolves and a typo in one, or in a link to the app's own top-level page, is reported.
    [Fact]
    public async Task AnApplicationPartThatServesOnlyPagesGivesTheAppItsPages()
    {
        var mvc = Assembly("Microsoft.AspNetCore.Mvc.Core", """
            namespace Microsoft.AspNetCore.Mvc { public abstract class ControllerBase { } }
            namespace Microsoft.AspNetCore.Razor.Hosting
            {
                [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class RazorCompiledItemAttribute : System.Attribute { public RazorCompiledItemAttribute(System.Type type, string kind, string identifier) { } }
                [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)] public sealed class RazorCompiledItemMetadataAttribute : System.Attribute { public RazorCompiledItemMetadataAttribute(string key, string value) { } }
            }
            namespace Microsoft.AspNetCore.Mvc.ApplicationParts { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class ApplicationPartAttribute : System.Attribute { public ApplicationPartAttribute(string assemblyName) { } } }
            """);
        var library = Assembly("Lib", """
            [assembly: Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem(typeof(AspNetCoreGeneratedDocument.Areas_MyFeature_Pages_Page1), "mvc.1.0.razor-page", "/Areas/MyFeature/Pages/Page1.cshtml")]
            [assembly: Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem(typeof(AspNetCoreGeneratedDocument.Pages_Orders), "mvc.1.0.razor-page", "/Pages/Orders.cshtml")]
            [assembly: Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem(typeof(AspNetCoreGeneratedDocument.Pages_Shared__Layout), "mvc.1.0.view", "/Pages/Shared/_Layout.cshtml")]
            namespace AspNetCoreGeneratedDocument
            {
                [Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadata("Identifier", "/Areas/MyFeature/Pages/Page1.cshtml")]
                internal sealed class Areas_MyFeature_Pages_Page1 { }
                [Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadata("RouteTemplate", "{id:int}")]
                internal sealed class Pages_Orders { }
                internal sealed class Pages_Shared__Layout { }
            }
            """, mvc);
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[]
            {
                ("/site/Pages/Index.cshtml", "@page\n<a asp-area=\"MyFeature\" asp-page=\"/Page1\">1</a> <a asp-area=\"MyFeature\" asp-page=\"/Pgae1\">2</a> <a href=\"/MyFeature/Page1\">3</a> <a href=\"/Orders/7\">4</a> <a href=\"/Orders\">5</a> <a asp-page=\"/Privcy\">6</a> <a asp-page=\"/Privacy\">7</a>"),
                ("/site/Pages/Privacy.cshtml", "@page\n<h1>Privacy</h1>"),
                ("/site/obj/Site" + TemplateAnalyzer.StaticListSuffix, string.Empty),
            },
            ("is_global = true\nbuild_property.MSBuildProjectDirectory = /site\n", "/.globalconfig"),
            "[assembly: Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPart(\"Lib\")]\n",
            mvc,
            NamedAssembly("Microsoft.AspNetCore.Mvc.Razor"),
            library);
        var found = string.Join("\n", diagnostics.Where(d => d.Id == "LH030").Select(d => d.ToString()).OrderBy(d => d, System.StringComparer.Ordinal));
        Assert.True(
            string.Join("\n", new[]
            {
                "/site/Pages/Index.cshtml(2,165): warning LH030: Link to '/Orders' matches no page, action, endpoint or file (nearest: '/Orders/{id:int}')",
                "/site/Pages/Index.cshtml(2,193): warning LH030: Link to '/Privcy' matches no Razor page (looked for Pages/Privcy.cshtml) (nearest: '/Privacy')",
                "/site/Pages/Index.cshtml(2,83): warning LH030: Link to '/Pgae1' matches no Razor page in area 'MyFeature' (looked for Areas/MyFeature/Pages/Pgae1.cshtml) (nearest: '/Page1')",
            }) == found,
            found);
    }

    /// <summary>An empty assembly of that name, for the analyzer to find among the compilation's references.</summary>
    private static MetadataReference NamedAssembly(string name) => Assembly(name, "namespace N { public class Host { } }");

    /// <summary>An assembly declaring Blazor's <c>RouteAttribute</c> (what <c>@page</c> compiles to), for component assemblies to reference.</summary>
    private static MetadataReference RouteAttributeAssembly() => Assembly("Microsoft.AspNetCore.Components", """
        namespace Microsoft.AspNetCore.Components
        {
            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public sealed class RouteAttribute : System.Attribute { public RouteAttribute(string template) { } }
        }
        """);

    /// <summary>An assembly of that name compiled from <paramref name="source"/>, referencing <paramref name="references"/>.</summary>
    private static MetadataReference Assembly(string name, string source, params MetadataReference[] references) => CSharpCompilation.Create(
        name,
        new[] { CSharpSyntaxTree.ParseText(source) },
        references.Append(MetadataReference.CreateFromFile(typeof(object).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();

    // A Blazor Web App with WebAssembly or Auto interactivity (`dotnet new blazor -int Auto`): the server's router names
    // the .Client project's assembly by a type, written relative to the router's namespace (typeof(Client._Imports)), and
    // the build reads that assembly's [Route] attributes (what @page compiles to): a typo in the server's link to the
    // client's Counter is reported (held-out review 49: every such link was undecidable). A name the compilation does not
    // resolve leaves them undecided, as does a client whose assembly is not referenced.
    [Theory]
    [InlineData("typeof(Client._Imports).Assembly", true, 1)]
    [InlineData("typeof(global::AutoApp.Client.Pages.Counter).Assembly", true, 1)]
    [InlineData("typeof(Client._Imports).Assembly", false, 0)]
    [InlineData("typeof(Elsewhere._Imports).Assembly", true, 0)]
    // the .NET 8 template's form, under a using of the server's C# (code review), and a second name for the same assembly
    [InlineData("typeof(Counter).Assembly", true, 1)]
    [InlineData("typeof(Counter).Assembly, typeof(Client._Imports).Assembly", true, 1)]
    public async Task ABlazorWebAppReadsTheRoutesOfTheClientAssemblyItsRouterNames(string assembly, bool referenced, int reported)
    {
        var components = RouteAttributeAssembly();
        var client = Assembly("AutoApp.Client", """
            namespace AutoApp.Client { public class _Imports { } }
            namespace AutoApp.Client.Pages { [Microsoft.AspNetCore.Components.Route("/counter")] public class Counter { } }
            """, components);
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[]
            {
                ("/app/Components/Routes.razor", $"<Router AppAssembly=\"typeof(Program).Assembly\" AdditionalAssemblies=\"new[] {{ {assembly} }}\">\n</Router>"),
                ("/app/Components/Layout/NavMenu.razor", "<NavLink href=\"counter\">Counter</NavLink>\n<NavLink href=\"countr\">Typo</NavLink>"),
                ("/app/obj/App" + TemplateAnalyzer.StaticListSuffix, string.Empty),
            },
            ("is_global = true\nbuild_property.MSBuildProjectDirectory = /app\n", "/.globalconfig"),
            "using AutoApp.Client.Pages;\nnamespace AutoApp.Components { class Routes { } }",
            referenced ? new[] { components, client } : new[] { components });
        var found = diagnostics.Where(d => d.Id == "LH030").ToList();
        Assert.True(reported == found.Count, string.Join(" | ", diagnostics.Select(d => d.ToString())));
        Assert.All(found, d => Assert.Equal("Link to 'countr' matches no page, action, endpoint or file (nearest: 'counter')", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // The server of a hosted WebAssembly app prerenders the client's App from its _Host page, and so serves the client's
    // pages (held-out review 86); the build reads them from the referenced assembly, as the command line does.
    [Fact]
    public async Task AServerPageThatHostsAClientsAppServesTheClientsPages()
    {
        var components = RouteAttributeAssembly();
        var client = Assembly("Podcast.Client", """
            namespace Podcast.Client { public class App { } }
            namespace Podcast.Client.Pages { [Microsoft.AspNetCore.Components.Route("/discover")] public class Discover { } }
            """, components);
        var diagnostics = await DirectRun.Diagnostics(
            new TemplateAnalyzer(),
            new[]
            {
                ("/app/Pages/_Host.cshtml", "@page\n@namespace Podcast.Client\n<component type=\"typeof(App)\" render-mode=\"WebAssemblyPrerendered\" />"),
                ("/app/Pages/Landing.cshtml", "@page \"/welcome\"\n<a href=\"/discover\">Discover podcasts</a>\n<a href=\"/discovr\">Typo</a>"),
                ("/app/obj/App" + TemplateAnalyzer.StaticListSuffix, string.Empty),
            },
            ("is_global = true\nbuild_property.MSBuildProjectDirectory = /app\nbuild_property.RootNamespace = Podcast.Server\n", "/.globalconfig"),
            "namespace Podcast.Server { class Program { static void Main() { } } }",
            new[] { components, client });
        var found = diagnostics.Where(d => d.Id == "LH030").ToList();
        Assert.True(found.Count == 1, string.Join(" | ", diagnostics.Select(d => d.ToString())));
        Assert.Equal("Link to '/discovr' matches no page, action, endpoint or file (nearest: '/discover')", found[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task DisabledThroughBuildProperty()
    {
        var test = AnalyzerVerifier.Create(("Pages/Index.cshtml", "<a href=\"/x\">Click here</a>"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.LinkHygieneEnabled = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnterminatedRazorGivesLH901NotAnException() => AnalyzerVerifier.VerifyAsync(
        "Pages/Broken.cshtml",
        "<a href=\"/x\">{|LH010:Click here|}</a>\n@{|LH901:|}{ var x = \"",
        null);
}
