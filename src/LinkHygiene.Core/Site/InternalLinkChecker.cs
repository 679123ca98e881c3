using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Rules;
using LinkHygiene.Text;

namespace LinkHygiene.Site;

/// <summary>How many internal links a check looked at and what it could decide (the command line's summary shows it).</summary>
public sealed class InternalLinkStats
{
    /// <summary>Links that lead where they should.</summary>
    public int Resolved { get; private set; }

    /// <summary>Links reported as LH030 or LH031.</summary>
    public int Broken { get; private set; }

    /// <summary>Links whose destination cannot be known before run time, by reason.</summary>
    public Dictionary<string, int> Undecidable { get; } = new(StringComparer.Ordinal);

    /// <summary>Every internal link looked at.</summary>
    public int Checked => Resolved + Broken + Undecidable.Values.Sum();

    /// <summary>Adds another check's counts.</summary>
    public void Add(InternalLinkStats other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        Resolved += other.Resolved;
        Broken += other.Broken;
        foreach (var pair in other.Undecidable)
        {
            Undecidable[pair.Key] = Undecidable.TryGetValue(pair.Key, out var n) ? n + pair.Value : pair.Value;
        }
    }

    internal void Count(Outcome outcome)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Resolved:
                Resolved++;
                break;
            case OutcomeKind.Broken:
                Broken++;
                break;
            default:
                Undecidable[outcome.Reason!] = Undecidable.TryGetValue(outcome.Reason!, out var n) ? n + 1 : 1;
                break;
        }
    }
}

internal enum OutcomeKind
{
    Resolved,
    Broken,
    Undecidable,
}

/// <summary>What was decided about one link: resolved, broken (with the finding), or undecidable (with the reason).</summary>
internal readonly record struct Outcome(OutcomeKind Kind, string? Reason, RuleDescriptor? Rule, string[]? Arguments)
{
    /// <summary>Whether the finding is the controller's (it does not exist): it goes where the link names the controller.</summary>
    public bool AtController { get; init; }

    public static readonly Outcome Resolved = new(OutcomeKind.Resolved, null, null, null);

    public static Outcome Undecidable(string reason) => new(OutcomeKind.Undecidable, reason, null, null);

    public static Outcome Broken(RuleDescriptor rule, params string[] arguments) => new(OutcomeKind.Broken, null, rule, arguments);
}

/// <summary>
/// Resolves a template's internal links against its project's <see cref="SiteIndex"/> (RULES.md, "Internal links"):
/// LH030 for a destination that matches no page, action, route or file, LH031 for a fragment with no matching id in
/// another document. Links to the same document's fragments are the per-template LH031 rule's (it needs no index).
/// Whatever cannot be decided from the sources is counted, never reported.
/// </summary>
public static class InternalLinkChecker
{
    private static readonly string[] SkippedFragments = { "top" };

    /// <summary>
    /// Checks one template's links; <paramref name="report"/> receives each finding (rule, link, where it goes, arguments):
    /// the link's <see cref="InternalLinkFact.Span"/>, or where it names a controller that does not exist. Fragments
    /// of the same document (<c>href="#x"</c>) are counted but not reported: the per-template LH031 rule reports them.
    /// </summary>
    public static InternalLinkStats Check(TemplateFacts facts, SiteIndex site, Action<RuleDescriptor, InternalLinkFact, SourceSpan, string[]> report)
    {
        if (facts is null || site is null || report is null)
        {
            throw new ArgumentNullException(facts is null ? nameof(facts) : site is null ? nameof(site) : nameof(report));
        }

        var stats = new InternalLinkStats();
        foreach (var link in facts.Links)
        {
            var outcome = Resolve(link, facts, site);
            stats.Count(outcome);
            if (outcome.Kind == OutcomeKind.Broken && outcome.Rule is not null && link.Href?.StartsWith("#", StringComparison.Ordinal) != true)
            {
                // (at what names the controller, or the fragment, when the link names them apart: held-out review 142's
                // asp-fragment="intr" was marked at its asp-page)
                var at = outcome.AtController && link.ControllerSpan is { } controller ? controller
                    : outcome.Rule == LH031MissingFragment.Rule && link.FragmentSpan is { } fragment ? fragment
                    : link.Span;
                report(outcome.Rule, link, at, outcome.Arguments!);
            }
        }

        return stats;
    }

    /// <summary>The same-document fragment check (no index needed): ids the template defines when they are all known.</summary>
    internal static Outcome SameDocumentFragment(string fragment, string display, TemplateFacts facts)
    {
        if (IsSkippedFragment(fragment))
        {
            return Outcome.Resolved;
        }

        if (facts.BaseHref is { } baseHref && baseHref.Trim().Length > 0 && !baseHref.Trim().StartsWith("#", StringComparison.Ordinal))
        {
            // HTML resolves "#x" against the base URL, not the page (held-out review 55: <base href="../"> sends it to the
            // folder's index page); which document that is, is not decided here.
            return Outcome.Undecidable("a fragment of the document the page's <base href> names");
        }

        if (HasId(facts, fragment, out var id))
        {
            return Outcome.Resolved;
        }

        if (!facts.IdsComplete)
        {
            return Outcome.Undecidable("the target's ids are not all known");
        }

        return Outcome.Broken(LH031MissingFragment.Rule, display, "this page", id, facts.NearestIds.Find(id));
    }

    internal static bool IsSkippedFragment(string fragment) =>
        fragment.Length == 0
        || Array.IndexOf(SkippedFragments, fragment.ToLowerInvariant()) >= 0
        || fragment.StartsWith(":~:", StringComparison.Ordinal)
        || fragment.StartsWith("/", StringComparison.Ordinal)
        || fragment.StartsWith("!", StringComparison.Ordinal)
        || fragment == "#"; // href="##", a placeholder (LH022)

    private static Outcome Resolve(InternalLinkFact link, TemplateFacts facts, SiteIndex site)
    {
        if (link.Undecidable is { } reason)
        {
            return Outcome.Undecidable(reason);
        }

        // A Razor file whose routes no ASP.NET app gives: outside a project, or in one that renders its pages itself.
        if ((!site.Layout.IsProject || site.Code.RendersRazorItself) && facts.Kind != TemplateKind.Html && link.Href?.StartsWith("#", StringComparison.Ordinal) != true)
        {
            return Outcome.Undecidable(!site.Layout.IsProject
                ? "a Razor file outside a project (its routes are not known)"
                : "a Razor file of a project that is no ASP.NET app (it renders its pages itself)");
        }

        if (link.Page is not null)
        {
            return ResolvePage(link, facts, site);
        }

        if (link.Controller is not null || link.Action is not null)
        {
            return ResolveAction(link, facts, site);
        }

        // asp-area alone: the current page or action, in an area that must exist (held-out review 92: an AdminLTE
        // sidebar's <a asp-area="Utilities"> group, an area the app does not have)
        if (link.Href is null && link.Area is { Length: > 0 } area)
        {
            return site.KnowsArea(area) ? Outcome.Undecidable(InternalLinkFact.RouteValuesOnly) : UnknownArea(link, site, area);
        }

        return link.Href is null ? Outcome.Undecidable("computed at run time") : ResolveHref(link, link.Href, facts, site);
    }

    private static Outcome ResolvePage(InternalLinkFact link, TemplateFacts facts, SiteIndex site)
    {
        var here = facts.PageDirectives.Count > 0 ? site.PageOf(facts.Path) : null; // a layout or partial is no page
        var area = link.Area ?? (site.PageOf(facts.Path)?.Area ?? string.Empty);
        var name = link.Page!;
        if (name.Length == 0)
        {
            // asp-page-handler alone: a handler of the page being rendered, when this template is that page
            if (here is null || link.PageHandler is not { Length: > 0 })
            {
                return Outcome.Undecidable("the current page");
            }

            name = here.Value.Name;
            area = here.Value.Area;
        }

        if (!name.StartsWith("/", StringComparison.Ordinal))
        {
            if (here is null)
            {
                return Outcome.Undecidable("a relative page name outside a page (relative to the page being rendered)");
            }

            name = Normalize(here.Value.Folder.TrimEnd('/') + "/" + name, encodedDots: false) ?? name; // (a page name is no URL: code review 126)
        }

        var page = area.Length > 0 && !site.KnowsArea(area) ? null : site.FindPage(area, name);
        if (page is null && LibraryPage(site, area, name, byUrl: false) is { } served && CodeFacts.PagesOfLibraryArea(area) is { } library)
        {
            return served
                ? Outcome.Resolved
                : Outcome.Broken(
                    LH030BrokenInternalLink.Rule,
                    link.Display,
                    $"matches no Razor page in area '{area}' (looked for {PagePath(site, area, name)} and among {library.Package}'s pages)",
                    library.Pages.Contains(name.Trim('/') + "/Index") ? NearestNames.Answer(name.TrimEnd('/') + "/Index") // (a folder's page is its Index)
                        : Nearest(name, site.Pages.Where(p => string.Equals(p.Area, area, StringComparison.OrdinalIgnoreCase)).Select(p => p.Name).Concat(library.Pages.Select(p => "/" + p))));
        }

        if (area.Length > 0 && !site.KnowsArea(area))
        {
            return UnknownArea(link, site, area);
        }

        if (page is null && area.Length > 0 && site.Code.ExternalAreas.Contains(area))
        {
            return Outcome.Undecidable("a page of an area a referenced library serves");
        }

        if (page is null && site.Code.IsLibrary)
        {
            return Outcome.Undecidable(ServedByTheAppUsingIt);
        }

        if (page is null)
        {
            // A page of that name in another area (Identity UI's /Account/Login, linked without asp-area="Identity": held-out
            // review 100) is what was meant: say where it is, as for a controller.
            var inArea = area.Length > 0 ? $" in area '{area}'" : string.Empty;
            // (Identity UI's own /Error page is not what a link to the app's /Error means: code review)
            var elsewhere = site.Pages.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Area ?? string.Empty)
                .Concat(site.Code.ExternalAreas.Where(a => CodeFacts.PagesOfLibraryArea(a) is { } library && library.Pages.Contains(name.Trim('/')) && !name.Trim('/').Equals("Error", StringComparison.OrdinalIgnoreCase)))
                .Where(a => !string.Equals(a, area, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (elsewhere.Count == 0 && site.HasExternalRouteSources && !site.IsLocalPrefix(name))
            {
                // a Razor class library the app references serves pages too (a modular monolith's modules: held-out review
                // 130), but not in a folder the app's own pages are in, as for a path (code review: /Account/Logn beside
                // the app's /Account/Login, with a library of controllers or a *.UI package referenced)
                return Outcome.Undecidable("a page that a referenced library may serve");
            }

            var nearest = elsewhere.Count == 0 ? Nearest(name, site.Pages.Where(p => string.Equals(p.Area, area, StringComparison.OrdinalIgnoreCase)).Select(p => p.Name)) : WhereElse(elsewhere);
            return Outcome.Broken(LH030BrokenInternalLink.Rule, link.Display, $"matches no Razor page{inArea} (looked for {PagePath(site, area, name)})", nearest);
        }

        if (link.PageHandler is { Length: > 0 } handler && page.Handlers is { } handlers && !handlers.Contains(handler, StringComparer.OrdinalIgnoreCase))
        {
            // the method's name as C# writes it (handler "get": OnGetGet), as ASP.NET Core matches it whatever its case;
            // a handler named with its method's Async is not one: ASP.NET Core drops it (OnPostExportAsync is 'Export')
            var method = char.ToUpperInvariant(handler[0]) + handler.Substring(1);
            var withoutAsync = handler.EndsWith("Async", StringComparison.OrdinalIgnoreCase) ? handler.Substring(0, handler.Length - "Async".Length) : null;
            var why = withoutAsync is { Length: > 0 } && handlers.Contains(withoutAsync, StringComparer.OrdinalIgnoreCase)
                ? $"ASP.NET Core names a handler without its method's Async: OnGet{method} or OnPost{method} is '{withoutAsync}'"
                : $"{(page.Facts.InlineHandlers is null ? "its model" : "its @functions")} has no OnGet{method} or OnPost{method} method";
            return Outcome.Broken(LH030BrokenInternalLink.Rule, link.Display, $"has no handler '{handler}' ({why})", Nearest(handler, handlers));
        }

        return link.Fragment is { Length: > 0 } fragment ? FragmentIn(page.Facts, fragment, link.Display + "#" + fragment, "page '" + page.Name + "'") : Outcome.Resolved;
    }

    /// <summary>
    /// Whether a package that serves an area (<see cref="CodeFacts.ExternalAreas"/>) serves a page of it, where its pages are
    /// a known list (<see cref="CodeFacts.PagesOfLibraryArea"/>): <paramref name="name"/> with or without its leading '/',
    /// and, <paramref name="byUrl"/>, a folder's Index by the folder's name (a page name must name Index: ASP.NET Core
    /// makes no URL for <c>asp-page="/Account/Manage"</c>; code review). Null when that is not known: another area,
    /// other libraries that may serve pages too, or a URL of a file (the package's static web assets,
    /// <c>/Identity/css/site.css</c>).
    /// </summary>
    private static bool? LibraryPage(SiteIndex site, string area, string name, bool byUrl)
    {
        if (area.Length == 0 || !site.Code.ExternalAreas.Contains(area) || site.HasExternalRouteSources || CodeFacts.PagesOfLibraryArea(area) is not { } library)
        {
            return null;
        }

        var wanted = name.Trim('/');
        if (byUrl && UrlParts.ExtensionOf(wanted).Length > 0)
        {
            return null;
        }

        return library.Pages.Contains(wanted) || (byUrl && library.Pages.Contains(wanted.Length == 0 ? "Index" : wanted + "/Index"));
    }

    /// <summary>How a case-only mismatch's fix is told: <c>write 'x'</c> (as <see cref="NearestNames.Answer"/> tells a nearest name).</summary>
    private static string WriteInstead(string url) => WritePrefix + url + "'";

    /// <summary>The URL a <see cref="WriteInstead"/> answer gives, or null when it is another answer.</summary>
    private static string? WrittenInstead(string answer) =>
        answer.StartsWith(WritePrefix, StringComparison.Ordinal) && answer.EndsWith("'", StringComparison.Ordinal) ? answer.Substring(WritePrefix.Length, answer.Length - WritePrefix.Length - 1) : null;

    private const string WritePrefix = "write '";

    /// <summary>Why a library's link that matches nothing of its own is undecidable (<see cref="CodeFacts.IsLibrary"/>).</summary>
    private const string ServedByTheAppUsingIt = "a path the app that uses this library may serve";

    /// <summary>Where a controller or page that the link's area lacks is (areas, "" for none): said instead of a nearest name.</summary>
    private static string WhereElse(IReadOnlyCollection<string> areas) =>
        areas.Contains(string.Empty) ? "it is outside any area" : (areas.Count == 1 ? "it is in area " : "it is in areas ") + string.Join(", ", areas.Select(a => $"'{a}'"));

    private const string AddedByFeatureProvider = "a controller that a feature provider of the app may add";

    /// <summary>
    /// An area no page or controller of the project has. It is undecidable where something the sources do not show may
    /// have it: an <c>[Area]</c> that is not a literal (<c>[Area(AreaNames.Admin)]</c>) or an ASP.NET MVC 5
    /// AreaRegistration (both make the routes unknown), the app that uses this library, or a referenced library or
    /// package that serves pages (Identity UI's <c>Identity</c>, Microsoft.Identity.Web.UI's <c>MicrosoftIdentity</c>, a
    /// Razor class library), or the area's own folder, whose controllers an attribute this reader does not follow may name
    /// (code review: <c>[AdminArea]</c>). Otherwise nothing serves it (held-out review 41: a sidebar's <c>asp-area="Utlities"</c>).
    /// </summary>
    private static Outcome UnknownArea(InternalLinkFact link, SiteIndex site, string area) =>
        site.HasUnknownRoutes ? Outcome.Undecidable("the app registers routes or static files the sources do not spell out")
        : site.Code.IsLibrary ? Outcome.Undecidable(ServedByTheAppUsingIt)
        : site.HasExternalRouteSources || site.Code.ExternalAreas.Contains(area) ? Outcome.Undecidable("an area from a referenced library")
        : site.HasAreaFolder(area) ? Outcome.Undecidable("an area whose controllers the sources do not show (its Areas/ folder is there)")
        : !site.Code.HasCode ? Outcome.Undecidable("controllers are not known (no C# read)")
        : link.Area is null ? Outcome.Undecidable("the current area, which no controller or page of the project has")
        : Outcome.Broken(LH030BrokenInternalLink.Rule, link.Display, $"names area '{area}', which no controller or page of the project has", Nearest(area, site.Areas.Concat(site.Code.ExternalAreas)));

    private static Outcome ResolveAction(InternalLinkFact link, TemplateFacts facts, SiteIndex site)
    {
        if (!site.Code.HasCode)
        {
            return Outcome.Undecidable("controllers are not known (no C# read)");
        }

        var view = site.ViewOf(facts.Path);
        var area = link.Area ?? view?.Area ?? (site.PageOf(facts.Path)?.Area ?? string.Empty);
        var controllerName = link.Controller ?? view?.Controller;
        if (controllerName is null)
        {
            return Outcome.Undecidable("the current controller (a view outside a controller's folder)");
        }

        if (area.Length > 0 && !site.KnowsArea(area))
        {
            return site.Code.HasControllerFeatureProviders ? Outcome.Undecidable(AddedByFeatureProvider) : UnknownArea(link, site, area);
        }

        // A controller that does not exist has no action, whichever is current: asp-controller alone is decided too
        // (held-out review 41: a sidebar's asp-area="Admin" asp-controller="Usr").
        var named = site.ControllersNamed(controllerName);
        var controllers = named.Where(c => string.Equals(c.Area ?? string.Empty, area, StringComparison.OrdinalIgnoreCase)).ToList();
        if (controllers.Count == 0)
        {
            if (site.HasExternalRouteSources || (area.Length > 0 && site.Code.ExternalAreas.Contains(area)))
            {
                return Outcome.Undecidable("a controller from a referenced library");
            }

            // Routes this reader does not model (MVC 5's MapRoute, conventions, [RouteArea]) may put a controller in another
            // area, but make none: a name no controller has is a typo whatever they are (held-out review 81: every MVC 5
            // app's Html.ActionLink("About", "About", "Hom") was "a controller from a referenced library").
            if (site.HasUnknownRoutes && named.Count > 0)
            {
                return Outcome.Undecidable("a controller in an area the routes do not show");
            }

            if (site.Code.HasControllerFeatureProviders)
            {
                return Outcome.Undecidable(AddedByFeatureProvider);
            }

            if (site.Code.IsLibrary)
            {
                return Outcome.Undecidable(ServedByTheAppUsingIt);
            }

            var inArea = area.Length > 0 ? $" in area '{area}'" : string.Empty;
            // One of that name in another area is what was meant: say where it is, not its own name as the nearest.
            var elsewhere = named.Select(c => c.Area ?? string.Empty).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var where = elsewhere.Count == 0 ? Nearest(controllerName, site.Controllers.Select(c => c.Name)) : WhereElse(elsewhere);
            return Outcome.Broken(LH030BrokenInternalLink.Rule, link.Display, $"names controller '{controllerName}', which does not exist{inArea}", where) with { AtController = true };
        }

        if (link.Action is null)
        {
            return Outcome.Undecidable("the current action");
        }

        if (!controllers.Any(c => c.Actions.Any(a => string.Equals(a.Name, link.Action, StringComparison.OrdinalIgnoreCase))))
        {
            if (controllers.Any(c => c.HasUnknownActions))
            {
                return Outcome.Undecidable("an action of a base class the sources do not hold, or of HandleUnknownAction");
            }

            return Outcome.Broken(LH030BrokenInternalLink.Rule, link.Display, $"names action '{link.Action}', which {controllerName}Controller does not have", Nearest(link.Action, controllers.SelectMany(c => c.Actions).Select(a => a.Name)));
        }

        if (!link.SentWithAnotherMethod && !controllers.Any(c => c.HasUnknownActions || c.Actions.Any(a => a.AnswersGet && string.Equals(a.Name, link.Action, StringComparison.OrdinalIgnoreCase))))
        {
            // [HttpPost] alone: following the link asks with GET, which the action does not answer (held-out review 86)
            return NotAnsweringGet(link, controllerName, link.Action);
        }

        if (site.ReachesActionsByAttributeRoutesOnly
            && !controllers.Any(c => c.HasUnknownActions || c.RouteTemplates.Count > 0 || c.Actions.Any(a => string.Equals(a.Name, link.Action, StringComparison.OrdinalIgnoreCase) && (a.HasAttributeRoute || a.OtherAttributes.Count > 0))))
        {
            // MapControllers() alone, and neither the controller nor the action has an attribute route: the tag helper
            // writes an empty href (held-out review 108: a student's app)
            return Outcome.Broken(
                LH030BrokenInternalLink.Rule,
                link.Display,
                $"names action '{link.Action}', which no route reaches: the app maps controllers by their attribute routes only, and neither {controllerName}Controller nor the action has one",
                "map a conventional route with MapControllerRoute, or give the action a [Route]");
        }

        return Outcome.Resolved;
    }

    private static Outcome ResolveHref(InternalLinkFact link, string href, TemplateFacts facts, SiteIndex site)
    {
        var (path, fragment) = Split(href);
        if (UrlParts.SchemelessHost(path, complete: true) is not null)
        {
            return Outcome.Undecidable("a host written without a scheme (LH023)");
        }

        if (LH023MalformedUrl.IsBareEmailAddress(path))
        {
            return Outcome.Undecidable("an e-mail address written without mailto: (LH023)");
        }

        if (LH023MalformedUrl.SchemeProblem(path, complete: true) is not null)
        {
            // https;//, http//, https：//: an external URL mistyped, which LH023 reports (not a path on this site)
            return Outcome.Undecidable("a URL whose scheme is mistyped (LH023)");
        }

        if (path.Length == 0)
        {
            // "#x" or "?q#x": this document.
            return fragment is null ? Outcome.Resolved : SameDocumentFragment(fragment, link.Display, facts);
        }

        var written = path;
        var rootRelative = path.StartsWith("/", StringComparison.Ordinal); // as written: "~/" is the app's root wherever it is served
        string? shownBase = null; // the base path the link was written with, for the suggestion
        // Only MVC views and Razor Pages write "~/" as the app's root; a Razor component or an HTML file writes it as it is,
        // a folder named "~" (held-out review 38: <NavLink href="~/counter"> in a Blazor app was counted as /counter).
        var tildeAsWritten = path.StartsWith("~/", StringComparison.Ordinal) && !WritesTildeAsAppRoot(facts.Kind);
        if (path.StartsWith("~/", StringComparison.Ordinal) && !tildeAsWritten)
        {
            path = path.Substring(1);
        }

        if (facts.BaseHref is { } baseHref && (UrlParts.SchemeLength(baseHref) > 0 || baseHref.StartsWith("//", StringComparison.Ordinal))
            && (tildeAsWritten || !path.StartsWith("~/", StringComparison.Ordinal)))
        {
            // <base href="https://example.org/">: every relative and root-relative link goes to that host (a view's "~/" is
            // the app's root, written out by the server).
            return Outcome.Undecidable("a link under a <base href> that names a host or another scheme");
        }

        // A static site's folder that a CNAME, a robots.txt or its name says is served at a host's root: its pages' links are
        // resolved as the host serves them, from that folder ("root space"), and put back under it once decoded.
        var ownUrl = facts.Kind == TemplateKind.Html && !site.Layout.IsProject ? site.UrlOfFile(facts.Path) : null;
        var servedRoot = ownUrl is null ? null : site.ServedRootOf(ownUrl);
        string? rootFolder = null; // the site folder a path in root space is under
        string? relativeTo = null; // the folder a relative link starts from, for the suggestion
        if (StaticPageBase(facts, site, servedRoot) is { } staticBase)
        {
            // A static page whose <base href="/repo/"> names no folder of the site is served there with its folder (a
            // single-page app's published copy on GitHub Pages: held-out review 111): its links start from its folder.
            rootFolder = staticBase.Folder;
            if (!path.StartsWith("/", StringComparison.Ordinal))
            {
                relativeTo = "/";
                path = "/" + path;
            }
            else if (WithoutBase(path, staticBase.Path) is { } underStaticBase)
            {
                shownBase = staticBase.Path.TrimEnd('/');
                path = underStaticBase;
            }
            else
            {
                return Outcome.Undecidable("a root-relative path outside the <base href> a static page is served under");
            }
        }
        else if (servedRoot is not null)
        {
            rootFolder = servedRoot.Folder;
            if (!path.StartsWith("/", StringComparison.Ordinal))
            {
                // from the page's URL there, or its <base href> (a path names the host's root; "../" starts from the page)
                if (BaseUrl(facts, site, rootFolder) is not { } baseUrl)
                {
                    return Outcome.Undecidable(RelativeWhereUnknown);
                }

                relativeTo = baseUrl.Substring(0, baseUrl.LastIndexOf('/') + 1);
                path = relativeTo + path;
            }
        }
        else if (!site.Layout.IsProject && path.StartsWith("/", StringComparison.Ordinal) && facts.BaseHref is null)
        {
            // A folder of pages may be served under a path (/docs/, a GitHub Pages project site): where "/" is, is not known
            // unless what is at its top says.
            return Outcome.Undecidable(RootRelativeInStaticSite);
        }
        else if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            var baseUrl = BaseUrl(facts, site);
            if (baseUrl is null)
            {
                return Outcome.Undecidable(RelativeWhereUnknown);
            }

            relativeTo = baseUrl.Substring(0, baseUrl.LastIndexOf('/') + 1);
            path = relativeTo + path;
        }

        // (a browser stops ".." at a host's root: "/../guide.html" there is "/guide.html"; code review)
        path = Normalize(path, clampAtRoot: rootFolder is not null);
        if (path is null)
        {
            return Outcome.Undecidable("a path above the site's root");
        }

        if (rootRelative && site.AppBase is { } appBase)
        {
            // <base href="/myrepo/">: the app's pages are /myrepo/weather; /weather is outside it
            if (WithoutBase(path, appBase) is not { } underBase)
            {
                return Outcome.Undecidable("a path outside the app's base path (its <base href>)");
            }

            path = underBase;
            shownBase = appBase.TrimEnd('/');
        }
        else if (!rootRelative && facts.BaseHref is not null && site.AppBase is { } pageBase && WithoutBase(path, pageBase) is { } underPageBase)
        {
            // a relative link under the <base href="/repo/"> the app is served at (held-out review 63: a GitHub Pages
            // project site's index.html linked css/app.css): its path in the app, and its suggestion relative to the base
            path = underPageBase;
            relativeTo = relativeTo is null ? null : WithoutBase(relativeTo, pageBase) ?? relativeTo;
        }
        else if (rootRelative && site.Code.PathBase is { } pathBase)
        {
            // UsePathBase("/app"): /app/weather is /weather, and so is /weather
            path = WithoutBase(path, pathBase) ?? path;
        }

        var decoded = rootFolder is null ? UrlParts.Unescape(path) : rootFolder + UrlParts.Unescape(path).Substring(1);
        if (servedRoot is { Jekyll: true } && rootFolder == servedRoot.Folder && !site.HasFile(rootFolder + "_config.yml") && !site.HasFile(rootFolder + "_config.yaml")
            && Unpublished(FromRoot(decoded, rootFolder)) is { } found && (site.HasFile(decoded) || IndexFile(decoded, site) is not null))
        {
            var unpublished = found.IsFile && site.HasDirectory(decoded) ? (found.Name, IsFile: false) : found; // (/_modules is a folder: code review)
            // GitHub Pages builds a plain site with Jekyll too, which leaves out folders and files whose names start with
            // '_' (a Sphinx site's _static and _sources, Doxygen's __private_8h.html, committed without a .nojekyll: code
            // review of held-out review 116, held-out review 118)
            return Outcome.Broken(
                LH030BrokenInternalLink.Rule,
                link.Display,
                unpublished.IsFile
                    ? $"is the file '{unpublished.Name}', which GitHub Pages' Jekyll does not publish (its name starts with '_')"
                    : $"is in the folder '{unpublished.Name}', which GitHub Pages' Jekyll does not publish (its name starts with '_')",
                unpublished.IsFile ? "add an empty .nojekyll file at the site's top, or rename the file" : "add an empty .nojekyll file at the site's top, or rename the folder");
        }

        if (site.HasFile(decoded))
        {
            return fragment is null ? Outcome.Resolved : FragmentIn(site.DocumentAtUrl(decoded), fragment, link.Display, "'" + decoded + "'");
        }

        var index = IndexFile(decoded, site);
        if (index is not null)
        {
            return fragment is null ? Outcome.Resolved : FragmentIn(site.DocumentAtUrl(index), fragment, link.Display, "'" + index + "'");
        }

        if (servedRoot is not null && !decoded.EndsWith("/", StringComparison.Ordinal) && site.HasFile(decoded + ".html"))
        {
            // GitHub Pages answers /about with about.html; so do Netlify, Vercel and Cloudflare Pages, where a robots.txt
            // says the folder is a host's root (Next.js's, VitePress's and Docusaurus's builds link pages so; held-out
            // review 126), and a plain server does not
            return servedRoot.GitHubPages
                ? fragment is null ? Outcome.Resolved : FragmentIn(site.DocumentAtUrl(decoded + ".html"), fragment, link.Display, "'" + decoded + ".html'")
                : Outcome.Undecidable("a path a host serves from its .html file if it adds the extension (GitHub Pages, Netlify, Vercel, Cloudflare Pages do; a plain server does not)");
        }

        if (servedRoot is { Jekyll: true } && BuiltFromMarkdown(decoded, site))
        {
            // GitHub Pages builds a site with Jekyll unless a .nojekyll says not to, and makes about.md (with or without front
            // matter) about.html, and a folder's README.md its index
            return fragment is null ? Outcome.Resolved : FragmentIn(null, fragment, link.Display, "'" + decoded + "'");
        }

        if (site.Layout.IsProject && string.Equals(SiteIndex.FirstSegment(decoded), "_content", StringComparison.OrdinalIgnoreCase))
        {
            // ASP.NET Core serves the static web assets of every Razor class library it references, in a project or a
            // package, under /_content/<library>/ (MudBlazor's style sheet, a library's PDFs).
            return Outcome.Undecidable("a static web asset of a referenced library (_content/)");
        }

        var segments = decoded.Trim('/').Split(new[] { '/' }, StringSplitOptions.None);
        if (decoded.Trim('/').Length == 0)
        {
            segments = Array.Empty<string>();
        }

        var (matched, document) = site.MatchRoute(segments);
        if (matched)
        {
            if (document is null && !link.SentWithAnotherMethod && site.ActionNotAnsweringGet(segments) is { } postOnly)
            {
                // (a fallback answers the path for GET, as for an attribute route's: second code review)
                return site.HasFallback ? Outcome.Undecidable(FallbackAnswers) : NotAnsweringGet(link, postOnly.Controller, postOnly.Action);
            }

            return fragment is null || document is null ? Outcome.Resolved : FragmentIn(document, fragment, link.Display, "'" + decoded + "'");
        }

        var ignoringCase = site.FilesIgnoringCase(decoded);
        if (ignoringCase.Count > 0)
        {
            return Outcome.Broken(
                LH030BrokenInternalLink.Rule,
                link.Display,
                $"matches the file '{ignoringCase[0]}' only when case is ignored: it works on Windows and breaks on Linux servers",
                WriteInstead(UrlParts.EscapePath(AsWritten(shownBase + FromRoot(ignoringCase[0], rootFolder), written))));
        }

        if (site.HasFallback)
        {
            return Outcome.Undecidable(FallbackAnswers);
        }

        if (site.Code.ContentSystem is { } contentSystem)
        {
            if (contentSystem != "Umbraco" || !site.Code.IsAspNetCoreUmbraco || UrlParts.ExtensionOf(decoded).Length == 0)
            {
                return Outcome.Undecidable($"a path {contentSystem} may serve as a content page");
            }

            var name = decoded.Substring(decoded.LastIndexOf('/') + 1);
            if (Array.IndexOf(UmbracoFileSegments, SiteIndex.FirstSegment(decoded).ToLowerInvariant()) >= 0
                || name.Equals("robots.txt", StringComparison.OrdinalIgnoreCase)
                || (name.StartsWith("sitemap", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                return Outcome.Undecidable("a file Umbraco or its packages serve (its media library, back office, packages' files, bundles, robots.txt, sitemaps)");
            }

            // Umbraco 9 and later route a path with a file extension to no content page: the request middleware takes it
            // for a static file (UmbracoRequestPaths.IsClientSideRequest), so /css/sitee.css is a file of the app or
            // nothing (held-out review 174)
        }

        if (Array.IndexOf(PlatformSegments, SiteIndex.FirstSegment(decoded).ToLowerInvariant()) >= 0)
        {
            return Outcome.Undecidable("a path the hosting platform serves in front of the app (/.auth/, /cdn-cgi/)");
        }

        if (!site.FilesKnown)
        {
            return Outcome.Undecidable("the project's static files are not listed for this build");
        }

        if (site.HasUnknownRoutes || site.Code.HasCustomStaticFiles)
        {
            return Outcome.Undecidable("the app registers routes or static files the sources do not spell out");
        }

        if (link.IsSiteHostUrl)
        {
            return Outcome.Undecidable("an absolute URL to the site outside what the project serves");
        }

        if (site.MayBeUnderCallersPrefix(segments))
        {
            return Outcome.Undecidable("an endpoint under a group prefix its caller gives may serve it");
        }

        // (where nothing else may serve the path: a fallback, routes the sources do not spell out; code review)
        if (GetlessRoute(link, site, segments) is { } getless)
        {
            return getless;
        }

        // (before a library's: the client's own references are not what serves the path; held-out review 49) A Razor
        // class library that one app beside it uses, and nothing else, is that app's in the same way (held-out review 66).
        if (site.Code.IsHostedClient || (site.Code.IsLibrary && site.HostingServer is not null))
        {
            // The server that hosts it serves its own pages and endpoints, and the client's pages when its router names the
            // client's assembly: what it decides for the path is the answer (its suggestion names the client's pages too).
            if (site.HostingServer is not { } server)
            {
                return Outcome.Undecidable("a path the server project that hosts this WebAssembly client may serve");
            }

            // A relative link is relative to the app's base, which the server's host page writes (<base href="/app/">).
            var serverBase = !rootRelative && site.AppBase is null && server.AppBase is { } hostBase ? hostBase.TrimEnd('/') : null;
            var served = ResolveHref(link, serverBase + AsHref(path, fragment), facts, server);
            if (served.Kind != OutcomeKind.Broken || served.Arguments is not [var display, var problem, var suggestion])
            {
                return served;
            }

            // The server's router reads a client's pages, and a library's when it names the library's assembly; a router
            // the sources do not show (held-out review 67: the Blazorise Twitter clone's host maps the library's App) does
            // not: what it lacks, this project's own pages may be nearest to.
            if (suggestion == NearestNames.NothingSimilar)
            {
                suggestion = site.NearestUrls.Find(decoded);
            }
            else if (serverBase is null && relativeTo is not null && WrittenInstead(suggestion) is { } instead && instead.StartsWith("/", StringComparison.Ordinal))
            {
                // ... and a case-only fix of a relative link, relative too (held-out review 128: 'files/Guide.pdf' in a
                // client's menu was told '/files/guide.pdf', which breaks under a sub-path base)
                suggestion = WriteInstead(Relative(relativeTo, instead));
            }

            // told as this link was written: the '~/' it was written with, a relative suggestion (code review)
            return Outcome.Broken(
                served.Rule!,
                display,
                tildeAsWritten && problem == NoMatch ? NoMatchTilde : problem,
                Suggestion(suggestion, serverBase is null ? shownBase : null, serverBase is null ? relativeTo : serverBase + "/"));
        }

        var libraryArea = SiteIndex.FirstSegment(decoded);
        var underArea = decoded.Trim('/');
        var libraryPage = LibraryPage(site, libraryArea, underArea.Substring(Math.Min(libraryArea.Length, underArea.Length)), byUrl: true);
        if (libraryPage == true)
        {
            return Outcome.Resolved; // (its ids are the package's: a fragment is not checked)
        }

        if ((site.HasExternalRouteSources && (!site.IsLocalPrefix(decoded) || site.RouterServesUnreadAssemblies)) || (libraryPage is null && site.Code.ExternalAreas.Contains(libraryArea)))
        {
            return Outcome.Undecidable("a path that a referenced library may serve");
        }

        if ((site.GeneratorOf(ownUrl) ?? (servedRoot is { JekyllFolders: true } ? "Jekyll, on GitHub Pages" : null)) is { } generator)
        {
            return Outcome.Undecidable($"a page the site generator ({generator}) builds from its sources");
        }

        if (site.Code.IsLibrary)
        {
            return Outcome.Undecidable(ServedByTheAppUsingIt);
        }

        if (site.Code.IsWebAssembly && site.HostingServer is { } aspNetHost)
        {
            // The "ASP.NET Core hosted" template's server (.NET 5-7) serves its own pages and endpoints beside the client
            // (held-out review 63: the client's link to the server's Privacy page was reported). A path it does not serve
            // is the client's router's, whatever the server's fallback to index.html answers; one it may serve by routes
            // the sources do not spell out is undecided (held-out review 77: eShopOnWeb's admin links to the server's
            // manage/my-account, which a route convention serves).
            var byServer = ResolveHref(link, AsHref(path, fragment), facts, aspNetHost);
            if (byServer.Kind == OutcomeKind.Resolved)
            {
                return Outcome.Resolved;
            }

            if (aspNetHost.HasUnknownRoutes || aspNetHost.Code.HasCustomStaticFiles)
            {
                return Outcome.Undecidable("the app registers routes or static files the sources do not spell out");
            }

            // What the server knows of a path it has, for another method than a link's GET, whatever its fallback to the
            // client answers (held-out review 89: the client's link to the server's [HttpPut("user/signout")] was told it
            // matches nothing).
            if (byServer.Kind == OutcomeKind.Broken && byServer.Arguments is [_, var problem, _] && problem is not (NoMatch or NoMatchTilde))
            {
                return byServer;
            }

            if (GetlessRoute(link, aspNetHost, segments) is { } getlessOnServer)
            {
                return getlessOnServer;
            }
        }

        if (site.IsInUnreadFolder(decoded))
        {
            return Outcome.Undecidable("a file in a folder the scan does not read (bin/, obj/, node_modules/, bower_components/)");
        }

        if (site.Code.IsWebAssembly && Array.IndexOf(ServerOnlySegments, SiteIndex.FirstSegment(decoded).ToLowerInvariant()) >= 0)
        {
            // The client of the "ASP.NET Core hosted" template links to its server's Identity pages (held-out review 38:
            // <a href="Identity/Account/Manage">), which no project file of the client names.
            return Outcome.Undecidable("a path only a server serves (Identity, connect, api), which a WebAssembly app does not");
        }

        if (rootRelative && rootFolder is not null && FromRoot(decoded, rootFolder).TrimStart('/') is { Length: > 0 } underRoot
            && SiteIndex.FirstSegment(underRoot) is var first && (!IsFileName(first) || first.Length < underRoot.Length) && !site.HasDirectory(rootFolder + first)
            && !site.HasFile(rootFolder + first + ".html"))
        {
            // (a file's name at the top, /contact.html, is the site's own; a name with a dot that is no file's,
            // /chart.js-plugins, /vue.draggable.next, may be another site's: code reviews)
            return Outcome.Undecidable("a root-relative path whose first segment names nothing at the top of the site, which another site on its host may serve (on GitHub Pages, a project site under a user site's domain)");
        }

        // A route of that shape whose constraint the link's last segment fails is what was meant: say which
        // ("/orders/{id:int}" for "/orders/latest"), unless a name is near that is a typo's fix: one in the link's folder
        // ("/orders/history" for "/orders/histroy"), or another not only a start of the link ("/products/new" for
        // "/product/new"); not where a segment before the last fails ("/blog/tags/x" for "/blog/tag/{name}"; code reviews).
        var nearestUrl = site.NearestUrls.Find(decoded);
        if (nearestUrl == NearestNames.NothingSimilar)
        {
            nearestUrl = site.SameNameElsewhere(decoded, rootFolder);
        }

        // (the value a parameter failed is the link's last segment; a catch-all's ends with it)
        if (site.RouteRejectingValue(segments) is { } rejecting
            && (rejecting.Value == segments[segments.Length - 1] || rejecting.Value.EndsWith("/" + segments[segments.Length - 1], StringComparison.Ordinal)))
        {
            var sibling = site.NearestInFolder(decoded);
            if (sibling != NearestNames.NothingSimilar)
            {
                nearestUrl = sibling;
            }
            else if (NearestNames.NameIn(nearestUrl) is not { } named || decoded.StartsWith(named, StringComparison.OrdinalIgnoreCase))
            {
                return Outcome.Broken(
                    LH030BrokenInternalLink.Rule,
                    link.Display,
                    NoMatch,
                    $"'{rejecting.Route.Display}' would, but {rejecting.Parameter} does not accept '{rejecting.Value}'");
            }
        }

        // A static site serves nothing but its files: "no page, action or endpoint" would name what it cannot have
        // (held-out review 85: a Doxygen site's broken link); a folder it has lacks only its index (code review: "/" was
        // told its nearest file, the CNAME).
        return Outcome.Broken(
            LH030BrokenInternalLink.Rule,
            link.Display,
            (site.Layout.IsProject ? NoMatch : NoFileMatches) + (tildeAsWritten ? TildeIsAFolder : string.Empty),
            (site.Layout.IsProject ? null : FolderLinkAdvice(decoded, site, rootFolder, shownBase, relativeTo))
                ?? Suggestion(rootFolder is null || NearestNames.NameIn(nearestUrl) is not { } near ? nearestUrl : NearestNames.Answer(FromRoot(near, rootFolder)), shownBase, relativeTo));
    }

    /// <summary>
    /// What a static site's broken link to a folder (<c>x/</c>) lacks: its folder's index page, or, where there is no such
    /// folder, the page <c>x.html</c> beside it (held-out review 118: MkDocs' <c>getting-started/</c>); null for any other link.
    /// </summary>
    private static string? FolderLinkAdvice(string decoded, SiteIndex site, string? rootFolder, string? shownBase, string? relativeTo)
    {
        if (!decoded.EndsWith("/", StringComparison.Ordinal))
        {
            return null;
        }

        if (decoded == "/" || site.HasDirectory(decoded))
        {
            return "the folder has no index.html";
        }

        var page = decoded.TrimEnd('/') + ".html";
        return site.HasFile(page) ? Suggestion(NearestNames.Answer(FromRoot(page, rootFolder)), shownBase, relativeTo) : null;
    }

    /// <summary>
    /// A static site's page whose literal <c>&lt;base href&gt;</c> is a path (not "/") that is not where the page is (no
    /// folder of the site, or one that neither holds the page nor has an index page: a repository's source folder named as
    /// the app is): the base path, and the folder served at it. That is the outermost folder above the page (in its served
    /// root, if any) whose index page has the same base, as a published or pre-rendered copy's pages share their top's
    /// base (held-out review 111, code reviews); else the nearest with an index page; else the page's own folder; and the
    /// page's own folder when the base ends with its name (<c>/mylib/demo/</c> for <c>demo/app.html</c>). Null for any
    /// other page.
    /// </summary>
    private static (string Path, string Folder)? StaticPageBase(TemplateFacts facts, SiteIndex site, ServedRoot? servedRoot)
    {
        if (site.Layout.IsProject || facts.Kind != TemplateKind.Html || facts.IsSiteTemplate
            || facts.BaseHref is not { } baseHref || !baseHref.StartsWith("/", StringComparison.Ordinal) || baseHref.StartsWith("//", StringComparison.Ordinal)
            || Normalize(Split(baseHref).Path) is not { } baseUrl || site.UrlOfFile(facts.Path) is not { } own)
        {
            return null;
        }

        var basePath = baseUrl.Substring(0, baseUrl.LastIndexOf('/') + 1);
        var named = (servedRoot?.Folder ?? "/") + basePath.Substring(1); // the site's folder the base names
        if (basePath.Trim('/').Length == 0 || (site.HasDirectory(named) && (own.StartsWith(named, StringComparison.Ordinal) || IndexFile(named, site) is not null)))
        {
            return null;
        }

        var folder = own.Substring(0, own.LastIndexOf('/') + 1);
        if (folder.Length > 1 && basePath.EndsWith(folder.Substring(folder.LastIndexOf('/', folder.Length - 2)), StringComparison.Ordinal))
        {
            return (basePath, folder); // the base names the page's own folder, under a path (/mylib/demo/ for demo/app.html)
        }

        string? sharing = null; // the outermost folder whose index page has the same base
        string? nearest = null; // the nearest folder with an index page
        var top = servedRoot?.Folder ?? "/";
        for (var above = folder; above.Length >= top.Length && above.StartsWith(top, StringComparison.Ordinal); above = above.Substring(0, above.LastIndexOf('/', above.Length - 2) + 1))
        {
            if (IndexFile(above, site) is { } index)
            {
                nearest ??= above;
                if (site.DocumentAtUrl(index)?.BaseHref is { } indexBase && SameBase(indexBase, basePath))
                {
                    sharing = above;
                }
            }

            if (above == top)
            {
                break;
            }
        }

        return (basePath, sharing ?? nearest ?? folder);
    }

    private static bool SameBase(string baseHref, string basePath) =>
        Normalize(Split(baseHref.Trim()).Path) is { } path && string.Equals(path.Substring(0, path.LastIndexOf('/') + 1), basePath, StringComparison.Ordinal);

    /// <summary>
    /// The first folder or file of a path that Jekyll leaves out of the site it builds (<c>_static</c>, Doxygen's
    /// <c>__private_8h.html</c>: a name that starts with '_'), with whether it is the file; null when none is.
    /// </summary>
    private static (string Name, bool IsFile)? Unpublished(string path)
    {
        var segments = path.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].StartsWith("_", StringComparison.Ordinal))
            {
                return (segments[i], i == segments.Length - 1 && !path.EndsWith("/", StringComparison.Ordinal));
            }
        }

        return null;
    }

    /// <summary>Whether a name is a file's, with an extension a site's files have (<c>contact.html</c>, <c>cv.pdf</c>).</summary>
    private static bool IsFileName(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && Array.IndexOf(FileExtensions, name.Substring(dot + 1).ToLowerInvariant()) >= 0;
    }

    private static readonly string[] FileExtensions =
    {
        "html", "htm", "xhtml", "php", "asp", "aspx", "xml", "rss", "atom", "json", "txt", "md", "pdf", "csv", "zip", "gz", "tar", "tgz", "7z",
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "mp3", "mp4", "webm", "ogg", "wav", "css", "js", "mjs", "map", "wasm",
        "woff", "woff2", "ttf", "otf", "eot", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "epub", "ics", "vcf", "apk", "exe", "dmg", "msi",
        "shtml", "webmanifest", "sh", "ps1", "bat", "py", "ipynb", "r", "rmd", "tex", "bib", "ps", "tif", "tiff", "mov", "avi", "asc", "sig", "jar",
        "deb", "rpm", "whl", "xz", "bz2", "iso", "yml", "yaml", "toml", "ini", "cfg", "conf", "log", "rtf", "odp", "ods", "key", "gpx", "kml",
    };

    private const string RelativeWhereUnknown = "a relative link where the current URL is not known (a view, layout or partial, or a static-site template)";

    private const string RootRelativeInStaticSite =
        "a root-relative link in a static site (where it is served is not known: a CNAME or robots.txt at its top would say it is a host's root)";

    /// <summary>A site URL as a root-relative link in a static site's folder served at a host's root writes it: from that folder.</summary>
    private static string FromRoot(string url, string? rootFolder) =>
        rootFolder is not null && url.StartsWith(rootFolder, StringComparison.Ordinal) ? url.Substring(rootFolder.Length - 1) : url;

    /// <summary>
    /// A path that only a route for other methods than GET serves: a POST-only action's own attribute route (third code
    /// review), an endpoint mapped for one other method (held-out review 89: the Blazor template's
    /// <c>MapPost("/Account/Logout")</c>); null when none does, or a script sends the link with another method.
    /// </summary>
    private static Outcome? GetlessRoute(InternalLinkFact link, SiteIndex site, string[] segments)
    {
        if (site.GetlessAttributeRouteAt(segments) is { } attributeRouted)
        {
            return link.SentWithAnotherMethod ? Outcome.Resolved : NotAnsweringGet(link, attributeRouted.Controller, attributeRouted.Action);
        }

        if (site.GetlessEndpointAt(segments) is { } method)
        {
            return link.SentWithAnotherMethod
                ? Outcome.Resolved
                : Outcome.Broken(LH030BrokenInternalLink.Rule, link.Display, $"matches an endpoint that answers only {method}, not GET, the method a link sends", method == "POST" ? FormReachesIt : ScriptReachesIt);
        }

        return null;
    }

    /// <summary>A link to an action that answers only other methods than GET: a form, or a script sending its method, reaches it; a link does not.</summary>
    private static Outcome NotAnsweringGet(InternalLinkFact link, string controller, string action) => Outcome.Broken(
        LH030BrokenInternalLink.Rule,
        link.Display,
        $"names action '{action}', which {controller}Controller does not answer with GET, the method a link sends",
        ActionReachedBy);

    // Which method the action answers is not read: a form sends only POST (second code review: a PUT-only action)
    private const string ActionReachedBy = "a script that sends its method reaches it, or a form when it is POST";
    private const string FallbackAnswers = "the app maps a fallback for unmatched paths";

    private const string FormReachesIt = "a form, or a script that sends its method, reaches it";
    private const string ScriptReachesIt = "a script that sends its method reaches it; a form sends only GET or POST";

    private const string NoMatch = "matches no page, action, endpoint or file";
    private const string NoFileMatches = "matches no file of the site";
    private const string TildeIsAFolder = ": only MVC views and Razor Pages read '~/' as the app's root, and here it is a folder named '~'";
    private const string NoMatchTilde = NoMatch + TildeIsAFolder;

    /// <summary>
    /// The nearest URL (<c>nearest: '/x'</c>) as the link was written: under the base path it was written with, or relative
    /// to the folder a relative link starts from.
    /// </summary>
    private static string Suggestion(string nearest, string? shownBase, string? relativeTo)
    {
        if (NearestNames.NameIn(nearest) is not { } named || !named.StartsWith("/", StringComparison.Ordinal))
        {
            return nearest;
        }

        // A relative link's suggestion is relative too: the root-relative form breaks a site served under a sub-path
        // (held-out review 42: blog-pst.html in dist/ was told '/dist/blog-post.html'). Written as an href writes it
        // (held-out review 129: 'My Notes.html', followed, was LH023's white space); a route template, '/orders/{id:int?}',
        // as it is.
        var suggested = shownBase is not null ? shownBase + named : relativeTo is not null ? Relative(relativeTo, named) : named;
        return NearestNames.Answer(suggested.IndexOf('{') >= 0 ? suggested : UrlParts.EscapePath(suggested));
    }

    /// <summary>
    /// A root-relative path with a base path taken off ("/myrepo/weather" under "/myrepo/" is "/weather", "/myrepo" is
    /// "/"), compared ignoring case; null when the path is not under it.
    /// </summary>
    private static string? WithoutBase(string path, string basePath)
    {
        var prefix = basePath.TrimEnd('/') + "/";
        return (path + "/").StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? "/" + path.Substring(Math.Min(path.Length, prefix.Length)) : null;
    }

    /// <summary>A fragment of another document: reported only when that document's ids are all known.</summary>
    private static Outcome FragmentIn(TemplateFacts? target, string fragment, string display, string where)
    {
        if (IsSkippedFragment(fragment))
        {
            return Outcome.Resolved;
        }

        if (target is null)
        {
            return Outcome.Undecidable("the target's ids are not all known");
        }

        return HasId(target, fragment, out var id) ? Outcome.Resolved
            : target.IdsComplete ? Outcome.Broken(LH031MissingFragment.Rule, display, where, id, target.NearestIds.Find(id))
            : Outcome.Undecidable("the target's ids are not all known");
    }

    /// <summary>
    /// Whether a page has the element a fragment indicates, as HTML finds it: the fragment as written, then
    /// percent-decoded (<c>#X%20Y</c> reaches <c>&lt;a name="X%20Y"&gt;</c> first, then <c>id="X Y"</c>; held-out review 129:
    /// a C# documentation generator's encoded anchors were all reported). <paramref name="id"/> is the decoded one, as
    /// messages name it.
    /// </summary>
    private static bool HasId(TemplateFacts facts, string fragment, out string id)
    {
        id = UrlParts.Unescape(fragment);
        return facts.Ids.Contains(id) || facts.Ids.Contains(fragment);
    }

    /// <summary>The URL the template is served at, for relative links: its <c>&lt;base href&gt;</c>, "/" for a component (the app's base), a page's literal route, a static file's own URL.</summary>
    private static string? BaseUrl(TemplateFacts facts, SiteIndex site, string? rootFolder = null)
    {
        // the page's own URL (from the folder served at a host's root, when it is in one); a template's is not known
        string? Own() => facts.Kind == TemplateKind.Html && !facts.IsSiteTemplate && site.UrlOfFile(facts.Path) is { } own ? FromRoot(own, rootFolder) : null;
        if (facts.BaseHref is { } baseHref)
        {
            if (baseHref.StartsWith("~/", StringComparison.Ordinal) && WritesTildeAsAppRoot(facts.Kind))
            {
                baseHref = baseHref.Substring(1); // <base href="~/"> in a view or Razor Page: the app's root
            }
            else if (!baseHref.StartsWith("/", StringComparison.Ordinal))
            {
                // <base href="../">: relative to the page's own URL (one with a host never comes here).
                var own = Own();
                var resolved = own is null ? null : Normalize(own.Substring(0, own.LastIndexOf('/') + 1) + Split(baseHref).Path, clampAtRoot: rootFolder is not null);
                if (resolved is null)
                {
                    return null;
                }

                baseHref = resolved;
            }

            return baseHref.EndsWith("/", StringComparison.Ordinal) ? baseHref : baseHref.Substring(0, baseHref.LastIndexOf('/') + 1);
        }

        if (facts.Kind == TemplateKind.RazorComponent)
        {
            return "/";
        }

        if (facts.Kind == TemplateKind.Html)
        {
            return Own();
        }

        var page = site.PageWithPath(facts.Path);
        var route = page?.Routes.FirstOrDefault();
        return route is not null && route.IsLiteral ? route.Display : null;
    }

    /// <summary>
    /// Whether Jekyll builds the page at a path from a Markdown file: a page (<c>/about.html</c>, <c>/about</c> from
    /// <c>about.md</c> or <c>about.markdown</c>) or a folder's index (<c>/guide/</c>, <c>/guide</c>, <c>/guide/index.html</c>
    /// from <c>guide/index.md</c> or <c>guide/README.md</c>).
    /// </summary>
    private static bool BuiltFromMarkdown(string path, SiteIndex site)
    {
        var slash = path.LastIndexOf('/');
        var folder = path.EndsWith("/", StringComparison.Ordinal) ? path
            : path.EndsWith("/index.html", StringComparison.Ordinal) ? path.Substring(0, slash + 1)
            : path.IndexOf('.', slash) < 0 ? path + "/"
            : null;
        // (jekyll-readme-index reads a readme whatever its case: code review)
        if (folder is not null && SiteIndex.MarkdownIndexPages.Any(name => site.FilesIgnoringCase(folder + name).Count > 0))
        {
            return true;
        }

        var stem = path.EndsWith(".html", StringComparison.Ordinal) ? path.Substring(0, path.Length - ".html".Length) : path.IndexOf('.', slash) < 0 ? path : null;
        return stem is not null && !stem.EndsWith("/", StringComparison.Ordinal) && SiteIndex.MarkdownExtensions.Any(extension => site.HasFile(stem + extension));
    }

    /// <summary>The index document a folder URL serves (<c>/docs/</c> → <c>/docs/index.html</c>), if there is one.</summary>
    private static string? IndexFile(string path, SiteIndex site)
    {
        var folder = path.TrimEnd('/');
        if (folder.Length > 0 && !site.HasDirectory(folder))
        {
            return null;
        }

        foreach (var name in SiteIndex.IndexPages)
        {
            var candidate = folder + "/" + name;
            if (site.HasFile(candidate))
            {
                return candidate;
            }
        }

        if (site.HasFile("/web.config"))
        {
            // IIS serves the site (a web.config at its top): its default documents, in any case, as its file system has
            // them (held-out review 162: a FrontPage site's about/Default.htm)
            foreach (var name in SiteIndex.IisDefaultDocuments)
            {
                if (site.FilesIgnoringCase(folder + "/" + name) is { Count: > 0 } files)
                {
                    return files[0];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A site URL as the link wrote its path: relative when the link was (<c>Faq/index.html</c> → <c>faq/index.html</c>,
    /// <c>../Guide.html</c> → <c>../guide.html</c>; held-out review 36: the root-relative form breaks a site served under
    /// a sub-path), the URL itself otherwise, and when the relative form would be the link as it is (the case differs in
    /// the part its base gives).
    /// </summary>
    private static string AsWritten(string url, string written)
    {
        if (written.Length == 0 || written.StartsWith("/", StringComparison.Ordinal))
        {
            return url;
        }

        var segments = written.Split('/');
        var dots = 0;
        while (dots < segments.Length && (UrlParts.IsSingleDotSegment(segments[dots]) || UrlParts.IsDoubleDotSegment(segments[dots])))
        {
            dots++;
        }

        var urlSegments = url.Split('/');
        var tail = segments.Length - dots;
        if (tail == 0 || tail >= urlSegments.Length
            || !UrlParts.Unescape(string.Join("/", segments, dots, tail)).Equals(string.Join("/", urlSegments, urlSegments.Length - tail, tail), StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        var suggestion = string.Join("/", segments.Take(dots).Concat(urlSegments.Skip(urlSegments.Length - tail)));
        return string.Equals(suggestion, written, StringComparison.Ordinal) ? url : suggestion;
    }

    /// <summary>A site URL relative to a folder URL (<c>/dist/</c> and <c>/dist/blog/post.html</c> give <c>blog/post.html</c>; <c>/docs/a/</c> and <c>/img/x.png</c> give <c>../../img/x.png</c>).</summary>
    private static string Relative(string folder, string url)
    {
        var from = folder.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var to = url.TrimStart('/').Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        var relative = string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join("/", to, common, to.Length - common);
        return relative.Length == 0 ? "./" : relative;
    }

    /// <summary>
    /// Whether a template of this kind writes a URL's leading <c>~/</c> as the app's root: MVC views and Razor Pages do
    /// (the URL resolution tag helper); a Razor component or an HTML file writes it as it is, a folder named <c>~</c>.
    /// </summary>
    internal static bool WritesTildeAsAppRoot(TemplateKind kind) => kind is not (TemplateKind.RazorComponent or TemplateKind.Html);

    /// <summary>
    /// First segments of paths the hosting platform answers before the app sees the request: Azure App Service's and Static
    /// Web Apps' sign-in (<c>/.auth/login/aad</c>, <c>/.auth/logout</c>; held-out review 96), Cloudflare's (<c>/cdn-cgi/</c>).
    /// </summary>
    private static readonly string[] PlatformSegments = { ".auth", "cdn-cgi" };

    /// <summary>
    /// First segments of the files Umbraco serves from outside the app's own static files: the media library
    /// (<c>/media/</c>, uploaded at run time), the back office (<c>/umbraco/</c>), packages' files (<c>/App_Plugins/</c>)
    /// and Smidge's bundles (<c>/sb/</c>); packages also serve a <c>robots.txt</c> and sitemaps (code review 130).
    /// </summary>
    private static readonly string[] UmbracoFileSegments = { "media", "umbraco", "app_plugins", "sb" };

    /// <summary>First segments of paths that only a server answers: Identity's default UI, OpenID Connect endpoints, APIs.</summary>
    private static readonly string[] ServerOnlySegments = { "identity", "connect", "api", ".well-known" };

    /// <summary>A path and fragment put back together (<see cref="Split"/>'s inverse, without the query).</summary>
    private static string AsHref(string path, string? fragment) => fragment is null ? path : path + "#" + fragment;

    private static (string Path, string? Fragment) Split(string href)
    {
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? href.Substring(hash + 1) : null;
        var path = hash >= 0 ? href.Substring(0, hash) : href;
        var query = path.IndexOf('?');
        return (query >= 0 ? path.Substring(0, query) : path, fragment);
    }

    /// <summary>Resolves "." and ".." segments (also written <c>%2e</c> in a URL, <paramref name="encodedDots"/>, as the URL Standard reads them) and collapses repeated slashes; null when ".." climbs above the root, unless it stops there (as a browser does at a host's root).</summary>
    private static string? Normalize(string path, bool clampAtRoot = false, bool encodedDots = true)
    {
        var trailing = path.EndsWith("/", StringComparison.Ordinal) && path.Length > 1;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || (encodedDots ? UrlParts.IsSingleDotSegment(part) : part == "."))
            {
                continue;
            }

            if (encodedDots ? UrlParts.IsDoubleDotSegment(part) : part == "..")
            {
                if (parts.Count == 0)
                {
                    if (clampAtRoot)
                    {
                        continue;
                    }

                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join("/", parts) + (trailing && parts.Count > 0 ? "/" : string.Empty);
    }

    private static string PagePath(SiteIndex site, string area, string name) => area.Length > 0 ? $"Areas/{area}/Pages{name}.cshtml" : $"{site.PagesRoot}{name}.cshtml";

    /// <summary>"nearest: 'x'" for the closest candidate (case ignored) when it is close enough to be what was meant.</summary>
    internal static string Nearest(string wanted, IEnumerable<string> candidates) => NearestNames.Find(wanted, candidates);
}
