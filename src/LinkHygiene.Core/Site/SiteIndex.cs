using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Links;

namespace LinkHygiene.Site;

/// <summary>Where a project's parts are: its folder and the folder its static files are served from.</summary>
/// <param name="ProjectDirectory">The project folder (pages under <c>Pages/</c>, views under <c>Views/</c>, areas under <c>Areas/</c>), or the scanned folder of a static site.</param>
/// <param name="WebRoot">The folder served at <c>/</c>: <c>wwwroot</c> for a web project, the folder itself for a static site.</param>
/// <param name="IsProject">Whether it is a project (with routes from pages and code); a static site serves only its files, and its Razor files' routes are unknown.</param>
public sealed record SiteLayout(string ProjectDirectory, string WebRoot, bool IsProject = true);

/// <summary>
/// A folder of a static site served at a host's root (its URL in the site, ending in '/'); whether GitHub Pages serves it
/// (which answers <c>/about</c> with <c>about.html</c>), and whether its Jekyll builds it (as GitHub Pages does unless a
/// <c>.nojekyll</c> says not to), making Markdown into pages, and, where the site has Jekyll's folders (<c>_layouts</c>,
/// <c>_includes</c>, <c>_posts</c>, <c>_data</c>, <c>_sass</c>), pages of its own.
/// </summary>
internal sealed record ServedRoot(string Folder, bool GitHubPages, bool Jekyll = false, bool JekyllFolders = false);

/// <summary>A Razor page: its name for <c>asp-page</c>, its area, its routes and its handlers.</summary>
internal sealed record PageEntry(string Name, string Folder, string Area, IReadOnlyList<RouteTemplate> Routes, IReadOnlyCollection<string>? Handlers, TemplateFacts Facts);

/// <summary>
/// Every URL a project serves, as far as its sources say: Razor pages (folder, file name, <c>@page</c> templates,
/// areas), MVC controllers and actions (attribute routes, conventional routes), minimal-API endpoints, Blazor routes,
/// and static files; with the ids of every template whose ids are all known. Built once per project by every front end
/// from the same inputs (templates' facts, the C# facts, the list of files), so every front end decides the same.
/// </summary>
public sealed class SiteIndex
{
    private static readonly RouteTemplate DefaultConventionalRoute = RouteTemplate.Parse("{controller=Home}/{action=Index}/{id?}")!;

    private readonly List<PageEntry> _pages = new();
    private readonly List<(RouteTemplate Route, TemplateFacts? Facts)> _components = new();
    private readonly Dictionary<string, TemplateFacts> _documentsByUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateFacts> _documentsByPath;

    // A static site's pages that no check asked for, by URL: analysed when a link into one needs its facts (its ids, its
    // base), once. Checking one page of a site of 30,000 pages analyses the pages it links into, not the 30,000.
    private Dictionary<string, PageOnDemand> _pagesOnDemand = new(StringComparer.Ordinal);
    private Func<string, TemplateFacts?>? _analysePage;

    // What no template's facts are part of: shared by an index and its copies with one template's facts replaced.
    private readonly List<RouteTemplate> _attributeRoutes = new();

    // the attribute routes of actions that answer only other methods than GET ([HttpPost("signout")]): no link's destination
    private readonly List<(RouteTemplate Route, string Controller, string Action)> _getlessRoutes = new();
    private readonly List<(RouteTemplate Route, string Method)> _getlessEndpoints = new();
    private readonly List<RouteTemplate> _callerPrefixed = new();
    private readonly List<RouteTemplate> _endpoints = new();
    private readonly List<(RouteTemplate Route, string? Area)> _conventional = new(); // an area route's area, or null
    private readonly Dictionary<string, ControllerFact> _conventionalControllers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ControllerFact>> _controllers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _areas = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _filesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _localPrefixes = new(StringComparer.OrdinalIgnoreCase);
    private NearestNames? _nearestUrls;
    private IReadOnlyList<ServedRoot> _servedRoots = Array.Empty<ServedRoot>();
    private IReadOnlyList<(string Folder, string Generator)> _generatorFolders = Array.Empty<(string, string)>();
    private bool _hasUnknownRoute;
    private bool _routerServesOtherAssemblies;

    // Made once the index is built: lookups per link instead of searches of every page (see RouteTable).
    private readonly RouteTable<TemplateFacts?> _routes = new();
    private readonly Dictionary<(string Area, string Name), PageEntry> _pagesByName = new(PageNameComparer.Instance);
    private readonly Dictionary<string, PageEntry> _pagesByPath = new(Comparer);

    private SiteIndex(SiteLayout layout, CodeFacts code)
    {
        Layout = layout;
        Code = code;
        _documentsByPath = new Dictionary<string, TemplateFacts>(Comparer);
    }

    /// <summary>A copy of an index with one template's facts in place of those it had, where they were.</summary>
    private SiteIndex(SiteIndex index, TemplateFacts facts)
        : this(index.Layout, index.Code)
    {
        TemplateFacts Current(TemplateFacts indexed) => Comparer.Equals(indexed.Path, facts.Path) ? facts : indexed;

        FilesKnown = index.FilesKnown;
        foreach (var page in index._pages)
        {
            _pages.Add(Comparer.Equals(page.Facts.Path, facts.Path) ? page with { Facts = facts } : page);
        }

        foreach (var (route, indexed) in index._components)
        {
            _components.Add((route, indexed is null ? null : Current(indexed)));
        }

        foreach (var pair in index._documentsByUrl)
        {
            _documentsByUrl.Add(pair.Key, Current(pair.Value));
        }

        _pagesOnDemand = index._pagesOnDemand;
        _analysePage = index._analysePage;
        if (facts.Kind == TemplateKind.Html && UrlOfFile(facts.Path) is { } url && _pagesOnDemand.ContainsKey(url))
        {
            _documentsByUrl[url] = facts; // an open page of the site: this buffer's facts, not the saved file's
        }

        foreach (var pair in index._documentsByPath)
        {
            _documentsByPath.Add(pair.Key, Current(pair.Value));
        }

        _attributeRoutes = index._attributeRoutes;
        _getlessRoutes = index._getlessRoutes;
        _getlessEndpoints = index._getlessEndpoints;
        _callerPrefixed = index._callerPrefixed;
        _endpoints = index._endpoints;
        _conventional = index._conventional;
        _conventionalControllers = index._conventionalControllers;
        _controllers = index._controllers;
        _areas = index._areas;
        _files = index._files;
        _filesIgnoringCase = index._filesIgnoringCase;
        _directories = index._directories;
        _localPrefixes = index._localPrefixes;
        _servedRoots = index._servedRoots;
        _generatorFolders = index._generatorFolders;
        _nearestUrls = index._nearestUrls; // URLs, not ids
        _hasUnknownRoute = index._hasUnknownRoute;
        _routerServesOtherAssemblies = index._routerServesOtherAssemblies;
        AppBase = index.AppBase;
        HasFallback = index.HasFallback;
        HostingServer = index.HostingServer;
        UnreadFolders = index.UnreadFolders;
        IndexPagesAndRoutes();
    }

    /// <summary>The project's layout.</summary>
    public SiteLayout Layout { get; }

    /// <summary>What the C# says.</summary>
    public CodeFacts Code { get; }

    /// <summary>Whether the list of static files is known (a build without the package's file list does not know it).</summary>
    public bool FilesKnown { get; private set; }

    /// <summary>
    /// For a Blazor Web App's WebAssembly client (<see cref="CodeFacts.IsHostedClient"/>) or the client of the "ASP.NET Core
    /// hosted" template, the index of the server project that hosts it, when a front end found it (the command line and the
    /// language server find the project beside it that references it): a path none of the client's own routes matches is
    /// the server's to serve. Null: not known, and such a path is undecidable.
    /// </summary>
    public SiteIndex? HostingServer { get; set; }

    /// <summary>
    /// The URLs of a static site's folders whose files a front end did not list (build output and dependencies:
    /// <c>/bin</c>, <c>/docs/obj</c>, <c>/node_modules</c>), which may hold what a link names (a download page's
    /// <c>bin/tool.zip</c>: held-out review 85): a path under one is undecidable, not broken.
    /// </summary>
    public IReadOnlyList<string> UnreadFolders { get; set; } = Array.Empty<string>();

    /// <summary>Whether a site path is under one of <see cref="UnreadFolders"/>.</summary>
    internal bool IsInUnreadFolder(string url)
    {
        foreach (var folder in UnreadFolders)
        {
            if (url.Length > folder.Length && url[folder.Length] == '/' && url.StartsWith(folder, FileSystemPaths.Comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many routes, pages and files the index holds (for summaries).</summary>
    public int Size => _pages.Count + _components.Count + _attributeRoutes.Count + _getlessRoutes.Count + _getlessEndpoints.Count + _endpoints.Count + _conventionalControllers.Count + _files.Count;

    internal static StringComparer Comparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Builds the index of one project.</summary>
    /// <param name="layout">Its folders.</param>
    /// <param name="templates">The facts of every template in it (from analysing each once).</param>
    /// <param name="code">What its C# says.</param>
    /// <param name="files">Every file under the web root (full paths): static files, and the folders they make; null when not known (then no link is reported for matching no file).</param>
    public static SiteIndex Build(SiteLayout layout, IEnumerable<TemplateFacts> templates, CodeFacts code, IEnumerable<string>? files) =>
        Build(layout, templates, code, files, null, null);

    /// <summary>Builds the index of one project or static site, with pages whose facts are found only when a link needs them.</summary>
    /// <param name="layout">Its folders.</param>
    /// <param name="templates">The facts of the templates analysed already.</param>
    /// <param name="code">What its C# says.</param>
    /// <param name="files">Every file under the web root (full paths), or null when not known.</param>
    /// <param name="pagesOnDemand">HTML pages (full paths) not among <paramref name="templates"/>, whose facts only a link into them needs.</param>
    /// <param name="analysePage">Gives a page's facts (null when it cannot be read); called at most once a page, from any thread.</param>
    public static SiteIndex Build(SiteLayout layout, IEnumerable<TemplateFacts> templates, CodeFacts code, IEnumerable<string>? files, IEnumerable<string>? pagesOnDemand, Func<string, TemplateFacts?>? analysePage)
    {
        if (layout is null)
        {
            throw new ArgumentNullException(nameof(layout));
        }

        var index = new SiteIndex(layout, code ?? CodeFacts.None) { FilesKnown = files is not null };
        foreach (var file in files ?? Array.Empty<string>())
        {
            var url = index.UrlOfFile(file);
            if (url is null)
            {
                continue;
            }

            index._files.Add(url);
            if (!index._filesIgnoringCase.TryGetValue(url, out var variants))
            {
                index._filesIgnoringCase[url] = variants = new List<string>();
            }

            variants.Add(url);
            for (var slash = url.LastIndexOf('/'); slash > 0; slash = url.LastIndexOf('/', slash - 1))
            {
                index._directories.Add(url.Substring(0, slash));
            }

            index._localPrefixes.Add(FirstSegment(url));
        }

        if (analysePage is not null)
        {
            index._analysePage = analysePage;
            foreach (var page in pagesOnDemand ?? Array.Empty<string>())
            {
                if (index.UrlOfFile(page) is { } url)
                {
                    index._pagesOnDemand[url] = new PageOnDemand(page, analysePage);
                }
            }
        }

        List<string>? routerTypes = null; // rare: a Blazor router that names other assemblies
        List<string>? hostedTypes = null; // rarer: a hosted WebAssembly app prerendered by the server
        var models = index.Code.PageModels.ToLookup(m => m.ClassName, StringComparer.Ordinal);
        var all = templates?.ToList() ?? new List<TemplateFacts>();
        foreach (var facts in all)
        {
            index._documentsByPath[facts.Path] = facts; // all of them first: a page's handlers ask for the _ViewImports above it
        }

        foreach (var facts in all)
        {
            if (facts.Kind == TemplateKind.Html)
            {
                if (index.UrlOfFile(facts.Path) is { } url)
                {
                    index._documentsByUrl[url] = facts;
                    index._pagesOnDemand.Remove(url);
                }

                continue;
            }

            index._hasUnknownRoute |= facts.HasUnknownRoute;
            index._routerServesOtherAssemblies |= facts.RoutesOtherAssemblies;
            if (facts.RouterAssemblyTypes.Count > 0)
            {
                (routerTypes ??= new List<string>()).AddRange(facts.RouterAssemblyTypes);
            }

            if (facts.HostedComponentTypes.Count > 0)
            {
                (hostedTypes ??= new List<string>()).AddRange(facts.HostedComponentTypes);
            }

            var constantRoutes = facts.RouteConstants.Count == 0 ? (IReadOnlyList<string>)Array.Empty<string>() : ConstantRoutes(facts, index);

            if (facts.PageDirectives.Count == 0 && constantRoutes.Count == 0)
            {
                continue;
            }

            if (facts.Kind == TemplateKind.RazorComponent)
            {
                foreach (var template in facts.PageDirectives.Concat(constantRoutes))
                {
                    if (RouteTemplate.Parse(template) is { } route)
                    {
                        index._components.Add((route, facts));
                        index._localPrefixes.Add(FirstSegment(route.LiteralPrefix()));
                    }
                }

                continue;
            }

            if (index.PageOf(facts.Path) is { } page)
            {
                index.AddPage(facts, page, models);
            }
        }

        // A referenced library's pages, where the app holds no page of the same path (ASP.NET Core serves the app's)
        foreach (var library in index.Code.LibraryPages)
        {
            var path = Path.Combine(layout.ProjectDirectory, library.Identifier.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
            if (!index._documentsByPath.ContainsKey(path) && index.PageOf(path) is { } page)
            {
                var facts = TemplateFacts.OfLibraryPage(path, library.RouteTemplate);
                index._documentsByPath[path] = facts;
                index._hasUnknownRoute |= facts.HasUnknownRoute;
                index.AddPage(facts, page, models);
            }
        }

        foreach (var component in index.Code.Components)
        {
            foreach (var template in component.RouteTemplates)
            {
                // a constant's value (CodeFacts.ConstantReference), or routes not known when the sources do not hold it
                if (index.Code.TryResolveConstant(template, out var route))
                {
                    index.AddComponentRoutes(new[] { route! });
                }
                else
                {
                    index._hasUnknownRoute = true;
                }
            }
        }

        index.AddRoutedAssemblies(
            (routerTypes ?? Enumerable.Empty<string>()).Concat(index.Code.RouterAssemblyTypes).Select(type => (type, true))
                .Concat((hostedTypes ?? Enumerable.Empty<string>()).Select(type => (type, false))));

        foreach (var controller in index.Code.ControllersWithInheritance())
        {
            if (!index._controllers.TryGetValue(controller.Name, out var list))
            {
                index._controllers[controller.Name] = list = new List<ControllerFact>();
            }

            list.Add(controller);
            index._hasUnknownRoute |= controller.HasUnknownRoute || controller.Actions.Any(a => a.HasUnknownRoute);
            if (controller.Area is { Length: > 0 } area)
            {
                index._areas.Add(area);
            }

            var conventional = new List<ActionFact>();
            foreach (var action in controller.Actions)
            {
                var routeTemplates = new List<string>();
                if (action.HasAttributeRoute || controller.RouteTemplates.Count > 0)
                {
                    var prefixes = controller.RouteTemplates.Count > 0 ? controller.RouteTemplates : new[] { string.Empty };
                    var own = action.RouteTemplates.Count > 0 ? action.RouteTemplates : new[] { string.Empty };
                    foreach (var prefix in prefixes)
                    {
                        foreach (var template in own)
                        {
                            routeTemplates.Add(RouteTemplate.Combine(prefix, template));
                        }
                    }
                }
                else
                {
                    conventional.Add(action);
                }

                foreach (var template in routeTemplates)
                {
                    if (RouteTemplate.Parse(WithTokens(template, controller, action.Name)) is { } route)
                    {
                        if (action.AnswersGet)
                        {
                            index._attributeRoutes.Add(route);
                        }
                        else
                        {
                            index._getlessRoutes.Add((route, controller.Name, action.Name));
                        }

                        index._localPrefixes.Add(FirstSegment(route.LiteralPrefix()));
                    }
                }
            }

            if (controller.HasUnknownActions && controller.RouteTemplates.Count > 0)
            {
                // an attribute-routed controller whose actions are not all known answers anything under its prefix (code
                // review: a package's base controller's actions were reported under api/[controller])
                foreach (var prefix in controller.RouteTemplates)
                {
                    if (RouteTemplate.Parse(WithTokens(RouteTemplate.Combine(prefix, "{**rest}"), controller, "{action}")) is { } route)
                    {
                        index._attributeRoutes.Add(route);
                    }
                }
            }

            if (conventional.Count > 0 || (controller.HasUnknownActions && controller.RouteTemplates.Count == 0))
            {
                index._conventionalControllers[(controller.Area ?? string.Empty) + "/" + controller.Name] = controller with { Actions = conventional };
                index._localPrefixes.Add(controller.Area is { Length: > 0 } a ? a : controller.Name);
            }
        }

        foreach (var pattern in index.Code.ConventionalRoutes)
        {
            if (RouteTemplate.Parse(pattern) is { } route)
            {
                index._conventional.Add((route, null));
            }
        }

        foreach (var areaRoute in index.Code.AreaRoutes)
        {
            if (RouteTemplate.Parse(areaRoute.Pattern) is { } route)
            {
                index._conventional.Add((route, areaRoute.Area));
            }
        }

        if (index._conventional.Count == 0 && index._conventionalControllers.Count > 0 && !index.Code.MapsConventionalRoutes && !index.Code.MapsAttributeRoutes)
        {
            index._conventional.Add((DefaultConventionalRoute, null)); // "when nothing says otherwise"
        }

        foreach (var pattern in index.Code.Endpoints)
        {
            if (RouteTemplate.Parse(pattern) is { } route)
            {
                index._endpoints.Add(route);
                index._localPrefixes.Add(FirstSegment(route.LiteralPrefix()));
            }
        }

        // An extension's endpoints under the prefix each call gives; where no call is read, or one gives a prefix not known,
        // any path that ends as one does may be it.
        var getless = new List<(string Pattern, string Method)>(index.Code.GetlessEndpoints);
        foreach (var (extension, pattern, method) in index.Code.CallerPrefixedEndpoints)
        {
            var calls = index.Code.ExtensionCalls.Where(c => c.Method == extension).ToList();
            foreach (var (_, prefix) in calls)
            {
                if (prefix is not null)
                {
                    var nested = RouteTemplate.Nest(prefix, pattern);
                    if (method is not null)
                    {
                        getless.Add((nested, method));
                    }
                    else if (RouteTemplate.Parse(nested) is { } served)
                    {
                        index._endpoints.Add(served);
                        index._localPrefixes.Add(FirstSegment(served.LiteralPrefix()));
                    }
                }
            }

            // (one for another method than GET serves no link, wherever it is)
            if (method is null && (calls.Count == 0 || calls.Exists(c => c.Prefix is null)) && RouteTemplate.Parse(pattern) is { } route)
            {
                index._callerPrefixed.Add(route);
            }
        }

        foreach (var (pattern, method) in getless)
        {
            if (RouteTemplate.Parse(pattern) is { } route)
            {
                index._getlessEndpoints.Add((route, method));
                index._localPrefixes.Add(FirstSegment(route.LiteralPrefix()));
            }
        }

        index._generatorFolders = GeneratorFoldersOf(index);
        index._servedRoots = ServedRootsOf(index);
        index.AppBase = AppBaseOf(index.Layout, index._documentsByPath.Values);
        index.IndexPagesAndRoutes();
        index.HasFallback = index.Code.HasFallback
            || index.Code.FallbackPages.Any(page => index.FindPage(string.Empty, "/" + page.Trim().TrimStart('/')) is not { Facts.HostsComponents: true });
        return index;
    }

    /// <summary>Adds a Razor page: its routes (its folder and name, or its <c>@page</c> template), its handlers, its area.</summary>
    private void AddPage(TemplateFacts facts, (string Name, string Folder, string Area) page, ILookup<string, PageModelFact> models)
    {
        var routes = new List<RouteTemplate>();
        var areaPrefix = page.Area.Length > 0 ? "/" + page.Area : string.Empty;
        var isIndex = page.Name.EndsWith("/Index", StringComparison.OrdinalIgnoreCase);
        var defaultRoute = areaPrefix + (isIndex ? page.Name.Substring(0, page.Name.Length - "/Index".Length) : page.Name);
        var template = facts.PageDirectives[0];
        var isOverride = template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal);
        var texts = isOverride ? new[] { template }
            : isIndex ? new[] { WithTemplate(defaultRoute, template), WithTemplate(areaPrefix + page.Name, template) } // /Blog and /Blog/Index (ASP.NET Core's PageRouteModelFactory)
            : new[] { WithTemplate(defaultRoute, template) };
        foreach (var text in texts)
        {
            if (RouteTemplate.Parse(text) is { } route)
            {
                routes.Add(route);
                _localPrefixes.Add(FirstSegment(route.LiteralPrefix()));
            }
        }

        var handlers = ModelOf(facts, models)?.Handlers ?? (facts.InlineHandlers is { } inline && !ImportsBaseClass(facts.Path) ? inline : null);
        _pages.Add(new PageEntry(page.Name, page.Folder, page.Area, routes, handlers, facts));
        if (page.Area.Length > 0)
        {
            _areas.Add(page.Area);
        }
    }

    /// <summary>
    /// Whether a <c>_ViewImports.cshtml</c> in a page's folder or one above it, in the project, names a base class
    /// (<c>@inherits AdminPageBase</c>), whose handlers the page has too (code review).
    /// </summary>
    private bool ImportsBaseClass(string pagePath)
    {
        var root = Path.GetFullPath(Layout.ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var folder = Path.GetDirectoryName(pagePath); !string.IsNullOrEmpty(folder) && folder!.StartsWith(root, FileSystemPaths.Comparison); folder = Path.GetDirectoryName(folder))
        {
            if (_documentsByPath.TryGetValue(Path.Combine(folder, "_ViewImports.cshtml"), out var imports) && imports.Inherits)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The page model a page's <c>@model</c> names: the one class of that name, or of that full name when it is written
    /// with its namespace, or else the one its code-behind (<c>Index.cshtml.cs</c>) declares. Every folder of a scaffolded
    /// app has an <c>IndexModel</c> (held-out review 58: the root page's was checked for <c>Products/Index</c>'s handler);
    /// when which one is meant is not known, null (its handlers are not checked).
    /// </summary>
    private static PageModelFact? ModelOf(TemplateFacts facts, ILookup<string, PageModelFact> models)
    {
        if (facts.Model is null)
        {
            return null;
        }

        var written = ComponentAssembly.WithoutGlobal(facts.Model);
        var candidates = models[written.Substring(written.LastIndexOf('.') + 1)].ToList();
        if (written.IndexOf('.') >= 0)
        {
            candidates = candidates.FindAll(m => ComponentAssembly.AnyIs(new[] { m.Namespace is null ? m.ClassName : m.Namespace + "." + m.ClassName }, written));
        }

        if (candidates.Select(m => m.Namespace).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            var behind = candidates.Find(m => m.SourcePath is not null && Comparer.Equals(m.SourcePath, facts.Path + ".cs"));
            candidates = candidates.FindAll(m => behind is not null && m.Namespace == behind.Namespace);
        }

        // one class, perhaps partial: the handlers of all its parts, and of the classes it derives from (a project's
        // BasePageModel); one deriving from a class the sources do not hold may have any handler
        if (candidates.Count == 0)
        {
            return null;
        }

        var handlers = new HashSet<string>(candidates.SelectMany(m => m.Handlers), StringComparer.OrdinalIgnoreCase);
        var baseName = candidates.Select(m => m.BaseName).FirstOrDefault(b => b is not null);
        for (var depth = 0; baseName is not null && baseName != "PageModel"; depth++)
        {
            var bases = models[baseName].ToList();
            if (bases.Count == 0 || depth == 16)
            {
                return null;
            }

            handlers.UnionWith(bases.SelectMany(m => m.Handlers));
            baseName = bases.Select(m => m.BaseName).FirstOrDefault(b => b is not null);
        }

        return candidates[0] with { Handlers = handlers.ToList() };
    }

    /// <summary>
    /// This project's routable components as another project's router sees them when it names this project's assembly by
    /// one of the types (a Blazor Web App's server and its <c>.Client</c> project): their routes, unknown when some route
    /// of this project is. (What this project references is not what the other's router names.)
    /// </summary>
    public ComponentAssembly AsComponentAssembly(IReadOnlyCollection<string> typeNames) =>
        new(typeNames, _components.Select(c => c.Route.Display).ToList(), HasUnknownRoutes);

    /// <summary>An attribute route's template with its tokens replaced: <c>[controller]</c>, <c>[action]</c> and <c>[area]</c>.</summary>
    private static string WithTokens(string template, ControllerFact controller, string action) =>
        template.Replace("[controller]", controller.Name).Replace("[action]", action).Replace("[area]", controller.Area ?? string.Empty);

    /// <summary>Routes of components no template of the project holds (written in C#, or in another assembly).</summary>
    private void AddComponentRoutes(IEnumerable<string> templates)
    {
        foreach (var template in templates)
        {
            if (RouteTemplate.Parse(template) is { } route)
            {
                _components.Add((route, null));
                _localPrefixes.Add(FirstSegment(route.LiteralPrefix()));
            }
        }
    }

    /// <summary>
    /// Adds the routable components of the other assemblies a Blazor router serves, named by a type of each
    /// (<c>typeof(Client._Imports).Assembly</c>), when a front end could read them (<see cref="CodeFacts.ComponentAssemblies"/>):
    /// a Blazor Web App's server routes its <c>.Client</c> project's pages. An assembly no front end read leaves every
    /// unmatched path undecidable, as before its routes were read; a component a page hosts
    /// (<see cref="TemplateFacts.HostedComponentTypes"/>) that no referenced assembly defines is the app's own.
    /// </summary>
    private void AddRoutedAssemblies(IEnumerable<(string Type, bool UnknownServesOthers)> named)
    {
        var added = new List<ComponentAssembly>();
        foreach (var (type, unknownServesOthers) in named)
        {
            var assembly = Code.ComponentAssemblies.Find(a => a.Defines(type));
            if (assembly is null)
            {
                // a router's type not found may name any assembly; a hosted component not found is the app's own
                _routerServesOtherAssemblies |= unknownServesOthers;
            }
            else if (!added.Exists(a => ReferenceEquals(a, assembly)))
            {
                added.Add(assembly);
                _hasUnknownRoute |= assembly.HasUnknownRoutes;
                AddComponentRoutes(assembly.Routes);
            }
        }
    }

    /// <summary>
    /// The routes a component names by class constants (<c>DocRoutes.Button</c>, or <c>Routes.Docs.Button</c> of a nested
    /// class: its class and field; in an expression, <see cref="ConstantExpression"/>), from the project's C#; one that the C#
    /// does not hold leaves routes unknown.
    /// </summary>
    private static List<string> ConstantRoutes(TemplateFacts facts, SiteIndex index)
    {
        var routes = new List<string>();
        foreach (var constant in facts.RouteConstants)
        {
            if (index.Code.TryResolveConstant(constant, out var value))
            {
                routes.Add(value!);
            }
            else
            {
                index._hasUnknownRoute = true;
            }
        }

        return routes;
    }

    /// <summary>A page's route: its path, and the <c>@page</c> template after it.</summary>
    private static string WithTemplate(string path, string template) => template.Length == 0 ? path : path + "/" + template;

    /// <summary>
    /// The lookups <see cref="FindPage"/>, <see cref="PageWithPath"/> and <see cref="MatchRoute"/> answer from, each giving
    /// the first page (or route) in the order a search of the lists would meet it: pages, then components, then attribute
    /// routes and endpoints.
    /// </summary>
    private void IndexPagesAndRoutes()
    {
        foreach (var page in _pages)
        {
            foreach (var route in page.Routes)
            {
                _routes.Add(route, page.Facts);
            }

            if (!_pagesByName.ContainsKey((page.Area, page.Name)))
            {
                _pagesByName.Add((page.Area, page.Name), page);
            }

            if (!_pagesByPath.ContainsKey(page.Facts.Path))
            {
                _pagesByPath.Add(page.Facts.Path, page);
            }
        }

        foreach (var (route, facts) in _components)
        {
            _routes.Add(route, facts);
        }

        foreach (var route in _attributeRoutes)
        {
            _routes.Add(route, null);
        }

        foreach (var route in _endpoints)
        {
            _routes.Add(route, null);
        }
    }

    /// <summary>The same index with one template's facts replaced (an editor's unsaved buffer).</summary>
    public SiteIndex WithDocument(TemplateFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        // Most keystrokes change nothing the index takes from a page (its kind, @page templates, model and ids, which
        // links into it are checked against): then the index serves as it is, instead of being rebuilt per keystroke.
        if (facts.Kind == TemplateKind.Html && UrlOfFile(facts.Path) is { } url && _pagesOnDemand.ContainsKey(url))
        {
            return new SiteIndex(this, facts);
        }

        if (_documentsByPath.TryGetValue(facts.Path, out var indexed) && RoutesAlike(indexed, facts))
        {
            // Typing inside an id changes only the page's ids: the same index with this buffer's facts in place of the
            // page's (a rebuild of the whole index per keystroke took 20 ms for a project of 2,500 templates).
            return IdsAlike(indexed, facts) ? this : new SiteIndex(this, facts);
        }

        var templates = _documentsByPath.Values.Where(f => !Comparer.Equals(f.Path, facts.Path)).Append(facts);
        var rebuilt = Build(Layout, templates, Code, FilesKnown ? _files.Select(f => Path.Combine(Layout.WebRoot, f.TrimStart('/').Replace('/', Path.DirectorySeparatorChar))) : null, _pagesOnDemand.Values.Select(p => p.Path), _analysePage);
        rebuilt.HostingServer = HostingServer; // (code review: a client's new @page in the editor lost its server)
        rebuilt.UnreadFolders = UnreadFolders;
        return rebuilt;
    }

    /// <summary>Whether two versions of a template give the index the same routes and pages (only its ids can differ).</summary>
    private static bool RoutesAlike(TemplateFacts a, TemplateFacts b) =>
        a.Kind == b.Kind
        && string.Equals(a.Model, b.Model, StringComparison.Ordinal)
        && a.PageDirectives.SequenceEqual(b.PageDirectives, StringComparer.Ordinal)
        && a.RouteConstants.SequenceEqual(b.RouteConstants, StringComparer.Ordinal)
        && a.HasUnknownRoute == b.HasUnknownRoute
        && a.RoutesOtherAssemblies == b.RoutesOtherAssemblies
        && a.RouterAssemblyTypes.SequenceEqual(b.RouterAssemblyTypes, StringComparer.Ordinal)
        && a.HostedComponentTypes.SequenceEqual(b.HostedComponentTypes, StringComparer.Ordinal)
        && a.Inherits == b.Inherits
        && (a.InlineHandlers is null ? b.InlineHandlers is null : b.InlineHandlers is not null && new HashSet<string>(a.InlineHandlers, StringComparer.OrdinalIgnoreCase).SetEquals(b.InlineHandlers))
        && a.HostsComponents == b.HostsComponents
        && string.Equals(a.BaseHref, b.BaseHref, StringComparison.Ordinal);

    private static bool IdsAlike(TemplateFacts a, TemplateFacts b) =>
        a.IdsComplete == b.IdsComplete
        && a.Ids.Count == b.Ids.Count
        && new HashSet<string>(a.Ids, StringComparer.Ordinal).SetEquals(b.Ids);

    internal bool KnowsArea(string area) => _areas.Contains(area);

    /// <summary>Whether a template of the project is under <c>Areas/&lt;area&gt;/</c> (case ignored).</summary>
    internal bool HasAreaFolder(string area) =>
        System.Threading.LazyInitializer.EnsureInitialized(ref _areaFolders, () => AreaFoldersOf(_documentsByPath.Keys))!.Contains(area);

    // The area folders templates are in, found when first asked for (an unknown area is rare; each asked the same).
    private HashSet<string>? _areaFolders;

    private HashSet<string> AreaFoldersOf(IEnumerable<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            if (Relative(path) is { } relative && relative.StartsWith("Areas/", StringComparison.OrdinalIgnoreCase) && relative.IndexOf('/', 6) is var end && end > 6)
            {
                folders.Add(relative.Substring(6, end - 6));
            }
        }

        return folders;
    }

    /// <summary>The areas its pages and controllers have.</summary>
    internal IEnumerable<string> Areas => _areas;

    internal IEnumerable<PageEntry> Pages => _pages;

    /// <summary>The first page with this area and name (case ignored).</summary>
    internal PageEntry? FindPage(string area, string name) => _pagesByName.TryGetValue((area, name), out var page) ? page : null;

    /// <summary>The first page whose template is at this path.</summary>
    internal PageEntry? PageWithPath(string path) => _pagesByPath.TryGetValue(path, out var page) ? page : null;

    internal IReadOnlyList<ControllerFact> ControllersNamed(string name) => _controllers.TryGetValue(name, out var list) ? list : Array.Empty<ControllerFact>();

    internal IEnumerable<ControllerFact> Controllers => _controllers.Values.SelectMany(c => c);

    /// <summary>Whether a static file has this URL exactly.</summary>
    internal bool HasFile(string url) => _files.Contains(url);

    /// <summary>The URLs of files that differ from this one only in case.</summary>
    internal IReadOnlyList<string> FilesIgnoringCase(string url) => _filesIgnoringCase.TryGetValue(url, out var list) ? list : Array.Empty<string>();

    internal bool HasDirectory(string url) => _directories.Contains(url.TrimEnd('/'));

    internal TemplateFacts? DocumentAtUrl(string url) =>
        _documentsByUrl.TryGetValue(url, out var facts) ? facts : _pagesOnDemand.TryGetValue(url, out var page) ? page.Facts : null;

    /// <summary>A page of the site analysed when first asked for (<see cref="Lazy{T}"/>: once, whichever thread asks).</summary>
    private sealed class PageOnDemand
    {
        private readonly Lazy<TemplateFacts?> _facts;

        public PageOnDemand(string path, Func<string, TemplateFacts?> analyse)
        {
            Path = path;
            _facts = new Lazy<TemplateFacts?>(() => analyse(path));
        }

        public string Path { get; }

        public TemplateFacts? Facts => _facts.Value;
    }

    /// <summary>Whether the first segment of a path belongs to something this project serves.</summary>
    internal bool IsLocalPrefix(string path) => _localPrefixes.Contains(FirstSegment(path));

    /// <summary>The page, component, route or endpoint a path matches, if any; with the template of the document it renders.</summary>
    internal (bool Matched, TemplateFacts? Document) MatchRoute(IReadOnlyList<string> segments)
    {
        if (_routes.TryMatch(segments, out var document))
        {
            return (true, document);
        }

        foreach (var (fact, action) in ConventionalActions(segments))
        {
            // a controller whose actions are not all known answers any (as far as is known here)
            if (fact.HasUnknownActions || fact.Actions.Any(x => string.Equals(x.Name, action, StringComparison.OrdinalIgnoreCase)))
            {
                return (true, null);
            }
        }

        return (false, null);
    }

    /// <summary>
    /// A page's, component's, attribute route's or endpoint's template that would match a path but for a value its inline
    /// constraint fails (<c>/orders/abc</c> and <c>orders/{id:int}</c>), with that parameter and value; null when none.
    /// </summary>
    internal (RouteTemplate Route, string Parameter, string Value)? RouteRejectingValue(IReadOnlyList<string> segments) => _routes.FirstRejectingValue(segments);

    /// <summary>The controller each conventional route that matches a path names (one the project has), and the action.</summary>
    private IEnumerable<(ControllerFact Controller, string Action)> ConventionalActions(IReadOnlyList<string> segments)
    {
        foreach (var (route, areaOfRoute) in _conventional)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (!route.Matches(segments, values) || !values.TryGetValue("controller", out var controller) || !values.TryGetValue("action", out var action))
            {
                continue;
            }

            var matched = values.TryGetValue("area", out var a) ? a : null;
            if (areaOfRoute is not null && matched is not null && !string.Equals(matched, areaOfRoute, StringComparison.OrdinalIgnoreCase))
            {
                continue; // an area route's {area} is its own area only
            }

            if (_conventionalControllers.TryGetValue((areaOfRoute ?? matched ?? string.Empty) + "/" + controller, out var fact))
            {
                yield return (fact, action);
            }
        }
    }

    /// <summary>
    /// The controller and action whose own attribute route serves a path when that action answers only other methods than
    /// GET (<c>[HttpPost("account/signout")]</c>: third code review) and no other route serves it; else null.
    /// </summary>
    internal (string Controller, string Action)? GetlessAttributeRouteAt(IReadOnlyList<string> segments)
    {
        foreach (var (route, controller, action) in _getlessRoutes)
        {
            if (route.Matches(segments))
            {
                return (controller, action);
            }
        }

        return null;
    }

    /// <summary>Whether an endpoint mapped under a prefix its caller gives may serve a path: the path ends as its pattern does.</summary>
    internal bool MayBeUnderCallersPrefix(string[] segments)
    {
        foreach (var route in _callerPrefixed)
        {
            for (var skip = 0; skip <= segments.Length; skip++)
            {
                if (route.Matches(new ArraySegment<string>(segments, skip, segments.Length - skip)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The method of a minimal-API endpoint that serves a path with one method other than GET (<c>MapPost</c>: POST); else null. (Asked of a path no route serves for GET.)</summary>
    internal string? GetlessEndpointAt(IReadOnlyList<string> segments)
    {
        foreach (var (route, method) in _getlessEndpoints)
        {
            if (route.Matches(segments))
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>
    /// The controller and action a path names by a conventional route when that action answers only other methods than a
    /// link's GET (<c>[HttpPost]</c> alone: held-out review 86) and nothing else serves the path, by any route, for GET;
    /// else null.
    /// </summary>
    internal (string Controller, string Action)? ActionNotAnsweringGet(IReadOnlyList<string> segments)
    {
        if (_routes.TryMatch(segments, out _))
        {
            return null;
        }

        (string Controller, string Action)? postOnly = null;
        foreach (var (fact, action) in ConventionalActions(segments))
        {
            var named = fact.Actions.Where(x => string.Equals(x.Name, action, StringComparison.OrdinalIgnoreCase)).ToList();
            if (fact.HasUnknownActions || named.Any(x => x.AnswersGet))
            {
                return null; // another route serves the path for GET
            }

            postOnly ??= named.Count > 0 ? (fact.Name, named[0].Name) : null;
        }

        return postOnly;
    }

    /// <summary>Suggestions for an internal link that matches nothing: <see cref="KnownUrls"/>, prepared when the first is asked for.</summary>
    internal NearestNames NearestUrls => System.Threading.LazyInitializer.EnsureInitialized(ref _nearestUrls, () => new NearestNames(KnownUrls()))!;

    /// <summary>
    /// The nearest of the site's URLs in a path's folder (<c>/orders/history</c> for <c>/orders/histroy</c>), as
    /// <see cref="NearestNames.Find(string)"/> answers: the nearest of all leans to a shorter path (<c>/orders</c>).
    /// </summary>
    internal string NearestInFolder(string path)
    {
        var byFolder = System.Threading.LazyInitializer.EnsureInitialized(
            ref _nearestByFolder,
            () => KnownUrls().GroupBy(FolderOf, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => new NearestNames(g), StringComparer.OrdinalIgnoreCase))!;
        return byFolder.TryGetValue(FolderOf(path), out var names) ? names.Find(path.TrimEnd('/')) : NearestNames.NothingSimilar;
    }

    private Dictionary<string, NearestNames>? _nearestByFolder;

    /// <summary>
    /// The site's one file of a path's file name in another folder (<c>/index3.html</c> for <c>/pages/layout/index3.html</c>:
    /// a page copied into a folder, its links kept; held-out review 134), as <see cref="NearestNames.Find(string)"/>
    /// answers; nothing when no file, or more than one, has that name (case ignored) under <paramref name="root"/> (the
    /// folder served at the host's root that the link is in, ending in '/'; null: the whole site).
    /// </summary>
    internal string SameNameElsewhere(string path, string? root)
    {
        var byName = System.Threading.LazyInitializer.EnsureInitialized(
            ref _filesByName,
            () => _files.GroupBy(NameOf, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase))!;
        // (not a folder's index page: api/index.html means the api folder, not the site's one index.html)
        var name = NameOf(path);
        if (name.Length == 0 || name.StartsWith("index.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("default.", StringComparison.OrdinalIgnoreCase) || !byName.TryGetValue(name, out var files))
        {
            return NearestNames.NothingSimilar;
        }

        // (near the link: in a folder above it, or under the same top folder; not an unrelated example of that name
        // across the site: code review 114, MDN's whales.html)
        var found = files.Where(f => root is null || f.StartsWith(root, StringComparison.Ordinal)).Take(2).ToList();
        return found.Count == 1 && !string.Equals(found[0], path, StringComparison.OrdinalIgnoreCase) && IsNear(found[0], path) ? NearestNames.Answer(found[0]) : NearestNames.NothingSimilar;

        static bool IsNear(string file, string link)
        {
            var folder = FolderOf(file);
            return (link + "/").StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase)
                || (FirstSegment(file) is { Length: > 0 } top && folder.Length > 0 && string.Equals(top, FirstSegment(link), StringComparison.OrdinalIgnoreCase));
        }

        static string NameOf(string url) => url.Substring(url.LastIndexOf('/') + 1);
    }

    private Dictionary<string, List<string>>? _filesByName;

    /// <summary>A path's folder: what comes before its last segment (<c>/orders</c> for <c>/orders/latest/</c>).</summary>
    internal static string FolderOf(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed.Substring(0, Math.Max(0, trimmed.LastIndexOf('/')));
    }

    /// <summary>Every URL this index can name, for "nearest" suggestions.</summary>
    internal IEnumerable<string> KnownUrls()
    {
        foreach (var page in _pages)
        {
            foreach (var route in page.Routes)
            {
                yield return route.Display;
            }
        }

        foreach (var (route, _) in _components)
        {
            yield return route.Display;
        }

        foreach (var route in _attributeRoutes.Concat(_endpoints))
        {
            yield return route.Display;
        }

        // the pages a package serves in its area, where they are known (Identity UI's)
        foreach (var area in Code.ExternalAreas)
        {
            foreach (var page in CodeFacts.PagesOfLibraryArea(area)?.Pages ?? Array.Empty<string>())
            {
                yield return "/" + area + "/" + page;
            }
        }

        // Controllers' actions by the conventional pattern, where a conventional route serves them: an area's under its
        // name, or under its route's prefix ("backoffice/{controller}/{action}": held-out review 86, where the area's
        // name was suggested for itself), and the others under the prefix of a route of no area ("app/{controller}/...")
        foreach (var controller in _conventional.Count > 0 ? _conventionalControllers.Values : Enumerable.Empty<ControllerFact>())
        {
            var area = controller.Area ?? string.Empty;
            var prefixes = new[] { area.Length > 0 ? "/" + area : string.Empty }
                .Concat(_conventional.Where(r => string.Equals(r.Area ?? string.Empty, area, StringComparison.OrdinalIgnoreCase)).Select(r => r.Route.LiteralPrefix().TrimEnd('/')))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var action in controller.Actions)
            {
                foreach (var prefix in prefixes)
                {
                    var url = prefix + "/" + controller.Name + "/" + action.Name;
                    if (MatchRoute(url.Trim('/').Split('/')).Matched)
                    {
                        yield return url;
                    }
                }
            }
        }

        foreach (var file in _files)
        {
            yield return file;
        }
    }

    /// <summary>
    /// The static site's folder served at a host's root that holds a file at this URL (the innermost), when a file or name
    /// at its top says so; null when none does.
    /// </summary>
    internal ServedRoot? ServedRootOf(string url)
    {
        foreach (var root in _servedRoots)
        {
            if (url.StartsWith(root.Folder, StringComparison.Ordinal))
            {
                return root;
            }
        }

        return null;
    }

    /// <summary>
    /// The static-site generator whose source tree holds a file at this URL: the scanned folder's
    /// (<see cref="CodeFacts.SiteGenerator"/>), else the innermost folder's under it whose top says (a repository's
    /// <c>docs/</c> with its <c>_config.yml</c>); null for none.
    /// </summary>
    internal string? GeneratorOf(string? url)
    {
        if (Code.SiteGenerator is not null || url is null)
        {
            return url is not null && Code.SiteGenerator is { } generator && IsOutput(generator, url.TrimStart('/')) ? null : Code.SiteGenerator;
        }

        foreach (var (folder, name) in _generatorFolders)
        {
            if (url.StartsWith(folder, StringComparison.Ordinal))
            {
                return IsOutput(name, url.Substring(folder.Length)) ? null : name;
            }
        }

        return null;

        // what the generator built, in the folder it writes to inside its tree: pages as they are served (held-out review
        // 121: a Polly docs/_site's broken links were "built from sources")
        static bool IsOutput(string generator, string path) =>
            SiteGenerators.OutputFolder(generator) is { } output && path.StartsWith(output + "/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The folders under a static site's top that are a site generator's source tree (<see cref="SiteGenerators.Of"/>, read
    /// from the list of files), innermost first.
    /// </summary>
    private static IReadOnlyList<(string Folder, string Generator)> GeneratorFoldersOf(SiteIndex index)
    {
        if (index.Layout.IsProject)
        {
            return Array.Empty<(string, string)>();
        }

        List<(string Folder, string Generator)>? found = null;
        foreach (var directory in index._directories)
        {
            var folder = directory + "/";
            var generator = SiteGenerators.Of(
                name => index._files.Contains(folder + name),
                name => index._directories.Contains(folder + name),
                () => index._directories.Any(d => string.Equals(d, folder + "input", StringComparison.OrdinalIgnoreCase)));
            if (generator is not null)
            {
                (found ??= new List<(string, string)>()).Add((folder, generator));
            }
        }

        return found is null ? Array.Empty<(string, string)>() : found.OrderByDescending(f => f.Folder.Length).ToList();
    }

    /// <summary>
    /// The folders of a static site that are served at a host's root, as what is at their top says: a <c>CNAME</c>
    /// (GitHub Pages' custom domain, which serves the folder at that domain's root), a <c>robots.txt</c> (which crawlers
    /// read only at a host's root; not in a server's template folder), or the folder's name, <c>owner.github.io</c> (a GitHub Pages user or organisation
    /// site; its <c>docs/</c> when only that holds an index page, as GitHub Pages may publish it). Not a folder inside a
    /// site generator's source tree (Hugo's <c>static/CNAME</c> and <c>layouts/robots.txt</c>): the generator serves
    /// them elsewhere. Innermost first. A project's web root is its own: none.
    /// </summary>
    private static IReadOnlyList<ServedRoot> ServedRootsOf(SiteIndex index)
    {
        if (index.Layout.IsProject)
        {
            return Array.Empty<ServedRoot>();
        }

        var roots = new Dictionary<string, bool>(StringComparer.Ordinal);
        void Add(string folder, bool gitHubPages) => roots[folder] = gitHubPages || (roots.TryGetValue(folder, out var known) && known);
        void AddGitHubPagesSite(string folder) => Add(!HasIndexPage(folder) && HasIndexPage(folder + "docs/") ? folder + "docs/" : folder, gitHubPages: true);
        bool HasIndexPage(string folder) => IndexPages.Concat(MarkdownIndexPages).Any(name => index._files.Contains(folder + name));

        if (IsGitHubPagesName(Path.GetFileName(index.Layout.ProjectDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))))
        {
            AddGitHubPagesSite("/");
        }

        foreach (var url in index._files)
        {
            var slash = url.LastIndexOf('/');
            var name = url.Substring(slash + 1);
            // (a robots.txt in a server's template folder, Django's templates/robots.txt, is a template: code reviews)
            if (name == "CNAME" || (name == "robots.txt" && !InTemplateFolder(url)))
            {
                Add(url.Substring(0, slash + 1), gitHubPages: name == "CNAME");
            }
        }

        foreach (var folder in index._directories)
        {
            if (IsGitHubPagesName(folder.Substring(folder.LastIndexOf('/') + 1)))
            {
                AddGitHubPagesSite(folder + "/");
            }
        }

        // (a generator's own folder stays: its pages are matched where a file is, and undecided where none is)
        bool InsideGenerator(string folder) =>
            (index.Code.SiteGenerator is not null && folder != "/") || index._generatorFolders.Any(g => folder.Length > g.Folder.Length && folder.StartsWith(g.Folder, StringComparison.Ordinal));
        ServedRoot Root(string folder, bool gitHubPages)
        {
            var jekyll = gitHubPages && !index._files.Contains(folder + ".nojekyll");
            return new ServedRoot(folder, gitHubPages, jekyll, jekyll && JekyllFolders.Any(name => index._directories.Contains(folder + name)));
        }

        return roots.Count == 0
            ? Array.Empty<ServedRoot>()
            : roots.Where(r => !InsideGenerator(r.Key)).OrderByDescending(r => r.Key.Length).Select(r => Root(r.Key, r.Value)).ToList();
    }

    /// <summary>
    /// Whether a file is in a folder that server-side frameworks keep their templates in (Django's and Flask's
    /// <c>templates</c>, Express's and Rails' <c>views</c>, <c>layouts</c>, <c>partials</c>, <c>includes</c>): rendered by
    /// an app at URLs of its own, not served where it is.
    /// </summary>
    private static bool InTemplateFolder(string url)
    {
        foreach (var segment in url.Split('/'))
        {
            if (Array.IndexOf(TemplateFolders, segment.ToLowerInvariant()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TemplateFolders = { "templates", "views", "layouts", "_layouts", "partials", "includes", "_includes" };

    private static readonly string[] JekyllFolders = { "_layouts", "_includes", "_posts", "_data", "_sass" };

    /// <summary>The pages a static server answers a folder's URL with, the first found.</summary>
    internal static readonly string[] IndexPages = { "index.html", "index.htm" };

    /// <summary>The pages IIS answers a folder's URL with unless its web.config says otherwise (its default documents).</summary>
    internal static readonly string[] IisDefaultDocuments = { "default.htm", "default.html", "index.htm", "index.html", "iisstart.htm" };

    /// <summary>The Markdown files GitHub Pages' Jekyll makes a folder's index page from (jekyll-readme-index).</summary>
    internal static readonly string[] MarkdownIndexPages = { "index.md", "index.markdown", "README.md", "README.markdown" };

    /// <summary>The extensions of the Markdown files Jekyll makes pages of.</summary>
    internal static readonly string[] MarkdownExtensions = { ".md", ".markdown" };

    private static bool IsGitHubPagesName(string name) =>
        name.Length > ".github.io".Length && name.EndsWith(".github.io", StringComparison.OrdinalIgnoreCase);

    /// <summary>A template's URL when it is served as a file (under the web root), else null.</summary>
    internal string? UrlOfFile(string path)
    {
        var root = Layout.WebRoot.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!path.StartsWith(root, FileSystemPaths.Comparison))
        {
            return null;
        }

        return "/" + path.Substring(root.Length).Replace(Path.DirectorySeparatorChar, '/').Replace('\\', '/');
    }

    /// <summary>
    /// The path the app is served under when its host page says so with a literal <c>&lt;base href="/myrepo/"&gt;</c>
    /// other than "/" (a WebAssembly app on GitHub Pages, an app behind a path): the app's routes and files are under it.
    /// Null when no host page sets one, or they disagree.
    /// </summary>
    internal string? AppBase { get; private set; }

    /// <summary>
    /// Whether unmatched paths fall back to something that may serve them (<c>MapFallback*</c>, <c>UseSpa</c>): not a
    /// fallback to the page that hosts a Blazor Server app's router (<c>MapFallbackToPage("/_Host")</c>), whose "not found"
    /// content answers a path it has no page for (held-out review 46: every Blazor Server app's links were undecidable).
    /// </summary>
    internal bool HasFallback { get; private set; }

    /// <summary>The host pages of an app, whose <c>&lt;base href&gt;</c> is the app's: App.razor, wwwroot/index.html, _Host.cshtml, _Layout.cshtml.</summary>
    private static string? AppBaseOf(SiteLayout layout, IEnumerable<TemplateFacts> templates)
    {
        if (!layout.IsProject)
        {
            return null;
        }

        string? found = null;
        foreach (var facts in templates)
        {
            var name = Path.GetFileName(facts.Path);
            var host = name.Equals("App.razor", StringComparison.OrdinalIgnoreCase) || name.Equals("_Host.cshtml", StringComparison.OrdinalIgnoreCase)
                || name.Equals("_Layout.cshtml", StringComparison.OrdinalIgnoreCase)
                || (name.Equals("index.html", StringComparison.OrdinalIgnoreCase) && string.Equals(Path.GetDirectoryName(facts.Path), layout.WebRoot.TrimEnd('/', '\\'), FileSystemPaths.Comparison));
            if (!host || facts.BaseHref is not { } baseHref)
            {
                continue;
            }

            if (!baseHref.StartsWith("/", StringComparison.Ordinal))
            {
                return null;
            }

            var normalized = baseHref.EndsWith("/", StringComparison.Ordinal) ? baseHref : baseHref + "/";
            if (found is not null && !string.Equals(found, normalized, StringComparison.Ordinal))
            {
                return null; // host pages that disagree
            }

            found = normalized;
        }

        return found == "/" ? null : found;
    }

    /// <summary>
    /// Whether some route is not a literal, in C# (<see cref="CodeFacts.HasUnknownRoutes"/>, a project's own route attribute
    /// given a constant), in a component (<c>@attribute [Route(Routes.X)]</c>), or comes from controllers a feature
    /// provider of the app's makes (<see cref="CodeFacts.HasControllerFeatureProviders"/>): unmatched paths are undecidable.
    /// </summary>
    internal bool HasUnknownRoutes => Code.HasUnknownRoutes || _hasUnknownRoute || Code.HasControllerFeatureProviders;

    /// <summary>
    /// Whether the app reaches its actions by attribute routes only (<see cref="CodeFacts.MapsAttributeRoutes"/>, no
    /// conventional route of its own of any form, every route known): an action without one is reached by no URL. (A
    /// route that names its controller and action in its defaults, <c>MapControllerRoute("about", "about-us", new {
    /// controller = "Home", action = "About" })</c>, is a conventional one too: code review.)
    /// </summary>
    internal bool ReachesActionsByAttributeRoutesOnly =>
        Code.MapsAttributeRoutes && !Code.MapsConventionalRoutes && _conventional.Count == 0 && !HasUnknownRoutes && !HasExternalRouteSources;

    /// <summary>
    /// Whether pages, components or routes may come from other assemblies: a referenced library the app serves
    /// (<see cref="CodeFacts.HasExternalRouteSources"/>, <see cref="CodeFacts.ApplicationParts"/>), or a Blazor router's
    /// <c>AdditionalAssemblies</c> (<see cref="TemplateFacts.RoutesOtherAssemblies"/>).
    /// </summary>
    internal bool HasExternalRouteSources => Code.HasExternalRouteSources || Code.ApplicationParts.Count > 0 || _routerServesOtherAssemblies;

    /// <summary>
    /// Whether a Blazor router serves the components of an assembly no front end read: their routes may be anywhere, under
    /// the app's own first segments too (held-out review 49: a .Client project's <c>/weather/details</c> beside the
    /// server's <c>/weather</c>), unlike a library's pages, which keep to their own. (A folder of files is no app: a
    /// router's template in it routes nothing.)
    /// </summary>
    internal bool RouterServesUnreadAssemblies => _routerServesOtherAssemblies && Layout.IsProject;

    /// <summary>The folder Razor Pages are read from: <c>Pages</c>, or the app's <c>RootDirectory</c>.</summary>
    internal string PagesRoot => Code.PagesRoot ?? "Pages";

    /// <summary>How many of the parts are the pages root (0: the path is not under it).</summary>
    private int StartsWithPagesRoot(string[] parts)
    {
        var root = PagesRoot.Split('/');
        if (parts.Length < root.Length)
        {
            return 0;
        }

        for (var i = 0; i < root.Length; i++)
        {
            if (!parts[i].Equals(root[i], StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }

        return root.Length;
    }

    /// <summary>A Razor page's name, folder and area from its path, or null when the file is not under a Pages folder.</summary>
    internal (string Name, string Folder, string Area)? PageOf(string path)
    {
        var relative = Relative(path);
        if (relative is null)
        {
            return null;
        }

        var parts = relative.Split('/');
        string area;
        int start;
        if (parts.Length > 3 && parts[0].Equals("Areas", StringComparison.OrdinalIgnoreCase) && parts[2].Equals("Pages", StringComparison.OrdinalIgnoreCase))
        {
            area = parts[1];
            start = 3;
        }
        else if (StartsWithPagesRoot(parts) is var rootLength && rootLength > 0 && parts.Length > rootLength)
        {
            area = string.Empty;
            start = rootLength;
        }
        else
        {
            return null;
        }

        var file = parts[parts.Length - 1];
        var stem = file.Substring(0, file.Length - UrlParts.ExtensionOf(file).Length);
        var folder = "/" + string.Join("/", parts.Skip(start).Take(parts.Length - start - 1));
        var name = (folder == "/" ? string.Empty : folder) + "/" + stem;
        return (name, folder, area);
    }

    /// <summary>The area and controller an MVC view belongs to (<c>Views/Products/</c>, <c>Areas/Admin/Views/Users/</c>, and a theme's <c>Themes/Dark/Views/Products/</c>).</summary>
    internal (string Area, string? Controller)? ViewOf(string path)
    {
        var relative = Relative(path);
        if (relative is null)
        {
            return null;
        }

        var parts = relative.Split('/');
        if (parts.Length > 3 && parts[0].Equals("Themes", StringComparison.OrdinalIgnoreCase))
        {
            // a theme's override of a view, as nopCommerce, grandnode and Smartstore find it: Themes/<theme>/Views/<C>/,
            // Themes/<theme>/Areas/<A>/Views/<C>/ (held-out review 88)
            parts = parts.Skip(2).ToArray();
        }

        if (parts.Length > 4 && parts[0].Equals("Areas", StringComparison.OrdinalIgnoreCase) && parts[2].Equals("Views", StringComparison.OrdinalIgnoreCase))
        {
            return (parts[1], parts.Length == 5 && !parts[3].Equals("Shared", StringComparison.OrdinalIgnoreCase) ? parts[3] : null);
        }

        if (parts.Length > 2 && parts[0].Equals("Views", StringComparison.OrdinalIgnoreCase))
        {
            return (string.Empty, parts.Length == 3 && !parts[1].Equals("Shared", StringComparison.OrdinalIgnoreCase) ? parts[1] : null);
        }

        // the app's own view locations (Bitwarden's /AdminConsole/Views/{1}/{0}.cshtml: held-out review 127)
        foreach (var format in System.Threading.LazyInitializer.EnsureInitialized(ref _viewLocations, () => Code.ViewLocationFormats.Distinct(StringComparer.Ordinal).Select(ViewLocation).ToList())!)
        {
            var match = format.Match(relative);
            if (match.Success && !match.Groups["controller"].Value.Equals("Shared", StringComparison.OrdinalIgnoreCase))
            {
                return (match.Groups["area"].Value, match.Groups["controller"].Value);
            }
        }

        return null;
    }

    // The app's view location formats as patterns of a view's path in the project, made when first asked for.
    private List<System.Text.RegularExpressions.Regex>? _viewLocations;

    /// <summary>A view location format (<c>~/Features/{1}/{0}.cshtml</c>) as a pattern of a view's path from the project's folder.</summary>
    private static System.Text.RegularExpressions.Regex ViewLocation(string format) => new(
        "^" + System.Text.RegularExpressions.Regex.Escape(format.TrimStart('~').TrimStart('/'))
            .Replace(@"\{0}", "[^/]+").Replace(@"\{1}", "(?<controller>[^/]+)").Replace(@"\{2}", "(?<area>[^/]+)") + "$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private string? Relative(string path)
    {
        var root = Layout.ProjectDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, FileSystemPaths.Comparison) ? path.Substring(root.Length).Replace('\\', '/') : null;
    }

    internal static string FirstSegment(string url)
    {
        var trimmed = url.TrimStart('/');
        var slash = trimmed.IndexOf('/');
        return slash < 0 ? trimmed : trimmed.Substring(0, slash);
    }

    /// <summary>Page areas and names compared as <see cref="FindPage"/> compares them: case ignored.</summary>
    private sealed class PageNameComparer : IEqualityComparer<(string Area, string Name)>
    {
        public static readonly PageNameComparer Instance = new();

        public bool Equals((string Area, string Name) x, (string Area, string Name) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Area, y.Area) && StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name);

        public int GetHashCode((string Area, string Name) key) =>
            (StringComparer.OrdinalIgnoreCase.GetHashCode(key.Area) * 31) + StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name);
    }
}
