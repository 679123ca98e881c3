using System.Linq;
using LinkHygiene.Workspace.Site;

namespace LinkHygiene.Cli.Tests;

/// <summary>What C# says about URLs, read from syntax alone (the same reader runs in the analyzer, the task, the command line and the language server).</summary>
public sealed class SiteFactsTests
{
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
        Assert.Equal(new[] { "/api/items/{id}", "/v2/orders" }, facts.Endpoints);
        Assert.Equal(new[] { "{controller=Home}/{action=Index}/{id?}" }, facts.ConventionalRoutes);
        Assert.True(facts.HasFallback);
        Assert.True(facts.HasUnknownRoutes); // MapGet(Routes.Home): not a literal
        Assert.False(facts.HasCustomStaticFiles);
    }

    [Fact]
    public void StaticFilesFromElsewhereAndIdentityUiMakeScopesUndecidable()
    {
        var facts = CSharpSiteFacts.Read("""
            app.UseStaticFiles(new StaticFileOptions { RequestPath = "/files" });
            builder.Services.AddDefaultIdentity<IdentityUser>();
            """, "Program.cs");
        Assert.True(facts.HasCustomStaticFiles);
        Assert.True(facts.HasExternalRouteSources);
        Assert.True(facts.HasCode);
    }
}
