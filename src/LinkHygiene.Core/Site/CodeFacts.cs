using System;
using System.Collections.Generic;
using System.Linq;

namespace LinkHygiene.Site;

/// <summary>An MVC action: its name (after <c>[ActionName]</c>) and its attribute route templates.</summary>
/// <param name="Name">The action name.</param>
/// <param name="RouteTemplates">Templates of <c>[Route]</c>/<c>[HttpGet("...")]</c> on the action (tokens not yet replaced).</param>
/// <param name="HasAttributeRoute">Whether the action has any route attribute (a bare <c>[HttpGet]</c> counts: it joins the controller's route).</param>
public sealed record ActionFact(string Name, IReadOnlyList<string> RouteTemplates, bool HasAttributeRoute)
{
    /// <summary>Its attributes that may be the project's own route attributes (<see cref="AttributeUse"/>).</summary>
    public IReadOnlyList<AttributeUse> OtherAttributes { get; init; } = Array.Empty<AttributeUse>();

    /// <summary>Whether it has a route attribute of the project's own whose template the sources do not spell out.</summary>
    public bool HasUnknownRoute { get; init; }

    /// <summary>
    /// Whether it answers a GET request, as following a link sends: false when HTTP method attributes restrict it to
    /// others (<c>[HttpPost]</c> alone, <c>[AcceptVerbs("POST")]</c>).
    /// </summary>
    public bool AnswersGet { get; init; } = true;
}

/// <summary>
/// An attribute on a controller or an action that is none of ASP.NET Core's own route attributes: it may be the project's
/// own subclass of one (<see cref="RouteAttributeFact"/>), which only the whole project's sources tell.
/// </summary>
/// <param name="Name">Its name, without <c>Attribute</c>.</param>
/// <param name="Arguments">Its constructor's arguments, in order (not the properties it sets, <c>Order = 1</c>).</param>
public sealed record AttributeUse(string Name, IReadOnlyList<AttributeArgument> Arguments);

/// <summary>An argument of an attribute's constructor.</summary>
/// <param name="Name">The parameter it names (<c>template: "redis"</c>), or null when it is given by position.</param>
/// <param name="Literal">Its value when it is a string literal, else null.</param>
public sealed record AttributeArgument(string? Name, string? Literal);

/// <summary>
/// A project's own subclass of <c>RouteAttribute</c> or of an <c>[HttpGet]</c>-like attribute (held-out review 70:
/// Opserver's <c>class DefaultRoute : RouteAttribute</c> routes every module's landing action, <c>[DefaultRoute("redis")]</c>).
/// </summary>
/// <param name="Name">Its name, without <c>Attribute</c>.</param>
/// <param name="IsRoute">Whether it is a <c>[Route]</c>, which a controller may carry too, not an action's <c>[HttpGet]</c>.</param>
/// <param name="Constructors">What each of its constructors gives its base as the template.</param>
public sealed record RouteAttributeFact(string Name, bool IsRoute, IReadOnlyList<RouteConstructor> Constructors)
{
    /// <summary>
    /// The template a use of it gives (null: none, so no attribute route), or whether the sources do not tell: a use
    /// whose argument is no literal, no constructor taking its arguments, or one that passes something else on.
    /// </summary>
    public string? Template(AttributeUse use, out bool unknown)
    {
        unknown = false;
        if (Constructors.Count == 0 && use.Arguments.Count == 0)
        {
            return null; // the implicit constructor: base()
        }

        foreach (var constructor in Constructors)
        {
            if (constructor.Bind(use) is not { } values)
            {
                continue;
            }

            if (!constructor.IsKnown)
            {
                break;
            }

            if (constructor.PassedParameter < 0)
            {
                return constructor.Template;
            }

            // the argument given for the parameter it passes on, or that parameter's default
            var value = values[constructor.PassedParameter];
            var template = value is null ? constructor.Parameters[constructor.PassedParameter].Default : value.Literal;
            if (template is not null)
            {
                return template;
            }

            break;
        }

        unknown = true;
        return null;
    }
}

/// <summary>A constructor of a route attribute subclass, and what it gives its base constructor as the template.</summary>
/// <param name="Parameters">Its parameters.</param>
/// <param name="Template">The literal it passes (<c>: base("[controller]")</c>), or null.</param>
/// <param name="PassedParameter">The index of its own parameter it passes on (<c>: base(template)</c>), or -1.</param>
/// <param name="IsKnown">Whether it passes one of those, or nothing (<c>: base()</c>).</param>
public sealed record RouteConstructor(IReadOnlyList<RouteParameter> Parameters, string? Template, int PassedParameter, bool IsKnown)
{
    /// <summary>
    /// The argument a use gives each parameter (null: its default), as C# binds them: by position, then by name, every
    /// parameter left out optional; null when this constructor does not take those arguments.
    /// </summary>
    internal AttributeArgument?[]? Bind(AttributeUse use)
    {
        var values = new AttributeArgument?[Parameters.Count];
        var bound = new bool[Parameters.Count];
        var position = 0;
        foreach (var argument in use.Arguments)
        {
            var index = argument.Name is null ? position++ : IndexOf(argument.Name);
            if (index < 0 || index >= Parameters.Count || bound[index])
            {
                return null;
            }

            values[index] = argument;
            bound[index] = true;
        }

        for (var i = 0; i < Parameters.Count; i++)
        {
            if (!bound[i] && !Parameters[i].IsOptional)
            {
                return null;
            }
        }

        return values;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (Parameters[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A parameter of a route attribute's constructor.</summary>
/// <param name="Name">Its name.</param>
/// <param name="IsOptional">Whether it has a default value.</param>
/// <param name="Default">Its default value when that is a string literal, else null.</param>
public sealed record RouteParameter(string Name, bool IsOptional, string? Default);

/// <summary>An MVC controller.</summary>
/// <param name="Name">The name without the Controller suffix.</param>
/// <param name="Area">The <c>[Area]</c>, if any.</param>
/// <param name="RouteTemplates">Templates of <c>[Route]</c> on the controller.</param>
/// <param name="Actions">Its public actions (not <c>[NonAction]</c>).</param>
public sealed record ControllerFact(string Name, string? Area, IReadOnlyList<string> RouteTemplates, IReadOnlyList<ActionFact> Actions, string? BaseName = null)
{
    /// <summary>
    /// Whether it may have actions the sources do not show: it derives from a class they do not hold (a library's base
    /// controller), or it answers any action name (MVC 5's <c>HandleUnknownAction</c> override).
    /// </summary>
    public bool HasUnknownActions { get; init; }

    /// <summary>Its attributes that may be the project's own route attributes (<see cref="AttributeUse"/>).</summary>
    public IReadOnlyList<AttributeUse> OtherAttributes { get; init; } = Array.Empty<AttributeUse>();

    /// <summary>Whether it, or a class it derives from, has a route attribute of the project's own whose template the sources do not spell out.</summary>
    public bool HasUnknownRoute { get; init; }

    /// <summary>For a part of a partial class, its full name, which its other parts share (they are one controller); else null.</summary>
    public string? PartialKey { get; init; }

    /// <summary>
    /// Whether it is an open generic class (<c>AccountController&lt;TUser, TKey&gt;</c>), which ASP.NET Core takes for a
    /// controller only when a feature provider of the app's closes it (<see cref="CodeFacts.HasControllerFeatureProviders"/>).
    /// </summary>
    public bool IsOpenGeneric { get; init; }
}

/// <summary>
/// A class controllers may derive from (<c>abstract class ApiControllerBase : ControllerBase</c>), with the
/// <c>[Area]</c> and <c>[Route]</c> it passes on to them (ASP.NET Core reads both attributes with inheritance), and its
/// public actions, which they inherit (held-out review 52: an MVC 5 app's shared BaseController).
/// </summary>
public sealed record ControllerBaseFact(string ClassName, string? BaseName, string? Area, IReadOnlyList<string> RouteTemplates)
{
    /// <summary>Its public actions.</summary>
    public IReadOnlyList<ActionFact> Actions { get; init; } = Array.Empty<ActionFact>();

    /// <summary>Whether it answers any action name (MVC 5's <c>HandleUnknownAction</c> override).</summary>
    public bool HandlesUnknownActions { get; init; }

    /// <summary>Its attributes that may be the project's own route attributes (<see cref="AttributeUse"/>).</summary>
    public IReadOnlyList<AttributeUse> OtherAttributes { get; init; } = Array.Empty<AttributeUse>();
}

/// <summary>A page model class and its named handlers (<c>OnPostDelete</c> → "Delete").</summary>
public sealed record PageModelFact(string ClassName, IReadOnlyCollection<string> Handlers)
{
    private static readonly System.Text.RegularExpressions.Regex HandlerMethod = new(@"^On(Get|Post|Put|Delete|Patch)(?<name>[A-Z]\w*?)?(Async)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a method's name makes it a Razor page handler (<c>OnGet</c>, <c>OnPostExportAsync</c>), and the handler's
    /// name (<c>Export</c>; empty for the page's own <c>OnGet</c>), as ASP.NET Core names it; null for any other name.
    /// </summary>
    public static string? HandlerOf(string methodName) =>
        HandlerMethod.Match(methodName) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>The namespace it is declared in (<c>Shop.Pages.Products</c>), or null in the global namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>The C# file that declares it (a page's code-behind is the page's path with <c>.cs</c>).</summary>
    public string? SourcePath { get; init; }

    /// <summary>The class it derives from (<c>PageModel</c>, a project's <c>BasePageModel</c>), or null when this part does not say.</summary>
    public string? BaseName { get; init; }
}

/// <summary>
/// A Blazor component class with <c>[Route]</c> attributes (components written in C#); a template written as a constant is
/// <see cref="CodeFacts.ConstantReference"/> and its name.
/// </summary>
public sealed record ComponentRouteFact(string ClassName, IReadOnlyList<string> RouteTemplates);

/// <summary>A conventional route of one area (<c>MapAreaControllerRoute</c>): the area its controllers must have, and its pattern.</summary>
public sealed record AreaRouteFact(string Area, string Pattern);

/// <summary>
/// A Razor page a referenced library serves (<see cref="CodeFacts.LibraryPages"/>), by the path the Razor compiler
/// identifies it with, from the library's project folder (<c>/Areas/MyFeature/Pages/Page1.cshtml</c>), and the route
/// template its <c>@page</c> gives ("" for none; null when it is not known).
/// </summary>
public sealed record LibraryPage(string Identifier, string? RouteTemplate);

/// <summary>
/// The routable components of another assembly, which a Blazor router serves when it names the assembly
/// (<c>AdditionalAssemblies</c>, <c>AddAdditionalAssemblies</c>): a Blazor Web App's <c>.Client</c> project. The front
/// end that can read the assembly tells: the build from its metadata (every <c>[Route]</c>), the command line from the
/// referenced project's components.
/// </summary>
/// <param name="TypeNames">The full names of types it defines, by which a router may name it (<c>typeof(X).Assembly</c>).</param>
/// <param name="Routes">The route templates of its routable components.</param>
/// <param name="HasUnknownRoutes">Whether some route of it is not a literal the front end could read.</param>
public sealed record ComponentAssembly(IReadOnlyCollection<string> TypeNames, IReadOnlyList<string> Routes, bool HasUnknownRoutes)
{
    /// <summary>
    /// Whether the type a router names, as written (<c>Client._Imports</c>, <c>global::App.Client._Imports</c>), is one of
    /// this assembly's: a full name that is, or ends with, the written name (written relative to a namespace it is in).
    /// </summary>
    public bool Defines(string writtenName) => AnyIs(TypeNames, writtenName);

    /// <summary>Whether one of the full type names is the type written (see <see cref="Defines"/>).</summary>
    public static bool AnyIs(IEnumerable<string> typeNames, string writtenName)
    {
        var name = WithoutGlobal(writtenName);
        foreach (var type in typeNames)
        {
            if (type.Length >= name.Length && type.EndsWith(name, StringComparison.Ordinal) && (type.Length == name.Length || type[type.Length - name.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every type whose assembly's routable components a front end should read for a project: those its Blazor routers
    /// and its C# name (<c>AdditionalAssemblies</c>), and the root components its pages host (<c>&lt;component
    /// type="typeof(App)"&gt;</c>), as written.
    /// </summary>
    public static IEnumerable<string> NamedBy(IEnumerable<TemplateFacts> templates, CodeFacts code) =>
        templates.SelectMany(t => t.RouterAssemblyTypes.Concat(t.HostedComponentTypes)).Concat(code.RouterAssemblyTypes);

    /// <summary>A type's name as written without the <c>global::</c> alias before it.</summary>
    public static string WithoutGlobal(string writtenName) =>
        writtenName.StartsWith("global::", StringComparison.Ordinal) ? writtenName.Substring("global::".Length) : writtenName;

    private static readonly System.Text.RegularExpressions.Regex AssemblyOfType = new(
        @"typeof\s*\(\s*(?<type>(?:global::)?[\p{L}_][\w.]*)\s*\)\s*\.\s*Assembly\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // What may surround them in an array or collection: new[] { ... }, new Assembly[] { ... }, [ ... ], new List<Assembly> { ... }.
    private static readonly System.Text.RegularExpressions.Regex AssemblyListSyntax = new(
        @"\s|\bnew\b|[\[\]{}(),;@<>]|(?:global::)?(?:System\.Reflection\.)?\bAssembly\b|(?:System\.Collections\.Generic\.)?\bList\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The types an expression names assemblies by, as written (<c>new[] { typeof(Client._Imports).Assembly }</c>:
    /// <c>Client._Imports</c>), or null when it holds anything else (<c>Program.AdditionalAssemblies</c>), whose assemblies
    /// are unknown.
    /// </summary>
    public static List<string>? TypesNamedIn(string expression)
    {
        var types = new List<string>();
        foreach (System.Text.RegularExpressions.Match match in AssemblyOfType.Matches(expression ?? string.Empty))
        {
            types.Add(match.Groups["type"].Value);
        }

        var rest = AssemblyListSyntax.Replace(AssemblyOfType.Replace(expression ?? string.Empty, ","), string.Empty);
        return rest.Length == 0 && types.Count > 0 ? types : null;
    }
}

/// <summary>
/// What the C# of a project says about its URLs, read by a front end (the analyzer from the compilation's syntax trees,
/// the task, the command line and the language server by parsing the .cs files with Roslyn's syntax API). Only literal
/// values count; anything computed makes the matching scope undecidable instead.
/// </summary>
public sealed class CodeFacts
{
    /// <summary>Nothing known from C#.</summary>
    public static CodeFacts None { get; } = new();

    /// <summary>Controllers.</summary>
    public List<ControllerFact> Controllers { get; } = new();

    /// <summary>Classes controllers may derive from, with the area and routes they pass on.</summary>
    public List<ControllerBaseFact> ControllerBases { get; } = new();

    /// <summary>The project's own route attributes (<see cref="RouteAttributeFact"/>), which its controllers' <see cref="AttributeUse"/>s may name.</summary>
    public List<RouteAttributeFact> RouteAttributes { get; } = new();

    /// <summary>Page models with handlers.</summary>
    public List<PageModelFact> PageModels { get; } = new();

    /// <summary>Components with <c>[Route]</c>.</summary>
    public List<ComponentRouteFact> Components { get; } = new();

    /// <summary>Literal patterns of minimal-API endpoints (<c>MapGet("/api/items/{id}")</c>, with <c>MapGroup</c> prefixes).</summary>
    public List<string> Endpoints { get; } = new();

    /// <summary>
    /// Literal patterns of minimal-API endpoints that answer one method other than GET, with it (<c>MapPost("/Account/Logout")</c>:
    /// POST): a link, which sends GET, does not reach them.
    /// </summary>
    public List<(string Pattern, string Method)> GetlessEndpoints { get; } = new();

    /// <summary>
    /// Literal patterns of endpoints mapped on a builder a method was given (<c>MapTodos(this RouteGroupBuilder group)</c>),
    /// under a prefix its caller gives (<see cref="ExtensionCalls"/>): the method, the pattern, and the one method other than
    /// GET it answers, or null.
    /// </summary>
    public List<(string Extension, string Pattern, string? Method)> CallerPrefixedEndpoints { get; } = new();

    /// <summary>Calls of methods named <c>Map...</c> that the framework does not have, with the prefix the builder they are called on gives (null: not known).</summary>
    public List<(string Method, string? Prefix)> ExtensionCalls { get; } = new();

    /// <summary>Literal conventional route patterns (<c>MapControllerRoute(pattern: ...)</c>, <c>MapDefaultControllerRoute()</c>).</summary>
    public List<string> ConventionalRoutes { get; } = new();

    /// <summary>
    /// String constants of the project's classes, by <c>Class.Field</c> (a component's <c>[Route(DocRoutes.Button)]</c>,
    /// an <c>[Area(AreaNames.Admin)]</c>): a literal's text, or an expression naming other constants as
    /// <see cref="ConstantExpression"/> keeps it; a name two classes give different values is left out (<see cref="AddStringConstant"/>).
    /// </summary>
    public Dictionary<string, string> StringConstants { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<string> _ambiguousConstants = new(StringComparer.Ordinal);

    /// <summary>
    /// Notes a constant: one whose <c>Class.Field</c> another class of that name gives another value
    /// (<c>App.Constants.Admin</c> and <c>App.Security.Constants.Admin</c>) is not known, rather than either (code review).
    /// </summary>
    public void AddStringConstant(string name, string value)
    {
        if (_ambiguousConstants.Contains(name))
        {
            return;
        }

        if (StringConstants.TryGetValue(name, out var known) && known != value)
        {
            StringConstants.Remove(name);
            _ambiguousConstants.Add(name);
            return;
        }

        StringConstants[name] = value;
    }

    /// <summary>Literal conventional routes of one area (<c>MapAreaControllerRoute("admin", "Admin", "Admin/{controller}/{action}")</c>).</summary>
    public List<AreaRouteFact> AreaRoutes { get; } = new();

    /// <summary>
    /// Whether the project is the WebAssembly client of a Blazor Web App (the BlazorWebAssembly SDK with
    /// <c>StaticWebAssetProjectMode</c> <c>Default</c>): the server project that hosts it serves its own pages beside these,
    /// so a path none of this project's routes match is undecidable.
    /// </summary>
    public bool IsHostedClient { get; set; }

    /// <summary>
    /// Whether the project is a Blazor WebAssembly app (the BlazorWebAssembly SDK; in the build, a reference to
    /// Microsoft.AspNetCore.Components.WebAssembly): it serves files and its own pages, and a path that only a server
    /// answers (Identity's pages, an OpenID Connect endpoint, an API) is one that the server it is published with, or
    /// hosted by, may serve.
    /// </summary>
    public bool IsWebAssembly { get; set; }

    /// <summary>
    /// Whether the project is a library (a Razor class library, or any project whose output is a library): the app that
    /// uses it serves its pages beside the app's own, so a path none of its routes match is undecidable.
    /// </summary>
    public bool IsLibrary { get; set; }

    /// <summary>
    /// Whether the project's Razor files are no ASP.NET pages: it references neither ASP.NET Core's MVC or components nor
    /// MVC 5 (a Statiq or Wyam site generator, a console app rendering e-mails with RazorLight, an ASP.NET Web Pages
    /// site, whose file routing is not modelled). Its Razor files' links are rendered at paths it decides itself.
    /// </summary>
    public bool RendersRazorItself { get; set; }

    /// <summary>
    /// The static-site generator whose source tree the scanned site is (Hugo, Jekyll, Eleventy, MkDocs, Sphinx, Pelican,
    /// Zola; a project referencing Statiq), or null: the pages it builds from Markdown, front matter and data are not files here, so a path no file
    /// matches is undecidable.
    /// </summary>
    public string? SiteGenerator { get; set; }

    /// <summary>
    /// The content management system that serves the app's pages at paths kept in its database (Umbraco, Piranha, Orchard
    /// Core, Kentico Xperience, Cofoundry, Episerver, Sitecore and its rendering host), or null: a path none of the app's routes and files
    /// match may be one of its content pages, so it is undecidable.
    /// </summary>
    public string? ContentSystem { get; set; }

    /// <summary>
    /// Whether the app is Umbraco 9 or later (ASP.NET Core: it references <c>Umbraco.Cms*</c> or sets Umbraco up in its C#),
    /// which routes no content to a path with a file extension; Umbraco 7 and 8 (ASP.NET MVC 5) run from the project's own
    /// folder, whose files the site is not read from.
    /// </summary>
    public bool IsAspNetCoreUmbraco { get; set; }

    /// <summary>The app's literal <c>UsePathBase("/app")</c>: a link may carry it or not.</summary>
    public string? PathBase { get; set; }

    /// <summary>Razor Pages' root folder when the app sets one (<c>RootDirectory = "/Content"</c>: "Content"); null: <c>Pages</c>.</summary>
    public string? PagesRoot { get; set; }

    /// <summary>
    /// The app's own view location formats (<c>o.ViewLocationFormats.Add("/AdminConsole/Views/{1}/{0}.cshtml")</c>, a view
    /// location expander's <c>"/Features/{1}/{0}.cshtml"</c>): a view there belongs to the controller its <c>{1}</c> folder
    /// names (and the area its <c>{2}</c> names).
    /// </summary>
    public List<string> ViewLocationFormats { get; } = new();

    /// <summary>Whether the app maps conventional routes of its own (any <c>MapControllerRoute</c>): then the default route is not assumed.</summary>
    public bool MapsConventionalRoutes { get; set; }

    /// <summary>
    /// Whether the app maps its controllers by their attribute routes (<c>MapControllers()</c>, ASP.NET Core 2's
    /// <c>UseMvc()</c> without routes): without a conventional route of its own, the default route is not assumed either,
    /// and an action without an attribute route is reached by no URL.
    /// </summary>
    public bool MapsAttributeRoutes { get; set; }

    /// <summary>Whether the app maps a fallback (<c>MapFallback*</c>): unmatched paths are then undecidable.</summary>
    public bool HasFallback { get; set; }

    /// <summary>
    /// The pages unmatched paths fall back to (<c>MapFallbackToPage("/_Host")</c>): a fallback, unless the page hosts a
    /// Blazor app's router (<see cref="TemplateFacts.HostsComponents"/>), which answers an unknown path with its "not found"
    /// content: a soft 404, so the link is broken all the same.
    /// </summary>
    public List<string> FallbackPages { get; } = new();

    /// <summary>Whether some route is registered with a value that is not a literal (a constant, a variable): unmatched paths are undecidable.</summary>
    public bool HasUnknownRoutes { get; set; }

    /// <summary>Whether static files are served from somewhere else too (<c>UseStaticFiles</c> with a file provider or request path).</summary>
    public bool HasCustomStaticFiles { get; set; }

    /// <summary>
    /// The feature providers the app creates and adds to MVC's application parts (<c>FeatureProviders.Add(new X())</c>, or a
    /// local created so in the same block), by their class's name; not a variable from elsewhere (MVC's own provider taken
    /// out and put back, in a code review's probe).
    /// </summary>
    public List<string> AddedFeatureProviders { get; } = new();

    /// <summary>The project's classes that provide controllers (<c>IApplicationFeatureProvider&lt;ControllerFeature&gt;</c>, a <c>ControllerFeatureProvider</c>).</summary>
    public HashSet<string> ControllerFeatureProviders { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the app adds a feature provider of controllers (one of <see cref="ControllerFeatureProviders"/>, or one named
    /// <c>...ControllerFeatureProvider</c> but MVC's own), which may make controllers of its open generic classes, or of
    /// any type: a controller name no class has, and a path no route matches, are undecidable.
    /// </summary>
    public bool HasControllerFeatureProviders => AddedFeatureProviders.Any(provider => ControllerFeatureProviders.Contains(provider)
        || (provider.EndsWith("ControllerFeatureProvider", StringComparison.Ordinal) && provider != "ControllerFeatureProvider"));

    /// <summary>Whether pages or routes may come from referenced libraries (Razor class libraries, Identity UI): unknown areas are undecidable.</summary>
    public bool HasExternalRouteSources { get; set; }

    /// <summary>
    /// The assemblies the Web SDK makes application parts of (<c>[assembly: ApplicationPart("Contoso.Infrastructure")]</c>,
    /// which the build compiles): the app serves their controllers and pages. Each may serve paths (as
    /// <see cref="HasExternalRouteSources"/>) until a front end that reads it removes it, as the build does one that
    /// declares no controller, page or endpoint.
    /// </summary>
    public List<string> ApplicationParts { get; } = new();

    /// <summary>
    /// The types whose assemblies' routable components the app's Blazor endpoints serve besides its own
    /// (<c>AddAdditionalAssemblies(typeof(Client._Imports).Assembly)</c>), as written; resolved against
    /// <see cref="ComponentAssemblies"/>.
    /// </summary>
    public List<string> RouterAssemblyTypes { get; } = new();

    /// <summary>The referenced assemblies whose routable components a front end could read (see <see cref="ComponentAssembly"/>).</summary>
    public List<ComponentAssembly> ComponentAssemblies { get; } = new();

    /// <summary>
    /// The Razor pages of the application parts a front end could read whole, libraries that serve pages and nothing else
    /// (a Razor class library made with <c>--support-pages-and-views</c>): pages of the app, unless it holds a page of the
    /// same path itself, which ASP.NET Core serves instead. Such a part is no <see cref="HasExternalRouteSources"/>.
    /// </summary>
    public List<LibraryPage> LibraryPages { get; } = new();

    /// <summary>
    /// Areas a referenced library serves pages of (Identity's default UI: <c>Identity</c>), though the project may hold
    /// some of them (scaffolded): a page of these areas that the project does not hold is undecidable, not broken.
    /// </summary>
    public HashSet<string> ExternalAreas { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes that the app serves Identity's default UI (its package, <c>AddDefaultUI</c>): the <c>Identity</c> area's pages, besides any the project scaffolds.</summary>
    public void AddIdentityDefaultUi() => AddReferencedAssembly("Microsoft.AspNetCore.Identity.UI");

    /// <summary>Notes that the app serves Microsoft.Identity.Web.UI's account pages (its package, <c>AddMicrosoftIdentityUI</c>): the <c>MicrosoftIdentity</c> area.</summary>
    public void AddMicrosoftIdentityUi() => AddReferencedAssembly("Microsoft.Identity.Web.UI");

    // Packages (and their assemblies, of the same names) that serve an area's pages: Identity's default UI, Microsoft
    // Identity Web's account controller, ASP.NET Core 2's Azure AD and Azure AD B2C sign-in UIs.
    private static readonly Dictionary<string, string> LibraryAreas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.AspNetCore.Identity.UI"] = "Identity",
        ["Microsoft.Identity.Web.UI"] = "MicrosoftIdentity",
        ["Microsoft.AspNetCore.Authentication.AzureAD.UI"] = "AzureAD",
        ["Microsoft.AspNetCore.Authentication.AzureADB2C.UI"] = "AzureADB2C",
    };

    /// <summary>
    /// Notes a package the project file references (the command line): one that serves an area's pages adds that area; any
    /// other named <c>*.UI</c>, as Razor class libraries that serve pages are named, may serve pages and areas the sources
    /// do not show. (The build knows every package with pages from the compilation's application parts.)
    /// </summary>
    public void AddPackage(string name)
    {
        AddReferencedAssembly(name);
        if (!LibraryAreas.ContainsKey(name) && name.EndsWith(".UI", StringComparison.OrdinalIgnoreCase))
        {
            HasExternalRouteSources = true;
        }
    }

    // Umbraco 7 and 8's assemblies and package (Umbraco 9+ is Umbraco.Cms.*)
    private static readonly string[] UmbracoSite = { "umbraco", "Umbraco.Core", "Umbraco.Web", "Umbraco.Web.UI" };

    // Kentico's MVC packages and assemblies (Kentico 12 and Xperience 13, MVC 5 and Core)
    private static readonly string[] KenticoSite = { "Kentico.Content.Web.Mvc", "Kentico.Web.Mvc", "Kentico.Xperience.AspNet.Mvc5", "Kentico.Xperience.AspNetCore.WebApp" };

    // The packages a module, a theme or a modular app references (their Targets), and the assemblies they bring
    private static readonly string[] OrchardCoreModular = { "OrchardCore.Module.Targets", "OrchardCore.Theme.Targets", "OrchardCore.Modules", "OrchardCore.Mvc.Core", "OrchardCore.DisplayManagement" };

    /// <summary>
    /// Notes an assembly the compilation references (the build): a package's of the same name that serves an area's pages
    /// adds that area; Statiq's (or Wyam's) makes the project that site generator's source tree, whatever its SDK
    /// (held-out review 50: a Statiq blog on the Web SDK had every root-relative link reported).
    /// </summary>
    public void AddReferencedAssembly(string name)
    {
        if (name.StartsWith("Statiq.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Wyam.", StringComparison.OrdinalIgnoreCase))
        {
            SiteGenerator ??= "Statiq";
        }

        // Umbraco 7 and 8 (ASP.NET MVC 5) have no set-up call in C# to read: Global.asax inherits UmbracoApplication, and
        // the project references its assemblies (umbraco, Umbraco.Core, Umbraco.Web) and packages (UmbracoCms); Umbraco 9+
        // references Umbraco.Cms.* (held-out review 57: every content link of our.umbraco.com's menu was reported).
        // (not any Umbraco.* package: a site may use Umbraco's headless client without being one; code review)
        if (Array.Exists(UmbracoSite, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
            || name.StartsWith("UmbracoCms", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Umbraco.Cms", StringComparison.OrdinalIgnoreCase))
        {
            ContentSystem ??= "Umbraco";
            IsAspNetCoreUmbraco |= name.StartsWith("Umbraco.Cms", StringComparison.OrdinalIgnoreCase);
        }

        // Episerver (Optimizely) CMS, Sitecore and Kentico Xperience, on ASP.NET MVC 5 and Core: their packages and assemblies
        // (held-out review 98: an Alloy site's and a Sitecore site's links to content paths, "/" too, were reported). Not
        // their clients of a headless CMS (Sitecore's rendering host is known by its set-up call).
        if (name.Equals("EPiServer", StringComparison.OrdinalIgnoreCase) || name.StartsWith("EPiServer.CMS", StringComparison.OrdinalIgnoreCase))
        {
            ContentSystem ??= "Episerver";
        }
        else if (name.StartsWith("Sitecore.Kernel", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Sitecore.Mvc", StringComparison.OrdinalIgnoreCase))
        {
            ContentSystem ??= "Sitecore";
        }
        else if (Array.Exists(KenticoSite, n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            ContentSystem ??= "Kentico Xperience";
        }

        // An Orchard Core module or theme, or the app that loads them: each module is an area whose controllers and pages
        // the app finds at run time (held-out review 57: the stock login menu's asp-route-area="OrchardCore.Users"). Not an
        // app using one of its libraries (its PO-file localization, which Microsoft's docs recommend; code review).
        if (name.StartsWith("OrchardCore.Application.", StringComparison.OrdinalIgnoreCase) || Array.Exists(OrchardCoreModular, n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            HasExternalRouteSources = true;
        }

        if (LibraryAreas.TryGetValue(name, out var area))
        {
            AddLibraryArea(area);
        }
    }

    /// <summary>Whether an assembly or package serves one area and nothing else (Identity UI: <c>Identity</c>).</summary>
    public static bool ServesAnAreaOnly(string name) => LibraryAreas.ContainsKey(name);

    /// <summary>
    /// The package and the pages it serves in its area, where they are a fixed, public list (Identity UI's, the same since ASP.NET
    /// Core 3.0: what its scaffolder lists, and its Error page), by name without the leading '/'; null for another area.
    /// A project's scaffolded page of the same name is its own (held-out review 95: the typos of links to Identity's pages
    /// were left undecided).
    /// </summary>
    public static (string Package, IReadOnlyCollection<string> Pages)? PagesOfLibraryArea(string area) =>
        string.Equals(area, "Identity", StringComparison.OrdinalIgnoreCase) ? ("Identity UI", IdentityUiPages) : null;

    private static readonly HashSet<string> IdentityUiPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Error",
        "Account/AccessDenied", "Account/ConfirmEmail", "Account/ConfirmEmailChange", "Account/ExternalLogin", "Account/ForgotPassword",
        "Account/ForgotPasswordConfirmation", "Account/Lockout", "Account/Login", "Account/LoginWith2fa", "Account/LoginWithRecoveryCode",
        "Account/Logout", "Account/Register", "Account/RegisterConfirmation", "Account/ResendEmailConfirmation", "Account/ResetPassword",
        "Account/ResetPasswordConfirmation",
        "Account/Manage/ChangePassword", "Account/Manage/DeletePersonalData", "Account/Manage/Disable2fa", "Account/Manage/DownloadPersonalData",
        "Account/Manage/Email", "Account/Manage/EnableAuthenticator", "Account/Manage/ExternalLogins", "Account/Manage/GenerateRecoveryCodes",
        "Account/Manage/Index", "Account/Manage/PersonalData", "Account/Manage/ResetAuthenticator", "Account/Manage/SetPassword",
        "Account/Manage/ShowRecoveryCodes", "Account/Manage/TwoFactorAuthentication",
    };

    /// <summary>
    /// An area a package serves (Identity UI's <c>Identity</c>): its pages and controllers are under <c>/Identity/</c> and
    /// nowhere else, so the rest of the app's paths stay decided (held-out review 63: every Blazor Server app with the
    /// default Identity UI had its NavMenu's typos left undecided).
    /// </summary>
    private void AddLibraryArea(string area) => ExternalAreas.Add(area);

    /// <summary>
    /// What a value written as a constant of the project's starts with (<c>[Area(AreaNames.Admin)]</c>,
    /// <c>[Route(AppRoutes.Stats)]</c>: this, then <c>AreaNames.Admin</c>), until <see cref="TryResolveConstant"/> looks it
    /// up in <see cref="StringConstants"/>.
    /// </summary>
    public const string ConstantReference = "\u0001";

    /// <summary>
    /// How a constant written in C# (<c>AppRoutes.Stats</c>, <c>Routes.Docs.Button</c> of a nested class) is looked up:
    /// <see cref="ConstantReference"/>, then its class and field, as <see cref="StringConstants"/> keeps them; null for a
    /// name without a class.
    /// </summary>
    public static string? ConstantKey(string written)
    {
        var parts = new string(written.Where(c => !char.IsWhiteSpace(c)).ToArray()).Split('.');
        return parts.Length >= 2 ? ConstantReference + parts[parts.Length - 2] + "." + parts[parts.Length - 1] : null;
    }

    /// <summary>
    /// The controllers with what their base classes pass on: an <c>[Area]</c> when they have none of their own, and every
    /// <c>[Route]</c> of the classes above them besides their own (<c>RouteAttribute</c> is inherited and may repeat); and
    /// the routes of the project's own route attributes on them and their actions (<see cref="RouteAttributes"/>).
    /// </summary>
    internal IEnumerable<ControllerFact> ControllersWithInheritance()
    {
        var bases = new Dictionary<string, ControllerBaseFact>(StringComparer.Ordinal);
        foreach (var type in ControllerBases)
        {
            // the parts of a partial class are one class (code review: a base's second part had its own actions)
            bases[type.ClassName] = bases.TryGetValue(type.ClassName, out var other)
                ? other with
                {
                    BaseName = other.BaseName ?? type.BaseName,
                    Area = other.Area ?? type.Area,
                    RouteTemplates = other.RouteTemplates.Concat(type.RouteTemplates).ToList(),
                    Actions = other.Actions.Concat(type.Actions).ToList(),
                    HandlesUnknownActions = other.HandlesUnknownActions || type.HandlesUnknownActions,
                    OtherAttributes = other.OtherAttributes.Concat(type.OtherAttributes).ToList(),
                }
                : type;
        }

        Dictionary<string, RouteAttributeFact>? routeAttributes = null;
        foreach (var attribute in RouteAttributes)
        {
            (routeAttributes ??= new Dictionary<string, RouteAttributeFact>(StringComparer.Ordinal))[attribute.Name] = attribute;
        }

        foreach (var controller in WithPartsJoined(Controllers))
        {
            if (controller.IsOpenGeneric && !HasControllerFeatureProviders)
            {
                continue;
            }

            var area = controller.Area;
            var unknownRoute = false;
            var routes = ClassRoutes(controller.OtherAttributes, routeAttributes, null, controller.RouteTemplates, ref unknownRoute);
            var actions = WithRoutes(controller.Actions, routeAttributes);
            var unknownActions = controller.HasUnknownActions;
            var name = controller.BaseName;
            // Bounded: a cycle (only in code that does not compile) or a long chain ends the walk.
            var depth = 0;
            for (; name is not null && depth < 16 && bases.TryGetValue(name, out var type); depth++, name = type.BaseName)
            {
                area ??= type.Area;
                if (type.RouteTemplates.Count > 0)
                {
                    (routes ??= new List<string>(controller.RouteTemplates)).AddRange(type.RouteTemplates);
                }

                routes = ClassRoutes(type.OtherAttributes, routeAttributes, routes, controller.RouteTemplates, ref unknownRoute);
                foreach (var action in WithRoutes(type.Actions, routeAttributes) ?? type.Actions)
                {
                    // an action the derived class declares again (override, new) is its own
                    if (!(actions ?? controller.Actions).Any(a => string.Equals(a.Name, action.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        (actions ??= new List<ActionFact>(controller.Actions)).Add(action);
                    }
                }

                unknownActions |= type.HandlesUnknownActions;
            }

            // The chain ends at the framework's Controller, or at a class the sources do not hold, whose actions are unknown.
            unknownActions |= depth == 16 || (name is not null && Array.IndexOf(FrameworkControllerBases, name) < 0);
            if (area is not null && !TryResolveConstant(area, out area))
            {
                unknownRoute = true; // an area named by a constant the sources do not hold: routes not known
            }

            yield return area == controller.Area && routes is null && actions is null && unknownActions == controller.HasUnknownActions && !unknownRoute ? controller
                : controller with { Area = area, RouteTemplates = routes ?? controller.RouteTemplates, Actions = actions ?? controller.Actions, HasUnknownActions = unknownActions, HasUnknownRoute = unknownRoute };
        }
    }

    /// <summary>
    /// The controllers, the parts of each partial one joined (code review: a partial controller's [Route] on one part and
    /// its actions on another had each action served by the conventional route instead).
    /// </summary>
    private static IEnumerable<ControllerFact> WithPartsJoined(List<ControllerFact> controllers)
    {
        Dictionary<string, ControllerFact>? joined = null;
        foreach (var controller in controllers)
        {
            if (controller.PartialKey is not { } key)
            {
                continue;
            }

            joined ??= new Dictionary<string, ControllerFact>(StringComparer.Ordinal);
            joined[key] = joined.TryGetValue(key, out var other)
                ? other with
                {
                    Area = other.Area ?? controller.Area,
                    RouteTemplates = other.RouteTemplates.Concat(controller.RouteTemplates).ToList(),
                    Actions = other.Actions.Concat(controller.Actions).ToList(),
                    BaseName = other.BaseName ?? controller.BaseName,
                    HasUnknownActions = other.HasUnknownActions || controller.HasUnknownActions,
                    OtherAttributes = other.OtherAttributes.Concat(controller.OtherAttributes).ToList(),
                }
                : controller;
        }

        foreach (var controller in controllers)
        {
            if (controller.PartialKey is null)
            {
                yield return controller;
            }
            else if (joined!.TryGetValue(controller.PartialKey, out var whole))
            {
                joined.Remove(controller.PartialKey); // (the first part stands for the whole, once)
                yield return whole;
            }
        }
    }

    /// <summary>A class's <c>[Route]</c>s written as the project's own route attributes, added to <paramref name="routes"/> (made from <paramref name="own"/> when first needed).</summary>
    private static List<string>? ClassRoutes(IReadOnlyList<AttributeUse> uses, Dictionary<string, RouteAttributeFact>? routeAttributes, List<string>? routes, IReadOnlyList<string> own, ref bool unknown)
    {
        var unknownRoute = false; // (all of them are [Route]s: the same as unknown)
        return routeAttributes is null ? routes : Templates(uses, routeAttributes, routesOnly: true, routes, own, ref unknown, ref unknownRoute);
    }

    /// <summary>
    /// The templates the project's own route attributes among <paramref name="uses"/> give (of <c>[Route]</c>s only, or of
    /// any), added to <paramref name="templates"/> (made from <paramref name="own"/> when first needed); whether one's
    /// template is not known, and whether that one is a <c>[Route]</c>.
    /// </summary>
    private static List<string>? Templates(
        IReadOnlyList<AttributeUse> uses, Dictionary<string, RouteAttributeFact> routeAttributes, bool routesOnly, List<string>? templates, IReadOnlyList<string> own, ref bool unknown, ref bool unknownRoute)
    {
        foreach (var use in uses)
        {
            if (routeAttributes.TryGetValue(use.Name, out var attribute) && (attribute.IsRoute || !routesOnly))
            {
                if (attribute.Template(use, out var isUnknown) is { } template)
                {
                    (templates ??= new List<string>(own)).Add(template);
                }

                unknown |= isUnknown;
                unknownRoute |= isUnknown && attribute.IsRoute;
            }
        }

        return templates;
    }

    /// <summary>Actions with the routes of the project's own route attributes on them; null when none has one.</summary>
    private static List<ActionFact>? WithRoutes(IReadOnlyList<ActionFact> actions, Dictionary<string, RouteAttributeFact>? routeAttributes)
    {
        if (routeAttributes is null)
        {
            return null;
        }

        List<ActionFact>? changed = null;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var (unknown, unknownRoute) = (false, false);
            var templates = Templates(action.OtherAttributes, routeAttributes, routesOnly: false, null, action.RouteTemplates, ref unknown, ref unknownRoute);
            if (templates is not null || unknown)
            {
                changed ??= new List<ActionFact>(actions);
                // (a [Route] whose template is not known routes the action all the same: not by the conventional route)
                changed[i] = action with { RouteTemplates = templates ?? action.RouteTemplates, HasAttributeRoute = action.HasAttributeRoute || templates is not null || unknownRoute, HasUnknownRoute = unknown };
            }
        }

        return changed;
    }

    // The base classes of controllers in ASP.NET Core, MVC 5 and Web API 2, and OData's, which declare no actions.
    private static readonly string[] FrameworkControllerBases = { "Controller", "ControllerBase", "AsyncController", "ApiController", "ODataController" };

    /// <summary>
    /// A value as read: as written, or the value of the constant a <see cref="ConstantReference"/> names; false (and null)
    /// when the sources do not hold that constant.
    /// </summary>
    public bool TryResolveConstant(string value, out string? resolved)
    {
        resolved = Resolve(value, 0);
        return resolved is not null;
    }

    /// <summary>
    /// A value with the constants it names (each between two <see cref="ConstantReference"/> marks, or after one at its
    /// end: <see cref="ConstantExpression"/>) replaced by their values, themselves resolved; null when one is not known
    /// (or they name each other in a cycle).
    /// </summary>
    private string? Resolve(string value, int depth)
    {
        if (value.IndexOf(ConstantReference[0]) < 0)
        {
            return value;
        }

        var parts = value.Split(ConstantReference[0]);
        var resolved = new System.Text.StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i += 2)
        {
            if (depth > 8 || !StringConstants.TryGetValue(parts[i], out var constant) || Resolve(constant, depth + 1) is not { } text)
            {
                return null;
            }

            resolved.Append(text);
            if (i + 1 < parts.Length)
            {
                resolved.Append(parts[i + 1]);
            }
        }

        return resolved.ToString();
    }

    /// <summary>Whether any C# was read at all (without it, MVC and minimal-API routes are unknown).</summary>
    public bool HasCode { get; set; }

    /// <summary>Adds another set of facts (a project's files read one by one).</summary>
    public void Add(CodeFacts other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        Controllers.AddRange(other.Controllers);
        ControllerBases.AddRange(other.ControllerBases);
        RouteAttributes.AddRange(other.RouteAttributes);
        PageModels.AddRange(other.PageModels);
        Components.AddRange(other.Components);
        Endpoints.AddRange(other.Endpoints);
        GetlessEndpoints.AddRange(other.GetlessEndpoints);
        CallerPrefixedEndpoints.AddRange(other.CallerPrefixedEndpoints);
        ExtensionCalls.AddRange(other.ExtensionCalls);
        ConventionalRoutes.AddRange(other.ConventionalRoutes);
        AreaRoutes.AddRange(other.AreaRoutes);
        RouterAssemblyTypes.AddRange(other.RouterAssemblyTypes);
        ComponentAssemblies.AddRange(other.ComponentAssemblies);
        foreach (var constant in other.StringConstants)
        {
            AddStringConstant(constant.Key, constant.Value);
        }

        foreach (var name in other._ambiguousConstants)
        {
            StringConstants.Remove(name);
            _ambiguousConstants.Add(name);
        }
        PagesRoot ??= other.PagesRoot;
        ViewLocationFormats.AddRange(other.ViewLocationFormats);
        PathBase ??= other.PathBase;
        SiteGenerator ??= other.SiteGenerator;
        ContentSystem ??= other.ContentSystem;
        IsAspNetCoreUmbraco |= other.IsAspNetCoreUmbraco;
        IsHostedClient |= other.IsHostedClient;
        IsWebAssembly |= other.IsWebAssembly;
        IsLibrary |= other.IsLibrary;
        RendersRazorItself |= other.RendersRazorItself;
        HasFallback |= other.HasFallback;
        FallbackPages.AddRange(other.FallbackPages);
        MapsConventionalRoutes |= other.MapsConventionalRoutes;
        MapsAttributeRoutes |= other.MapsAttributeRoutes;
        HasUnknownRoutes |= other.HasUnknownRoutes;
        HasCustomStaticFiles |= other.HasCustomStaticFiles;
        HasExternalRouteSources |= other.HasExternalRouteSources;
        AddedFeatureProviders.AddRange(other.AddedFeatureProviders);
        ControllerFeatureProviders.UnionWith(other.ControllerFeatureProviders);
        ApplicationParts.AddRange(other.ApplicationParts);
        LibraryPages.AddRange(other.LibraryPages);
        ExternalAreas.UnionWith(other.ExternalAreas);
        HasCode |= other.HasCode;
    }
}
