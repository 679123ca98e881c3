using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Rules.Data;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH013: the same anchor text leads to different destinations in one template.</summary>
public sealed class LH013AmbiguousAnchorText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AmbiguousAnchorText,
        "Same anchor text, different destinations",
        "Anchor text '{0}' also leads to '{1}' (line {2}); give different destinations different text",
        RuleSeverity.Suggestion,
        "Two links with the same text are expected to go to the same place. When they do not, readers and search engines cannot tell them apart.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        // Links by normalised text, in the order they come: for each text its first and last entry and the first entry
        // whose destination differs from the first's; each entry points to the next with the same text.
        var texts = new Dictionary<string, (int First, int Last, int FirstOther)>(StringComparer.Ordinal);
        var entries = new List<Entry>();

        // The last link of each text, destination and set of branches, with its conflict (-1: none). A link like it
        // has the same conflict among the links before that one (they are as exclusive of it), so only the links since
        // need looking at: one text in both branches of an @if/else compared each link with all those of the other.
        var last = new Dictionary<(string Text, string Url, string Branches), (int Entry, int Conflict)>();
        var skips = new BranchSkips(context, entries);
        LH010GenericAnchorText.GenericPhrases? generic = null; // its options are read once a link has text to compare
        string? relativeBase = null;
        string? ownHost = null; // the site's one host, "" for none (read with the relative base)
        foreach (var link in context.Links)
        {
            // A bare "#" is no destination to tell apart: a script's placeholder (LH022's finding) or the top of the page.
            var route = RouteOf(link, context.Document);
            if (link.Name.IsDynamic || link.Name.Text.Length == 0 || (link.Href.IsDynamic && route is null) || link.Href.Kind == HrefKind.Script || link.Href.IsBareHash || LH010GenericAnchorText.IsControl(link))
            {
                continue;
            }

            // (text the decoder could not read, U+FFFD, is not known: two Korean names in a page saved as EUC-KR, LH901's
            // finding, read alike; held-out review 136)
            var text = link.Name.Normalized;
            if (text.Length == 0 || link.Name.Text.IndexOf('\uFFFD') >= 0 || (generic ??= new LH010GenericAnchorText.GenericPhrases(context)).Contains(link, AnchorText.WithoutEdgeUnderscores(text)))
            {
                continue; // generic text is LH010's finding
            }

            if (!texts.TryGetValue(text, out var chain))
            {
                // Most texts are used once: a destination is normalised only when a second link has the same text.
                texts[text] = (entries.Count, entries.Count, -1);
                entries.Add(new Entry(link, null));
                continue;
            }

            // Nor is a link hidden from assistive technology or not rendered, a logo's aria-hidden twin of a text link, which
            // axe's identical-links-same-purpose leaves out too (held-out review 109); looked for (up the link's ancestors)
            // only when a text repeats: the first link of a text is looked at when the second comes, and a hidden one
            // gives its place to it.
            if (link.IsHidden(context.Document.Kind))
            {
                continue;
            }

            if (chain.Last == chain.First && entries[chain.First].Url is null && entries[chain.First].Link.IsHidden(context.Document.Kind))
            {
                texts[text] = (entries.Count, entries.Count, -1);
                entries.Add(new Entry(link, null));
                continue;
            }

            relativeBase ??= RelativeBase(context.Document);
            ownHost ??= OwnHost(context);
            var url = route ?? NormalizeUrl(Written(link, context.Document), relativeBase, context.Document.Kind, IsOwnHostUrl(link, ownHost));
            var first = entries[chain.First];
            if (first.Url is null)
            {
                first = entries[chain.First] = first with { Url = Destination(first.Link, context.Document, relativeBase, ownHost) };
            }

            // The conflict is the first earlier link to another destination, unless links in different branches of one
            // @if/else or @switch (which never share a page). Every link before FirstOther goes where the first does, so
            // when that is this link's destination the search starts there, and when no link went elsewhere there is
            // nothing to search: a text repeated with one destination costs one step a link, not one per earlier link.
            var branches = context.Document.BranchKey(link.StartTagSpan.Start);
            var start = first.Url != url ? chain.First : chain.FirstOther;
            var found = -1;
            if (last.TryGetValue((text, url, branches), out var like))
            {
                (found, start) = like.Conflict >= 0 ? (like.Conflict, -1) : (-1, entries[like.Entry].Next);
            }

            for (var i = start; i >= 0;)
            {
                context.Document.CountWork(1);
                var earlier = entries[i];
                if (Differ(earlier.Url!, url))
                {
                    if (!context.Document.AreExclusive(earlier.Link.StartTagSpan.Start, link.StartTagSpan.Start))
                    {
                        found = i;
                        break;
                    }

                    if (skips.Past(text, chain.First, earlier.Link, link) is { } next)
                    {
                        i = next;
                        continue;
                    }
                }

                i = earlier.Next;
            }

            last[(text, url, branches)] = (entries.Count, found);
            var conflict = found >= 0 ? entries[found].Link : null;
            if (conflict is not null)
            {
                var line = context.Document.Lines.GetLine(conflict.StartTagSpan.Start) + 1;
                context.Report(Rule, link.Name.Span, link, Href.Shorten(link.Name.Text), Shown(entries[found]), line.ToString(CultureInfo.InvariantCulture));
            }

            entries[chain.Last] = entries[chain.Last] with { Next = entries.Count };
            texts[text] = (chain.First, entries.Count, chain.FirstOther < 0 && url != first.Url ? entries.Count : chain.FirstOther);
            entries.Add(new Entry(link, url));
            skips.Added(text, entries.Count - 1);
        }
    }

    /// <summary>
    /// Steps over the links of a text in the branches of an if/else chain or switch before a link's own branch: all as
    /// exclusive of it as the first of them. (An else-if chain of thousands of branches, each linking one text
    /// elsewhere, compared each link with every one before it.) Not where a link of the template sits between two of
    /// the group's branches, or where the links of a text are not in the order of their offsets: those are looked at
    /// one by one.
    /// </summary>
    private sealed class BranchSkips
    {
        private readonly RuleContext _context;
        private readonly List<Entry> _entries;
        private HashSet<int>? _groupsWithLinksBetweenBranches;
        // For each text a step was tried for: its entries, which are in the order of their offsets ({ -1 } when not).
        private Dictionary<string, List<int>>? _byText;

        public BranchSkips(RuleContext context, List<Entry> entries)
        {
            _context = context;
            _entries = entries;
        }

        /// <summary>
        /// The first entry of a text after <paramref name="earlier"/> that may render with <paramref name="link"/>
        /// (-1: none), when <paramref name="earlier"/> is in an earlier branch of a group that <paramref name="link"/> is
        /// in and the entries between can be stepped over; null otherwise.
        /// </summary>
        public int? Past(string text, int first, Link earlier, Link link)
        {
            var document = _context.Document;
            if (document.EarlierBranch(earlier.StartTagSpan.Start, link.StartTagSpan.Start) is not { } branch)
            {
                return null;
            }

            if (_groupsWithLinksBetweenBranches is null)
            {
                _groupsWithLinksBetweenBranches = new HashSet<int>();
                foreach (var any in _context.Links)
                {
                    _groupsWithLinksBetweenBranches.UnionWith(document.GroupsBetweenBranches(any.StartTagSpan.Start));
                }
            }

            if (_groupsWithLinksBetweenBranches.Contains(branch.Group))
            {
                return null;
            }

            _byText ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!_byText.TryGetValue(text, out var ordered))
            {
                ordered = new List<int>();
                for (var i = first; i >= 0; i = _entries[i].Next)
                {
                    document.CountWork(1);
                    Append(ordered, i);
                }

                _byText[text] = ordered;
            }

            if (ordered.Count > 0 && ordered[0] < 0)
            {
                return null; // not in the order of their offsets
            }

            var at = Sorted.PartitionPoint(
                ordered.Count,
                (Ordered: ordered, Entries: _entries, branch.BranchStart),
                static (s, k) => s.Entries[s.Ordered[k]].Link.StartTagSpan.Start < s.BranchStart);
            return at < ordered.Count ? ordered[at] : -1;
        }

        /// <summary>Notes an entry added for a text (after the link's own search).</summary>
        public void Added(string text, int entry)
        {
            if (_byText is not null && _byText.TryGetValue(text, out var ordered))
            {
                Append(ordered, entry);
            }
        }

        private void Append(List<int> ordered, int entry)
        {
            if (ordered.Count > 0 && (ordered[0] < 0 || _entries[ordered[ordered.Count - 1]].Link.StartTagSpan.Start > _entries[entry].Link.StartTagSpan.Start))
            {
                ordered.Clear();
                ordered.Add(-1);
                return;
            }

            ordered.Add(entry);
        }
    }

    /// <summary>A link with a text to compare, its normalised destination (made once needed) and the next link with the same text (-1: none).</summary>
    private readonly record struct Entry(Link Link, string? Url)
    {
        public int Next { get; init; } = -1;
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? resolving;

    /// <summary>A relative path resolved against a folder URL, with "." and ".." segments removed.</summary>
    /// <remarks>
    /// The path is built in place, "/" and a segment at a time, and a ".." cuts the last segment off: a page resolves each
    /// of its relative links against one folder (eight unknown levels and its own: <see cref="RelativeBase"/>), and lists
    /// of both paths' segments cost more than the rule's comparison (documentation sites: every link is relative).
    /// </remarks>
    internal static string Resolve(string folder, string relative)
    {
        // (one builder for the thread's calls: a builder and its buffer for each link were a third of what the rule allocated
        // over python's library/)
        var path = resolving ??= new System.Text.StringBuilder(256);
        path.Clear();
        if (IsPlainFolder(folder))
        {
            // "/a/b/" is "/a/b" (what the segments give, as the loop below makes them)
            path.Append(folder, 0, folder.Length - 1);
        }
        else
        {
            for (var from = 0; from <= folder.Length;)
            {
                var to = folder.IndexOf('/', from) is var slash and >= 0 ? slash : folder.Length;
                if (to > from)
                {
                    path.Append('/').Append(folder, from, to - from);
                }

                from = to + 1;
            }
        }

        for (var from = 0; from <= relative.Length;)
        {
            var to = relative.IndexOf('/', from) is var slash and >= 0 ? slash : relative.Length;
            var length = to - from;
            if (length == 2 && relative[from] == '.' && relative[from + 1] == '.')
            {
                // Out of the unknown folder, the path is still unknown: it never becomes a root-relative one, and each
                // ".." above it is one more level up (a ".." cancelled the one before it: "../../../x" was "../x", code
                // review 133).
                var last = LastSegment(path);
                if (last >= 0 && !(path.Length - last == 2 && path[last + 1] == '\u0001') && !(path.Length - last == 3 && path[last + 1] == '.' && path[last + 2] == '.'))
                {
                    path.Length = last;
                }
                else if (last >= 0)
                {
                    path.Append("/..");
                }
            }
            else if (!(length == 1 && relative[from] == '.') && (length > 0 || to == relative.Length))
            {
                path.Append('/').Append(relative, from, length);
            }

            from = to + 1;
        }

        var resolved = path.Length == 0 ? "/" : path.ToString();
        if (path.Capacity > 4096)
        {
            resolving = null; // (a huge path's buffer is not kept for the thread)
        }

        return resolved;

        // "/" or "/a/b/": a '/' first and last, and no empty segment between
        static bool IsPlainFolder(string folder) =>
            folder.Length > 0 && folder[0] == '/' && folder[folder.Length - 1] == '/' && folder.IndexOf("//", StringComparison.Ordinal) < 0;

        // where the last segment's '/' is; -1 when there is none
        static int LastSegment(System.Text.StringBuilder path)
        {
            var i = path.Length - 1;
            while (i >= 0 && path[i] != '/')
            {
                i--;
            }

            return i;
        }
    }

    private static readonly string[] IndexPages = { "index.html", "index.htm", "default.html", "default.htm" };

    /// <summary>A link's destination to compare: its tag helper's route, or its URL.</summary>
    private static string Destination(Link link, Documents.TemplateDocument document, string relativeBase, string ownHost) =>
        RouteOf(link, document) ?? NormalizeUrl(Written(link, document), relativeBase, document.Kind, IsOwnHostUrl(link, ownHost));

    /// <summary>The destination of a link computed at run time that is written literally all the same: a tag helper's route, an Angular router link's path; null for another.</summary>
    private static string? RouteOf(Link link, Documents.TemplateDocument document) =>
        link.Href.IsDynamic ? TagHelperRoute(link, document) ?? RouterLinkPath(link) : null;

    /// <summary>
    /// The site's one host when <c>link_hygiene.site_hosts</c> names one (with or without <c>www.</c>; a wildcard names
    /// other sites of the domain, and two hosts two sites: code review), else "".
    /// </summary>
    private static string OwnHost(RuleContext context)
    {
        string? own = null;
        foreach (var host in context.Options.Get(LinkHygiene.Options.CommonOptions.SiteHosts))
        {
            if (host.StartsWith("*", StringComparison.Ordinal))
            {
                continue;
            }

            var plain = UrlParts.WithoutWww(host.ToLowerInvariant());
            if (own is not null && own != plain)
            {
                return string.Empty;
            }

            own = plain;
        }

        return own ?? string.Empty;
    }

    /// <summary>An absolute URL to the site's one host: its path is the destination, as its root-relative path's.</summary>
    private static bool IsOwnHostUrl(Link link, string ownHost) =>
        ownHost.Length > 0 && link.Href.Kind == HrefKind.Internal && link.Href.Host is { } host && UrlParts.WithoutWww(host) == ownHost;

    /// <summary>
    /// Angular's router link written literally (<c>routerLink="/orders"</c>, <c>[routerLink]="'/orders'"</c>,
    /// <c>[routerLink]="['/records', 'my-records']"</c>): its path, as a URL to compare (held-out review 125: a vet app's
    /// "ITT" to two pages); null when a part of it is computed, or query parameters or a fragment are given beside it.
    /// </summary>
    private static string? RouterLinkPath(Link link)
    {
        if (link.Href.Attribute is not { } written || written.IsDynamic || written.Name is not ("routerlink" or "[routerlink]")
            || link.Attributes.Any(a => a.Name.IndexOf("queryparams", StringComparison.Ordinal) >= 0 || a.Name.IndexOf("fragment", StringComparison.Ordinal) >= 0))
        {
            return null;
        }

        var value = written.Value.Trim();
        if (written.Name == "routerlink")
        {
            return value.Length > 0 ? value : null;
        }

        var array = value.Length > 1 && value[0] == '[' && value[value.Length - 1] == ']';
        var parts = new List<string>();
        foreach (var part in (array ? value.Substring(1, value.Length - 2) : value).Split(','))
        {
            var item = part.Trim();
            if (item.Length < 2 || item[0] is not ('\'' or '"') || item[item.Length - 1] != item[0] || item.IndexOf(item[0], 1) != item.Length - 1)
            {
                return null; // a value computed at run time, or a segment's parameters
            }

            parts.Add(item.Substring(1, item.Length - 2).Trim('/'));
        }

        var path = string.Join("/", parts);
        return value.IndexOf("'/", StringComparison.Ordinal) >= 0 || value.IndexOf("\"/", StringComparison.Ordinal) >= 0 ? "/" + path : path;
    }

    // Marks a tag helper's route among URLs: its attributes' names, then their values.
    private const char RouteMark = '\u0001';
    private const char ValuesMark = '\u0002';

    /// <summary>
    /// A tag helper's route written literally (<c>asp-controller="Notice" asp-action="Index"</c>) as a destination to
    /// compare: the names of its <c>asp-</c> attributes, then their values, as routing compares them (case-insensitively);
    /// null when one is computed (<c>asp-route-id="@item.Id"</c>, <c>asp-all-route-data</c>), or it leaves the site
    /// (<c>asp-host</c>). An empty <c>asp-area</c> is the app's root, where a view outside areas already is; the fragment
    /// and the scheme are not the destination, as for a URL; a relative <c>asp-page</c> (<c>./Index</c>) is resolved in a
    /// page's folder, and not compared elsewhere (code review). (Held-out review 87: a Korean community app's menu sent
    /// one text to two controllers, a copy-paste slip no rule saw.)
    /// </summary>
    private static string? TagHelperRoute(Link link, Documents.TemplateDocument document)
    {
        if (link.Href.Kind != HrefKind.Internal || link.Href.Attribute is not { } written || !written.Name.StartsWith("asp-", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = new List<Documents.SourceAttribute>();
        foreach (var attribute in link.Attributes)
        {
            if (!attribute.Name.StartsWith("asp-", StringComparison.Ordinal))
            {
                continue;
            }

            if (attribute.IsDynamic || attribute.Name == "asp-all-route-data")
            {
                return null;
            }

            if (attribute.Name is not ("asp-fragment" or "asp-protocol") && (attribute.Name != "asp-area" || attribute.Value.Trim().Length > 0))
            {
                parts.Add(attribute);
            }
        }

        parts.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var key = new System.Text.StringBuilder().Append(RouteMark);
        foreach (var part in parts)
        {
            key.Append(part.Name).Append(' ');
        }

        key.Append(ValuesMark);
        foreach (var part in parts)
        {
            var value = part.Value.Trim();
            if (part.Name == "asp-page" && !value.StartsWith("/", StringComparison.Ordinal))
            {
                if (PageNameFolder(document) is not { } folder)
                {
                    return null;
                }

                value = Resolve(folder, value);
            }

            key.Append(value.ToLowerInvariant()).Append(ValuesMark);
        }

        return key.ToString();
    }

    /// <summary>
    /// How a message names where a link goes: its URL, or its tag helper's route with the values that tell it from another
    /// (<c>Products/List?category=books</c>, <c>/Orders?handler=Export</c>: code review).
    /// </summary>
    private static string Shown(Entry entry)
    {
        var display = entry.Link.Href.Display;
        if (string.IsNullOrWhiteSpace(display))
        {
            return "(this page itself)"; // href="" or "  " (held-out review 158: "also leads to ''" puzzled)
        }

        if (entry.Url is not { Length: > 0 } url || url[0] != RouteMark)
        {
            return display;
        }

        var shown = new System.Text.StringBuilder(display);
        var separator = '?';
        foreach (var attribute in entry.Link.Attributes)
        {
            var name = attribute.Name == "asp-page-handler" ? "handler"
                : attribute.Name.StartsWith("asp-route-", StringComparison.Ordinal) ? attribute.Name.Substring("asp-route-".Length)
                : null;
            if (name is not null)
            {
                shown.Append(separator).Append(name).Append('=').Append(attribute.Value.Trim());
                separator = '&';
            }
        }

        return Href.Shorten(shown.ToString());
    }

    /// <summary>
    /// Whether two destinations differ: two URLs, or two tag helpers' routes of the same attributes, that are not the same.
    /// A route and a URL, or routes of other attributes (<c>asp-action="Privacy"</c> in a view of the Home controller and
    /// <c>asp-controller="Home" asp-action="Privacy"</c>), may well be one page: which they lead to is not known here.
    /// </summary>
    private static bool Differ(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return false;
        }

        var aRoute = a.Length > 0 && a[0] == RouteMark;
        var bRoute = b.Length > 0 && b[0] == RouteMark;
        return aRoute == bRoute && (!aRoute || string.CompareOrdinal(a, 0, b, 0, Math.Max(a.IndexOf(ValuesMark), b.IndexOf(ValuesMark)) + 1) == 0);
    }

    /// <summary>
    /// A link's URL to compare: <c>href=""</c> or a fragment (<c>#usage</c>) in an HTML file is that file (held-out review
    /// 61: Sphinx's crumb to the page itself beside an <c>index.html</c> link to it was "another destination"; review 90:
    /// MkDocs' current page <c>./</c> in the menu and its title's <c>#release-notes</c> in the page's contents); in a view,
    /// which URL shows it is not known.
    /// </summary>
    private static string Written(Link link, Documents.TemplateDocument document) =>
        link.Href.Kind is HrefKind.Empty or HrefKind.Fragment && document.Kind == Documents.TemplateKind.Html
            ? System.IO.Path.GetFileName(document.Path.Replace('\\', '/')) + link.Href.Value.Trim()
            : link.Href.Value;

    /// <summary>
    /// Where a relative link in this template resolves from: a Blazor component's links are relative to the app's base
    /// (<c>&lt;base href="/"&gt;</c>), a Razor page's (with a plain <c>@page</c>) to its folder's URL (Pages/Blog/List.cshtml:
    /// /Blog/). Elsewhere the current URL is not known: the template's folder, under a folder that no written path can
    /// name, stands for it, so that relative links still compare with each other (<c>guide.html</c>, <c>./guide.html</c>
    /// and, in docs/, <c>../docs/guide.html</c>) and never with a root-relative one.
    /// </summary>
    internal static string RelativeBase(Documents.TemplateDocument document)
    {
        if (document.Kind == Documents.TemplateKind.RazorComponent)
        {
            return "/";
        }

        string own;
        if (document.Kind == Documents.TemplateKind.RazorView && PageFolder(document) is { } pageFolder)
        {
            own = pageFolder;
        }
        else
        {
            // the template's own folder under it: "../docs/" in docs/page.html is "./"
            var path = document.Path.Replace('\\', '/');
            var folder = path.LastIndexOf('/') is var slash && slash > 0 ? path.Substring(0, slash).TrimStart('/') + "/" : string.Empty;
            own = UnknownFolder + folder.Replace(":", string.Empty);
        }

        // A page's <base href> is where its relative links resolve from, as a browser resolves them (held-out review 171:
        // page.html and ../sub/page.html under <base href="sub/"> are one page): its folder, resolved from the page's own;
        // on another host, "//host/folder/" (NormalizeUrl gives the page's relative and root-relative links that host).
        if (!document.HasBaseHref || Site.TemplateFacts.IdsOf(document).BaseHref is not { Length: > 0 } written || written[0] == '#')
        {
            return own;
        }

        var url = UrlParts.Parse(written);
        var basePath = url.Path.StartsWith("~/", StringComparison.Ordinal) && Site.InternalLinkChecker.WritesTildeAsAppRoot(document.Kind) ? url.Path.Substring(1) : url.Path;
        var baseFolder = basePath.Substring(0, basePath.LastIndexOf('/') + 1);
        if (url.Host is not null)
        {
            return "//" + url.Host + (baseFolder.StartsWith("/", StringComparison.Ordinal) ? baseFolder : "/" + baseFolder);
        }

        return url.Scheme is not null ? own : baseFolder.StartsWith("/", StringComparison.Ordinal) ? baseFolder : Resolve(own, baseFolder);
    }

    /// <summary>Eight levels of a folder name no URL holds.</summary>
    private const string UnknownFolder = "/\u0001/\u0001/\u0001/\u0001/\u0001/\u0001/\u0001/\u0001/";

    /// <summary>
    /// The folder a page's relative page names (<c>asp-page="./Index"</c>) start from: its own under <c>Pages/</c>, an
    /// area's page's under its area's (where <c>/Users/Index</c> is the area's too), whatever its route; null for a view or
    /// layout, where they are the rendered page's (second code review: <see cref="PageFolder"/>, a URL base, had an Index
    /// or templated page's names not compared, and an area page's relative names in the area, its absolute ones not).
    /// </summary>
    private static string? PageNameFolder(Documents.TemplateDocument document)
    {
        var (path, pages) = PathUnderPages(document);
        return pages < 0 || !document.Directives.Any(d => d.Name == "page") ? null : "/" + FolderUnderPages(path, pages);
    }

    /// <summary>A template's path, "/" first (so that a relative path, Pages/Blog/List.cshtml, reads as an absolute one does), and where its last "/Pages/" is (-1: none).</summary>
    private static (string Path, int Pages) PathUnderPages(Documents.TemplateDocument document)
    {
        var path = "/" + document.Path.Replace('\\', '/').TrimStart('/');
        return (path, path.LastIndexOf("/Pages/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The folder of a path under its "/Pages/" at <paramref name="pages"/> ("Blog/", or empty).</summary>
    private static string FolderUnderPages(string path, int pages)
    {
        var start = pages + "/Pages/".Length;
        return path.Substring(start, path.LastIndexOf('/') + 1 - start);
    }

    /// <summary>A Razor page's folder URL ("/Blog/", "/Admin/Users/"), when it has a plain <c>@page</c> (no route template) under Pages/.</summary>
    private static string? PageFolder(Documents.TemplateDocument document)
    {
        var plainPage = false;
        foreach (var directive in document.Directives)
        {
            plainPage |= directive.Name == "page" && directive.Argument.Trim().Length == 0;
        }

        var (path, pages) = PathUnderPages(document);
        if (!plainPage || pages < 0 || path.EndsWith("/Index.cshtml", StringComparison.OrdinalIgnoreCase))
        {
            return null; // an Index page answers at its folder's URL and at .../Index: two bases
        }

        var folder = FolderUnderPages(path, pages);
        var before = path.Substring(0, pages);
        var areas = before.LastIndexOf("/Areas/", StringComparison.OrdinalIgnoreCase);
        var area = areas >= 0 && before.IndexOf('/', areas + "/Areas/".Length) < 0 ? before.Substring(areas + "/Areas/".Length) + "/" : string.Empty;
        return "/" + area + folder;
    }

    /// <summary>
    /// A path with the percent escapes of unreserved characters (letters, digits, <c>-._~</c>) and of characters beyond
    /// ASCII (UTF-8) decoded, and every other escape in upper case (<c>%2f</c> is <c>%2F</c>, not <c>/</c>).
    /// </summary>
    internal static string DecodeUnreserved(string path)
    {
        var result = new System.Text.StringBuilder(path.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < path.Length;)
        {
            if (path[i] == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                var b = (byte)((Uri.FromHex(path[i + 1]) << 4) | Uri.FromHex(path[i + 2]));
                if (b >= 0x80)
                {
                    bytes.Add(b);
                    i += 3;
                    continue;
                }

                Flush(result, bytes);
                var c = (char)b;
                if (char.IsLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
                {
                    result.Append(c);
                }
                else
                {
                    result.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                }

                i += 3;
                continue;
            }

            Flush(result, bytes);
            result.Append(path[i]);
            i++;
        }

        Flush(result, bytes);
        return result.ToString();

        static void Flush(System.Text.StringBuilder result, List<byte> bytes)
        {
            if (bytes.Count == 0)
            {
                return;
            }

            try
            {
                result.Append(new System.Text.UTF8Encoding(false, true).GetString(bytes.ToArray()));
            }
            catch (ArgumentException)
            {
                foreach (var b in bytes)
                {
                    result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            bytes.Clear();
        }
    }

    /// <summary>
    /// Normalises a URL for comparison: no fragment but a client route's (<c>#/bar</c>), lower-case scheme and host, no default port, no trailing slash or
    /// index page, app-relative "~/" as root-relative (in views and Razor Pages), a relative path resolved against <paramref name="relativeBase"/>
    /// (<see cref="RelativeBase"/>), percent escapes decoded, and in Razor templates a route (a path without an extension)
    /// in lower case.
    /// </summary>
    internal static string NormalizeUrl(string value, string relativeBase, Documents.TemplateKind kind, bool siteHost = false)
    {
        var url = UrlParts.Parse(value);
        var path = url.Path;
        var host = url.Host;
        if (path.StartsWith("~/", StringComparison.Ordinal) && Site.InternalLinkChecker.WritesTildeAsAppRoot(kind))
        {
            path = path.Substring(1);
        }
        else if (url.Scheme is null && url.Host is null && relativeBase.StartsWith("//", StringComparison.Ordinal))
        {
            // (under a <base href> on another host, the page's relative and root-relative links lead to that host)
            var slash = relativeBase.IndexOf('/', 2);
            host = relativeBase.Substring(2, slash - 2);
            path = path.Length > 0 && path[0] != '/' ? Resolve(relativeBase.Substring(slash), path) : path.Length == 0 ? relativeBase.Substring(slash) : path;
        }
        else if (url.Scheme is null && url.Host is null && path.Length > 0 && path[0] != '/')
        {
            path = Resolve(relativeBase, path);
        }

        if (path.IndexOf('%') >= 0)
        {
            // /руководства/ and /%D1%80%D1%83.../ (or %d1%80) are one path (held-out review 39); %2F and %3F stay escapes
            // (RFC 3986, 6.2.2.2: only unreserved characters decode to the same URL).
            path = DecodeUnreserved(path);
        }

        if (kind != Documents.TemplateKind.Html && ((host is null && url.Scheme is null) || siteHost) && path.LastIndexOf('.') <= path.LastIndexOf('/'))
        {
            path = path.ToLowerInvariant(); // a route of the app: ASP.NET Core matches routes ignoring case
        }

        foreach (var index in IndexPages)
        {
            if (path.EndsWith(index, StringComparison.OrdinalIgnoreCase) && (path.Length == index.Length || path[path.Length - index.Length - 1] == '/'))
            {
                path = path.Substring(0, path.Length - index.Length);
                break;
            }
        }

        path = path.TrimEnd('/');
        // http and https (and protocol-relative) addresses of one host count as the same destination, and the site's own
        // host's as its root-relative path (held-out review 116: https://me.github.io/about/ and /about)
        var prefix = host is null || siteHost ? string.Empty : "//" + host;
        if (url.Scheme is not null && url.Host is null)
        {
            prefix = url.Scheme + ":"; // mailto:, tel:
        }

        // a client route (#/bar, #!/foo: a single-page app's page, as LH031 reads it) is part of the destination; any other
        // fragment is a place on the same page (held-out review 147: #/bar and #/ were one destination)
        // (#/, #! and #!/ are the app's root: the page itself, code review 117)
        var route = url.Fragment.StartsWith("/", StringComparison.Ordinal) || url.Fragment.StartsWith("!", StringComparison.Ordinal) ? url.Fragment.TrimEnd('/') : string.Empty;
        route = route.Length == 0 || route == "!" ? string.Empty : "#" + route;
        return (url.Query.Length > 0 ? string.Concat(prefix, path, "?", url.Query) : prefix + path) + route;
    }
}
