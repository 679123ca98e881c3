using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Rules;
using LinkHygiene.Tests.Docs;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Build.Tests;

/// <summary>The analyzer, the MSBuild task and the command-line tool report the same IDs, positions, severities and messages for every documented example and sample.</summary>
public class FrontEndEquivalenceTests
{
    public static IEnumerable<object[]> Examples() =>
        RuleCatalog.Descriptors.SelectMany(d => DocExample.Read(d.Id)).Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void DocExampleGivesTheSameResultsThroughEveryFrontEnd(DocExample example)
    {
        using var scratch = new Scratch();
        var file = scratch.Write(example.File, example.Code);
        if (example.IsConfiguration)
        {
            // A configuration example: a template it applies to, and the configuration file handed to every front end.
            var page = scratch.Write("index.html", "<p>No links here.</p>\n");
            var analyzerFromConfig = FrontEnds.RunAnalyzer(scratch.Path, new[] { page, file });
            var (_, taskFromConfig, _) = FrontEnds.RunTask(scratch.Path, new[] { page }, t => t.ValidateConfiguration = true);
            var cliFromConfig = FrontEnds.RunCli(scratch.Path, new[] { "." });
            Assert.Equal(analyzerFromConfig, taskFromConfig);
            Assert.Equal(analyzerFromConfig, cliFromConfig);
            Assert.Equal(example.Compliant, analyzerFromConfig.Count == 0);
            return;
        }

        scratch.Write(".editorconfig", "root = true\n\n[*]\n" + string.Join("\n", example.Options.Select(o => o.Replace("=", " = ", System.StringComparison.Ordinal))) + "\n");
        if (example.RuleId is "LH030" or "LH031")
        {
            scratch.Write("Site.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"); // the internal-link rules resolve within a project
        }

        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var (_, task, _) = FrontEnds.RunTask(scratch.Path, new[] { file });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { file });
        Assert.Equal(analyzer, task);
        Assert.Equal(analyzer, cli);
        Assert.Equal(example.Compliant, analyzer.Count == 0);
    }

    // Razor files that no ASP.NET serves (a Statiq site on the plain SDK, an ASP.NET Web Pages site, e-mails a console app
    // renders with RazorLight): their links lead where the app puts its pages, undecidable in every front end (held-out
    // review 32 reported every root-relative link of a Statiq blog broken). A web project's are checked.
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup><ItemGroup><PackageReference Include=\"Statiq.Web\" Version=\"1.0.0-beta.60\" /></ItemGroup></Project>", 0)]
    [InlineData("<Project ToolsVersion=\"15.0\"><PropertyGroup><ProjectTypeGuids>{349c5851-65df-11da-9384-00065b846f21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}</ProjectTypeGuids></PropertyGroup><ItemGroup><Reference Include=\"System.Web.WebPages\" /></ItemGroup></Project>", 0)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", 2)]
    public void RazorFilesNoAspNetServesAreUndecidable(string project, int broken)
    {
        using var scratch = new Scratch();
        scratch.Write("Site.csproj", project + "\n");
        var file = scratch.Write("input/index.cshtml", "<a href=\"/about\">About us</a>\n<a href=\"~/Contact\">Contact us</a>\n");
        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { "." });
        Assert.Equal(analyzer, cli);
        Assert.Equal(broken, analyzer.Count(d => d.Contains("LH030", System.StringComparison.Ordinal)));
    }

    // Held-out review 38: the client of the "ASP.NET Core hosted" template links to its server's Identity pages and API;
    // a WebAssembly app serves none of those itself. Its own page's typo is still reported, by both front ends alike.
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\" />")]
    // Blazor 3.2's form: the Web SDK on netstandard2.1 with the WebAssembly package (code review of this stop)
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>netstandard2.1</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Components.WebAssembly\" Version=\"3.2.1\" /></ItemGroup></Project>")]
    public void AWebAssemblyAppLeavesServerOnlyPathsToItsServerInEveryFrontEnd(string project)
    {
        using var scratch = new Scratch();
        scratch.Write("Client.csproj", project + "\n");
        var file = scratch.Write("Pages/FetchData.razor", "@page \"/fetchdata\"\n<a href=\"Identity/Account/Manage\">Account</a> <a href=\"api/ping\">Ping</a> <a href=\"fechdata\">Data</a>\n");
        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { "." });
        Assert.Equal(analyzer, cli);
        Assert.Single(analyzer, d => d.Contains("LH030", System.StringComparison.Ordinal) && d.Contains("fechdata", System.StringComparison.Ordinal));
        Assert.Single(analyzer, d => d.Contains("LH030", System.StringComparison.Ordinal));
    }

    // dotnet new webapp --auth SingleOrg: Microsoft.Identity.Web.UI serves the MicrosoftIdentity area's sign-in and
    // sign-out, which the build knows as an application part and the command line from the package; it serves no other
    // area, so a typo of the app's own area is reported beside it (held-out review 63), in both front ends alike.
    [Fact]
    public void MicrosoftIdentityWebUiServesItsAreaInEveryFrontEnd()
    {
        using var scratch = new Scratch();
        scratch.Write("Site.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"Microsoft.Identity.Web.UI\" Version=\"3.15.1\" /></ItemGroup></Project>\n");
        scratch.Write("Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddRazorPages().AddMicrosoftIdentityUI();\nvar app = builder.Build();\napp.MapRazorPages();\napp.Run();\n");
        var file = scratch.Write("Pages/Shared/_LoginPartial.cshtml", "<a asp-area=\"MicrosoftIdentity\" asp-controller=\"Account\" asp-action=\"SignOut\">Sign out</a>\n<a href=\"/MicrosoftIdentity/Account/SignIn\">Sign in</a>\n<a asp-area=\"Admn\" asp-page=\"/Index\">Admin</a>\n");
        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { "." });
        Assert.Equal(analyzer, cli);
        Assert.Single(analyzer, d => d.Contains("LH030", System.StringComparison.Ordinal));
        Assert.Contains(analyzer, d => d.Contains("_LoginPartial.cshtml(3,", System.StringComparison.Ordinal) && d.Contains("names area 'Admn'", System.StringComparison.Ordinal));
    }

    // Held-out review 70 (Opserver): the project's own route attribute (DefaultRoute : RouteAttribute) and a generic base
    // class beside one of the same name are read alike by the analyzer, from the compilation's trees, and the command line
    [Fact]
    public void RouteAttributesOfTheProjectsOwnAreReadAlikeInEveryFrontEnd()
    {
        using var scratch = new Scratch();
        scratch.Write("Site.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        scratch.Write("Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapDefaultControllerRoute();\napp.Run();\n");
        scratch.Write("Controllers/DefaultRoute.cs", "using Microsoft.AspNetCore.Mvc;\npublic class DefaultRoute : RouteAttribute { public DefaultRoute(string template) : base(template) { } }\n");
        scratch.Write("Controllers/RedisController.cs", "using Microsoft.AspNetCore.Mvc;\npublic partial class StatusController : Controller { }\npublic class StatusController<T> : StatusController { }\n"
            + "public class RedisController : StatusController<string> { [DefaultRoute(\"redis\")] public IActionResult Dashboard() => View(); [Route(\"redis/instance\")] public IActionResult Instance() => View(); }\n");
        var file = scratch.Write("Views/Home/Index.cshtml", "<a href=\"~/redis\">Redis dashboard</a>\n<a href=\"~/Redis/Dashboard\">Redis, conventional path</a>\n<a asp-controller=\"Redis\" asp-action=\"Instanse\">Redis instance</a>\n");
        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { "." });
        Assert.Equal(analyzer, cli);
        Assert.Equal(2, analyzer.Count(d => d.Contains("LH030", System.StringComparison.Ordinal)));
        Assert.Contains(analyzer, d => d.Contains("Index.cshtml(2,10)", System.StringComparison.Ordinal) && d.Contains("nearest: '/redis'", System.StringComparison.Ordinal));
        Assert.Contains(analyzer, d => d.Contains("Index.cshtml(3,39)", System.StringComparison.Ordinal) && d.Contains("which RedisController does not have", System.StringComparison.Ordinal));
    }

    // Held-out reviews 59, 64, 65 and 67: the link components of Blazor component libraries are links in every front end,
    // their destination parameter checked against the app's pages and their text read
    [Fact]
    public void LinkComponentsAreCheckedAlikeInEveryFrontEnd()
    {
        using var scratch = new Scratch();
        scratch.Write("Site.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"MudBlazor\" Version=\"8.0.0\" /></ItemGroup></Project>\n");
        scratch.Write("Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n");
        var page = scratch.Write("Components/Pages/Orders.razor", "@page \"/orders\"\n<h1>Orders</h1>\n");
        var menu = scratch.Write("Components/Layout/NavMenu.razor", "<MudNavMenu>\n<MudNavLink Href=\"orders\">Orders</MudNavLink>\n<MudNavLink Href=\"ordres\">Typo</MudNavLink>\n<RadzenPanelMenuItem Text=\"Click here\" Path=\"/orders\" />\n<MudIconButton Icon=\"@Icons.Custom.Brands.GitHub\" Href=\"https://github.com/acme\" />\n<BarLink To=\"/ordrs\">Orders</BarLink>\n</MudNavMenu>\n");
        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { page, menu });
        var cli = FrontEnds.RunCli(scratch.Path, new[] { "." });
        Assert.Equal(analyzer, cli);
        Assert.Contains(analyzer, d => d.Contains("NavMenu.razor(3,19)", System.StringComparison.Ordinal) && d.Contains("LH030", System.StringComparison.Ordinal) && d.Contains("nearest: 'orders'", System.StringComparison.Ordinal));
        Assert.Contains(analyzer, d => d.Contains("NavMenu.razor(4,", System.StringComparison.Ordinal) && d.Contains("LH010", System.StringComparison.Ordinal));
        Assert.Contains(analyzer, d => d.Contains("NavMenu.razor(5,1)", System.StringComparison.Ordinal) && d.Contains("LH011", System.StringComparison.Ordinal));
        Assert.Contains(analyzer, d => d.Contains("NavMenu.razor(6,14)", System.StringComparison.Ordinal) && d.Contains("LH030", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RazorPagesSample")]
    [InlineData("BlazorSample")]
    public void SampleGivesTheSameResultsThroughEveryFrontEnd(string sample)
    {
        var directory = RepositoryFiles.PathOf("samples", sample);
        var files = LinkHygiene.Workspace.Files.TemplateFinder.Find(new[] { "." }, System.Array.Empty<string>(), directory).Templates
            .Select(f => System.IO.Path.GetRelativePath(directory, f))
            .ToList();

        var analyzer = FrontEnds.RunAnalyzer(directory, files);
        var (_, task, _) = FrontEnds.RunTask(directory, files);
        var cli = FrontEnds.RunCli(directory, new[] { "." });
        Assert.NotEmpty(analyzer);
        Assert.Equal(analyzer, task);
        Assert.Equal(analyzer, cli);
    }
}
