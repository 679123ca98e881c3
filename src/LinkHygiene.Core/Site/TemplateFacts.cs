using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Suppressions;
using LinkHygiene.Text;

namespace LinkHygiene.Site;

/// <summary>One internal link as the site checks need it: what it names (an href, a page, an action) and where to report.</summary>
public sealed class InternalLinkFact
{
    internal InternalLinkFact(SourceSpan span, int linkLine, RuleFilter ignored, string display)
    {
        Span = span;
        LinkLine = linkLine;
        Ignored = ignored;
        Display = display;
    }

    /// <summary>Where a finding goes: the value of the attribute that names the destination.</summary>
    public SourceSpan Span { get; }

    /// <summary>The line the link's start tag is on (suppression comments above it apply).</summary>
    public int LinkLine { get; }

    internal RuleFilter Ignored { get; }

    /// <summary>The destination as written, for messages.</summary>
    public string Display { get; }

    /// <summary>A literal href (or the path of an absolute URL to one of the site's hosts).</summary>
    public string? Href { get; internal set; }

    /// <summary>Whether the href is an absolute URL to one of the site's own hosts.</summary>
    public bool IsSiteHostUrl { get; internal set; }

    /// <summary><c>asp-page</c>.</summary>
    public string? Page { get; internal set; }

    /// <summary><c>asp-page-handler</c>.</summary>
    public string? PageHandler { get; internal set; }

    /// <summary><c>asp-area</c> (empty: the root, no area).</summary>
    public string? Area { get; internal set; }

    /// <summary><c>asp-controller</c>.</summary>
    public string? Controller { get; internal set; }

    /// <summary><c>asp-action</c>.</summary>
    public string? Action { get; internal set; }

    /// <summary>Where the controller is named (<c>asp-controller</c>'s value, a URL helper's controller argument), if apart from <see cref="Span"/>.</summary>
    public SourceSpan? ControllerSpan { get; internal set; }

    /// <summary><c>asp-fragment</c>.</summary>
    public string? Fragment { get; internal set; }

    /// <summary>Where the fragment is named (<c>asp-fragment</c>'s value), if apart from <see cref="Span"/>: what a missing fragment (LH031) marks.</summary>
    public SourceSpan? FragmentSpan { get; internal set; }

    /// <summary>Why a link with route values only (<c>asp-route-id</c>, <c>asp-area</c>) cannot be known: its page or action is the current one.</summary>
    internal const string RouteValuesOnly = "route values only (the current page or action)";

    /// <summary>Why the destination cannot be known before run time (a computed value, a named route), or null.</summary>
    public string? Undecidable { get; internal set; }

    /// <summary>Whether it uses the anchor tag helper's route attributes.</summary>
    public bool IsTagHelper => Page is not null || Controller is not null || Action is not null;

    /// <summary>
    /// Whether a script sends the link with another method than a link's GET (jquery-unobtrusive-ajax's
    /// <c>data-ajax-method="POST"</c>, htmx's <c>hx-post</c>, <c>data-method</c>): then a POST-only action is its destination.
    /// </summary>
    public bool SentWithAnotherMethod { get; internal set; }
}

/// <summary>
/// What the site checks (LH030, LH031) need from one template, taken from the one parse every rule shares: the routes
/// it declares (<c>@page</c>), its model, the ids it defines and whether they are all known, its <c>&lt;base href&gt;</c>,
/// and its internal links. Small enough to keep for every template of a project until the whole site is known.
/// </summary>
public sealed class TemplateFacts
{
    private static readonly Regex LayoutNull = new(@"\bLayout\s*=\s*null\s*;", RegexOptions.CultureInvariant);

    /// <summary>Whether a view's text sets <c>Layout = null;</c> (then its ids are all the rendered page's).</summary>
    internal static bool LayoutIsNull(string text) => LayoutNull.IsMatch(text);
    /// <summary>
    /// The <c>Html</c> helpers that write markup from elsewhere or a field's id (both regexes below): an MVC 5 child action,
    /// display and editor templates, form fields; a content management system's placeholders, content areas and rich text
    /// (held-out review 98: Sitecore's <c>Html.Sitecore().Placeholder("main")</c> and its other helpers, Kentico's
    /// <c>Html.Kentico().EditableArea("main")</c>, Episerver's <c>Html.PropertyFor(x => x.MainContentArea)</c>, Umbraco's
    /// grid and block lists).
    /// </summary>
    private const string HtmlHelpersWritingMarkup = @"Action|RenderAction|Display|DisplayFor|DisplayForModel|Editor|EditorFor|EditorForModel|(?:TextBox|TextArea|DropDownList|ListBox|CheckBox|RadioButton|Hidden|Password)(?:For)?"
        + @"|(?:Sitecore|Kentico)\s*\(\s*\)\s*\.\s*\w+|PropertyFor|RenderContentArea|RenderXhtmlString|GetGridHtml|GetBlockListHtml(?:Async)?|GetBlockGridHtml(?:Async)?";

    /// <summary>
    /// An expression that writes markup from elsewhere into the page: a layout's body and sections, a partial, a view
    /// component, an MVC 5 child action, a display or editor template, Web Pages' <c>RenderPage</c>, HTML written raw
    /// (<c>@Html.Raw(Model.BodyHtml)</c>: Markdown made HTML at run time; <c>new HtmlString(...)</c>), and the HTML helpers
    /// that write a field's id, as <c>asp-for</c> does (<c>@Html.TextBoxFor(m => m.Email)</c>: <c>id="Email"</c>).
    /// </summary>
    private static readonly Regex RendersOtherContent = new(@"\b(RenderBody|RenderSection|RenderSectionAsync|Partial|PartialAsync|RenderPartial|RenderPartialAsync|RenderComponentAsync(?:<[^>()]*>)?|RenderPage|Raw)\s*\(|\bScripts\s*\.\s*Render(?:Format)?\s*\(|\bHtml\s*\.\s*(" + HtmlHelpersWritingMarkup + @")\s*\(|\bComponent\s*\.\s*InvokeAsync\b|\b(?:Html|MvcHtml)String\s*(?:\.\s*Create\s*)?\(", RegexOptions.CultureInvariant);

    /// <summary>
    /// The same calls in a code block (<c>@{ await Html.RenderPartialAsync("_Answers"); }</c>, <c>@if (...) { ... }</c>, the
    /// page's <c>@functions</c>, which the page calls), written as calls of <c>Html</c> or the page: a block's markup and
    /// strings hold words like "Partial (3 of 5)" too. (A comment or a string that holds such a call is still read as one.)
    /// </summary>
    private static readonly Regex RendersOtherContentInCode = new(@"\bHtml\s*\.\s*(Raw|Partial|PartialAsync|RenderPartial|RenderPartialAsync|" + HtmlHelpersWritingMarkup + @"|RenderComponentAsync(?:<[^>()]*>)?)\s*\(|\b(RenderPage|RenderSection|RenderSectionAsync|RenderBody)\s*\(|\bComponent\s*\.\s*InvokeAsync\s*\(|\bnew\s+(?:[\w.]+\.)?(?:Html|MvcHtml)String\s*\(|\bMvcHtmlString\s*\.\s*Create\s*\(", RegexOptions.CultureInvariant);

    /// <summary>Whether code holds a word every match of <see cref="RendersOtherContent"/> holds (most code does not: no regex for it).</summary>
    private static bool MayRenderOtherContent(string code, int start, int length)
    {
        foreach (var word in RenderingWords)
        {
            if (code.IndexOf(word, start, length, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RenderingWords = { "Render", "Partial", "Component", "Raw", "Html" };

    private static readonly AttributeNameList IdBindings = LinkExtractor.BindingForms("id", ":id", "v-bind:id", "[id]", "[attr.id]", "x-bind:id", "th:id", "ng-attr-id");

    /// <summary>Whether an attribute writes an element's id at run time: a binding, or Knockout's <c>attr: { id: key }</c>.</summary>
    /// <remarks>Every form in <see cref="IdBindings"/> names "id": a name without it is looked for no further.</remarks>
    private static bool BindsId(string name, string value) =>
        (name.IndexOf("id", StringComparison.Ordinal) >= 0 && IdBindings.Contains(name)) || (name == "data-bind" && LinkExtractor.KnockoutSetsAttribute(value, "id"));

    private TemplateFacts(string path, TemplateKind kind)
    {
        Path = path;
        Kind = kind;
    }

    /// <summary>The template's path, as given to the engine.</summary>
    public string Path { get; }

    /// <summary>The template language.</summary>
    public TemplateKind Kind { get; }

    /// <summary>The arguments of its <c>@page</c> directives, unquoted ("" for a bare <c>@page</c>); empty when it is not routable.</summary>
    public IReadOnlyList<string> PageDirectives { get; private set; } = Array.Empty<string>();

    /// <summary>The class constants a component's <c>[Route]</c> attributes name (<c>DocRoutes.Button</c>), which the site index looks up in the project's C#.</summary>
    public IReadOnlyList<string> RouteConstants { get; private set; } = Array.Empty<string>();

    /// <summary>The class its <c>@model</c> names, as written (with its namespace when written with one; without generic arguments), if any.</summary>
    public string? Model { get; private set; }

    /// <summary>
    /// The handlers a Razor page without a model declares in its own <c>@functions</c> block (<c>public IActionResult
    /// OnGetExport()</c>: "Export"), as a page model's are read; null when it has a model, a
    /// base class (<c>@inherits</c>) or no such block (held-out review 86: a typo of a single-file page's handler was resolved).
    /// </summary>
    public IReadOnlyCollection<string>? InlineHandlers { get; private set; }

    /// <summary>Whether it names a base class (<c>@inherits</c>): in a <c>_ViewImports.cshtml</c>, every page below it derives from it.</summary>
    public bool Inherits { get; private set; }

    private static readonly System.Text.RegularExpressions.Regex FunctionsBlock = new(@"@functions\s*\{", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PublicMethod = new(
        @"\bpublic\s+[^;{}()=]*?\b(?<name>On\w+)\s*\(", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether an HTML file is a static-site or client-side template (<see cref="TemplateDocument.IsSiteTemplate"/>: a
    /// tag, output or comment of Liquid, Jinja, Nunjucks, Twig, Go templates, Handlebars, Mustache, Angular or Vue, or
    /// front matter): a generator or a script renders it into other pages, or around other content, so its ids are not
    /// all the page's and its own path is not the page's URL.
    /// </summary>
    public bool IsSiteTemplate { get; private set; }

    /// <summary>The literal <c>&lt;base href&gt;</c>, if the template sets one.</summary>
    public string? BaseHref { get; private set; }

    /// <summary>The ids (and <c>&lt;a name&gt;</c> names) it defines.</summary>
    public IReadOnlyCollection<string> Ids => _idsFromParse is null ? _ids : _idsFromParse.Value.Ids;

    /// <summary>
    /// Whether <see cref="Ids"/> are all the ids of the rendered page: no id computed at run time, no content from a
    /// layout, partial, component or script.
    /// </summary>
    public bool IdsComplete => _idsFromParse is null ? _idsComplete : _idsFromParse.Value.Complete;

    /// <summary>Suggestions for a fragment that names none of <see cref="Ids"/>, made when the first is asked for.</summary>
    internal NearestNames NearestIds => System.Threading.LazyInitializer.EnsureInitialized(ref _nearestIds, () => new NearestNames(Ids))!;

    private IReadOnlyCollection<string> _ids = Array.Empty<string>();
    private NearestNames? _nearestIds;
    private bool _idsComplete;

    // For a template read without a DOM (TemplateDocument.IsTokensOnly): its ids from a full parse, made only if a link
    // from another page asks for them (most templates are never the target of a fragment).
    private Lazy<(IReadOnlyCollection<string> Ids, bool Complete)>? _idsFromParse;

    /// <summary>Its internal links, in source order.</summary>
    public IReadOnlyList<InternalLinkFact> Links { get; private set; } = Array.Empty<InternalLinkFact>();

    internal LineMap? Lines { get; private set; }

    internal SuppressionIndex? Suppressions { get; set; }

    private static readonly System.Text.RegularExpressions.Regex ComponentRouteAttribute = new(
        @"^\s*\[\s*(?:global::)?(?:Microsoft\.AspNetCore\.Components\.)?Route(?:Attribute)?\s*\(",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the component declares a route that is not a literal (<c>@attribute [Route(Routes.Weather)]</c>).</summary>
    public bool HasUnknownRoute { get; private set; }

    // Read in the masked text: no Razor comment or C# (a commented-out router, a snippet in a string), and a C# value
    // (OnNavigateAsync=@(e => Load(e))) is a masked run with no '>' in it.
    private static readonly System.Text.RegularExpressions.Regex RouterStartTag = new(
        @"<Router\b(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex AppAssemblyAttribute = new(
        @"\sAppAssembly\s*=\s*[""']?@?\(?\s*(?<value>[^""'\s>]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex OwnAssembly = new(
        @"^(?:typeof\((?:global::)?(?:(?:[\w.]+\.)?(?:App|Program|Routes|MainLayout|Startup)|_Imports)\)\.Assembly|GetType\(\)\.Assembly|(?:System\.Reflection\.)?Assembly\.GetExecutingAssembly\(\))\)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads a router's <c>AppAssembly</c> and <c>AdditionalAssemblies</c> (in the text as written): an <c>AppAssembly</c>
    /// that is the app's own (<c>typeof(App)</c>, <c>typeof(Program)</c> and the like; none at all is the app's own as far
    /// as is known here) routes the app's pages; <c>typeof(Lib.Pages.Counter).Assembly</c> routes a library's (code
    /// review: they were reported broken), as the types of <c>AdditionalAssemblies</c> do. Returns whether it routes
    /// assemblies it names other than by a type.
    /// </summary>
    private static bool ReadRouterAssemblies(string attributes, ref List<string>? types)
    {
        var unnamed = false;
        var appAssembly = AppAssemblyAttribute.Match(attributes);
        if (appAssembly.Success && !OwnAssembly.IsMatch(appAssembly.Groups["value"].Value.Replace(" ", string.Empty)))
        {
            unnamed |= !Add(ComponentAssembly.TypesNamedIn(appAssembly.Groups["value"].Value), ref types);
        }

        var additional = AdditionalAssembliesAttribute.Match(attributes);
        if (additional.Success)
        {
            unnamed |= !Add(additional.Groups["value"].Success ? ComponentAssembly.TypesNamedIn(additional.Groups["value"].Value) : null, ref types);
        }

        return unnamed;

        static bool Add(List<string>? named, ref List<string>? types)
        {
            if (named is null)
            {
                return false;
            }

            (types ??= new List<string>()).AddRange(named);
            return true;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex AdditionalAssembliesAttribute = new(
        @"\sAdditionalAssemblies\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the component is a Blazor router that also serves the routable components of other assemblies it does
    /// not name by a type (<c>&lt;Router AppAssembly="..." AdditionalAssemblies="Program.Assemblies"&gt;</c>): pages of a
    /// referenced library may be the app's pages then.
    /// </summary>
    public bool RoutesOtherAssemblies { get; private set; }

    /// <summary>
    /// The types, as written, by which a Blazor router names other assemblies whose routable components it serves
    /// (<c>AdditionalAssemblies="new[] { typeof(Client._Imports).Assembly }"</c>, or an <c>AppAssembly</c> not the app's):
    /// resolved against <see cref="CodeFacts.ComponentAssemblies"/>.
    /// </summary>
    public IReadOnlyList<string> RouterAssemblyTypes { get; private set; } = Array.Empty<string>();

    /// <summary>
    /// Whether a view or page renders a Blazor component as the page (<c>&lt;component type="typeof(App)" /&gt;</c>,
    /// <c>Html.RenderComponentAsync&lt;App&gt;</c>): a Blazor Server app's <c>_Host</c>, which hosts the app's router.
    /// </summary>
    public bool HostsComponents { get; private set; }

    private static readonly System.Text.RegularExpressions.Regex ComponentHost = new(
        @"<component\s[^>]{0,1024}\btype\s*=|\bRenderComponentAsync\s*<", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The components, as written, a view or page renders (<c>&lt;component type="typeof(App)"&gt;</c>,
    /// <c>Html.RenderComponentAsync&lt;App&gt;</c>): one of a referenced project is a hosted WebAssembly app's
    /// <c>App</c>, prerendered by the server's <c>_Host</c>, whose router serves that project's pages there (held-out
    /// review 86). Resolved against <see cref="CodeFacts.ComponentAssemblies"/>; one of the app's own is its own router.
    /// </summary>
    public IReadOnlyList<string> HostedComponentTypes { get; private set; } = Array.Empty<string>();

    private static readonly System.Text.RegularExpressions.Regex HostedComponent = new(
        @"<component\s[^>]{0,1024}\btype\s*=\s*[""']@?\(?\s*typeof\s*\(\s*(?<type>[\w.:]+)\s*\)|\bRenderComponentAsync\s*<\s*(?<type>[\w.:]+)\s*>", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex UsedNamespace = new(@"^\s*(?<name>[A-Za-z_][\w.]*)\s*;?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The route of a <c>@page</c> directive: its string's text, without what follows it on the line (held-out review 101:
    /// Blazorise's demo pages write <c>@page "/tests/breadcrumbs";</c>, and a comment may follow); "" for a bare <c>@page</c>.
    /// </summary>
    internal static string PageRoute(string argument)
    {
        var text = argument.Trim();
        var close = text.StartsWith("\"", StringComparison.Ordinal) || text.StartsWith("@\"", StringComparison.Ordinal) ? CSharpString.End(text, 0, text.Length) : -1;
        return close > 0 && CSharpString.Value(text.Substring(0, close + 1)) is { } route ? route : text.Trim('"');
    }

    /// <summary>Facts of a template that could not be parsed: no routes, no ids known, no links.</summary>
    internal static TemplateFacts Unanalysed(string path, TemplateKind kind) => new(path, kind);

    /// <summary>
    /// Facts of a referenced library's page (<see cref="CodeFacts.LibraryPages"/>) at <paramref name="path"/>: its route
    /// template, or a route not known; no ids known, no links.
    /// </summary>
    internal static TemplateFacts OfLibraryPage(string path, string? routeTemplate) =>
        new(path, TemplateKind.RazorView) { PageDirectives = new[] { routeTemplate ?? string.Empty }, HasUnknownRoute = routeTemplate is null };

    internal static TemplateFacts From(TemplateDocument document, IReadOnlyList<Link> links, SuppressionIndex? suppressions)
    {
        var facts = new TemplateFacts(document.Path, document.Kind)
        {
            IsSiteTemplate = document.IsSiteTemplate,
            Lines = document.Lines,
            Suppressions = suppressions,
        };

        var pages = new List<string>();
        List<string>? routeConstants = null; // rare: allocated when one is found
        foreach (var directive in document.Directives)
        {
            switch (directive.Name)
            {
                case "page":
                    pages.Add(PageRoute(directive.Argument));
                    break;
                case "model":
                    facts.Model = ClassName(directive.Argument);
                    break;
                case "attribute" when document.Kind == TemplateKind.RazorComponent && ComponentRouteAttribute.Match(directive.Argument) is { Success: true } route:
                    // @attribute [Route("/weather")]: a component's route, as @page "/weather" is; or a constant expression
                    // (held-out review 101: [Route("/components/" + nameof(HxButton))], [Route(PageUrl)] with
                    // "const string PageUrl = DemoRouteConstants.Demos_URL_Buttons;" in the component's @code), whose
                    // constants of classes the site index looks up in the C# (held-out review 46: [Route(DocRoutes.Button)])
                    if (CSharpArguments.Split(directive.Argument, route.Index + route.Length, directive.Argument.Length, moreAfter: true) is [var argument]
                        && ConstantExpression.Read(directive.Argument.Substring(argument.Start, argument.End - argument.Start), LocalConstant) is { } expression)
                    {
                        if (expression.IndexOf(CodeFacts.ConstantReference[0]) < 0)
                        {
                            pages.Add(expression);
                        }
                        else
                        {
                            (routeConstants ??= new List<string>()).Add(expression);
                        }
                    }
                    else
                    {
                        facts.HasUnknownRoute = true; // [Route(Weather)] from a base class, an interpolated string
                    }

                    break;
            }
        }

        string? LocalConstant(string name, int depth) => document.ConstantString(name) is { } text ? ConstantExpression.Read(text, LocalConstant, depth) : null;

        facts.PageDirectives = pages;
        facts.Inherits = document.Directives.Any(d => d.Name == "inherits");
        if (pages.Count > 0 && facts.Model is null && document.Kind == TemplateKind.RazorView && FunctionsBlock.IsMatch(document.Text) && !facts.Inherits)
        {
            var handlers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var block in document.CodeBlocks)
            {
                foreach (System.Text.RegularExpressions.Match method in PublicMethod.Matches(document.Text.Substring(block.Start, block.Length)))
                {
                    if (PageModelFact.HandlerOf(method.Groups["name"].Value) is { Length: > 0 } handler)
                    {
                        handlers.Add(handler);
                    }
                }
            }

            facts.InlineHandlers = handlers;
        }

        facts.RouteConstants = (IReadOnlyList<string>?)routeConstants ?? Array.Empty<string>();
        facts.HostsComponents = document.Kind == TemplateKind.RazorView && document.Text.IndexOf("omponent", StringComparison.Ordinal) >= 0 && ComponentHost.IsMatch(document.Text);
        if (facts.HostsComponents)
        {
            // As written, and under the namespaces the page names (its @namespace, its @using: typeof(App) of the
            // template's "@using BlazorApp.Client"), where a build looks the type up
            var hosted = new List<string>();
            foreach (System.Text.RegularExpressions.Match component in HostedComponent.Matches(document.Text))
            {
                // Any component: the app's root holds its router whatever its name (a renamed ClientApp: third code
                // review). A component embedded in a page that is no router brings its assembly's pages too: links to them
                // resolve where they may not be served, which leaves a broken one unreported rather than reporting good ones.
                var type = component.Groups["type"].Value;
                hosted.Add(type);
                foreach (var directive in document.Directives)
                {
                    if (directive.Name is "namespace" or "using" && UsedNamespace.Match(directive.Argument) is { Success: true } used)
                    {
                        hosted.Add(used.Groups["name"].Value + "." + type);
                    }
                }
            }

            facts.HostedComponentTypes = hosted;
        }

        if (document.Kind == TemplateKind.RazorComponent && document.Masked.IndexOf("<Router", StringComparison.Ordinal) >= 0)
        {
            List<string>? routerTypes = null;
            foreach (System.Text.RegularExpressions.Match router in RouterStartTag.Matches(document.Masked))
            {
                var attributes = router.Groups["attributes"];
                facts.RoutesOtherAssemblies |= ReadRouterAssemblies(document.Text.Substring(attributes.Index, attributes.Length), ref routerTypes);
            }

            facts.RouterAssemblyTypes = (IReadOnlyList<string>?)routerTypes ?? Array.Empty<string>();
        }
        if (document.IsTokensOnly)
        {
            // Nothing in it that is a link (TemplateDocument.NeedsTree), so no internal link facts either.
            var (path, text, kind) = (document.Path, document.Text, document.Kind);
            facts._idsFromParse = new(() =>
            {
                try
                {
                    var (ids, complete, _) = IdsOf(TemplateDocument.Parse(path, text, kind, tokensWhenEnough: false));
                    return (ids, complete);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The tokenizer read it; should the tree builder ever fail on it, its ids are unknown: links into
                    // it are then undecidable (never a false LH031), and the site check goes on for every other page.
                    return (Array.Empty<string>(), false);
                }
            });
            return facts;
        }

        (facts._ids, facts._idsComplete, facts.BaseHref) = IdsOf(document);
        var described = new List<InternalLinkFact>(links.Count);
        foreach (var link in links)
        {
            if (Describe(document, link) is { } fact)
            {
                described.Add(fact);
            }
        }

        facts.Links = described;
        return facts;
    }

    /// <summary>
    /// The ids a parsed template defines, whether they are all the ids of the rendered page, and its literal
    /// <c>&lt;base href&gt;</c>.
    /// </summary>
    internal static (IReadOnlyCollection<string> Ids, bool Complete, string? BaseHref) IdsOf(TemplateDocument document) =>
        document.IdsFound ??= FindIds(document);

    private static (IReadOnlyCollection<string> Ids, bool Complete, string? BaseHref) FindIds(TemplateDocument document)
    {
        if (document.Dom is null)
        {
            return (Array.Empty<string>(), false, null);
        }

        string? baseHrefValue = null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var complete = (document.Kind == TemplateKind.Html && !document.IsSiteTemplate) || (document.Kind == TemplateKind.RazorView && LayoutIsNull(document.Text));
        if (document.Kind != TemplateKind.Html && System.IO.Path.GetFileName(document.Path).StartsWith("_", StringComparison.Ordinal))
        {
            complete = false; // a layout or a partial is part of other pages
        }

        // A server-side include (<!--#include virtual="/nav.html" -->) puts another file's markup in (code review)
        if (complete && document.Text.IndexOf("<!--#include", StringComparison.Ordinal) >= 0)
        {
            complete = false;
        }

        // (only where every id could be known: a page without a layout, a static page)
        foreach (var expression in complete ? document.Expressions : Array.Empty<RazorExpression>())
        {
            if (MayRenderOtherContent(expression.Code, 0, expression.Code.Length) && RendersOtherContent.IsMatch(expression.Code))
            {
                complete = false;
                break;
            }
        }

        foreach (var block in complete ? document.CodeBlocks : Array.Empty<SourceSpan>())
        {
            if (MayRenderOtherContent(document.Text, block.Start, block.Length) && RendersOtherContentInCode.IsMatch(document.Text.Substring(block.Start, block.Length)))
            {
                complete = false;
                break;
            }
        }

        var anchorJs = document.WrittenByDocFx;
        List<IElement>? unnamedHeadings = null;
        foreach (var element in Elements(document.Dom))
        {
            var local = element.LocalName; // (read once: each read is a call through AngleSharp's interface)
            if ((local == "script" && MayWriteMarkup(element, document)) || local == "template" || local.IndexOf('-') >= 0 || local.IndexOf(':') >= 0 || local == "partial")
            {
                complete = false; // content the browser or the server builds from elsewhere
            }

            if (anchorJs && local is "h2" or "h3" or "h4" && !element.HasAttribute("id"))
            {
                (unnamedHeadings ??= new List<IElement>()).Add(element);
            }

            var hasIdAttribute = ReadAttributes(element, out var loadHandler);
            if (complete && loadHandler is not null && WritesMarkup.IsMatch(loadHandler))
            {
                complete = false; // <body onload="...id = 'x'"> (code review 121)
            }

            if (local == "meta" && IsRedirect(element))
            {
                // a page that sends the browser on to another, whose script carries the fragment there (rustdoc's stubs
                // for moved items: location.replace(url + location.hash); held-out review 122, 24,843 wrong LH031)
                complete = false;
            }

            if (document.Kind == TemplateKind.RazorComponent && document.GetSourceName(element) is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                complete = false; // a component renders its own markup
            }

            // The source attributes (with their spans and dynamic parts) are measured only for the few elements that
            // have an attribute this reads: measuring every element's cost more than the rest of the facts.
            if (!(local == "base" || hasIdAttribute))
            {
                continue;
            }

            var attributes = document.GetAttributes(element);
            if (local == "base" && baseHrefValue is null && LinkExtractor.Find(attributes, "href") is { IsDynamic: false } baseHref)
            {
                baseHrefValue = baseHref.Value.Trim();
            }

            foreach (var attribute in attributes)
            {
                // (the name of an HTML <a> only, as HTML's indicated part reads it: not an SVG link's; held-out review 171)
                if (attribute.Name == "id" || (attribute.Name == "name" && local == "a" && !LinkExtractor.IsSvgLink(element)))
                {
                    if (attribute.IsDynamic)
                    {
                        complete = false;
                    }
                    else if (attribute.Value.Length > 0)
                    {
                        ids.Add(attribute.Value);
                    }
                }
                else if (attribute.Name == "asp-for" || LinkExtractor.WritesAttributes(attribute.Name) || BindsId(attribute.Name, attribute.Value))
                {
                    // asp-for and splatted attributes write ids at run time (not Alpine's @click: held-out review 102, every
                    // Tailwind and Alpine landing page's menu toggle had switched LH031 off for its page)
                    complete = false;
                }
            }
        }

        if (unnamedHeadings is not null)
        {
            AddAnchorJsIds(unnamedHeadings, ids);
        }

        return (ids, complete, baseHrefValue);
    }

    /// <summary>
    /// One pass over an element's attributes: whether one gives it an id (or a name an anchor can target) or writes one at
    /// run time, and its handler of the page's loading (<c>onload</c>, else <c>onpageshow</c>), which may write markup or an
    /// id (<see cref="WritesMarkup"/>); a click's or a form's runs when the reader acts (code review 122: a like button's
    /// <c>onclick="fetch(..)"</c> had made a page's fragments undecidable). (Each look at an attribute is a call through
    /// AngleSharp's interfaces, for every element of every page: two passes cost twice that.)
    /// </summary>
    private static bool ReadAttributes(IElement element, out string? loadHandler)
    {
        var hasIdAttribute = false;
        string? onload = null, onpageshow = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var name = attribute.Name;
            if (onload is null && name == "onload")
            {
                onload = attribute.Value;
            }
            else if (onpageshow is null && name == "onpageshow")
            {
                onpageshow = attribute.Value;
            }

            hasIdAttribute = hasIdAttribute || name == "id" || name == "name" || name == "asp-for" || name.StartsWith("@", StringComparison.Ordinal) || LinkExtractor.WritesAttributes(name) || BindsId(name, attribute.Value);
        }

        loadHandler = onload ?? onpageshow;
        return hasIdAttribute;
    }

    /// <summary>
    /// Whether a meta element sends the browser to another page: <c>&lt;meta http-equiv="refresh" content="0;URL=..."&gt;</c>,
    /// or with the URL alone after its time (<c>content="0; index.html"</c>, Javadoc's stub); not one only for browsers
    /// without scripts, in a <c>&lt;noscript&gt;</c> (code review).
    /// </summary>
    private static bool IsRedirect(IElement meta)
    {
        if (!string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var ancestor = meta.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "noscript")
            {
                return false;
            }
        }

        var content = meta.GetAttribute("content") ?? string.Empty;
        var separator = content.IndexOfAny(new[] { ';', ',' });
        return separator >= 0 && content.Substring(separator + 1).Trim().Length > 0;
    }

    /// <summary>
    /// Whether a script may add elements or ids to the page: one loaded from elsewhere, a template's markup
    /// (<c>type="text/template"</c>), or inline code that calls a DOM method writing them (<see cref="WritesMarkup"/>). Not
    /// data (JSON-LD, an import map) nor inline code that only reads the page: SQLite's documentation opens every page
    /// with a script that shows and hides its menus by id (held-out review 78). A library's call (<c>anchors.add()</c>
    /// adds ids to headings) needs the library, a script loaded from elsewhere on the same page.
    /// </summary>
    internal static bool MayWriteMarkup(IElement script, TemplateDocument document)
    {
        var type = (script.GetAttribute("type") ?? string.Empty).Trim().ToLowerInvariant();
        if (type is "application/ld+json" or "application/json" or "importmap" or "speculationrules")
        {
            return false;
        }

        var code = type.Length == 0 || type == "module" || type.IndexOf("javascript", StringComparison.Ordinal) >= 0 || type.IndexOf("ecmascript", StringComparison.Ordinal) >= 0;
        // (src, and the tag helper's asp-src-include and asp-fallback-src: code review)
        return !code || script.Attributes.Any(a => a.Name.IndexOf("src", StringComparison.OrdinalIgnoreCase) >= 0 && !IsLibraryWritingNoIds(a.Value) && !IsGeneratorsOwn(document, a.Value))
            || WritesMarkup.IsMatch(script.TextContent);
    }

    /// <summary>
    /// Whether a script's source is a library that adds no element a link could name by its id: jQuery (and jQuery Migrate), Bootstrap, Popper,
    /// the old IE shims (html5shiv, Respond, Bootstrap's ie10-viewport-bug-workaround and ie-emulation-modes-warning),
    /// Modernizr, the code highlighters that wrap a sample's text in spans (google-code-prettify: Apache's manual, held-out
    /// review 136; highlight.js, Prism), Google's analytics tags, and the scripts Sphinx's and Doxygen's pages load whose names are theirs
    /// (doctools.js, sphinx_highlight.js, dynsections.js ...; see <see cref="IsGeneratorsOwn"/>). Nearly every static or generated page loads one of them, and each
    /// switched LH031 off for the page (held-out reviews 114 and 118: a course site's broken #bib29, Doxygen's
    /// #enumval-members). A site's own script, or any other, may add ids.
    /// </summary>
    private static bool IsLibraryWritingNoIds(string source)
    {
        var path = ScriptPath(source);
        return LibraryFile.IsMatch(path.Substring(path.LastIndexOf('/') + 1))
            || source.IndexOf("googletagmanager.com/gtag/js", StringComparison.OrdinalIgnoreCase) >= 0
            || path.EndsWith("google-analytics.com/analytics.js", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A script's source without its query and fragment.</summary>
    private static string ScriptPath(string source) => UrlParts.WithoutQueryOrFragment(source.Trim());

    /// <summary>
    /// Whether a script is one its generator's pages load, on a page that generator wrote (its generator meta, or what
    /// else it writes on every page: TemplateDocument.WrittenByJavadoc, WrittenByDocFx): Doxygen's <c>menu.js</c>,
    /// <c>navtree.js</c>, <c>search/search.js</c> ..., Javadoc's <c>script.js</c>, <c>search.js</c> and jQuery UI, MkDocs'
    /// <c>search/main.js</c>, its themes' <c>base.js</c> and <c>theme.js</c> and Material's bundle, DocFX's <c>docfx.js</c>,
    /// its vendor bundle and <c>main.js</c>, whose AnchorJS ids are read (<see cref="AddAnchorJsIds"/>). None adds
    /// another element a link names by its id; a site's own script may have the same name and may add ids (code
    /// review), so the name counts only on the generator's page (held-out review 118: Javadoc's and MkDocs Material's
    /// pages had no fragment checked).
    /// </summary>
    private static bool IsGeneratorsOwn(TemplateDocument document, string source)
    {
        var path = ScriptPath(source);
        foreach (var (writtenBy, scripts) in GeneratorScripts)
        {
            if (scripts.IsMatch(path) && writtenBy(document))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (Func<TemplateDocument, bool> WrittenBy, Regex Scripts)[] GeneratorScripts =
    {
        (d => d.WrittenBy("Doxygen"), GeneratorScript(@"menu|menudata|navtree|navtreedata|resize|search|searchdata|cookie|clipboard")),
        (d => d.WrittenByJavadoc, GeneratorScript(@"script|search|search-page|jquery-ui|(member|package|type|module|tag)-search-index|jszip(-utils)?")),
        // (Material's assets/javascripts/bundle.467223ff.min.js; a site's own main.js is not MkDocs' search/main.js)
        (d => d.WrittenBy("mkdocs"), GeneratorScript(@"search/main|base|theme|theme_extra|highlight(\.pack)?|bundle\.[0-9a-f]+")),
        // (the classic templates' styles/docfx.vendor.js, docfx.js and main.js, the modern one's public/docfx.min.js and
        // main.js: the ids they give headings are read as AnchorJS makes them, see AddAnchorJsIds)
        (d => d.WrittenByDocFx, GeneratorScript(@"docfx\.vendor|docfx|main")),
    };

    /// <summary>
    /// The ids DocFX's script gives the headings of its page that have none: AnchorJS's, from each h2, h3 and h4's text
    /// (white space and signs as '-', at most 64 characters, lower case), '-1', '-2' ... after one the page has (held-out
    /// review 121: the modern template's "Parameters" and "Returns" headings, which left every fragment of its pages
    /// unchecked). DocFX asks it for the article's headings without <c>no-anchor</c>; every heading is read, which may
    /// make a fragment resolve that the page does not have, never the other way.
    /// </summary>
    private static void AddAnchorJsIds(List<IElement> headings, HashSet<string> ids)
    {
        // (the next count to try for each text: a page of thousands of "Parameters" headings, each starting again at 1,
        // was quadratic: code review)
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var text = AnchorJsUnsafe.Replace(heading.TextContent.Trim().Replace("'", string.Empty), "-");
            text = AnchorJsDashes.Replace(text, "-");
            text = (text.Length > 64 ? text.Substring(0, 64) : text).Trim('-').ToLowerInvariant();
            var id = text;
            var count = next.TryGetValue(text, out var from) ? from : 1;
            if (count > 1 || ids.Contains(id))
            {
                do
                {
                    id = text + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    count++;
                }
                while (ids.Contains(id));
            }

            next[text] = count;
            ids.Add(id);
        }
    }

    private static readonly Regex AnchorJsUnsafe = new(@"[& +$,:;=?@""#{}|^~\[`%!'<>\]./()*\\\n\t\b\v\u00A0]", RegexOptions.CultureInvariant);
    private static readonly Regex AnchorJsDashes = new("-{2,}", RegexOptions.CultureInvariant);

    // a script's file name, or its last folder and file name (search/main.js), with an optional .min
    private static Regex GeneratorScript(string names) =>
        new(@"(^|/)(" + names + @")(\.min)?\.js$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex LibraryFile = new(
        @"^(jquery([.-]\d[\w.-]*)?(\.slim)?|jquery-migrate([.-]\d[\w.-]*)?|bootstrap([.-]\d[\w.-]*)?(\.bundle)?|popper|html5shiv(-printshiv)?|respond|ie10-viewport-bug-workaround|ie-emulation-modes-warning|modernizr([.-][\w.-]*)?"
            + @"|prettify|run_prettify|highlight(\.pack)?|prism"
            + @"|doctools|sphinx_highlight|searchtools|language_data|documentation_options|underscore([.-]\d[\w.-]*)?|_sphinx_javascript_frameworks_compat|dynsections)(\.min)?\.js$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The DOM's ways to write markup, an element or an id, and to run code from elsewhere (and jQuery's and Vue's); a
    /// setAttribute of another named attribute writes no id (DocFX's modern pages set their theme,
    /// <c>setAttribute('data-bs-theme', ...)</c>, on every page: held-out review 121), nor does text without markup
    /// given to innerHTML, entities too (SQLite's docs' Hide/Show buttons, <c>b.innerHTML='show';</c> and
    /// <c>innerHTML = "&amp;#x25bc;"</c> on every page: held-out review 139), unless the next line goes on with it (code review:
    /// <c>'Loading'</c>, then <c>+ '&lt;h2 id="x"&gt;'</c>), nor text without markup given to <c>document.write</c>: old pages'
    /// <c>document.write("Last modified: " + document.lastModified)</c> (held-out review 148).
    /// </summary>
    private static readonly Regex WritesMarkup = new(
        @"innerHTML(?!\s*=\s*(?:'[^'<\\]*'|""[^""<\\]*"")[ \t]*(?:[;,)}]|\r?\n(?![ \t\r\n]*[-+.?:|&,(\[])))|outerHTML|insertAdjacent|\.write(ln)?\s*\((?!\s*(?:'[^'<\\\r\n]*'|""[^""<\\\r\n]*""|document\.lastModified)(?:\s*\+\s*(?:'[^'<\\\r\n]*'|""[^""<\\\r\n]*""|document\.lastModified)){0,16}\s*\))|createElement|createContextualFragment|DOMParser|parseHTML|setHTML|setAttribute\s*\(\s*(?:['""`](?i:id|name)['""`]|[^'""`\s])|setAttributeNS|\[\s*['""`]setAttribute|\.(id|name)\s*=[^=]|\[\s*[""']id[""']\s*\]\s*=[^=]|cloneNode|importNode|adoptNode|appendChild|insertBefore|replaceChild|replaceWith|replaceChildren|\.(append|prepend|after|before)\s*\(|attachShadow|\bimport\b|\brequire\s*\(|\beval\s*\(|\bFunction\s*\(|\bfetch\s*\(|XMLHttpRequest"
        // jQuery's and Vue's setters (code review): $('#box').html(...), .load('url'), $('<h2 id="x">'), .attr('id', ...),
        // createApp(...).mount(...); not a getter, .html() or .attr('href'), nor a string's replaceAll or a video's load()
        + @"|\.html\s*\(\s*[^\s)]|\.(attr|prop)\s*\(\s*(\{|[^,()]*,)|\.load\s*\(\s*['""`]|\.(mount|appendTo|prependTo|insertAfter|wrap\w*)\s*\(|\$\s*\(\s*['""`]\s*<",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Every element in document order (what QuerySelectorAll("*") gives, without the selector engine). By child index,
    /// not NextElementSibling: AngleSharp finds an element's next sibling by searching its parent's children from the
    /// first, which made this quadratic in the number of siblings (a page of 2,000 cards in one body).
    /// </summary>
    internal static IEnumerable<IElement> Elements(IDocument dom)
    {
        if (dom.DocumentElement is not { } root)
        {
            yield break;
        }

        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                if (children[k] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static InternalLinkFact? Describe(TemplateDocument document, Link link)
    {
        var fact = DescribeDestination(document, link);
        if (fact is not null)
        {
            fact.SentWithAnotherMethod = SendsAnotherMethod(document, link);
        }

        return fact;
    }

    // jQuery Unobtrusive Ajax's, rails-ujs's, Hotwire Turbo's and Unpoly's (held-out review 105: a Turbo app's
    // <a href="/posts/1" data-turbo-method="delete"> to a DELETE-only action was "not answered with GET")
    private static readonly string[] MethodAttributes = { "data-ajax-method", "data-method", "data-turbo-method", "up-method", "data-up-method" };

    // a link helper's HTML attributes: new { data_ajax_method = "POST" }, or a dictionary's ["data-ajax-method"] = "POST"
    private static readonly Regex HelperSendsAnotherMethod = new(
        @"\b(?:data[_-](?:(?:ajax|turbo|up)[_-])?|up[_-])method[""']?\s*\]?\s*[=,]\s*[""'](?!get[""'])\w", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static bool SendsAnotherMethod(TemplateDocument document, Link link)
    {
        if (link.ElementKind == LinkElementKind.HtmlHelper)
        {
            // Html.ActionLink(..., new { data_ajax = "true", data_ajax_method = "POST" }) (third code review)
            return HelperSendsAnotherMethod.IsMatch(document.Text.Substring(link.StartTagSpan.Start, link.StartTagSpan.Length));
        }

        foreach (var name in MethodAttributes)
        {
            if (link.GetAttribute(name) is { } method && !method.Value.Trim().Equals("get", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var name in LinkExtractor.HtmxSenders)
        {
            if (link.GetAttribute(name) is not null)
            {
                return true;
            }
        }

        return false; // (a loop, not Any with a lambda that captures the link: an allocation for each link)
    }

    private static InternalLinkFact? DescribeDestination(TemplateDocument document, Link link)
    {
        if (link.ElementKind == LinkElementKind.HtmlHelper)
        {
            // @Html.ActionLink("text", "Action", "Controller"): its code is the expression after '@'
            var expression = link.StartTagSpan;
            return expression.Length > 1 ? DescribeHelperCall(document, link, expression.Start + 1, document.Text.Substring(expression.Start + 1, expression.Length - 1)) : null;
        }

        if (link.Href.Attribute is { Name: "href" or "xlink:href", IsDynamic: true } attribute && attribute.SourceValue.StartsWith("@", StringComparison.Ordinal)
            && attribute.SourceValue.Length == attribute.ValueSpan.Length
            && DescribeHelperCall(document, link, attribute.ValueSpan.Start + 1, attribute.SourceValue.Substring(1)) is { } call)
        {
            return call; // href="@Url.Action("Privacy", "Home")"
        }

        // (tag helpers run in views only: second code review, an .html or .razor <a href asp-area>)
        var tagHelpers = LinkExtractor.RunsTagHelpers(document);
        var route = tagHelpers ? RouteAttribute(link) : null;
        if (tagHelpers && (route is not null || link.GetAttribute("asp-page") is not null || link.GetAttribute("asp-action") is not null || link.GetAttribute("asp-controller") is not null))
        {
            var anchor = link.GetAttribute("asp-page") ?? link.GetAttribute("asp-action") ?? link.GetAttribute("asp-controller") ?? link.GetAttribute("asp-page-handler") ?? route!;
            var fact = new InternalLinkFact(anchor.ValueSpan, document.Lines.GetLine(link.StartTagSpan.Start), link.Ignored, anchor.IsDynamic ? anchor.SourceValue.Trim() : anchor.Value.Trim())
            {
                Page = Value(link, "asp-page"),
                PageHandler = Value(link, "asp-page-handler"),
                Area = Value(link, "asp-area"),
                Controller = Value(link, "asp-controller"),
                Action = Value(link, "asp-action"),
                Fragment = Value(link, "asp-fragment"),
                ControllerSpan = link.GetAttribute("asp-controller")?.ValueSpan,
                FragmentSpan = link.GetAttribute("asp-fragment")?.ValueSpan,
            };
            foreach (var name in new[] { "asp-page", "asp-page-handler", "asp-area", "asp-controller", "asp-action", "asp-fragment" })
            {
                if (link.GetAttribute(name) is { IsDynamic: true })
                {
                    fact.Undecidable = "computed at run time";
                }
            }

            if (link.GetAttribute("asp-route") is not null || link.GetAttribute("asp-host") is not null || link.GetAttribute("asp-protocol") is not null)
            {
                fact.Undecidable = "a named route or a URL built for another host";
            }
            else if (link.GetAttribute("asp-all-route-data") is not null)
            {
                // (held-out review 96: GOV.UK pagination partials were counted as named routes)
                fact.Undecidable = "route values in a dictionary (asp-all-route-data), which may name another area, page or action";
            }
            else if (link.GetAttribute("asp-page") is null && link.GetAttribute("asp-action") is null && link.GetAttribute("asp-controller") is null)
            {
                if (fact.PageHandler is { Length: > 0 } && fact.Undecidable is null)
                {
                    fact.Page = string.Empty; // asp-page-handler alone: the current page's handler
                }
                else if (fact.Area is not { Length: > 0 } || fact.Undecidable is not null)
                {
                    fact.Undecidable = InternalLinkFact.RouteValuesOnly; // (asp-area alone: the checker asks whether the area exists)
                }
            }

            return fact;
        }

        var href = link.Href;
        if (href.Attribute is null || !LinkExtractor.IsHref(href.Attribute) || href.Kind is not (HrefKind.Internal or HrefKind.Fragment))
        {
            return null;
        }

        var result = new InternalLinkFact(href.Attribute.ValueSpan, document.Lines.GetLine(link.StartTagSpan.Start), link.Ignored, href.Display);
        if (href.IsDynamic && Dynamic.IsDynamicUrl(href.Value))
        {
            // (an expression that is one string, @("/counter"), is read as written: Href.Classify; a merge tag or a
            // template's tag in the value, *|UNSUB|*, %EMAIL%, is as computed as a Razor expression)
            // A literal path before a computed query or fragment (href="~/logout/?returnUrl=@path") is a path of this
            // site all the same; only what follows it is unknown, so the fragment is not checked.
            var literal = Dynamic.LiteralPrefix(href.Value.Trim(HtmlSpace.Chars));
            var end = literal.IndexOfAny(UrlParts.QueryOrFragment);
            if (end <= 0 || href.Host is not null)
            {
                result.Undecidable = "computed at run time";
                return result;
            }

            result.Href = UrlParts.WithSlashesInPath(literal.Substring(0, end));
            return result;
        }

        var value = href.Value.Trim();
        if (href.Host is not null)
        {
            // An absolute URL to one of the site's own hosts: its path, from the first '/' after the authority.
            var afterScheme = value.IndexOf("//", StringComparison.Ordinal);
            var slash = afterScheme < 0 ? -1 : value.IndexOfAny(new[] { '/', '?', '#' }, afterScheme + 2);
            value = slash < 0 ? "/" : value.Substring(slash);
            result.IsSiteHostUrl = true;
        }

        // Razor writes "~/" as the app's root only in the attributes its URL resolution names, href among them and not an
        // SVG link's xlink:href, which the page gets as written: a browser reads it relative, a folder named "~" (held-out
        // review 172)
        if (href.Attribute.Name == "xlink:href" && value.StartsWith("~/", StringComparison.Ordinal) && InternalLinkChecker.WritesTildeAsAppRoot(document.Kind))
        {
            value = "./" + value;
        }

        // (held-out review 162: a browser reaches ..\Images\Logo.gif; LH023 reports the backslashes)
        result.Href = UrlParts.WithSlashesInPath(value);
        return result;
    }

    /// <summary>
    /// A link whose destination is a URL helper called with literal arguments (<see cref="UrlHelperCalls"/>), checked as
    /// the anchor tag helper's attributes are; null when the code is anything else.
    /// </summary>
    private static InternalLinkFact? DescribeHelperCall(TemplateDocument document, Link link, int codeStart, string code)
    {
        if (UrlHelperCalls.Read(code) is not { } call)
        {
            return null;
        }

        return new InternalLinkFact(new SourceSpan(codeStart + call.Start, call.Length), document.Lines.GetLine(link.StartTagSpan.Start), link.Ignored, call.Display)
        {
            Href = call.Href,
            Page = call.Page,
            PageHandler = call.PageHandler,
            Area = call.Area,
            Controller = call.Controller,
            Action = call.Action,
            Undecidable = call.Undecidable,
            ControllerSpan = call.ControllerRange is { } controller ? new SourceSpan(codeStart + controller.Start, controller.Length) : null,
        };
    }

    private static SourceAttribute? RouteAttribute(Link link)
    {
        foreach (var attribute in link.Attributes)
        {
            if (attribute.Name.StartsWith("asp-", StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }

    private static string? Value(Link link, string name) => link.GetAttribute(name) is { } attribute ? attribute.Value.Trim() : null;

    /// <summary>"MyApp.Pages.IndexModel" as it is; "List&lt;Item&gt;" → "List".</summary>
    private static string ClassName(string type)
    {
        var name = type.Trim();
        var generic = name.IndexOf('<');
        if (generic >= 0)
        {
            name = name.Substring(0, generic);
        }

        return name.Trim();
    }
}
