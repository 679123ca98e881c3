using System;
using System.IO;
using System.Linq;
using LinkHygiene.Cli.Tests.Infrastructure;
using LinkHygiene.Workspace.Site;

namespace LinkHygiene.Cli.Tests;

/// <summary>What C# says about URLs, read from syntax alone (the same reader runs in the analyzer, the task, the command line and the language server).</summary>
public sealed class SiteFactsTests
{
    // The language server builds the site's index again after each save: templates unchanged since the last index are not
    // read again, and a changed one is (its time or length); what the index says follows the files
    [Fact]
    public void AnIndexBuiltAgainReadsOnlyTheTemplatesThatChanged()
    {
        using var project = new TempFolder();
        project.Write("Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        var index = project.Write("Pages/Index.cshtml", "@page\n<a href=\"/deals\">Deals</a>\n");
        project.Write("Pages/Offers.cshtml", "@page \"/offers\"\n<h1>Offers</h1>\n");
        project.Write("Pages/About.cshtml", "@page\n<h1>About</h1>\n");
        var cache = new TemplateFactsCache();
        string[] Broken()
        {
            var site = SiteChecks.BuildIndex(project.Path, isProject: true, cache);
            var text = File.ReadAllText(index);
            var facts = LinkHygiene.Engine.LinkHygieneEngine.Analyze(index, text, LinkHygiene.Options.DictionaryOptionSource.Empty).Facts!;
            return LinkHygiene.Engine.LinkHygieneEngine.CheckInternalLinks(facts, text.Length, site, LinkHygiene.Options.DictionaryOptionSource.Empty, out _).Select(f => f.Id).ToArray();
        }

        Assert.Equal(new[] { "LH030" }, Broken());
        Assert.Equal(3, cache.Analyses);
        Assert.Equal(new[] { "LH030" }, Broken());
        Assert.Equal(3, cache.Analyses);

        project.Write("Pages/Offers.cshtml", "@page \"/deals\"\n<h1>Deals and offers</h1>\n");
        Assert.Empty(Broken());
        Assert.Equal(4, cache.Analyses);

        // its text decides, not its time or length: the same length, the time put back (cp -p, an unpacked archive), and
        // a symbolic link whose target changed (code review 129)
        var offers = project.Full("Pages/Offers.cshtml");
        var time = File.GetLastWriteTimeUtc(offers);
        File.WriteAllText(offers, "@page \"/dealz\"\n<h1>Deals and offers</h1>\n");
        File.SetLastWriteTimeUtc(offers, time);
        Assert.Equal(new[] { "LH030" }, Broken());
        Assert.Equal(5, cache.Analyses);
        project.Write("real/Offers.txt", "@page \"/deals\"\n<h1>Deals and offers</h1>\n");
        File.Delete(offers);
        File.CreateSymbolicLink(offers, project.Full("real/Offers.txt"));
        Assert.Empty(Broken());
        File.WriteAllText(project.Full("real/Offers.txt"), "@page \"/dealz\"\n<h1>Deals and offers</h1>\n");
        Assert.Equal(new[] { "LH030" }, Broken());
    }

    [Fact]
    public void ControllersActionsAndRouteAttributes()
    {
        var facts = CSharpSiteFacts.Read("""
            [Area("Admin")]
            [Route("admin/[controller]")]
            public class UsersController : Controller
            {
                public IActionResult Index() => View();
                [HttpGet("{id:int}")] public Task<IActionResult> DetailsAsync(int id) => null!;
                [ActionName("Remove")] public IActionResult Delete() => View();
                [NonAction] public void Helper() { }
                private void Hidden() { }
                public static void Static() { }
            }
            public abstract class BaseController : Controller { }
            [NonController] public class NotAController { }
            public class HomeController : Controller { public IActionResult Privacy() => View(); }
            """, "Controllers.cs");
        var users = facts.Controllers.Single(c => c.Name == "Users");
        Assert.Equal("Admin", users.Area);
        Assert.Equal(new[] { "admin/[controller]" }, users.RouteTemplates);
        Assert.Equal(new[] { "Index", "Details", "Remove" }, users.Actions.Select(a => a.Name));
        Assert.Equal(new[] { "{id:int}" }, users.Actions.Single(a => a.Name == "Details").RouteTemplates);
        Assert.Equal(new[] { "Users", "Home" }, facts.Controllers.Select(c => c.Name));
    }

    // Held-out review 127: view location formats the app adds (Bitwarden's Startup), or a view location expander returns.
    [Fact]
    public void ViewLocationFormatsAreReadWhereverTheyAreWritten()
    {
        var facts = CSharpSiteFacts.Read("""
            services.Configure<RazorViewEngineOptions>(o =>
            {
                o.ViewLocationFormats.Add("/AdminConsole/Views/{1}/{0}.cshtml");
                o.AreaViewLocationFormats.Insert(0, "/Modules/{2}/Views/{1}/{0}.CSHTML");
                o.PageViewLocationFormats.Add("/Pages/Partials/{0}.cshtml");
            });
            public class FeatureExpander : IViewLocationExpander
            {
                public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
                {
                    yield return "~/Features/{1}/{0}.cshtml";
                    yield return $"~/Themes/{theme}/{{1}}/{{0}}.cshtml";
                }
            }
            public class EmailRenderer
            {
                public string PathOf(string folder, string name) => string.Format("{0}/{1}.cshtml", folder, name);
            }
            public static class Locations
            {
                private const string Feature = "/Features/{1}/{0}.cshtml";
                private static readonly string[] Others = { "/Modules/{1}/{0}.cshtml" };
                public static void Use(RazorViewEngineOptions o)
                {
                    o.ViewLocationFormats.Add(Feature);
                    foreach (var f in Others) o.ViewLocationFormats.Add(f);
                }
            }
            """, "Startup.cs");
        Assert.Equal(new[] { "/AdminConsole/Views/{1}/{0}.cshtml", "/Modules/{2}/Views/{1}/{0}.CSHTML", "~/Features/{1}/{0}.cshtml", "/Features/{1}/{0}.cshtml", "/Modules/{1}/{0}.cshtml" }, facts.ViewLocationFormats);
    }

    [Fact]
    public void ControllersKnowTheirBaseClassesAndBaseClassesWhatTheyPassOn()
    {
        var facts = CSharpSiteFacts.Read("""
            [Area("IdentityServer")]
            public abstract class IdentityServerController : Controller { }
            [Route("shop/[controller]")]
            public abstract class ShopController : Microsoft.AspNetCore.Mvc.ControllerBase { }
            public sealed class AccountController : IdentityServerController, IDisposable { public void Dispose() { } }
            public class Helper : IDisposable { public void Dispose() { } }
            """, "Controllers.cs");
        Assert.Equal("IdentityServerController", facts.Controllers.Single(c => c.Name == "Account").BaseName);
        Assert.Equal(
            new[] { "IdentityServerController Controller IdentityServer ", "ShopController ControllerBase  shop/[controller]", "AccountController IdentityServerController  " },
            facts.ControllerBases.Select(b => $"{b.ClassName} {b.BaseName} {b.Area} {string.Join(",", b.RouteTemplates)}"));
    }

    // Held-out review 52 (MVC 5 apps): a controller has the public actions of its base classes (a shared BaseController's
    // Ping was "an action ShopController does not have"); one deriving from a class the sources do not hold, or answering
    // any action name (MVC 5's HandleUnknownAction), may have any action; and MVC 5 names an action by its method's whole
    // name (ContactAsync), where ASP.NET Core drops Async.
    [Fact]
    public void ControllersInheritActionsAndMvc5KeepsAsync()
    {
        using var folder = new TempFolder();
        folder.Write("Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("Core/Controllers/Controllers.cs", """
            using Microsoft.AspNetCore.Mvc;
            public abstract class BaseController : Controller { public IActionResult Ping() => Ok(); }
            public class ShopController : BaseController { public IActionResult Index() => View(); }
            public class CartController : Volo.Abp.AspNetCore.Mvc.AbpController { public IActionResult Index() => View(); }
            public class HomeController : Controller { public Task<IActionResult> ContactAsync() => null!; }
            // code review: a base of any name, a partial base's second part, a POCO controller with an interface only
            public class AppBase : Controller { public IActionResult Health() => Ok(); }
            public class StoreBase : AppBase { public IActionResult Cart() => View(); }
            public class StoreController : StoreBase { public IActionResult Index() => View(); }
            public partial class PartsBase : Controller { public IActionResult First() => View(); }
            public partial class PartsBase { public IActionResult Second() => View(); }
            public class PartsController : PartsBase { }
            public class PingController : IDisposable { public IActionResult Index() => null!; public void Dispose() { } }
            // a package's base controller with attribute routes: anything under its prefix may be one of its actions
            [ApiController, Route("api/[controller]")]
            public class ProductsController : Acme.Crud.CrudControllerBase<Product> { [HttpGet("{id:int}")] public IActionResult Get(int id) => Ok(); }
            """);
        folder.Write("Core/Views/Home/Index.cshtml", "<a asp-controller=\"Shop\" asp-action=\"Ping\">Ping the shop</a>\n<a asp-controller=\"Shop\" asp-action=\"Pong\">Pong</a>\n<a asp-controller=\"Cart\" asp-action=\"Checkout\">Checkout</a>\n<a asp-controller=\"Home\" asp-action=\"Contact\">Contact us</a>\n"
            + "<a asp-controller=\"Store\" asp-action=\"Cart\">Your cart</a>\n<a asp-controller=\"Store\" asp-action=\"Health\">Health</a>\n<a asp-controller=\"Store\" asp-action=\"Chekout\">Check out</a>\n"
            + "<a asp-controller=\"Parts\" asp-action=\"Second\">Second part</a>\n<a asp-controller=\"Ping\" asp-action=\"Pong\">Pong again</a>\n<a href=\"/api/products/export\">Export</a>\n");
        folder.Write("Mvc5/Mvc5.csproj", "<Project ToolsVersion=\"15.0\"><ItemGroup><Reference Include=\"System.Web.Mvc\" /></ItemGroup></Project>\n");
        folder.Write("Mvc5/Controllers/HomeController.cs", """
            using System.Threading.Tasks;
            using System.Web.Mvc;
            namespace Mvc5.Controllers
            {
                public class HomeController : Controller
                {
                    public ActionResult Index() => View();
                    public async Task<ActionResult> ContactAsync() => View();
                }
                public class LegacyController : AsyncController
                {
                    public void NewsAsync() { }
                    public ActionResult NewsCompleted() => View();
                }
                public class PagesController : Controller
                {
                    protected override void HandleUnknownAction(string actionName) => View(actionName).ExecuteResult(ControllerContext);
                }
            }
            """);
        folder.Write("Mvc5/Views/Home/Index.cshtml", "@Html.ActionLink(\"Contact us\", \"ContactAsync\")\n@Html.ActionLink(\"Contact form\", \"Contact\")\n@Html.ActionLink(\"Our privacy policy\", \"Privacy\", \"Pages\")\n@Html.ActionLink(\"Latest news\", \"News\", \"Legacy\")\n@Html.ActionLink(\"News done\", \"NewsCompleted\", \"Legacy\")\n");

        var core = Tool.Run(folder.Path, "Core", "--fail-on", "none", "--no-progress");
        Assert.Contains("Core/Views/Home/Index.cshtml(2,38): warning LH030: Link to 'Pong' names action 'Pong', which ShopController does not have (nearest: 'Ping')", core.Output);
        Assert.Contains("Core/Views/Home/Index.cshtml(7,39): warning LH030: Link to 'Chekout' names action 'Chekout', which StoreController does not have", core.Output);
        Assert.Contains("Core/Views/Home/Index.cshtml(9,38): warning LH030: Link to 'Pong' names action 'Pong', which PingController does not have (nothing similar exists)", core.Output);
        Assert.Contains("Internal links: 10 links checked, 6 resolved, 3 broken, 1 undecidable: 1 an action of a base class the sources do not hold, or of HandleUnknownAction.", core.Output);

        var mvc5 = Tool.Run(folder.Path, "Mvc5", "--fail-on", "none", "--no-progress");
        Assert.Contains("Mvc5/Views/Home/Index.cshtml(2,35): warning LH030: Link to 'Contact' names action 'Contact', which HomeController does not have (nearest: 'ContactAsync')", mvc5.Output);
        Assert.Contains("Mvc5/Views/Home/Index.cshtml(5,32): warning LH030: Link to 'NewsCompleted' names action 'NewsCompleted', which LegacyController does not have", mvc5.Output);
        Assert.Contains("Internal links: 5 links checked, 2 resolved, 2 broken, 1 undecidable: 1 an action of a base class the sources do not hold, or of HandleUnknownAction.", mvc5.Output);
    }

    // Held-out review 81 and its code review: MVC 5's MapRoute leaves routes unknown, but a controller name no controller
    // has is a typo; MVC 5 finds controllers in every assembly the app loads, so a referenced MVC 5 library that declares
    // one may serve it, and one of helpers only does not.
    [Theory]
    [InlineData("public class AccountController : Controller { public ActionResult Login() => View(); }", "0 broken, 2 undecidable: 2 a controller from a referenced library")]
    [InlineData("public static class LinkHelpers { public static MvcHtmlString Logo(this HtmlHelper html) => null; }", "2 broken")]
    // ... nor one whose only controller class is abstract, or named in a comment (second code review)
    [InlineData("public abstract class BaseController : Controller { }\n// see class LegacyController", "2 broken")]
    // ... nor one whose only controller class is open generic, which MVC 5 never takes for one (code review)
    [InlineData("public class CrudController<TEntity> : Controller where TEntity : class { public ActionResult Index() => View(); }", "2 broken")]
    public void AnMvc5AppsControllersAreItsOwnAndThoseOfTheMvc5LibrariesItReferences(string library, string outcome)
    {
        using var folder = new TempFolder();
        folder.Write("Web/Web.csproj", "<Project ToolsVersion=\"15.0\"><ItemGroup><Reference Include=\"System.Web.Mvc, Version=5.2.3.0\" /></ItemGroup><ItemGroup><ProjectReference Include=\"..\\Lib\\Lib.csproj\" /></ItemGroup></Project>\n");
        folder.Write("Web/App_Start/RouteConfig.cs", "using System.Web.Mvc; using System.Web.Routing; public class RouteConfig { public static void RegisterRoutes(RouteCollection routes) { routes.MapRoute(\"Default\", \"{controller}/{action}/{id}\", new { controller = \"Home\", action = \"Index\", id = UrlParameter.Optional }); } }\n");
        folder.Write("Web/Controllers/HomeController.cs", "using System.Web.Mvc; public class HomeController : Controller { public ActionResult About() => View(); }\n");
        folder.Write("Web/Views/Home/Index.cshtml", "@Html.ActionLink(\"Log in\", \"Login\", \"Account\")\n@Html.ActionLink(\"About us\", \"About\", \"Hom\")\n");
        folder.Write("Lib/Lib.csproj", "<Project ToolsVersion=\"15.0\"><PropertyGroup><OutputType>Library</OutputType></PropertyGroup><ItemGroup><Reference Include=\"System.Web.Mvc, Version=5.2.3.0\" /></ItemGroup></Project>\n");
        folder.Write("Lib/Code.cs", "using System.Web.Mvc; " + library + "\n");

        var result = Tool.Run(folder.Path, "Web", "--fail-on", "none", "--no-progress");
        Assert.Contains("Internal links: 2 links checked, 0 resolved, " + outcome, result.Output);
    }

    // Held-out review 99: an MVC 5 area's controllers are its by namespace (its AreaRegistration maps
    // Shop.Areas.Admin.Controllers), not the root's: the nearest action to a root view's link was an admin controller's,
    // and an area view's link to its own controller's action is resolved.
    [Fact]
    public void AnMvc5AreasControllersAreItsByNamespace()
    {
        using var folder = new TempFolder();
        folder.Write("Shop/Shop.csproj", "<Project ToolsVersion=\"15.0\"><ItemGroup><Reference Include=\"System.Web.Mvc, Version=5.2.3.0\" /></ItemGroup></Project>\n");
        folder.Write("Shop/Controllers/ProductsController.cs", "using System.Web.Mvc;\nnamespace Shop.Controllers { public class ProductsController : Controller { public ActionResult List() => View(); } }\n");
        folder.Write("Shop/Areas/Admin/Controllers/ProductsController.cs", "using System.Web.Mvc;\nnamespace Shop.Areas.Admin.Controllers { public class ProductsController : Controller { public ActionResult Index() => View(); public ActionResult Details(int? id) => View(); } }\n");
        // (a file that writes MVC 5's types out, without a using: code review)
        folder.Write("Shop/Areas/Admin/Controllers/OrdersController.cs", "namespace Shop.Areas.Admin.Controllers { public class OrdersController : System.Web.Mvc.Controller { public System.Web.Mvc.ActionResult Index() => View(); } }\n");
        folder.Write("Shop/Views/Products/List.cshtml", "@Html.ActionLink(\"Product details\", \"Detail\")\n");
        folder.Write("Shop/Areas/Admin/Views/Products/Index.cshtml", "@Html.ActionLink(\"Product details\", \"Details\", new { id = 3 })\n@Html.ActionLink(\"All products\", \"Indx\")\n@Html.ActionLink(\"Orders\", \"Indx\", \"Orders\")\n");

        var result = Tool.Run(folder.Path, "Shop", "--fail-on", "none", "--no-progress");
        Assert.Contains("Shop/Views/Products/List.cshtml(1,38): warning LH030: Link to 'Detail' names action 'Detail', which ProductsController does not have (nothing similar exists)", result.Output);
        Assert.Contains("Shop/Areas/Admin/Views/Products/Index.cshtml(2,35): warning LH030: Link to 'Indx' names action 'Indx', which ProductsController does not have (nearest: 'Index')", result.Output);
        Assert.Contains("Shop/Areas/Admin/Views/Products/Index.cshtml(3,29): warning LH030: Link to 'Indx' names action 'Indx', which OrdersController does not have (nearest: 'Index')", result.Output);
        Assert.Contains("Internal links: 4 links checked, 1 resolved, 3 broken, 0 undecidable.", result.Output);
    }

    // Held-out review 100 (Skoruba's IdentityServer admin): AccountController<TUser, TKey> is a controller only because a
    // feature provider of the app closes it. With one, the generic class's actions are checked, and a controller name no
    // class has and a path no route matches are undecidable (the provider may make controllers of any type); without
    // one, ASP.NET Core takes no open generic class for a controller and the names are reported, where the link names
    // the controller. A provider of something else (view components), or MVC's own put back, adds no controller (code
    // review); a project's class that provides controllers is one whatever its name.
    [Theory]
    [InlineData("new GenericTypeControllerFeatureProvider<IdentityUser, string>()", true)]
    [InlineData("new ClosedTypes()", true)]
    // (a local created so, and the type argument written out in full: second code review)
    [InlineData("var provider = new GenericTypeControllerFeatureProvider();", true)]
    [InlineData("new QualifiedTypes()", true)]
    [InlineData("new ViewComponentFeatureProvider()", false)]
    [InlineData("new ControllerFeatureProvider()", false)]
    [InlineData("provider", false)]
    [InlineData(null, false)]
    public void ControllersThatAFeatureProviderMakesOfGenericClasses(string? provider, bool controllers)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("App/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllersWithViews()"
            + (provider is null ? string.Empty
                : provider.StartsWith("var ", StringComparison.Ordinal) ? $".ConfigureApplicationPartManager(m => {{ {provider} m.FeatureProviders.Add(provider); }})"
                : $".ConfigureApplicationPartManager(m => m.FeatureProviders.Add({provider}))")
            + ";\nvar app = builder.Build();\napp.MapDefaultControllerRoute();\napp.Run();\n");
        folder.Write("App/ClosedTypes.cs", "using Microsoft.AspNetCore.Mvc.Controllers;\npublic class ClosedTypes : IApplicationFeatureProvider<ControllerFeature> { }\npublic class QualifiedTypes : IApplicationFeatureProvider<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeature> { }\n");
        folder.Write("App/Controllers/AccountController.cs", """
            using Microsoft.AspNetCore.Mvc;
            public class AccountController<TUser, TKey> : Controller
            {
                public IActionResult Login() => View();
                [HttpPost] public IActionResult GenerateRecoveryCodes() => View();
            }
            """);
        folder.Write("App/Views/Home/Index.cshtml", "<a asp-controller=\"Account\" asp-action=\"Login\">Sign in</a>\n<a asp-controller=\"Account\" asp-action=\"GenerateRecoveryCodes\">New recovery codes</a>\n<a asp-controller=\"Acount\" asp-action=\"Login\">Sign in again</a>\n@Html.ActionLink(\"Register\", \"Register\", \"Users\")\n<a href=\"/Widget/Index\">Widgets</a>\n");

        var result = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Contains(
            "Internal links: " + (controllers
                ? "5 links checked, 1 resolved, 1 broken, 3 undecidable: 2 a controller that a feature provider of the app may add; 1 the app registers routes or static files the sources do not spell out."
                : "5 links checked, 0 resolved, 5 broken, 0 undecidable."),
            result.Output);
        Assert.Equal(controllers, result.Output.Contains("Index.cshtml(2,41): warning LH030: Link to 'GenerateRecoveryCodes' names action 'GenerateRecoveryCodes', which AccountController does not answer with GET", StringComparison.Ordinal));
        Assert.Equal(!controllers, result.Output.Contains("Index.cshtml(3,20): warning LH030: Link to 'Login' names controller 'Acount', which does not exist", StringComparison.Ordinal));
        Assert.Equal(!controllers, result.Output.Contains("Index.cshtml(4,43): warning LH030: Link to 'Register' names controller 'Users', which does not exist", StringComparison.Ordinal));
    }

    // Held-out review 70 (Stack Exchange's Opserver): a project's own subclass of RouteAttribute routes what it is on
    // ([DefaultRoute("redis")] serves the action at /redis, and not at /Redis/Dashboard); a class passing a template of
    // its own (base("[controller]")) routes a controller; one given a constant leaves unmatched paths undecidable. A
    // generic base class and a class of the same name (StatusController<T> : StatusController) are two classes: the
    // controllers deriving from them have known actions.
    [Fact]
    public void RouteAttributesOfTheProjectsOwnAndGenericBaseClasses()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapDefaultControllerRoute();\napp.Run();\n");
        folder.Write("App/Controllers/Routes.cs", """
            using Microsoft.AspNetCore.Mvc;
            public class DefaultRoute : RouteAttribute { public DefaultRoute(string template) : base(template) { } }
            public sealed class RouteControllerAttribute : RouteAttribute { public RouteControllerAttribute() : base("api/[controller]") { } }
            public class GetPage : HttpGetAttribute { public GetPage(string template) : base(template) { } }
            """);
        folder.Write("App/Controllers/Controllers.cs", """
            using Microsoft.AspNetCore.Mvc;
            public partial class StatusController : Controller { public IActionResult About() => View(); }
            public class StatusController<T> : StatusController { public IActionResult Health() => View(); }
            public class RedisController : StatusController<string>
            {
                [DefaultRoute("redis")] public IActionResult Dashboard() => View();
                [Route("redis/instance")] public IActionResult Instance() => View();
                [GetPage("redis/keys")] public IActionResult Keys() => View();
            }
            public class HomeController : StatusController { public IActionResult Index() => View(); }
            [RouteController]
            public class OrdersController : Controller { [HttpGet("{id:int}")] public IActionResult Get(int id) => Ok(); }
            """);
        folder.Write("App/Views/Home/Index.cshtml", "<a href=\"~/redis\">Redis dashboard</a>\n<a href=\"~/Redis/Dashboard\">Redis, conventional path</a>\n<a href=\"~/redis/keys\">Redis keys</a>\n"
            + "<a asp-controller=\"Redis\" asp-action=\"Instanse\">Redis instance</a>\n<a asp-controller=\"Redis\" asp-action=\"Health\">Redis health</a>\n<a asp-controller=\"Home\" asp-action=\"About\">About us</a>\n"
            + "<a href=\"/api/orders/7\">Order 7</a>\n<a href=\"/api/order/7\">Order 7, mistyped</a>\n");

        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Contains("App/Views/Home/Index.cshtml(2,10): warning LH030: Link to '~/Redis/Dashboard' matches no page, action, endpoint or file (nearest: '/redis')", run.Output);
        Assert.Contains("App/Views/Home/Index.cshtml(4,39): warning LH030: Link to 'Instanse' names action 'Instanse', which RedisController does not have (nearest: 'Instance')", run.Output);
        Assert.Contains("App/Views/Home/Index.cshtml(8,10): warning LH030: Link to '/api/order/7' matches no page, action, endpoint or file", run.Output);
        Assert.Contains("Internal links: 8 links checked, 5 resolved, 3 broken, 0 undecidable.", run.Output);

        // given a constant the reader cannot see, the project's own route attribute routes somewhere unknown
        folder.Write("App/Controllers/Controllers.cs", """
            using Microsoft.AspNetCore.Mvc;
            public class RedisController : Controller { [DefaultRoute(Paths.Redis)] public IActionResult Dashboard() => View(); }
            """);
        run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("'~/redis' matches no page", run.Output);
        Assert.Contains("the app registers routes or static files the sources do not spell out", run.Output);
    }

    // Code review of the change above: a route attribute's constructor is chosen as C# chooses it, by position, by name
    // and with optional parameters (their default the template when it is the one passed on); a [Route] whose template
    // is not known still takes its action off the conventional route.
    [Fact]
    public void RouteAttributesOfTheProjectsOwnBindTheirArgumentsAsCSharpDoes()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapDefaultControllerRoute();\napp.Run();\n");
        folder.Write("App/Controllers/Routes.cs", """
            using Microsoft.AspNetCore.Mvc;
            public class DefaultRoute : RouteAttribute { public DefaultRoute() : base("fallback") { } public DefaultRoute(string template) : base(template) { } }
            public class ApiRoute : RouteAttribute { public ApiRoute(string template = "api/[controller]") : base(template) { } }
            public class Versioned : RouteAttribute { public Versioned(string template, int order = 0) : base(template) { Order = order; } }
            """);
        folder.Write("App/Controllers/Controllers.cs", """
            using Microsoft.AspNetCore.Mvc;
            public class HomeController : Controller
            {
                [DefaultRoute(template: "redis")] public IActionResult Dashboard() => View();
                [Versioned("v2/status", order: 1)] public IActionResult Status() => View();
                [DefaultRoute(Paths.Keys)] public IActionResult Keys() => View();
            }
            [ApiRoute]
            public class OrdersController : Controller { [HttpGet("{id:int}")] public IActionResult Get(int id) => Ok(); }
            """);
        folder.Write("App/Views/Home/Index.cshtml", "<a href=\"~/redis\">Redis dashboard</a>\n<a href=\"/v2/status\">Status</a>\n<a href=\"/api/orders/7\">Order 7</a>\n<a href=\"/Home/Keys\">Keys, conventional path</a>\n");
        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("LH030", run.Output);
        // Keys' template is a constant the reader cannot see: unmatched paths are undecidable, and Keys is not served at
        // its conventional path
        Assert.Contains("Internal links: 4 links checked, 3 resolved, 0 broken, 1 undecidable: 1 the app registers routes or static files the sources do not spell out.", run.Output);
    }

    // Code review: the parts of a partial controller are one controller, its [Route] on one part routing the actions of
    // another (a part need not say it is public), where each part was a controller of its own
    [Fact]
    public void ThePartsOfAPartialControllerAreOne()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapControllers();\napp.Run();\n");
        folder.Write("App/Controllers/OrdersController.cs", "using Microsoft.AspNetCore.Mvc;\nnamespace App.Controllers;\n[Route(\"api/orders\")]\npublic partial class OrdersController : ControllerBase { }\n");
        folder.Write("App/Controllers/OrdersController.Actions.cs", "using Microsoft.AspNetCore.Mvc;\nnamespace App.Controllers;\npartial class OrdersController\n{\n    [HttpGet(\"list\")] public IActionResult List() => Ok();\n    [HttpGet(\"{id:int}\")] public IActionResult Get(int id) => Ok();\n}\n");
        folder.Write("App/wwwroot/index.html", "<a href=\"/api/orders/list\">All orders</a>\n<a href=\"/api/orders/5\">Order 5</a>\n<a href=\"/api/order/list\">All orders, mistyped</a>\n");
        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Contains("App/wwwroot/index.html(3,10): warning LH030: Link to '/api/order/list' matches no page, action, endpoint or file", run.Output);
        Assert.Contains("Internal links: 3 links checked, 2 resolved, 1 broken, 0 undecidable.", run.Output);
    }

    // Held-out review 98: an MVC 5 app of 2016-2017 lists its packages in project.json, not in its project file (Kentico's
    // Dancing Goat): it is an ASP.NET app all the same, and its packages say what serves it
    [Theory]
    [InlineData("{ \"dependencies\": { \"Microsoft.AspNet.Mvc\": \"5.2.3\", \"Newtonsoft.Json\": { \"version\": \"9.0.1\", \"type\": \"build\" } }, \"frameworks\": { \"net46\": {} } }", "warning LH030: Link to 'Indx' names action 'Indx', which HomeController does not have (nearest: 'Index')")]
    [InlineData("{ \"frameworks\": { \"net46\": {} }, \"dependencies\": { \"Microsoft.AspNet.Mvc\": \"5.2.3\", \"EPiServer.CMS.Core\": \"10.10.0\" } }", "1 undecidable: 1 a path Episerver may serve as a content page")]
    [InlineData("{ \"dependencies\": { \"Newtonsoft.Json\": \"9.0.1\" }, \"description\": \"Microsoft.AspNet.Mvc\" }", "2 undecidable: 2 a Razor file of a project that is no ASP.NET app")]
    // (third code review) ASP.NET Core 1's packages; a framework's dependencies; a // comment, which project.json allows
    [InlineData("{\n  \"dependencies\": { \"Microsoft.AspNetCore.Mvc\": \"1.0.1\" }\n}", "LH030")]
    [InlineData("{ \"frameworks\": { \"net46\": { \"dependencies\": { \"Microsoft.AspNet.Mvc\": \"5.2.3\" } } } }", "warning LH030: Link to 'Indx' names action 'Indx'")]
    [InlineData("{\n  \"dependencies\": {\n    // \"Microsoft.AspNet.Mvc\": \"5.2.3\",\n    \"Newtonsoft.Json\": \"9.0.1\" // \"https://x\"\n  }\n}", "2 undecidable: 2 a Razor file of a project that is no ASP.NET app")]
    public void AProjectJsonsPackagesAreTheProjects(string projectJson, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("Web/Web.csproj", "<Project ToolsVersion=\"15.0\"><ItemGroup><Compile Include=\"Controllers\\HomeController.cs\" /></ItemGroup></Project>");
        folder.Write("Web/project.json", projectJson);
        folder.Write("Web/Controllers/HomeController.cs", "using System.Web.Mvc;\npublic class HomeController : Controller { public ActionResult Index() => View(); }\n");
        folder.Write("Web/Views/Home/Index.cshtml", "<h1>Home</h1>\n@Html.ActionLink(\"Home page\", \"Indx\", \"Home\")\n<a href=\"/about-us/\">About us</a>\n");
        var run = Tool.Run(folder.Path, "Web", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }

    // Held-out review 50: a Statiq site's project is Statiq's source tree whatever its SDK (thirty25's blog is on the Web
    // SDK, and its "/" and "/about" were reported as pages nothing serves): its pages come from Markdown under input/.
    [Theory]
    [InlineData("Microsoft.NET.Sdk.Web", "<ItemGroup><PackageReference Include=\"Statiq.Web\" Version=\"1.0.0-beta.60\" /></ItemGroup>", false)]
    [InlineData("Microsoft.NET.Sdk", "<ItemGroup><PackageReference Include=\"Statiq.Web\" Version=\"1.0.0-beta.60\" /></ItemGroup>", false)]
    [InlineData("Microsoft.NET.Sdk.Web", "", true)]
    public void AStatiqProjectIsItsSiteGeneratorsSourceTree(string sdk, string items, bool reported)
    {
        using var folder = new TempFolder();
        folder.Write("Site.csproj", $"<Project Sdk=\"{sdk}\">{items}</Project>\n");
        folder.Write("Program.cs", "await Bootstrapper.Factory.CreateWeb(args).RunAsync();\n");
        folder.Write("input/_layout.cshtml", "<a href=\"/\">Home page</a> <a href=\"/about\">About us</a>\n@RenderBody()\n");
        folder.Write("input/about.md", "Title: About\n---\nAbout us.\n");
        var run = Tool.Run(folder.Path, ".", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        if (reported)
        {
            Assert.Contains("input/_layout.cshtml(1,10): warning LH030: Link to '/' matches no page, action, endpoint or file", run.Output);
        }
        else
        {
            Assert.DoesNotContain("LH030", run.Output);
            Assert.Contains("2 undecidable: 2 a Razor file of a project that is no ASP.NET app", run.Output);
        }
    }

    // Held-out review 57: an Umbraco 7/8 site is an ASP.NET MVC 5 project whose Global.asax inherits UmbracoApplication;
    // only its assembly references say Umbraco serves it (our.umbraco.com's menu had every content link reported). An
    // Orchard Core theme or module links to other modules' areas and controllers (the stock login menu's
    // asp-route-area="OrchardCore.Users"), which the app loads at run time.
    [Theory]
    [InlineData("<Project ToolsVersion=\"15.0\"><PropertyGroup><ProjectTypeGuids>{349c5851-65df-11da-9384-00065b846f21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}</ProjectTypeGuids></PropertyGroup><ItemGroup><Reference Include=\"System.Web.Mvc, Version=5.2.3.0\" /><Reference Include=\"umbraco, Version=1.0.7144.21662, Culture=neutral\"><HintPath>..\\packages\\UmbracoCms.Core.7.15.1\\lib\\net452\\umbraco.dll</HintPath></Reference></ItemGroup></Project>", "1 undecidable: 1 a path Umbraco may serve as a content page")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"UmbracoCms\" Version=\"8.18.8\" /></ItemGroup></Project>", "1 undecidable: 1 a path Umbraco may serve as a content page")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"OrchardCore.Theme.Targets\" Version=\"1.4.0\" /></ItemGroup></Project>", "2 undecidable: 1 a path that a referenced library may serve; 1 an area from a referenced library")]
    // Episerver's and Sitecore's packages (held-out review 98)
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"EPiServer.CMS\" Version=\"12.20.0\" /></ItemGroup></Project>", "1 undecidable: 1 a path Episerver may serve as a content page")]
    [InlineData("<Project ToolsVersion=\"15.0\"><PropertyGroup><ProjectTypeGuids>{349c5851-65df-11da-9384-00065b846f21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}</ProjectTypeGuids></PropertyGroup><ItemGroup><Reference Include=\"System.Web.Mvc, Version=5.2.3.0\" /><Reference Include=\"Sitecore.Mvc\"><HintPath>..\\lib\\Sitecore.Mvc.dll</HintPath></Reference></ItemGroup></Project>", "1 undecidable: 1 a path Sitecore may serve as a content page")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>", null)]
    // a reference commented out is none
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><!-- <PackageReference Include=\"UmbracoCms\" Version=\"8.18.8\" /> --></ItemGroup></Project>", null)]
    // an app using Orchard Core's PO localization, or Umbraco's headless client, is neither (code review)
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"OrchardCore.Localization.Core\" Version=\"2.1.0\" /><PackageReference Include=\"Umbraco.Headless.Client.Net\" Version=\"1.0.0\" /></ItemGroup></Project>", null)]
    public void AContentSystemOrModularAppKnownFromItsReferencesLeavesItsPathsUndecided(string projectFile, string? undecidable)
    {
        using var folder = new TempFolder();
        folder.Write("Site/Site.csproj", projectFile);
        folder.Write("Site/Controllers/HomeController.cs", "public class HomeController : Controller { public ActionResult Index() => View(); }\n");
        folder.Write("Site/Views/Shared/_Layout.cshtml", "<a href=\"/member/login\">Log in</a>\n<a asp-area=\"OrchardCore.Users\" asp-controller=\"Account\" asp-action=\"ChangeEmail\">Change e-mail</a>\n@RenderBody()\n");
        var run = Tool.Run(folder.Path, "Site", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        // (a content system's site has no Orchard module's area: that link stays reported)
        Assert.Equal(undecidable is null || !undecidable.Contains("an area from a referenced library", StringComparison.Ordinal), run.Output.Contains("names area 'OrchardCore.Users', which no controller or page of the project has", StringComparison.Ordinal));
        if (undecidable is null)
        {
            Assert.Contains("Site/Views/Shared/_Layout.cshtml(1,10): warning LH030: Link to '/member/login' matches no page, action, endpoint or file", run.Output);
        }
        else
        {
            Assert.DoesNotContain("Link to '/member/login'", run.Output);
            Assert.Contains(undecidable + ".", run.Output);
        }
    }

    // Held-out review 64: a Blazor app's Shared project, a class library on the ASP.NET Core framework, was counted an
    // application part, so every NavMenu link no page matched was "a path that a referenced library may serve". The SDK
    // makes one only of a referenced assembly that references MVC's, which a library whose code never names MVC cannot.
    [Theory]
    [InlineData("namespace Shared;\npublic sealed record UserDto(string Name);\n", true)]
    [InlineData("using Microsoft.AspNetCore.Mvc;\nnamespace Shared;\n[ApiController, Route(\"api/chat\")]\npublic class ChatController : ControllerBase { }\n", false)]
    // a library that maps minimal APIs or hubs serves paths all the same (code review)
    [InlineData("namespace Shared;\npublic static class ChatEndpoints\n{\n    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder app)\n    {\n        app.MapGet(\"/chat\", () => \"hi\");\n        return app;\n    }\n}\n", false)]
    public void ASharedLibraryOnTheAspNetCoreFrameworkServesPagesOnlyWhenItsCodeUsesMvc(string sharedCode, bool reported)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"..\\Shared\\Shared.csproj\" /></ItemGroup></Project>");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorComponents<App>();\napp.Run();\n");
        folder.Write("App/Components/Pages/Users.razor", "@page \"/users\"\n<h1>Users</h1>\n");
        folder.Write("App/Components/Layout/NavMenu.razor", "<MudNavLink Href=\"/users\">Users</MudNavLink>\n<MudNavLink Href=\"/chat\">Chat</MudNavLink>\n");
        folder.Write("Shared/Shared.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup></Project>");
        folder.Write("Shared/Users.cs", sharedCode);
        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(reported, run.Output.Contains("App/Components/Layout/NavMenu.razor(2,19): warning LH030: Link to '/chat' matches no page, action, endpoint or file", StringComparison.Ordinal));
        Assert.Equal(!reported, run.Output.Contains("a path that a referenced library may serve", StringComparison.Ordinal));
    }

    // Held-out review 130: a modular monolith keeps each module's Razor Pages in a Razor class library the app references;
    // the app's menu links to them by page name (asp-page, Url.Page), and each was "matches no Razor page". Held-out review
    // 142: a library that serves pages and nothing else is read, its pages the app's, so a typo in a link to one is
    // reported, and so is one to a top-level page of the app's own. One that serves more (a controller) may serve any page
    // name: undecidable, unless the app itself has that page's folder.
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void APageNameALibraryMayServeIsUndecidable(bool referenced, bool libraryServesMore)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">" + (referenced ? "<ItemGroup><ProjectReference Include=\"..\\Users\\Users.csproj\" /></ItemGroup>" : string.Empty) + "</Project>");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorPages();\napp.Run();\n");
        folder.Write("App/Pages/Index.cshtml", "@page\n<h1>Home</h1>\n");
        folder.Write("App/Pages/Privacy.cshtml", "@page\n<h1>Privacy</h1>\n");
        folder.Write("App/Pages/Shared/_Layout.cshtml", "<a asp-page=\"/Index\">Home</a>\n<a asp-page=\"/Auth/Login\">Log in</a>\n<a href=\"@Url.Page(\"/Auth/Register\")\">Register</a>\n<a asp-page=\"/Account/Logn\">Account</a>\n<a asp-page=\"/Auth/Logon\">Log on</a>\n<a asp-page=\"/Privcy\">Privacy</a>\n");
        folder.Write("App/Pages/Account/Login.cshtml", "@page\n<h1>Account</h1>\n");
        folder.Write("Users/Users.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Razor\"><PropertyGroup><AddRazorSupportForMvc>true</AddRazorSupportForMvc></PropertyGroup></Project>");
        folder.Write("Users/Pages/Auth/Login.cshtml", "@page\n<h1>Log in</h1>\n");
        folder.Write("Users/Pages/Auth/Register.cshtml", "@page\n<h1>Register</h1>\n");
        folder.Write("Users/Pages/Auth/_Form.cshtml", "<form></form>\n");
        if (libraryServesMore)
        {
            folder.Write("Users/Controllers/AccountController.cs", "public class AccountController : Microsoft.AspNetCore.Mvc.Controller { public IActionResult Logout() => View(); }");
        }

        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        // (a page in a folder the app's own pages are in is the app's: its typo is reported either way; code review)
        Assert.Contains("App/Pages/Shared/_Layout.cshtml(4,14): warning LH030: Link to '/Account/Logn' matches no Razor page (looked for Pages/Account/Logn.cshtml) (nearest: '/Account/Login')", run.Output);
        if (!referenced)
        {
            Assert.Contains("App/Pages/Shared/_Layout.cshtml(2,14): warning LH030: Link to '/Auth/Login' matches no Razor page (looked for Pages/Auth/Login.cshtml)", run.Output);
            Assert.Contains("Internal links: 6 links checked, 1 resolved, 5 broken, 0 undecidable.", run.Output);
        }
        else if (libraryServesMore)
        {
            Assert.DoesNotContain("'/Auth/", run.Output);
            Assert.Contains("Internal links: 6 links checked, 1 resolved, 1 broken, 4 undecidable: 4 a page that a referenced library may serve.", run.Output);
        }
        else
        {
            Assert.DoesNotContain("Link to '/Auth/Login'", run.Output);
            Assert.Contains("App/Pages/Shared/_Layout.cshtml(5,14): warning LH030: Link to '/Auth/Logon' matches no Razor page (looked for Pages/Auth/Logon.cshtml) (nearest: '/Auth/Login')", run.Output);
            Assert.Contains("App/Pages/Shared/_Layout.cshtml(6,14): warning LH030: Link to '/Privcy' matches no Razor page (looked for Pages/Privcy.cshtml) (nearest: '/Privacy')", run.Output);
            Assert.Contains("Internal links: 6 links checked, 3 resolved, 3 broken, 0 undecidable.", run.Output);
        }
    }

    // Code review 116: the app's Razor Pages root is a library's too (AddRazorPages(o => o.RootDirectory = "/Content"), as
    // ASP.NET Core routes compiled pages), and a library that configures the app's services or Razor Pages' conventions
    // (AddPageRoute) may serve any page name, as one with a controller may.
    [Theory]
    [InlineData(null, "Internal links: 2 links checked, 1 resolved, 1 broken, 0 undecidable.")]
    [InlineData("public static class Setup { public static void AddHelp(this IServiceCollection services) => services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute(\"/Help\", \"support\")); }", "Internal links: 2 links checked, 0 resolved, 0 broken, 2 undecidable: 2 a page that a referenced library may serve.")]
    public void ALibrarysPagesAreUnderTheAppsPagesRoot(string? librarySetup, string summary)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"..\\Help\\Help.csproj\" /></ItemGroup></Project>");
        folder.Write("App/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddRazorPages(o => o.RootDirectory = \"/Content\");\nvar app = builder.Build();\napp.MapRazorPages();\napp.Run();\n");
        folder.Write("App/Content/Index.cshtml", "@page\n<a asp-page=\"/Help\">Help</a>\n<a asp-page=\"/Hlep\">Help</a>\n");
        folder.Write("Help/Help.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Razor\"><PropertyGroup><AddRazorSupportForMvc>true</AddRazorSupportForMvc></PropertyGroup></Project>");
        folder.Write("Help/Content/Help.cshtml", "@page\n<h1>Help</h1>\n");
        if (librarySetup is not null)
        {
            folder.Write("Help/Setup.cs", librarySetup);
        }

        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(summary, run.Output);
        Assert.Equal(librarySetup is null, run.Output.Contains("App/Content/Index.cshtml(3,14): warning LH030: Link to '/Hlep' matches no Razor page (looked for Content/Hlep.cshtml) (nearest: '/Help')", StringComparison.Ordinal));
    }

    // Held-out review 58: two pages' models share a class name (IndexModel in Pages/ and in Pages/Products/); each page's
    // handlers are its own model's, found by the @model's namespace or by the page's code-behind.
    [Fact]
    public void PagesWhoseModelsShareANameHaveTheirOwnHandlers()
    {
        using var folder = new TempFolder();
        folder.Write("Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("Pages/Index.cshtml", "@page\n@model IndexModel\n<a asp-page=\"/Products/Index\" asp-page-handler=\"Export\">Export the product list</a>\n<a asp-page-handler=\"Subscribe\">Subscribe</a>\n");
        folder.Write("Pages/Index.cshtml.cs", "namespace Shop.Pages;\npublic class IndexModel : PageModel\n{\n    public void OnPostSubscribe() { }\n}\n");
        folder.Write("Pages/Products/Index.cshtml", "@page\n@model Shop.Pages.Products.IndexModel\n<a asp-page-handler=\"Export\">Export as CSV</a>\n<a asp-page-handler=\"Subscribe\">Subscribe to price changes</a>\n");
        folder.Write("Pages/Products/Index.cshtml.cs", "namespace Shop.Pages.Products\n{\n    public class IndexModel : PageModel\n    {\n        public IActionResult OnGetExport() => new EmptyResult();\n    }\n}\n");
        var run = Tool.Run(folder.Path, ".", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Pages/Products/Index.cshtml(4,22): warning LH030: Link to 'Subscribe' has no handler 'Subscribe'", run.Output);
        Assert.Contains("Internal links: 4 links checked, 3 resolved, 1 broken, 0 undecidable.", run.Output);
    }

    // Held-out review 72: a page model deriving from the project's own base class (Admin.IndexModel : BasePageModel) is the
    // page's model, with the handlers of the classes it derives from; a partial model's handlers in another file are its
    // own; one deriving from a class the sources do not hold may have any handler.
    [Fact]
    public void PageModelsWithABaseClassOfTheProjectsOrInPartsHaveTheirHandlers()
    {
        using var folder = new TempFolder();
        folder.Write("Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("Pages/_ViewImports.cshtml", "@namespace Shop.Pages\n");
        folder.Write("Pages/Index.cshtml", "@page\n@model IndexModel\n<a asp-page-handler=\"Subscribe\">Subscribe</a>\n");
        folder.Write("Pages/Index.cshtml.cs", "namespace Shop.Pages;\npublic class IndexModel : PageModel { public void OnPostSubscribe() { } }\n");
        folder.Write("Pages/BasePageModel.cs", "namespace Shop.Pages;\npublic abstract class BasePageModel : PageModel { public IActionResult OnPostLogout() => new EmptyResult(); }\n");
        folder.Write("Pages/Admin/Index.cshtml", "@page\n@model IndexModel\n<a asp-page-handler=\"Export\">Export the orders</a>\n<a asp-page-handler=\"Logout\">Sign out</a>\n<a asp-page-handler=\"Exprot\">Export again</a>\n");
        folder.Write("Pages/Admin/Index.cshtml.cs", "namespace Shop.Pages.Admin;\npublic class IndexModel : BasePageModel { public void OnGet() { } public void OnGetExport() { } }\n");
        folder.Write("Pages/Orders.cshtml", "@page\n@model OrdersModel\n<a asp-page-handler=\"Csv\">Orders as CSV</a>\n<a asp-page-handler=\"Cvs\">Orders as CSV again</a>\n");
        folder.Write("Pages/Orders.cshtml.cs", "namespace Shop.Pages;\npublic partial class OrdersModel : PageModel { public void OnGet() { } }\n");
        folder.Write("Pages/Orders.Export.cs", "namespace Shop.Pages;\npublic partial class OrdersModel { public void OnGetCsv() { } }\n");
        folder.Write("Pages/Reports.cshtml", "@page\n@model ReportsModel\n<a asp-page-handler=\"Anything\">Reports</a>\n");
        folder.Write("Pages/Reports.cshtml.cs", "namespace Shop.Pages;\npublic class ReportsModel : Acme.Web.ReportPageModel { }\n");
        var run = Tool.Run(folder.Path, ".", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Pages/Admin/Index.cshtml(5,22): warning LH030: Link to 'Exprot' has no handler 'Exprot'", run.Output);
        Assert.Contains("Pages/Orders.cshtml(4,22): warning LH030: Link to 'Cvs' has no handler 'Cvs'", run.Output);
        Assert.Contains("Internal links: 7 links checked, 5 resolved, 2 broken, 0 undecidable.", run.Output);
    }

    // A component whose code-behind has a method named like a page handler is a component still, its routes read
    [Fact]
    public void AComponentWithAnOnGetMethodIsNoPageModel()
    {
        var facts = CSharpSiteFacts.Read("[Route(\"/data\")]\npublic class Data : ComponentBase { private void OnGetData() { } }\npublic partial class Chart { private void OnGetPoints() { } }\n", "Components/Data.razor.cs");
        Assert.Equal(new[] { "/data" }, facts.Components.Single().RouteTemplates);
        Assert.Empty(facts.PageModels);
    }

    [Fact]
    public void PageModelHandlersComponentsAndEndpoints()
    {
        var facts = CSharpSiteFacts.Read("""
            public class EditModel : PageModel
            {
                public void OnGet() { }
                public Task OnPostDeleteAsync() => Task.CompletedTask;
                public void OnGetExport() { }
            }
            [Route("/weather")] public class Weather : ComponentBase { }
            var app = WebApplication.Create();
            var api = app.MapGroup("/api").RequireAuthorization();
            api.MapGet("/items/{id}", (int id) => id);
            app.MapGroup("/v2").MapPost("orders", () => 1);
            app.MapGet(Routes.Home, () => 1);
            app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");
            app.MapFallbackToFile("index.html");
            """, "Program.cs");
        Assert.Equal(new[] { "Delete", "Export" }, facts.PageModels.Single().Handlers.OrderBy(h => h));
        Assert.Equal(new[] { "/weather" }, facts.Components.Single().RouteTemplates);
        Assert.Equal(new[] { "/api/items/{id}" }, facts.Endpoints);
        Assert.Equal(new[] { ("/v2/orders", "POST") }, facts.GetlessEndpoints); // one method, not a link's GET (held-out review 89)

        // a group an extension is given has its caller's prefix, which the index reads at the call (code review)
        var extension = CSharpSiteFacts.Read("public static class Todos { public static RouteGroupBuilder MapTodos(this RouteGroupBuilder group) { group.MapDelete(\"/{id}\", () => 1); var x = group.MapGroup(\"/x\"); x.MapGet(\"/y\", () => 1); return group; } }", "Todos.cs");
        Assert.False(extension.HasUnknownRoutes);
        Assert.Empty(extension.GetlessEndpoints);
        Assert.Empty(extension.Endpoints);
        Assert.Equal(new[] { ("MapTodos", "/{id}", (string?)"DELETE"), ("MapTodos", "/x/y", null) }, extension.CallerPrefixedEndpoints);
        Assert.Contains(("MapTodos", (string?)"/api"), CSharpSiteFacts.Read("app.MapGroup(\"/api\").MapTodos();", "Program.cs").ExtensionCalls);
        Assert.Equal(new[] { "{controller=Home}/{action=Index}/{id?}" }, facts.ConventionalRoutes);
        Assert.True(facts.HasFallback);
        Assert.True(facts.HasUnknownRoutes); // MapGet(Routes.Home): not a literal
        Assert.False(facts.HasCustomStaticFiles);
    }

    // Held-out review of ASP.NET apps: paths that branches, hubs, health checks and libraries' middleware serve, routes
    // given by a conventional route's defaults object or a page convention, and Razor Pages under another root.
    [Fact]
    public void BranchesHubsMiddlewareAndConventionsServePaths()
    {
        var facts = CSharpSiteFacts.Read("""
            builder.Services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Content";
                options.Conventions.AddPageRoute("/Blog/Post", "post/{slug}");
                options.Conventions.AddAreaPageRoute("Admin", "/Users", "admin/people");
            });
            var app = builder.Build();
            app.Map("/legacy", legacy => legacy.Run(c => c.Response.WriteAsync("old")));
            app.MapHub<ChatHub>("/chathub");
            app.MapHealthChecks("/healthz");
            app.UseHealthChecks("/health");
            app.UseSwaggerUI();
            app.UseExceptionHandler("/Error");
            app.UseStatusCodePagesWithReExecute("/Status/{0}");
            builder.WebHost.UseContentRoot("/srv/app");
            app.MapControllerRoute(name: "blog", pattern: "blog/{slug}", defaults: new { controller = "Blog", action = "Post" });
            app.MapControllerRoute("default", "{controller}/{action}/{id?}", new { controller = "Home", action = "Index" });
            """, "Program.cs");
        Assert.Equal(
            new[] { "post/{slug}", "admin/people", "/legacy", "/legacy/{**rest}", "/chathub", "/chathub/{**rest}", "/healthz", "/healthz/{**rest}", "/health", "/health/{**rest}", "/swagger", "/swagger/{**rest}", "blog/{slug}" },
            facts.Endpoints);
        Assert.Equal(new[] { "{controller=Home}/{action=Index}/{id?}" }, facts.ConventionalRoutes);
        Assert.Equal("Content", facts.PagesRoot);
        Assert.False(facts.HasUnknownRoutes);

        Assert.Equal("/app", CSharpSiteFacts.Read("app.UsePathBase(\"/app\");", "Program.cs").PathBase);

        // reviewed: a request handler mapped with Map is one endpoint, not a branch; a file path is no URL; https and www
        // redirects and conditional middleware serve no path of their own; a conventional route of any form means the
        // default route is not assumed
        var narrow = CSharpSiteFacts.Read("""
            app.Map("/ping", () => "pong");
            app.Map("/old", (IApplicationBuilder b) => b.UseStaticFiles());
            builder.Services.AddDbContext<Db>(o => o.UseSqlite("/data/app.db"));
            app.UseRewriter(new RewriteOptions().AddRedirectToHttpsPermanent().AddRedirectToNonWww());
            app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseCors());
            app.MapControllerRoute("blog", "blog/{action=List}/{id?}", defaults: new { controller = "Blog" });
            """, "Program.cs");
        Assert.Equal(new[] { "/ping", "/old", "/old/{**rest}", "blog/{action=List}/{id?}" }, narrow.Endpoints);
        Assert.False(narrow.HasUnknownRoutes);
        Assert.True(narrow.MapsConventionalRoutes);
        // controllers mapped by their attribute routes only (held-out review 108), as ASP.NET Core 2's UseMvc() without
        // routes maps them
        Assert.True(CSharpSiteFacts.Read("app.MapControllers();", "Program.cs").MapsAttributeRoutes);
        Assert.True(CSharpSiteFacts.Read("app.UseEndpoints(e => { e.MapControllers(); e.MapRazorPages(); });", "Startup.cs").MapsAttributeRoutes);
        Assert.True(CSharpSiteFacts.Read("app.UseMvc();", "Startup.cs").MapsAttributeRoutes);
        Assert.False(CSharpSiteFacts.Read("app.UseMvc(routes => routes.MapRoute(\"default\", \"{controller=Home}/{action=Index}\"));", "Startup.cs").MapsAttributeRoutes);
        Assert.False(CSharpSiteFacts.Read("app.MapRazorPages();", "Program.cs").MapsAttributeRoutes);
        Assert.True(CSharpSiteFacts.Read("app.UseRewriter(new RewriteOptions().AddRedirect(\"^old/(.*)\", \"new/$1\"));", "Program.cs").HasUnknownRoutes);
        Assert.True(CSharpSiteFacts.Read("app.UseRewriter(options);", "Program.cs").HasUnknownRoutes);

        // an action's HTTP method attributes: [HttpPost] alone does not answer a link's GET (held-out review 86)
        var verbs = CSharpSiteFacts.Read("""
            public class ManageController : Controller
            {
                public IActionResult Index() => View();
                [HttpPost] public IActionResult GenerateRecoveryCodes() => View();
                [HttpPost, ValidateAntiForgeryToken] public IActionResult Disable() => View();
                [HttpGet, HttpPost] public IActionResult Both() => View();
                [Route("manage/any")] [HttpPost] public IActionResult Routed() => View();
                [Route("manage/all")] public IActionResult AnyMethod() => View();
                [AcceptVerbs("GET", "POST")] public IActionResult Accepts() => View();
                [AcceptVerbs(HttpVerbs.Post)] public ActionResult Mvc5() => View();
                [AcceptVerbs(HttpVerbs.Get | HttpVerbs.Post)] public ActionResult Mvc5Both() => View();
                [AcceptVerbs("Post", Route = "target")] public IActionResult Target() => View();
                [AcceptVerbs(Verbs.Allowed)] public IActionResult Unknown() => View();
                [AcceptVerbs] public IActionResult NoMethods() => View();
            }
            """, "ManageController.cs");
        Assert.Equal(
            new[] { "Index:True", "GenerateRecoveryCodes:False", "Disable:False", "Both:True", "Routed:False", "AnyMethod:True", "Accepts:True", "Mvc5:False", "Mvc5Both:True", "Target:False", "Unknown:True", "NoMethods:True" },
            verbs.Controllers.Single().Actions.Select(a => a.Name + ":" + a.AnswersGet));

        // a parameter transformer on the controller or action (ASP.NET Core's slugify example) serves URLs not read here;
        // ASP.NET Core's own constraints change nothing (held-out review 86)
        var slugified = CSharpSiteFacts.Read("app.MapControllerRoute(\"default\", \"{controller:slugify=Home}/{action:slugify=Index}/{id?}\");", "Program.cs");
        Assert.True(slugified.HasUnknownRoutes);
        Assert.Empty(slugified.ConventionalRoutes);
        var constrained = CSharpSiteFacts.Read("app.MapControllerRoute(\"areas\", \"{area:exists}/{controller:alpha:minlength(2)=Home}/{action=Index}/{id:int?}\");", "Program.cs");
        Assert.False(constrained.HasUnknownRoutes);
        Assert.Equal(new[] { "{area:exists}/{controller:alpha:minlength(2)=Home}/{action=Index}/{id:int?}" }, constrained.ConventionalRoutes);

        // an area's conventional route (held-out review 41), and ASP.NET Core 2's in UseMvc; an area in a variable is unknown
        var areas = CSharpSiteFacts.Read("""
            app.MapAreaControllerRoute(name: "admin", areaName: "Admin", pattern: "Admin/{controller=Dashboard}/{action=Index}/{id?}");
            app.MapAreaControllerRoute("hr", "HR", "people/{action=List}", new { controller = "Employees" });
            app.UseMvc(routes => routes.MapAreaRoute("shop", "Shop", "shop/{controller=Home}/{action=Index}"));
            """, "Program.cs");
        Assert.Equal(
            new[] { new LinkHygiene.Site.AreaRouteFact("Admin", "Admin/{controller=Dashboard}/{action=Index}/{id?}"), new LinkHygiene.Site.AreaRouteFact("Shop", "shop/{controller=Home}/{action=Index}") },
            areas.AreaRoutes);
        Assert.Equal(new[] { "people/{action=List}" }, areas.Endpoints);
        Assert.Empty(areas.ConventionalRoutes);
        Assert.True(areas.MapsConventionalRoutes);
        Assert.False(areas.HasUnknownRoutes);
        Assert.True(CSharpSiteFacts.Read("app.MapAreaControllerRoute(\"admin\", AreaNames.Admin, \"admin/{controller}/{action}\");", "Program.cs").HasUnknownRoutes);

        // a class's string constants, which components' [Route(DocRoutes.Button)] name (held-out review 46), and those
        // built of others (held-out review 101: Demos_URL_Buttons = Demos_URL_Prefix + "/buttons"), resolved when named
        var constants = CSharpSiteFacts.Read("public static class DocRoutes { public const string Button = \"/docs/components/button\"; public const string Computed = Prefix + (\"/x\" + nameof(Button)); public const string Prefix = Routes.Root + \"/docs\"; public const string Called = Prefix.ToLower(); public const string Interpolated = $\"{Prefix}/y\"; public static readonly string NotConst = \"/y\"; }\npublic static class Routes { public const string Root = \"/app\"; }", "DocRoutes.cs");
        Assert.Equal(new[] { "DocRoutes.Button", "DocRoutes.Computed", "DocRoutes.Prefix", "Routes.Root" }, constants.StringConstants.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("/docs/components/button", constants.StringConstants["DocRoutes.Button"]);
        Assert.True(constants.TryResolveConstant(LinkHygiene.Site.CodeFacts.ConstantKey("DocRoutes.Computed")!, out var computed));
        Assert.Equal("/app/docs/xButton", computed);

        // a Blazor Server app's fallback to its host page is known by the page; any other fallback may serve anything
        var host = CSharpSiteFacts.Read("app.UseEndpoints(endpoints => { endpoints.MapBlazorHub(); endpoints.MapFallbackToPage(\"/_Host\"); });", "Startup.cs");
        Assert.Equal(new[] { "/_Host" }, host.FallbackPages);
        Assert.False(host.HasFallback);
        Assert.True(CSharpSiteFacts.Read("app.MapFallbackToPage(\"/Index\", \"/_Host\");", "Program.cs").HasFallback);
        // the same with a catch-all pattern (held-out review 86: dotnet-podcasts' server)
        var pattern = CSharpSiteFacts.Read("app.MapFallbackToPage(\"{*path:nonfile}\", \"/_Host\");", "Program.cs");
        Assert.Equal(new[] { "/_Host" }, pattern.FallbackPages);
        Assert.False(pattern.HasFallback);
        Assert.True(CSharpSiteFacts.Read("app.MapFallbackToFile(\"index.html\");", "Program.cs").HasFallback);
        // the JavaScriptServices templates' SPA fallback route, and a library's endpoint for every path (held-out review 125);
        // an app's own extension for its endpoints is not one
        Assert.True(CSharpSiteFacts.Read("app.UseMvc(routes => { routes.MapRoute(\"default\", \"{controller=Home}/{action=Index}/{id?}\"); routes.MapSpaFallbackRoute(\"spa-fallback\", new { controller = \"Home\", action = \"Index\" }); });", "Startup.cs").HasFallback);
        Assert.True(CSharpSiteFacts.Read("app.UseEndpoints(endpoints => { endpoints.MapControllers(); endpoints.MapToVueCliProxy(\"{*path}\", new SpaOptions { SourcePath = \"ClientApp\" }, npmScript: \"serve\"); });", "Startup.cs").HasFallback);
        Assert.False(CSharpSiteFacts.Read("app.MapTodosApi(\"/todos\");", "Program.cs").HasFallback);

        // an application-model convention may set any controller's area and routes, and an attribute deriving from
        // AreaAttribute names one this reader does not follow; Entity Framework's model conventions are no routes (code
        // review); nameof names a constant
        Assert.True(CSharpSiteFacts.Read("builder.Services.AddControllersWithViews(o => o.Conventions.Add(new AreaFromNamespaceConvention()));", "Program.cs").HasUnknownRoutes);
        Assert.True(CSharpSiteFacts.Read("public class AdminAreaAttribute : AreaAttribute { public AdminAreaAttribute() : base(\"Admin\") { } }", "AdminAreaAttribute.cs").HasUnknownRoutes);
        // ... and so may a page route model convention, the documented culture-prefix recipe (held-out review 53)
        Assert.True(CSharpSiteFacts.Read("builder.Services.AddRazorPages(o => o.Conventions.AddFolderRouteModelConvention(\"/\", model => { foreach (var s in model.Selectors) s.AttributeRouteModel.Template = \"{culture}/\" + s.AttributeRouteModel.Template; }));", "Program.cs").HasUnknownRoutes);
        Assert.True(CSharpSiteFacts.Read("services.AddRazorPages().AddRazorPagesOptions(o => o.Conventions.AddPageRouteModelConvention(\"/Privacy\", m => { }));", "Startup.cs").HasUnknownRoutes);
        Assert.False(CSharpSiteFacts.Read("builder.Services.AddRazorPages(o => o.Conventions.AddFolderApplicationModelConvention(\"/Admin\", m => m.Filters.Add(new AuthorizeFilter())));", "Program.cs").HasUnknownRoutes);
        Assert.False(CSharpSiteFacts.Read("public class ShopContext : DbContext { protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) { configurationBuilder.Conventions.Add(_ => new MaxStringLengthConvention()); } }", "ShopContext.cs").HasUnknownRoutes);
        Assert.False(CSharpSiteFacts.Read("public class ShopContext : DbContext { protected override void OnModelCreating(DbModelBuilder modelBuilder) { modelBuilder.Conventions.Add(new PluralizingTableNameConvention()); } }", "ShopContext.cs").HasUnknownRoutes);
        var named = CSharpSiteFacts.Read("[Area(nameof(ApplicationRoles.Admin))] public class DashboardController : Controller { public IActionResult Index() => View(); }", "DashboardController.cs");
        Assert.False(named.HasUnknownRoutes);
        Assert.Equal("Admin", Assert.Single(named.Controllers).Area);

        // IdentityServer's discovery document and protocol endpoints; OpenIddict's endpoint URIs
        var identity = CSharpSiteFacts.Read("""
            app.UseIdentityServer();
            builder.Services.AddOpenIddict().AddServer(options => options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token", "/oauth/token"));
            """, "Program.cs");
        Assert.Equal(new[] { "/.well-known", "/.well-known/{**rest}", "/connect", "/connect/{**rest}", "connect/token", "/oauth/token", "connect/authorize" }, identity.Endpoints);

        // what the reader cannot follow makes unmatched paths undecidable: a hub's path in a constant, rewriting rules
        Assert.True(CSharpSiteFacts.Read("app.MapHub<ChatHub>(Hubs.Chat);", "Program.cs").HasUnknownRoutes);
        Assert.True(CSharpSiteFacts.Read("app.UseRewriter(new RewriteOptions().AddRedirect(\"^old$\", \"new\"));", "Program.cs").HasUnknownRoutes);
        Assert.True(CSharpSiteFacts.Read("builder.Services.AddRazorPages(o => o.RootDirectory = Paths.Root);", "Program.cs").HasUnknownRoutes);
    }

    // Held-out review 76: an MVC 5 app's route table has no route until code fills it, and this reader models none of
    // that code (AttributeRouting's MapAttributeRoutes, routes.Add(new Route(...)) in a helper, Stack Exchange's scanner)
    [Theory]
    [InlineData("protected void Application_Start() { RouteTable.Routes.MapAttributeRoutes(); }", true)]
    [InlineData("protected void Application_Start() { RouteConfig.Register(System.Web.Routing.RouteTable.Routes); }", true)]
    [InlineData("protected void Application_Start() { StackRouteAttribute.MapDecoratedRoutes(RouteTable.Routes); }", true)]
    [InlineData("protected void Application_Start() { AreaRegistration.RegisterAllAreas(); }", false)]
    public void AnMvc5RouteTableFilledByCodeLeavesRoutesUnknown(string method, bool unknown) =>
        Assert.Equal(unknown, CSharpSiteFacts.Read("using System.Web;\nusing System.Web.Routing;\n\nnamespace App\n{\n    public class GlobalApplication : HttpApplication\n    {\n        " + method + "\n    }\n}\n", "Global.asax.cs").HasUnknownRoutes);

    // Held-out review of Blazor apps: a Blazor Web App's .Client project links to pages of the server project that hosts
    // it; `dotnet new blazor -int Auto` writes it with the BlazorWebAssembly SDK and StaticWebAssetProjectMode Default.
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\"><PropertyGroup><NoDefaultLaunchSettingsFile>true</NoDefaultLaunchSettingsFile><StaticWebAssetProjectMode>Default</StaticWebAssetProjectMode></PropertyGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Razor\"><PropertyGroup><StaticWebAssetProjectMode>Default</StaticWebAssetProjectMode></PropertyGroup></Project>", false)]
    public void AHostedWebAssemblyClientIsKnownFromItsProjectFile(string projectFile, bool hosted) => Assert.Equal(hosted, SiteLoader.IsHostedClient(projectFile));

    // A Blazor Web App with WebAssembly or Auto interactivity, as `dotnet new blazor -int Auto` writes it: the server's
    // NavMenu links to the .Client project's Counter, whose assembly the router and the endpoints name by a type
    // (held-out review 49: every such link was undecidable, and a link under a server page's first segment was reported).
    // The command line reads the referenced project's components as the build reads the assembly; a router that names a
    // type of no project it references still leaves them undecided.
    [Theory]
    [InlineData("typeof(Client._Imports).Assembly", "typeof(App.Client._Imports).Assembly", true)]
    [InlineData("typeof(Client.Pages.Counter).Assembly", null, true)]
    [InlineData(null, "typeof(global::App.Client._Imports).Assembly", true)]
    [InlineData(null, "typeof(ClientImports).Assembly", true)]
    [InlineData("typeof(Client._Imports).Assembly", "typeof(Shared.Marker).Assembly", null)]
    [InlineData("typeof(Other._Imports).Assembly", null, false)]
    // a class of the client's C# (held-out review 76: typeof(Client.Program).Assembly hid every typo of the client)
    [InlineData(null, "typeof(App.Client.Program).Assembly", true)]
    [InlineData("typeof(Client.Services.AuthService).Assembly", null, true)]
    [InlineData(null, "typeof(App.Client.Services.Missing).Assembly", false)]
    // (code review) declared after an attribute; and typeof(Program) is the server's own, not the client's Program
    [InlineData("typeof(Client.Marker).Assembly", null, true)]
    [InlineData(null, "typeof(Program).Assembly", false)]
    // ... and on one line with a file-scoped namespace (held-out review 101)
    [InlineData(null, "typeof(App.Client.OneLine).Assembly", true)]
    public void AServerReadsThePagesOfTheClientProjectItsRouterNames(string? routerAssembly, string? endpointAssembly, bool? read)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\App.Client\\App.Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("App/Program.cs", "using ClientImports = App.Client._Imports;\nvar app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorComponents<App.Components.App>()\n    .AddInteractiveWebAssemblyRenderMode()"
            + (endpointAssembly is null ? string.Empty : $"\n    .AddAdditionalAssemblies({endpointAssembly})") + ";\napp.Run();\n");
        folder.Write("App/Components/Routes.razor", "<Router AppAssembly=\"typeof(Program).Assembly\"" + (routerAssembly is null ? string.Empty : $" AdditionalAssemblies=\"new[] {{ {routerAssembly} }}\"") + ">\n</Router>\n");
        folder.Write("App/Components/Pages/Weather.razor", "@page \"/weather\"\n<h1>Weather</h1>\n");
        folder.Write("App/Components/Layout/NavMenu.razor", "<NavLink href=\"counter\">Counter</NavLink>\n<NavLink href=\"countr\">Typo</NavLink>\n<NavLink href=\"weather/details\">Details</NavLink>\n<NavLink href=\"weather\">Weather</NavLink>\n");
        folder.Write("App.Client/App.Client.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\">\n  <PropertyGroup>\n    <StaticWebAssetProjectMode>Default</StaticWebAssetProjectMode>\n  </PropertyGroup>\n</Project>\n");
        folder.Write("App.Client/_Imports.razor", "@using Microsoft.AspNetCore.Components.Web\n");
        folder.Write("App.Client/Pages/Counter.razor", "@page \"/counter\"\n@rendermode InteractiveAuto\n<h1>Counter</h1>\n");
        folder.Write("App.Client/Pages/WeatherDetails.razor", "@page \"/weather/details\"\n<h1>Details</h1>\n");
        folder.Write("App.Client/Program.cs", "using Microsoft.AspNetCore.Components.WebAssembly.Hosting;\n\nnamespace App.Client;\n\npublic class Program\n{\n    public static async Task Main(string[] args) => await WebAssemblyHostBuilder.CreateDefault(args).Build().RunAsync();\n}\n");
        folder.Write("App.Client/Services/AuthService.cs", "namespace App.Client.Services\n{\n    internal sealed class AuthService\n    {\n    }\n}\n");
        folder.Write("App.Client/Marker.cs", "using System.Diagnostics.CodeAnalysis;\n\nnamespace App.Client;\n\n[ExcludeFromCodeCoverage] public static class Marker { }\n");
        folder.Write("App.Client/OneLine.cs", "namespace App.Client; public class OneLine {}\n");

        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        if (read == true)
        {
            Assert.Contains("App/Components/Layout/NavMenu.razor(2,16): warning LH030: Link to 'countr' matches no page, action, endpoint or file (nearest: 'counter')", run.Output);
            Assert.Contains("Internal links: 4 links checked, 3 resolved, 1 broken, 0 undecidable.", run.Output);

            // beside a reference that cannot be read (held-out review 49: a .Core project not there), the client's pages
            // are still read; the typo may be the other's
            folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\App.Client\\App.Client.csproj\" />\n    <ProjectReference Include=\"..\\App.Core\\App.Core.csproj\" />\n  </ItemGroup>\n</Project>\n");
            Assert.Contains("Internal links: 4 links checked, 3 resolved, 0 broken, 1 undecidable: 1 a path that a referenced library may serve.", Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress").Output);
        }
        else
        {
            // one assembly read beside one not: the client's pages resolve, the typo may be the other's
            Assert.DoesNotContain("LH030", run.Output);
            Assert.Contains(read == false ? "Internal links: 4 links checked, 1 resolved, 0 broken, 3 undecidable: 3 a path that a referenced library may serve." : "Internal links: 4 links checked, 3 resolved, 0 broken, 1 undecidable: 1 a path that a referenced library may serve.", run.Output);
        }
    }

    // `dotnet new blazor -int Auto --all-interactive` puts the NavMenu and the pages in the .Client project, whose links
    // also go to the server's pages (Account/Login, Error). The command line and the language server find the server beside
    // the client that references it and ask it about any path the client's own pages do not match: a typo of either
    // side's page is reported, with the nearest as written. Two projects referencing the client: which serves it is not
    // known, and such paths stay undecidable.
    [Fact]
    public void AHostedClientsLinksAreCheckedAgainstTheServerBesideItThatReferencesIt()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\App.Client\\App.Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorComponents<App.Components.App>()\n    .AddInteractiveWebAssemblyRenderMode()\n    .AddAdditionalAssemblies(typeof(App.Client._Imports).Assembly);\napp.Run();\n");
        folder.Write("App/Components/Pages/Error.razor", "@page \"/Error\"\n<h1>Error</h1>\n");
        folder.Write("App/Components/Account/Pages/Login.razor", "@page \"/Account/Login\"\n<h1>Log in</h1>\n");
        folder.Write("App.Client/App.Client.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\">\n  <PropertyGroup>\n    <StaticWebAssetProjectMode>Default</StaticWebAssetProjectMode>\n  </PropertyGroup>\n</Project>\n");
        folder.Write("App.Client/_Imports.razor", "@using Microsoft.AspNetCore.Components.Web\n");
        folder.Write("App.Client/Pages/Counter.razor", "@page \"/counter\"\n<h1>Counter</h1>\n");
        folder.Write("App.Client/Layout/NavMenu.razor", "<NavLink href=\"counter\">Counter</NavLink>\n<NavLink href=\"countr\">Typo</NavLink>\n<NavLink href=\"Account/Login\">Log in</NavLink>\n<NavLink href=\"Account/Logn\">Typo</NavLink>\n<NavLink href=\"/Error\">Error</NavLink>\n");

        var run = Tool.Run(folder.Path, "App.Client", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("App.Client/Layout/NavMenu.razor(2,16): warning LH030: Link to 'countr' matches no page, action, endpoint or file (nearest: 'counter')", run.Output);
        Assert.Contains("App.Client/Layout/NavMenu.razor(4,16): warning LH030: Link to 'Account/Logn' matches no page, action, endpoint or file (nearest: 'Account/Login')", run.Output);
        Assert.Contains("Internal links: 5 links checked, 3 resolved, 2 broken, 0 undecidable.", run.Output);

        // a test project or a library that references the client serves nothing (code review); the server's <base href>
        // is the base of the client's relative links, and a '~/' is told as written
        folder.Write("App.Client.Tests/App.Client.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>\n  <ItemGroup>\n    <FrameworkReference Include=\"Microsoft.AspNetCore.App\" />\n    <PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"17.0.0\" />\n    <ProjectReference Include=\"..\\App.Client\\App.Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("Widgets/Widgets.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Razor\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\App.Client\\App.Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("App/Components/App.razor", "<!DOCTYPE html>\n<html><head><base href=\"/app/\" /></head><body><Routes /></body></html>\n");
        folder.Write("App.Client/Layout/Footer.razor", "<NavLink href=\"~/counter\">Count</NavLink>\n<NavLink href=\"/app/Error\">Error</NavLink>\n");
        var underBase = Tool.Run(folder.Path, "App.Client", "--fail-on", "none", "--no-progress");
        Assert.Contains("App.Client/Layout/NavMenu.razor(2,16): warning LH030: Link to 'countr' matches no page, action, endpoint or file (nearest: 'counter')", underBase.Output);
        Assert.Contains("App.Client/Layout/NavMenu.razor(4,16): warning LH030: Link to 'Account/Logn' matches no page, action, endpoint or file (nearest: 'Account/Login')", underBase.Output);
        Assert.Contains("App.Client/Layout/Footer.razor(1,16): warning LH030: Link to '~/counter' matches no page, action, endpoint or file: only MVC views and Razor Pages read '~/' as the app's root, and here it is a folder named '~'", underBase.Output);
        Assert.Contains("Internal links: 7 links checked, 3 resolved, 3 broken, 1 undecidable: 1 a path outside the app's base path (its <base href>).", underBase.Output);

        folder.Write("Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"../App.Client/App.Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        var twoServers = Tool.Run(folder.Path, "App.Client", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("LH030", twoServers.Output);
        Assert.Contains("Internal links: 7 links checked, 1 resolved, 0 broken, 6 undecidable: 6 a path the server project that hosts this WebAssembly client may serve.", twoServers.Output);
    }

    // A static site's root-relative links were all undecidable. Scanned from a repository's top, the docs/ folder that
    // holds GitHub Pages' CNAME is served at the custom domain's root: its root-relative links are checked from there; a
    // page outside it is where it was. A repository named owner.github.io is a user site, served at its host's root.
    [Fact]
    public void AStaticSitesFolderWithACnameIsServedAtAHostsRoot()
    {
        using var folder = new TempFolder();
        folder.Write("repo/docs/CNAME", "docs.example.org\n");
        folder.Write("repo/docs/index.html", "<a href=\"/guide\">Guide</a> <a href=\"/gide.html\">Typo</a> <a href=\"/img/logo.png\">Logo</a>");
        folder.Write("repo/docs/guide.html", "<h1>Guide</h1>");
        folder.Write("repo/docs/img/logo.png", "png");
        folder.Write("repo/readme.html", "<a href=\"/guide.html\">Guide</a>");
        var repo = Tool.Run(folder.Path, "repo", "--fail-on", "none", "--no-progress");
        Assert.Contains("repo/docs/index.html(1,37): warning LH030: Link to '/gide.html' matches no file of the site (nearest: '/guide.html')", repo.Output);
        Assert.Contains("Internal links: 4 links checked, 2 resolved, 1 broken, 1 undecidable: 1 a root-relative link in a static site (where it is served is not known: a CNAME or robots.txt at its top would say it is a host's root).", repo.Output);

        folder.Write("me.github.io/index.html", "<a href=\"/about\">About</a> <a href=\"/abuot.html\">Typo</a>");
        folder.Write("me.github.io/about.html", "<h1>About</h1>");
        var userSite = Tool.Run(Path.Combine(folder.Path, "me.github.io"), ".", "--fail-on", "none", "--no-progress");
        Assert.Contains("index.html(1,37): warning LH030: Link to '/abuot.html' matches no file of the site (nearest: '/about.html')", userSite.Output);
        Assert.Contains("Internal links: 2 links checked, 1 resolved, 1 broken, 0 undecidable.", userSite.Output);
    }

    // A page named alone (a pre-commit hook names the changed pages) was checked as a site of its own folder: its links
    // to ../ and to the site's root were undecidable, so the hook passed what a scan of the repository failed. It is
    // checked in the site around it: its Git repository's top, else the nearest folder above with a CNAME or a .nojekyll.
    [Theory]
    [InlineData("CNAME", "docs.example.org\n")]
    [InlineData(".nojekyll", "")]
    [InlineData(".git/HEAD", "ref: refs/heads/main\n")]
    [InlineData(".git", "gitdir: ../.git/worktrees/site\n")]
    public void APageNamedAloneIsCheckedInTheSiteAroundIt(string marker, string text)
    {
        using var folder = new TempFolder();
        folder.Write("site/index.html", "<h1 id=\"top\">Home</h1>");
        folder.Write("site/guide/page.html", "<a href=\"../index.html#top\">Home</a> <a href=\"../missing.html\">Missing</a> <a href=\"../index.html#nope\">Nope</a> <a href=\"other.html\">Other</a>");
        folder.Write("site/guide/other.html", "<h1>Other</h1>");
        var alone = Tool.Run(Path.Combine(folder.Path, "site", "guide"), "page.html", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("LH03", alone.Output);
        Assert.Contains("Internal links: 4 links checked, 1 resolved, 0 broken, 3 undecidable: 3 a path above the site's root.", alone.Output);

        folder.Write("site/" + marker, text);
        var whole = Tool.Run(Path.Combine(folder.Path, "site"), ".", "--fail-on", "none", "--no-progress");
        var expected = InternalLinkFindings(whole.Output);
        Assert.Equal(2, expected.Count);
        Assert.StartsWith("page.html(1,47): warning LH030: Link to '../missing.html' matches no file of the site", expected[0]);
        Assert.StartsWith("page.html(1,85): warning LH031: Link to '../index.html#nope'", expected[1]);
        Assert.Contains("Internal links: 4 links checked, 2 resolved, 2 broken, 0 undecidable.", whole.Output);
        foreach (var run in new[] { Tool.Run(Path.Combine(folder.Path, "site", "guide"), "page.html", "--fail-on", "none", "--no-progress"), Tool.Run(folder.Path, "site/guide/page.html", "--fail-on", "none", "--no-progress") })
        {
            Assert.Equal(expected, InternalLinkFindings(run.Output));
            Assert.Contains("Internal links: 4 links checked, 2 resolved, 2 broken, 0 undecidable.", run.Output);
        }

        static System.Collections.Generic.List<string> InternalLinkFindings(string output) => output.Split('\n')
            .Where(line => line.Contains(": warning LH03", StringComparison.Ordinal))
            .Select(line => line.Substring(line.IndexOf("page.html(", StringComparison.Ordinal)))
            .ToList();
    }

    // Code review 114: the repository's top before a site's own marker inside it (mdBook writes a .nojekyll in every book,
    // and a pre-commit hook's page must be checked as the repository's scan checks it); not across a folder the scan
    // skips, whose files that site does not list; and a folder named stays the site it is.
    [Fact]
    public void TheSiteAroundAPageNamedAloneIsTheRepositorysUnlessAFolderNamedOrSkippedIsBetween()
    {
        using var folder = new TempFolder();
        var repo = folder.Full("repo");
        folder.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        folder.Write("repo/book/.nojekyll", string.Empty);
        var inBook = folder.Write("repo/book/ch1/page.html", "<h1>1</h1>");
        var inModules = folder.Write("repo/node_modules/pkg/docs/a.html", "<h1>a</h1>");
        var other = folder.Write("repo/other/x.html", "<h1>x</h1>");
        var inSite = folder.Write("repo/site/sub/y.html", "<h1>y</h1>");
        var site = Path.Combine(repo, "site");
        var outside = folder.Write("loose/z.html", "<h1>z</h1>");
        folder.Write("loose/CNAME", "z.example\n");
        var elsewhere = folder.Write("plain/w.html", "<h1>w</h1>");

        Assert.Equal(new[] { repo }, SiteLocator.ScanRoots(new[] { inBook }));
        Assert.Equal(new[] { Path.GetDirectoryName(inModules)! }, SiteLocator.ScanRoots(new[] { inModules }));
        Assert.Equal(new[] { site, Path.GetDirectoryName(other)! }, SiteLocator.ScanRoots(new[] { site, other, inSite }));
        Assert.Equal(new[] { folder.Full("loose"), folder.Full("plain") }, SiteLocator.ScanRoots(new[] { outside, elsewhere }));
    }

    // Held-out review 85: the folders the scan leaves out still serve files. A project's wwwroot/lib is listed as the
    // build lists it (a link to a PDF there was "matches no file" from the command line alone); a static site's bin/,
    // obj/ and node_modules/ are not listed, and a link into one is undecidable.
    [Fact]
    public void FilesInFoldersTheScanSkipsAreNotReportedMissing()
    {
        using var folder = new TempFolder();
        folder.Write("site/index.html", "<a href=\"bin/tool.zip\">Download the tool</a> <a href=\"docs/obj/notes.txt\">Notes</a> <a href=\"node_modules/pkg/readme.html#api\">API</a> <a href=\"lib/a.jar\">Library</a> <a href=\"lib/b.jar\">Missing</a>");
        folder.Write("site/bin/tool.zip", "zip");
        folder.Write("site/docs/obj/notes.txt", "notes");
        folder.Write("site/node_modules/pkg/readme.html", "<h2 id=\"api\">API</h2>");
        folder.Write("site/lib/a.jar", "jar");
        var site = Tool.Run(folder.Path, "site", "--fail-on", "none", "--no-progress");
        Assert.Contains("site/index.html(1,177): warning LH030: Link to 'lib/b.jar' matches no file of the site (nearest: 'lib/a.jar')", site.Output);
        Assert.Contains("Internal links: 5 links checked, 1 resolved, 1 broken, 3 undecidable: 3 a file in a folder the scan does not read (bin/, obj/, node_modules/, bower_components/).", site.Output);

        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n</Project>\n");
        folder.Write("App/wwwroot/lib/guide/readme.pdf", "pdf");
        folder.Write("App/wwwroot/lib/guide/.cache/x.pdf", "pdf");
        folder.Write("App/Pages/Index.cshtml", "@page\n<a href=\"/lib/guide/readme.pdf\">Read the guide</a> <a href=\"/lib/guide/raedme.pdf\">Typo</a> <a href=\"/lib/guide/.cache/x.pdf\">Cached</a>\n");
        var app = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Contains("App/Pages/Index.cshtml(2,61): warning LH030: Link to '/lib/guide/raedme.pdf' matches no page, action, endpoint or file (nearest: '/lib/guide/readme.pdf')", app.Output);
        Assert.Contains("Internal links: 3 links checked, 1 resolved, 2 broken, 0 undecidable.", app.Output);
    }

    // Held-out review 86: the "ASP.NET Core hosted" WebAssembly app prerendered by the server (.NET 5-7) renders the
    // client's App, and so its router, from the server's _Host page: the client's pages are the server's, and a link to
    // one from a server page was "matches no page". A component of the server's own is its own router, as before.
    [Fact]
    public void AServerPageThatHostsAClientsAppServesTheClientsPages()
    {
        using var folder = new TempFolder();
        folder.Write("Server/Server.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\Client\\Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("Server/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorPages();\napp.MapFallbackToPage(\"{*path:nonfile}\", \"/_Host\");\napp.Run();\n");
        folder.Write("Server/Pages/_Host.cshtml", "@page\n@namespace Podcast.Client\n<component type=\"typeof(App)\" render-mode=\"WebAssemblyPrerendered\" />\n");
        folder.Write("Server/Pages/Landing.cshtml", "@page \"/welcome\"\n<a href=\"/discover\">Discover podcasts</a>\n<a href=\"/discovr\">Typo</a>\n");
        folder.Write("Client/Client.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\">\n</Project>\n");
        folder.Write("Client/App.razor", "<Router AppAssembly=\"@typeof(App).Assembly\">\n</Router>\n");
        folder.Write("Client/Pages/Discover.razor", "@page \"/discover\"\n<h1>Discover</h1>\n");

        var run = Tool.Run(folder.Path, "Server", "--fail-on", "none", "--no-progress");
        Assert.Contains("Server/Pages/Landing.cshtml(3,10): warning LH030: Link to '/discovr' matches no page, action, endpoint or file (nearest: '/discover')", run.Output);
        Assert.Contains("Internal links: 2 links checked, 1 resolved, 1 broken, 0 undecidable.", run.Output);
        // a root of another name holds the router all the same (third code review: ClientApp)
        folder.Write("Server/Pages/_Host.cshtml", "@page\n@namespace Podcast.Client\n<component type=\"typeof(ClientApp)\" render-mode=\"WebAssemblyPrerendered\" />\n");
        File.Move(Path.Combine(folder.Path, "Client", "App.razor"), Path.Combine(folder.Path, "Client", "ClientApp.razor"));
        var renamed = Tool.Run(folder.Path, "Server", "--fail-on", "none", "--no-progress");
        Assert.Contains("Internal links: 2 links checked, 1 resolved, 1 broken, 0 undecidable.", renamed.Output);
    }

    // Held-out review 66: a Fluent UI app keeps its menu and pages in a Razor class library, which the one server beside
    // it renders and routes to (AdditionalAssemblies); every typo of that menu was "a path the app that uses this library
    // may serve". The command line asks that server, as it does for a hosted client; a library another app or library
    // uses too stays undecided.
    [Fact]
    public void ARazorClassLibraryOneAppBesideItUsesIsCheckedAgainstThatApp()
    {
        using var folder = new TempFolder();
        folder.Write("Demo.Server/Demo.Server.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\Demo.Shared\\Demo.Shared.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("Demo.Server/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorComponents<Demo.Server.App>()\n    .AddAdditionalAssemblies(typeof(Demo.Shared._Imports).Assembly);\napp.Run();\n");
        folder.Write("Demo.Server/Components/Routes.razor", "<Router AppAssembly=\"typeof(Program).Assembly\" AdditionalAssemblies=\"new[] { typeof(Demo.Shared._Imports).Assembly }\">\n</Router>\n");
        folder.Write("Demo.Server/Components/Pages/Error.razor", "@page \"/Error\"\n<h1>Error</h1>\n");
        folder.Write("Demo.Shared/Demo.Shared.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Razor\">\n  <ItemGroup>\n    <PackageReference Include=\"Microsoft.FluentUI.AspNetCore.Components\" Version=\"4.11.0\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("Demo.Shared/_Imports.razor", "@using Microsoft.FluentUI.AspNetCore.Components\n");
        folder.Write("Demo.Shared/Pages/PathBar.razor", "@page \"/pathbar\"\n<h1>Path bar</h1>\n");
        folder.Write("Demo.Shared/Layout/NavMenu.razor", "<FluentNavLink Href=\"pathbar\">Path bar</FluentNavLink>\n<FluentNavLink Href=\"pathbarr\">Typo</FluentNavLink>\n<FluentNavLink Href=\"Error\">Error</FluentNavLink>\n");

        var run = Tool.Run(folder.Path, "Demo.Shared", "--fail-on", "none", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Demo.Shared/Layout/NavMenu.razor(2,22): warning LH030: Link to 'pathbarr' matches no page, action, endpoint or file (nearest: 'pathbar')", run.Output);
        Assert.Contains("Internal links: 3 links checked, 2 resolved, 1 broken, 0 undecidable.", run.Output);

        // a WebAssembly app that uses it too may be where its links go
        folder.Write("Demo.Wasm/Demo.Wasm.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\">\n  <ItemGroup>\n    <ProjectReference Include=\"../Demo.Shared/Demo.Shared.csproj\" />\n  </ItemGroup>\n</Project>\n");
        var twoUsers = Tool.Run(folder.Path, "Demo.Shared", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("LH030", twoUsers.Output);
        Assert.Contains("Internal links: 3 links checked, 1 resolved, 0 broken, 2 undecidable: 2 a path the app that uses this library may serve.", twoUsers.Output);
    }

    // Held-out review 67 (the Blazorise Twitter clone): the pages, App and router are the library's, the host maps its App;
    // a typo of the library's page was told "nothing similar exists", from the host's pages alone.
    [Fact]
    public void ALibrarysTypoIsToldItsOwnNearestPage()
    {
        using var folder = new TempFolder();
        folder.Write("Host/Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup><ProjectReference Include=\"..\\UI\\UI.csproj\" /></ItemGroup>\n</Project>\n");
        folder.Write("Host/Program.cs", "using UI;\nvar app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorComponents<App>().AddInteractiveServerRenderMode();\napp.Run();\n");
        folder.Write("UI/UI.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Razor\">\n  <ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Components.Web\" Version=\"9.0.14\" /></ItemGroup>\n</Project>\n");
        folder.Write("UI/Pages/HomePage.razor", "@page \"/\"\n<a href=\"/profile\">Profile</a>\n<a href=\"/profil\">Typo</a>\n");
        folder.Write("UI/Pages/ProfilePage.razor", "@page \"/profile\"\n<p>Profile</p>\n");
        var run = Tool.Run(folder.Path, "UI", "--fail-on", "none", "--no-progress");
        Assert.Contains("UI/Pages/HomePage.razor(3,10): warning LH030: Link to '/profil' matches no page, action, endpoint or file (nearest: '/profile')", run.Output);
    }

    // The "ASP.NET Core hosted" template of .NET 5-7: Server references Client and serves its own Razor Pages beside it
    // (held-out review 63: the client's link to the server's Privacy page was reported); the client's own typo still is.
    [Fact]
    public void AHostedTemplatesClientLinksToItsServersPages()
    {
        using var folder = new TempFolder();
        folder.Write("Server/Server.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\Client\\Client.csproj\" />\n  </ItemGroup>\n</Project>\n");
        folder.Write("Server/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.UseBlazorFrameworkFiles();\napp.MapRazorPages();\napp.MapFallbackToFile(\"index.html\");\napp.Run();\n");
        folder.Write("Server/Pages/Privacy.cshtml", "@page\n<h1>Privacy</h1>\n");
        folder.Write("Client/Client.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\" />\n");
        folder.Write("Client/Pages/Counter.razor", "@page \"/counter\"\n<h1>Counter</h1>\n");
        folder.Write("Client/Shared/NavMenu.razor", "<NavLink href=\"counter\">Counter</NavLink>\n<NavLink href=\"countr\">Typo</NavLink>\n<NavLink href=\"Privacy\">Privacy</NavLink>\n");
        var run = Tool.Run(folder.Path, "Client", "--fail-on", "none", "--no-progress");
        Assert.Contains("Client/Shared/NavMenu.razor(2,16): warning LH030: Link to 'countr' matches no page, action, endpoint or file (nearest: 'counter')", run.Output);
        Assert.Contains("Internal links: 3 links checked, 2 resolved, 1 broken, 0 undecidable.", run.Output);

        // a path the server serves for another method than GET is told so (held-out review 89: [HttpPut("user/signout")])
        folder.Write("Server/UserController.cs", "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\npublic class UserController : Controller\n{\n    [HttpPut(\"user/signout\")]\n    public IActionResult SignOut() => Ok();\n}\n");
        folder.Write("Client/Shared/LoginDisplay.razor", "<a href=\"user/signout\">Sign out</a>\n");
        var put = Tool.Run(folder.Path, "Client", "--fail-on", "none", "--no-progress");
        Assert.Contains("Client/Shared/LoginDisplay.razor(1,10): warning LH030: Link to 'user/signout' names action 'SignOut', which UserController does not answer with GET, the method a link sends (a script that sends its method reaches it, or a form when it is POST)", put.Output);
        File.Delete(folder.Full("Server/UserController.cs"));
        File.Delete(folder.Full("Client/Shared/LoginDisplay.razor"));

        // a server whose routes the sources do not spell out (held-out review 77: eShopOnWeb's route convention) may serve
        // what the client links to
        folder.Write("Server/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllersWithViews(options => options.Conventions.Add(new RouteTokenTransformerConvention(new Slugify())));\nvar app = builder.Build();\napp.UseBlazorFrameworkFiles();\napp.MapRazorPages();\napp.MapFallbackToFile(\"index.html\");\napp.Run();\n");
        var unknown = Tool.Run(folder.Path, "Client", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("LH030", unknown.Output);
        Assert.Contains("Internal links: 3 links checked, 2 resolved, 0 broken, 1 undecidable: 1 the app registers routes or static files the sources do not spell out.", unknown.Output);

        // nor by static files it serves under a path of its own (second code review)
        folder.Write("Server/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.UseBlazorFrameworkFiles();\napp.UseStaticFiles(new StaticFileOptions { RequestPath = \"/files\", FileProvider = Provider() });\napp.MapRazorPages();\napp.MapFallbackToFile(\"index.html\");\napp.Run();\n");
        var files = Tool.Run(folder.Path, "Client", "--fail-on", "none", "--no-progress");
        Assert.DoesNotContain("LH030", files.Output);
        Assert.Contains("Internal links: 3 links checked, 2 resolved, 0 broken, 1 undecidable: 1 the app registers routes or static files the sources do not spell out.", files.Output);
    }

    // Held-out review 77 (allReady): [Area(AreaNames.Admin)] names its area by a constant of the project's, read as its value;
    // a link that forgets the area is told where the controller is. A constant the sources do not hold leaves it undecided.
    [Theory]
    [InlineData("public static class AreaNames { public const string Admin = \"Admin\"; }", "App/Views/Home/Index.cshtml(1,32): warning LH030: Link to 'Index' names controller 'Site', which does not exist (it is in area 'Admin')")]
    [InlineData("", null)]
    // (second code review) two classes of that name give it two values: which one is not known
    [InlineData("namespace App { public static class AreaNames { public const string Admin = \"Admin\"; } }\nnamespace App.Security { public static class AreaNames { public const string Admin = \"Administrator\"; } }", null)]
    public void AnAreaNamedByAConstantIsThatConstantsValue(string constants, string? expected)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapControllerRoute(\"areas\", \"{area:exists}/{controller=Home}/{action=Index}/{id?}\");\napp.MapDefaultControllerRoute();\napp.Run();\n");
        folder.Write("App/AreaNames.cs", constants);
        folder.Write("App/Areas/Admin/Controllers/SiteController.cs", "using Microsoft.AspNetCore.Mvc;\n\nnamespace App.Areas.Admin.Controllers\n{\n    [Area(AreaNames.Admin)]\n    public class SiteController : Controller\n    {\n        public IActionResult Index() => View();\n    }\n}\n");
        folder.Write("App/Controllers/HomeController.cs", "using Microsoft.AspNetCore.Mvc;\n\nnamespace App.Controllers\n{\n    public class HomeController : Controller\n    {\n        public IActionResult Index() => View();\n    }\n}\n");
        folder.Write("App/Views/Home/Index.cshtml", "<a asp-area=\"\" asp-controller=\"Site\" asp-action=\"Index\">Sites</a>\n<a asp-area=\"Admin\" asp-controller=\"Site\" asp-action=\"Index\">Sites</a>\n");
        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        if (expected is null)
        {
            Assert.DoesNotContain("LH030", run.Output);
            Assert.DoesNotContain("2 resolved", run.Output);
        }
        else
        {
            Assert.Contains(expected, run.Output);
            Assert.Contains("Internal links: 2 links checked, 1 resolved, 1 broken, 0 undecidable.", run.Output);
        }
    }

    // Held-out review 89: a component written in C# or with a code-behind names its route by a constant of the project's
    // ([Route(AppRoutes.Stats)]), read as its value, as a .razor file's @attribute is; one the sources do not hold leaves
    // unmatched paths undecided.
    [Theory]
    [InlineData("namespace App { public static class AppRoutes { public const string Stats = \"/stats\"; } }", "Internal links: 2 links checked, 1 resolved, 1 broken, 0 undecidable.")]
    [InlineData("", "Internal links: 2 links checked, 0 resolved, 0 broken, 2 undecidable: 2 the app registers routes or static files the sources do not spell out.")]
    public void AComponentsRouteNamedByAConstantIsThatConstantsValue(string constants, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        folder.Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapRazorComponents<App.Components.App>();\napp.Run();\n");
        folder.Write("App/AppRoutes.cs", constants);
        folder.Write("App/Components/App.razor", "<!DOCTYPE html>\n<html><head><base href=\"/\" /></head><body><Routes /></body></html>\n");
        folder.Write("App/Components/Pages/Stats.razor", "<h1>Stats</h1>\n");
        folder.Write("App/Components/Pages/Stats.razor.cs", "using Microsoft.AspNetCore.Components;\n\nnamespace App.Components.Pages;\n\n[Route(AppRoutes.Stats)]\npublic partial class Stats { }\n");
        folder.Write("App/Components/Pages/Home.razor", "@page \"/\"\n<a href=\"stats\">Stats</a>\n<a href=\"statz\">Typo</a>\n");
        var run = Tool.Run(folder.Path, "App", "--fail-on", "none", "--no-progress");
        Assert.Contains(expected, run.Output);
        Assert.Equal(constants.Length > 0, run.Output.Contains("App/Components/Pages/Home.razor(3,10): warning LH030: Link to 'statz' matches no page, action, endpoint or file (nearest: 'stats')", StringComparison.Ordinal));
    }

    // A Blazor WebAssembly app: its SDK, or Blazor 3.2's Web SDK on netstandard2.1 with the WebAssembly package (code
    // review: the build read it from the references, the command line did not); a server referencing the package is none
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\" />", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>netstandard2.1</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Components.WebAssembly\" Version=\"3.2.1\" /></ItemGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Components.WebAssembly.Server\" Version=\"8.0.0\" /></ItemGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Components.WebAssembly\" Version=\"8.0.0\" /></ItemGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /><PackageReference Include=\"Microsoft.AspNetCore.Components.WebAssembly\" Version=\"8.0.0\" /></ItemGroup></Project>", false)]
    public void AWebAssemblyAppIsKnownFromItsProjectFile(string projectFile, bool webAssembly) => Assert.Equal(webAssembly, SiteLoader.IsWebAssemblyApp(projectFile));

    // Held-out review of Blazor apps: a Razor class library's pages and links are served by the app that uses it
    // (blazorboilerplate's modules link to each other's pages)
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Razor\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Razor\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\"></Project>", false)]
    [InlineData("<Project ToolsVersion=\"15.0\"><PropertyGroup><OutputType>Library</OutputType><ProjectTypeGuids>{349c5851-65df-11da-9384-00065b846f21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}</ProjectTypeGuids></PropertyGroup><ItemGroup><Reference Include=\"System.Web.Mvc\" /></ItemGroup></Project>", false)]
    public void ALibraryIsKnownFromItsProjectFile(string projectFile, bool library) => Assert.Equal(library, SiteLoader.IsLibrary(projectFile));

    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Razor\" />", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\" />", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup></Project>", true)]
    [InlineData("<Project><ItemGroup><Reference Include=\"System.Web.Mvc, Version=5.2.9.0\" /><Reference Include=\"System.Web.WebPages\" /></ItemGroup></Project>", true)]
    // a Statiq site, RazorLight e-mails in a console app, an ASP.NET Web Pages site (held-out review 32)
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup><ItemGroup><PackageReference Include=\"Statiq.Web\" Version=\"1.0.0\" /></ItemGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"RazorLight\" Version=\"2.3.1\" /></ItemGroup></Project>", false)]
    [InlineData("<Project><ItemGroup><Reference Include=\"System.Web.WebPages\" /><Reference Include=\"System.Web.Helpers\" /></ItemGroup></Project>", false)]
    public void AnAspNetProjectIsKnownFromItsProjectFile(string projectFile, bool aspNet) => Assert.Equal(aspNet, SiteLoader.IsAspNet(projectFile));

    // Razor files no ASP.NET serves: only when no code project in the folder builds on ASP.NET, read with the
    // Directory.Build.props MSBuild imports into it (code review: a FrameworkReference there made a web app "no ASP.NET").
    [Fact]
    public void RazorFilesNoAspNetServesAreKnownFromEveryProjectAndItsImports()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lh-aspnet-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            bool RendersItself(string subfolder, params (string Name, string Text)[] files)
            {
                var app = Path.Combine(folder, subfolder);
                Directory.CreateDirectory(app);
                foreach (var (name, text) in files)
                {
                    File.WriteAllText(Path.Combine(app, name), text);
                }

                return SiteLoader.Load(app, isProject: true).Code.RendersRazorItself;
            }

            const string Plain = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>";
            Assert.True(RendersItself("statiq", ("Site.csproj", Plain)));
            Assert.False(RendersItself("props", ("Directory.Build.props", "<Project><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup></Project>"), ("Site.csproj", Plain)));
            Assert.False(RendersItself("two", ("Site.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />"), ("Tools.csproj", Plain)));
            Assert.False(RendersItself("mvc5", ("Site.csproj", "<Project Sdk=\"MSBuild.Sdk.SystemWeb\"><ItemGroup><PackageReference Include=\"Microsoft.AspNet.Mvc\" Version=\"5.2.9\" /></ItemGroup></Project>")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Held-out review of .NET app views: Identity's default UI reaches the web project through a project it references
    // (Clean Architecture's Infrastructure references the package), as it reaches the build's compilation
    // (held-out review 48: the Azure AD UIs of ASP.NET Core 2's templates serve areas too, and a package named *.UI, as
    // Razor class libraries that serve pages are named, may serve any)
    [Theory]
    // (an area's package serves that area only: the app's other paths stay decided; held-out review 63)
    [InlineData("<PackageReference Include=\"Microsoft.AspNetCore.Identity.UI\" Version=\"8.0.0\" />", "Identity", false)]
    [InlineData("<PackageReference Include=\"Microsoft.Identity.Web.UI\" Version=\"3.15.1\" />", "MicrosoftIdentity", false)]
    [InlineData("<PackageReference Version=\"2.2.0\" Include=\"Microsoft.AspNetCore.Authentication.AzureADB2C.UI\" />", "AzureADB2C", false)]
    [InlineData("<PackageReference Include=\"Contoso.AdminPanel.UI\" Version=\"1.0.0\" />", null, true)]
    [InlineData("<PackageReference Include=\"Microsoft.EntityFrameworkCore\" Version=\"8.0.0\" />", null, false)]
    public void IdentityUiThroughAReferencedProjectIsKnown(string infrastructureReference, string? area, bool external)
    {
        // (the build reads assemblies, not packages: a project or assembly named *.UI is no sign of pages, and a package
        // with pages is an application part there; only the table's packages add their areas; code review)
        var fromAssembly = new LinkHygiene.Site.CodeFacts();
        fromAssembly.AddReferencedAssembly("Shop.UI");
        Assert.False(fromAssembly.HasExternalRouteSources);
        fromAssembly.AddReferencedAssembly("Microsoft.AspNetCore.Authentication.AzureAD.UI");
        Assert.Equal(new[] { "AzureAD" }, fromAssembly.ExternalAreas);

        var root = Path.Combine(Path.GetTempPath(), "lh-identity-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "Web"));
            Directory.CreateDirectory(Path.Combine(root, "Infrastructure"));
            Directory.CreateDirectory(Path.Combine(root, "Domain"));
            File.WriteAllText(Path.Combine(root, "Web", "Web.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"..\\Infrastructure\\Infrastructure.csproj\" /></ItemGroup></Project>");
            File.WriteAllText(Path.Combine(root, "Infrastructure", "Infrastructure.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>" + infrastructureReference + "<ProjectReference Include=\"../Domain/Domain.csproj\" /></ItemGroup></Project>");
            File.WriteAllText(Path.Combine(root, "Domain", "Domain.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../Infrastructure/Infrastructure.csproj\" /></ItemGroup></Project>");
            var code = SiteLoader.Load(Path.Combine(root, "Web"), isProject: true).Code;
            Assert.Equal(area is null ? Array.Empty<string>() : new[] { area }, code.ExternalAreas);
            Assert.Equal(external, code.HasExternalRouteSources);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Held-out review of static-site themes: the source tree of a site generator, whose pages are built from Markdown
    [Theory]
    [InlineData("hugo.toml", null, "Hugo")]
    [InlineData("config.toml", "layouts", "Hugo")]
    [InlineData("hugo.yaml", null, "Hugo")]
    [InlineData("theme.toml", "layouts", "Hugo")] // held-out review 106: a Hugo theme's repository, its exampleSite/ apart
    [InlineData("theme.toml", null, null)]
    [InlineData("config.toml", "templates", "Zola")]
    [InlineData("_config.yml", null, "Jekyll")]
    [InlineData("eleventy.config.js", null, "Eleventy")]
    [InlineData("mkdocs.yml", null, "MkDocs")]
    [InlineData("pelicanconf.py", null, "Pelican")]
    [InlineData("config.wyam", "input", "Wyam")] // held-out review 75: a Wyam site has no project file
    [InlineData("config.wyam", null, null)] // (code review) Cake.Recipe keeps one at a repository's top, beside any pages
    [InlineData("config.wyam", "Input", "Wyam")] // held-out review 95: Wyam.Web's own folder, named on Windows
    [InlineData("settings.yml", "input", "Statiq")] // held-out review 95: a Statiq theme's repository (CleanBlog)
    [InlineData("themesettings.yml", "Input", "Statiq")]
    [InlineData("settings.yml", null, null)]
    [InlineData("config.toml", null, null)]
    [InlineData("index.html", null, null)]
    public void ASiteGeneratorsSourceTreeIsKnownByItsConfiguration(string file, string? folder, string? generator)
    {
        var root = Path.Combine(Path.GetTempPath(), "lh-generator-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(root);
            File.WriteAllText(Path.Combine(root, file), string.Empty);
            if (folder is not null)
            {
                Directory.CreateDirectory(Path.Combine(root, folder));
            }

            Assert.Equal(generator, SiteLoader.SiteGeneratorOf(root));
            Assert.Equal(generator, SiteLoader.Load(root, isProject: false).Code.SiteGenerator);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Held-out review of Blazor libraries: [Route] on a component's code-behind, which need not name ComponentBase; the
    // same partial class elsewhere, or a controller's routes in a code-behind-like name, are not a component's
    [Theory]
    [InlineData("Pages/About.razor.cs", "[Route(\"/about\")] public partial class About { }", "/about")]
    [InlineData("Pages/About.razor.cs", "[Route(\"/about\")] public partial class About : MyComponentBase { }", "/about")]
    [InlineData("Pages/About.cs", "[Route(\"/about\")] public partial class About { }", null)]
    [InlineData("Pages/About.razor.cs", "[Route(\"/about\")] public class About { }", null)]
    public void ACodeBehindsRouteIsAComponents(string path, string code, string? route) =>
        Assert.Equal(route, CSharpSiteFacts.Read(code, path).Components.SingleOrDefault()?.RouteTemplates.Single());

    // Held-out review of .NET CMS views: the Program.cs of a site that a content management system serves
    [Theory]
    [InlineData("builder.CreateUmbracoBuilder().AddBackOffice().AddWebsite().Build();\napp.UseUmbraco().WithEndpoints(u => u.UseWebsiteEndpoints());", "Umbraco")]
    [InlineData("builder.AddPiranha(options => options.UseCms());\napp.UsePiranha(options => options.UseManager());", "Piranha")]
    [InlineData("builder.Services.AddOrchardCms();\napp.UseOrchardCore();", "Orchard Core")]
    // Orchard Core's modular MVC app without the CMS (dotnet new ocmvc; code review)
    [InlineData("builder.Services.AddOrchardCore().AddMvc();\napp.UseOrchardCore();", null)]
    [InlineData("builder.Services.AddKentico();\napp.UseKentico();", "Kentico Xperience")]
    // (code review) not an app's own AddCms(): Optimizely's packages tell
    [InlineData("builder.Services.AddCrm(cfg).AddCms(cfg);", null)]
    [InlineData("builder.Services.AddRazorPages();\napp.MapRazorPages();", null)]
    public void AContentManagementSystemIsKnownFromItsSetUp(string program, string? system) =>
        Assert.Equal(system, CSharpSiteFacts.Read(program, "Program.cs").ContentSystem);

    // (held-out review 96) options that only say how the web root's files are sent serve no other files; a path, a file
    // provider or options from elsewhere may
    [Theory]
    [InlineData("app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = ctx => ctx.Context.Response.Headers.Append(\"Cache-Control\", \"max-age=600\") });", false)]
    [InlineData("app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = provider, ServeUnknownFileTypes = true });", false)]
    [InlineData("app.UseStaticFiles(new StaticFileOptions());\napp.UseFileServer(new FileServerOptions { EnableDirectoryBrowsing = false });", false)]
    [InlineData("app.UseStaticFiles(new() { OnPrepareResponse = SetCache });", false)]
    [InlineData("app.UseStaticFiles(\"/assets\");", true)]
    [InlineData("app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCache, FileProvider = new PhysicalFileProvider(path) });", true)]
    [InlineData("app.UseFileServer(new FileServerOptions { FileProvider = provider, RequestPath = \"/docs\" });", true)]
    [InlineData("app.UseStaticFiles(options);", true)]
    // (code review) a directory browser answers a folder's URL with its listing; options built from shared ones
    [InlineData("app.UseFileServer(new FileServerOptions { EnableDirectoryBrowsing = true });", true)]
    [InlineData("app.UseDirectoryBrowser();", true)]
    [InlineData("app.UseStaticFiles(new StaticFileOptions(shared) { OnPrepareResponse = SetCache });", true)]
    [InlineData("app.UseFileServer(new FileServerOptions { StaticFileOptions = { FileProvider = provider } });", true)]
    [InlineData("app.UseFileServer(new FileServerOptions { StaticFileOptions = { OnPrepareResponse = SetCache }, EnableDefaultFiles = true });", false)]
    public void StaticFileOptionsServeOtherFilesOnlyWithAPathOrAProvider(string program, bool custom) =>
        Assert.Equal(custom, CSharpSiteFacts.Read(program, "Program.cs").HasCustomStaticFiles);

    [Fact]
    public void StaticFilesFromElsewhereAndIdentityUiMakeScopesUndecidable()
    {
        var facts = CSharpSiteFacts.Read("""
            app.UseStaticFiles(new StaticFileOptions { RequestPath = "/files" });
            builder.Services.AddDefaultIdentity<IdentityUser>();
            """, "Program.cs");
        Assert.True(facts.HasCustomStaticFiles);
        Assert.False(facts.HasExternalRouteSources); // the Identity area only (held-out review 63)
        Assert.Equal(new[] { "Identity" }, facts.ExternalAreas);
        Assert.True(facts.HasCode);

        // Microsoft.Identity.Web.UI's account pages (dotnet new webapp --auth SingleOrg): the MicrosoftIdentity area.
        var microsoftIdentity = CSharpSiteFacts.Read("builder.Services.AddRazorPages().AddMicrosoftIdentityUI();", "Program.cs");
        Assert.False(microsoftIdentity.HasExternalRouteSources);
        Assert.Equal(new[] { "MicrosoftIdentity" }, microsoftIdentity.ExternalAreas);

        // The Web SDK's generated MvcApplicationPartsAssemblyInfo.cs: a referenced assembly's controllers and pages, which
        // may serve paths until the build, which reads the assembly, says it declares none (held-out review 92).
        var parts = CSharpSiteFacts.Read("[assembly: Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartAttribute(\"Shop.Web\")]", "MvcApplicationPartsAssemblyInfo.cs");
        Assert.Equal(new[] { "Shop.Web" }, parts.ApplicationParts);
        Assert.Empty(parts.ExternalAreas);
        // the build's list names Identity UI too: its area, as the command line reads the package (held-out review 63)
        var identityPart = CSharpSiteFacts.Read("[assembly: Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartAttribute(\"Microsoft.AspNetCore.Identity.UI\")]", "MvcApplicationPartsAssemblyInfo.cs");
        Assert.False(identityPart.HasExternalRouteSources);
        Assert.Equal(new[] { "Identity" }, identityPart.ExternalAreas);
        Assert.False(CSharpSiteFacts.Read("[assembly: System.Reflection.AssemblyTitle(\"Shop\")]", "AssemblyInfo.cs").HasExternalRouteSources);
    }

    // ASP.NET MVC 5's and Web API 2's route tables, and ASP.NET Core 2's UseMvc routes, are not modelled: unmatched paths
    // are undecidable (held-out review 33: RaccoonBlog's RouteConfig mapped tags/{slug} and rss, and links to both were
    // reported broken, as were an area's and a [RoutePrefix] controller's paths).
    [Theory]
    [InlineData("public class RouteConfig { public static void RegisterRoutes(RouteCollection routes) { routes.MapRoute(\"Tags\", \"tags/{slug}\", new { controller = \"Posts\", action = \"Tag\" }); } }")]
    [InlineData("public class AdminAreaRegistration : AreaRegistration { public override void RegisterArea(AreaRegistrationContext context) { context.MapRoute(\"Admin_default\", \"admin/{controller}/{action}/{id}\"); } }")]
    [InlineData("public static class WebApiConfig { public static void Register(HttpConfiguration config) { config.MapHttpAttributeRoutes(); } }")]
    [InlineData("[RoutePrefix(\"blog\")] public class BlogController : Controller { [Route(\"archive\")] public ActionResult Archive() => View(); }")]
    [InlineData("public class Startup { public void Configure(IApplicationBuilder app) { app.UseMvc(routes => routes.MapRoute(\"default\", ComputeTemplate())); } }")]
    public void RouteTablesThatAreNotModelledLeaveRoutesUnknown(string code)
    {
        Assert.True(CSharpSiteFacts.Read(code, "RouteConfig.cs").HasUnknownRoutes);
        Assert.False(CSharpSiteFacts.Read("public class BlogController : Controller { [Route(\"archive\")] public ActionResult Archive() => View(); }", "BlogController.cs").HasUnknownRoutes);
    }

    // ASP.NET Core 2's UseMvc(routes => routes.MapRoute(name, template, defaults)) is MapControllerRoute's route (code
    // review: the literal default route's broken links went undecided)
    [Theory]
    [InlineData("app.UseMvc(routes => routes.MapRoute(\"default\", \"{controller=Home}/{action=Index}/{id?}\"));", "{controller=Home}/{action=Index}/{id?}")]
    [InlineData("app.UseMvc(routes => { routes.MapRoute(name: \"blog\", template: \"blog/{action}\", defaults: new { controller = \"Blog\" }); });", "blog/{action}")]
    public void AspNetCore2RoutesAreConventionalRoutes(string code, string pattern)
    {
        var facts = CSharpSiteFacts.Read(code, "Startup.cs");
        Assert.False(facts.HasUnknownRoutes);
        Assert.True(facts.MapsConventionalRoutes);
        Assert.Contains(pattern, facts.ConventionalRoutes.Concat(facts.Endpoints));
    }

    // A defaults object gives every parameter its default, as ASP.NET Core reads it: a culture's too (held-out review 117:
    // "{culture}/{controller=Home}/..." with defaults new { culture = "en" } serves "/", which was reported broken)
    [Theory]
    [InlineData("app.MapControllerRoute(name: \"default\", pattern: \"{culture}/{controller=Home}/{action=Index}/{id?}\", defaults: new { culture = \"en\" }, constraints: new { culture = \"vi|en\" });", "{culture=en}/{controller=Home}/{action=Index}/{id?}")]
    [InlineData("app.MapControllerRoute(\"default\", \"{lang:alpha}/{controller}/{action}/{id?}\", new { lang = \"de\", controller = \"Home\", action = \"Index\" });", "{lang:alpha=de}/{controller=Home}/{action=Index}/{id?}")]
    [InlineData("app.MapControllerRoute(\"paged\", \"{controller=Home}/{action=Index}/{page:int}\", new { page = 1 });", "{controller=Home}/{action=Index}/{page:int=1}")]
    public void ADefaultsObjectGivesEveryParameterItsDefault(string code, string pattern)
    {
        var facts = CSharpSiteFacts.Read(code, "Program.cs");
        Assert.False(facts.HasUnknownRoutes);
        Assert.Contains(pattern, facts.ConventionalRoutes);
    }

    // A project reference to a Razor class library with MVC (or a web project, or one that is not there to read) may
    // serve pages and routes: the SDK makes it an application part (held-out review: ABP's site linked to
    // /Account/Logout, served by its Volo.Abp.Account.Web reference, and it was reported broken). A Razor class library
    // of components only is none, as the build reads it (no [ApplicationPart] for it): a Blazor router routes to its
    // pages only when it names AdditionalAssemblies (held-out review 23: Blazored/Modal's sample linked to five pages
    // that exist nowhere, and all five were undecided). One to a plain class library serves none. A library serves what it
    // declares: controllers, pages, endpoints or middleware its extensions add; services referencing an MVC package
    // (held-out review 92) or components on the framework (review 89) serve no path.
    [Fact]
    public void AReferencedRazorClassLibraryMayServeRoutes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lh-sitefacts-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            const string Controller = "public class AccountController : Microsoft.AspNetCore.Mvc.Controller { public IActionResult Logout() => View(); }";
            const string Page = "@page\n@model LoginModel\n<h1>Sign in</h1>\n";
            const string Endpoints = "public static class Endpoints { public static void MapStatus(this IEndpointRouteBuilder app) => app.MapGet(\"/status\", () => \"ok\"); }";
            const string Service = "using Microsoft.AspNetCore.Mvc;\npublic class MailService { public void Send() { } }";
            foreach (var (name, sdk, items, file, text) in new[]
            {
                ("Ui", "Microsoft.NET.Sdk.Razor", "<ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup>", "Areas/Identity/Pages/Login.cshtml", Page),
                ("UiComponents", "Microsoft.NET.Sdk.Razor", "<ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup>", "Shared/Card.razor", "<div class=\"card\">@ChildContent</div>"),
                ("UiMvc", "Microsoft.NET.Sdk.Razor", "<PropertyGroup><AddRazorSupportForMvc>true</AddRazorSupportForMvc></PropertyGroup>", "Controllers/AccountController.cs", Controller),
                ("Components", "Microsoft.NET.Sdk.Razor", "<ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Components.Web\" Version=\"8.0.0\" /></ItemGroup>", "Pages/Account.cshtml", Page),
                ("Imported/Components", "Microsoft.NET.Sdk.Razor", string.Empty, "Endpoints.cs", Endpoints),
                ("Imported/Orders", "Microsoft.NET.Sdk", string.Empty, "OrdersController.cs", Controller),
                ("Imported/Domain", "Microsoft.NET.Sdk", string.Empty, "Order.cs", Service),
                ("Chained/Components", "Microsoft.NET.Sdk.Razor", null, "Pages/Login.cshtml", Page),
                ("Infrastructure", "Microsoft.NET.Sdk", "<ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Mvc.Versioning\" Version=\"5.1.0\" /></ItemGroup>", "MailService.cs", Service),
                // (code review) controllers named by a base class of the library's own; endpoints added to a group; a part
                // the app references through another project
                ("Api", "Microsoft.NET.Sdk", "<ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup>", "Orders.cs", "public abstract class ApiBase : ControllerBase { }\npublic class Orders : ApiBase { }"),
                ("Groups", "Microsoft.NET.Sdk", "<ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup>", "Status.cs", "public static class Status { public static void MapStatusApi(this RouteGroupBuilder group) => group.MapGet(\"/ping\", () => \"ok\"); }"),
                ("Modules", "Microsoft.NET.Sdk", "<ItemGroup><PackageReference Include=\"Microsoft.AspNetCore.Mvc.Versioning\" Version=\"5.1.0\" /><ProjectReference Include=\"..\\UiMvc\\UiMvc.csproj\" /></ItemGroup>", "MailService.cs", Service),
                // ... but not one through another that is not there to read (a sibling repository's, held-out review 92)
                ("Application", "Microsoft.NET.Sdk", "<ItemGroup><ProjectReference Include=\"..\\..\\Results\\Results.csproj\" /></ItemGroup>", "Service.cs", Service),
                ("Core", "Microsoft.NET.Sdk", string.Empty, "AccountController.cs", Controller),
            })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, name, file))!);
                File.WriteAllText(Path.Combine(folder, name, file), text);
                File.WriteAllText(
                    Path.Combine(folder, name, Path.GetFileName(name) + ".csproj"),
                    items is null ? $"<Project Sdk=\"{sdk}\" />" : $"<Project Sdk=\"{sdk}\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>{items}</Project>");
            }

            // MVC support for every project below a folder, from the Directory.Build.props MSBuild imports
            File.WriteAllText(Path.Combine(folder, "Imported", "Directory.Build.props"), "<Project><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup></Project>");
            // ...or from one it imports in turn, which is not read: unknown, so a possible application part (code review)
            File.WriteAllText(Path.Combine(folder, "Chained", "Directory.Build.props"), "<Project><Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" /></Project>");

            bool External(string references)
            {
                var app = Path.Combine(folder, "App");
                Directory.CreateDirectory(app);
                File.WriteAllText(Path.Combine(app, "App.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup>{references}</ItemGroup></Project>");
                return SiteLoader.Load(app, isProject: true).Code.HasExternalRouteSources;
            }

            // (a library that serves pages and nothing else is read: held-out review 142)
            Assert.False(External("<ProjectReference Include=\"..\\Ui\\Ui.csproj\" />"));
            Assert.Equal("/Areas/Identity/Pages/Login.cshtml", Assert.Single(SiteLoader.Load(Path.Combine(folder, "App"), isProject: true).LibraryPageFiles).Identifier);
            Assert.False(External("<ProjectReference Include=\"..\\UiComponents\\UiComponents.csproj\" />"));
            Assert.False(External("<ProjectReference Include=\"..\\Infrastructure\\Infrastructure.csproj\" />"));
            Assert.True(External("<ProjectReference Include=\"..\\Api\\Api.csproj\" />"));
            Assert.True(External("<ProjectReference Include=\"..\\Groups\\Groups.csproj\" />"));
            Assert.True(External("<ProjectReference Include=\"..\\Modules\\Modules.csproj\" />"));
            Assert.False(External("<ProjectReference Include=\"..\\Application\\Application.csproj\" />"));
            Assert.True(External("<ProjectReference Include=\"..\\UiMvc\\UiMvc.csproj\" />"));
            Assert.False(External("<ProjectReference Include=\"..\\Components\\Components.csproj\" />"));
            Assert.True(External("<ProjectReference Include=\"..\\Imported\\Components\\Components.csproj\" />"));
            // (a part through an import not read, whose pages, all it serves, are read: the app's)
            Assert.False(External("<ProjectReference Include=\"..\\Chained\\Components\\Components.csproj\" />"));
            Assert.Equal("/Pages/Login.cshtml", Assert.Single(SiteLoader.Load(Path.Combine(folder, "App"), isProject: true).LibraryPageFiles).Identifier);
            Assert.True(External("<ProjectReference Include=\"..\\Imported\\Orders\\Orders.csproj\" />"));
            Assert.False(External("<ProjectReference Include=\"..\\Imported\\Domain\\Domain.csproj\" />"));
            Assert.False(External("<ProjectReference Include=\"..\\Core\\Core.csproj\" />"));
            Assert.True(External("<ProjectReference Include=\"..\\Missing\\Missing.csproj\" />"));
            Assert.False(External("<PackageReference Include=\"Serilog\" Version=\"4.0.0\" />"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
