using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>What the link extractor needs from the options.</summary>
/// <param name="FileZone">The zone of the whole file (<c>link_hygiene.zone</c>).</param>
/// <param name="UgcSelectors">User-generated section selectors.</param>
/// <param name="SponsoredSelectors">Sponsored section selectors.</param>
/// <param name="SiteHosts">The site's own hosts.</param>
public sealed record LinkSettings(LinkZone FileZone, ZoneSelector? UgcSelectors, ZoneSelector? SponsoredSelectors, IReadOnlyList<string> SiteHosts)
{
    /// <summary>The project's neutral resource strings, for link text written as <c>@Localizer["key"]</c>.</summary>
    public Localization.LocalizationCatalog Localization { get; init; } = LinkHygiene.Localization.LocalizationCatalog.Empty;

    /// <summary>The language of the pages a view renders into (<see cref="Engine.ProjectContext.PageLanguage"/>), for its text no <c>lang</c> marks; null for an HTML file.</summary>
    public string? PageLanguage { get; init; }
}

/// <summary>
/// Walks a template's DOM once (iteratively: depth is bounded by the parser, not the stack) and finds every link
/// with its zone, language and ignore scope.
/// </summary>
internal static class LinkExtractor
{
    // Aurelia's binding commands, written after the attribute they bind (href.bind="url", click.delegate="go()"); first,
    // as the binding lists below are built from them.
    private static readonly string[] AureliaBindingCommands = { ".bind", ".one-way", ".to-view", ".one-time" };
    private static readonly string[] AureliaCommands = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(AureliaBindingCommands, new[] { ".two-way", ".from-view", ".trigger", ".delegate", ".capture", ".call", ".ref" }));

    private static readonly string[] UgcItemTypes = { "/Comment", "/Review", "/UserComments", "/DiscussionForumPosting", "/Answer", "/Question" };

    private static readonly AttributeNameList HrefBindings = BindingForms("href", ":href", "v-bind:href", "[href]", "[attr.href]", "ng-href", "data-ng-href", "x-bind:href", "th:href", "bind-href");

    // AngularJS's ng-href is an href with {{ }} interpolation (AngularJS copies it to href once the values are bound):
    // read as an href is, not as an expression.
    private static readonly AttributeNameList InterpolatedHrefs = new(new[] { "ng-href", "data-ng-href" });

    /// <summary>Whether an attribute holds the link's URL as written text (<c>href</c>, <c>ng-href</c>), not an expression or a route.</summary>
    internal static bool IsWrittenUrl(Documents.SourceAttribute attribute) =>
        IsHref(attribute) || InterpolatedHrefs.Contains(attribute.Name);

    /// <summary>
    /// Whether a link's destination attribute is its <c>href</c> (or a link component's: Radzen's <c>Path</c>,
    /// Blazorise's <c>To</c>; an SVG link's <c>xlink:href</c>): the URL itself.
    /// </summary>
    internal static bool IsHref(Documents.SourceAttribute attribute) => attribute.Name is "href" or "xlink:href" || LinkComponents.Destinations.Contains(attribute.Name);

    // Directives that give an <a> its href from an in-app route: Angular's routerLink (literal or bound), AngularJS
    // UI-Router's ui-sref and Aurelia's route-href. The link stays in the app, to a destination this template does not
    // spell as a URL.
    internal static readonly AttributeNameList RouterLinks = new(new[] { "routerlink", "[routerlink]", "ui-sref", "data-ui-sref", "route-href" });
    private static readonly AttributeNameList RelBindings = BindingForms("rel", ":rel", "v-bind:rel", "[rel]", "[attr.rel]", "x-bind:rel", "th:rel", "ng-attr-rel");
    private static readonly AttributeNameList TargetBindings = BindingForms("target", ":target", "v-bind:target", "[target]", "[attr.target]", "x-bind:target", "th:target", "ng-attr-target");
    private static readonly AttributeNameList LabelBindings = BindingForms("aria-labelledby", BindingForms("aria-label", ":aria-label", "v-bind:aria-label", "[attr.aria-label]", "[aria-label]", "[arialabel]", "x-bind:aria-label", "th:aria-label", "ng-attr-aria-label", ":aria-labelledby", "v-bind:aria-labelledby", "[attr.aria-labelledby]").Names.ToArray());
    private static readonly AttributeNameList TitleBindings = BindingForms("title", ":title", "v-bind:title", "[title]", "[attr.title]", "x-bind:title", "th:title", "ng-attr-title");
    private static readonly AttributeNameList RoleBindings = BindingForms("role", ":role", "v-bind:role", "[role]", "[attr.role]", "x-bind:role", "th:role", "ng-attr-role");
    private static readonly AttributeNameList AltBindings = BindingForms("alt", ":alt", "v-bind:alt", "[alt]", "[attr.alt]", "x-bind:alt", "th:alt", "ng-attr-alt", "bind-alt", "attr-alt");

    private static readonly AttributeNameList ValueBindings = BindingForms("value", ":value", "v-bind:value", "[value]", "[attr.value]", "x-bind:value", "th:value", "ng-value", "ng-attr-value", "bind-value", "@bind", "@bind-value", "asp-for");

    /// <summary>The bindings of an attribute in every framework: <paramref name="bindings"/>, Aurelia's <c>attribute.bind</c> and its kin, and the <c>data-th-</c> form of a Thymeleaf <c>th:</c> one.</summary>
    internal static AttributeNameList BindingForms(string attribute, params string[] bindings)
    {
        var all = new List<string>(bindings.Length + AureliaBindingCommands.Length + 1);
        all.AddRange(bindings);
        foreach (var command in AureliaBindingCommands)
        {
            all.Add(attribute + command);
        }

        // Thymeleaf's HTML5 form of th:href, data-th-href (held-out review 120)
        foreach (var binding in bindings)
        {
            if (binding.StartsWith("th:", StringComparison.Ordinal))
            {
                all.Add("data-th-" + binding.Substring(3));
            }
        }

        return new AttributeNameList(all);
    }

    /// <summary>Whether an attribute is an Aurelia binding command (<c>class.bind</c>, <c>click.delegate</c>): it sets an attribute or handles an event, and renders no content.</summary>
    private static bool IsAureliaCommand(string name)
    {
        if (name.IndexOf('.') <= 0)
        {
            return false;
        }

        foreach (var command in AureliaCommands)
        {
            if (name.EndsWith(command, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bindings that write an element's text from a client-side expression (Vue's, Alpine's, AngularJS's, Angular's).</summary>
    internal static readonly string[] TextBindings = { "v-text", "x-text", "ng-bind", "data-ng-bind", ":textcontent", "v-bind:textcontent", "[innertext]", "[textcontent]" };

    // (with Aurelia's textcontent.bind and innerhtml.bind and their kin)
    private static readonly HashSet<string> ContentBindings = new(System.Linq.Enumerable.Concat(System.Linq.Enumerable.Concat(BindingForms("textcontent").Names, BindingForms("innerhtml").Names), TextBindings), StringComparer.Ordinal)
    {
        "v-html", ":innerhtml", "v-bind:innerhtml", "ng-bind-html",
        "ng-bind-template", "ng-include", "[innerhtml]", "x-html",
        "th:text", "th:utext", "th:replace", "th:insert", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert", "data-i18n", "v-t",
        // a Razor component's content given as a parameter (<NavLink href="/x" ChildContent="@fragment" />; code review)
        "childcontent",
        // translation libraries that replace the element's text with a message looked up by key: ngx-translate's
        // [translate], Fluent's data-l10n-id (angular-translate's translate="KEY" is read in ContentBindingOn)
        "[translate]", "data-l10n-id",
        // AngularJS's ng-transclude fills the element with the content the directive is used with (as <ng-transclude> does)
        "ng-transclude",
    };

    /// <summary>htmx's attributes that send a request with a method other than GET (written with or without <c>data-</c>).</summary>
    internal static readonly string[] HtmxSenders = { "hx-post", "hx-put", "hx-patch", "hx-delete", "data-hx-post", "data-hx-put", "data-hx-patch", "data-hx-delete" };

    // htmx's attributes that send a request, with any method
    private static readonly AttributeNameList HtmxRequests = new(HtmxSenders.Concat(new[] { "hx-get", "data-hx-get" }));

    private static readonly HashSet<string> AnchorTagHelperAttributes = new(StringComparer.Ordinal)
    {
        "asp-action", "asp-controller", "asp-area", "asp-page", "asp-page-handler", "asp-route", "asp-fragment",
        "asp-host", "asp-protocol", "asp-all-route-data",
    };

    private static readonly HashSet<string> KnownLinkAttributes = new(StringComparer.Ordinal)
    {
        // HTML global attributes
        "accesskey", "autocapitalize", "autofocus", "class", "contenteditable", "dir", "draggable", "enterkeyhint",
        "exportparts", "hidden", "id", "inert", "inputmode", "is", "itemid", "itemprop", "itemref", "itemscope", "itemtype",
        "lang", "nonce", "part", "popover", "popovertarget", "popovertargetaction", "role", "slot", "spellcheck", "style",
        "tabindex", "title", "translate", "xml:lang", "xmlns",
        // <a> and <area>
        "href", "target", "download", "ping", "rel", "hreflang", "type", "referrerpolicy", "media", "name", "charset",
        "coords", "shape", "rev", "alt", "nohref", "attributionsrc",
        // presentational attributes of old HTML, RDFa's, and the markers exporters, plugins and browser extensions leave
        // on links in saved pages (held-out review 110: Blogger's imageanchor, WP External Links' wpel-link, a bare
        // nofollow), none of which renders a name
        "border", "align", "hspace", "vspace", "property", "typeof", "about", "resource", "vocab", "prefix", "datatype",
        "inlist", "imageanchor", "wpel-link", "cursorshover", "jsname", "jsaction", "jscontroller", "jslog", "nofollow",
        "noopener", "noreferrer",
        // ... and browsers' and read-later services' bookmark exports (the Netscape bookmark file: held-out review 151)
        "add_date", "last_modified", "last_visit", "last_charset", "icon", "icon_uri", "tags", "private", "toread",
        "shortcuturl", "feedurl", "webslice", "islivepreview", "preview_size", "time_added", "time_read",
        // NavLink parameters
        "activeclass", "match",
        // Angular's router link and UI-Router's state (RouterLinks): the link's destination, rendered as its href
        "routerlink", "[routerlink]", "routerlinkactive", "ui-sref", "ui-sref-active", "route-href",
        // Knockout / Vue / Alpine / htmx / Turbo attributes that do not render content (and htmx's preload extension's:
        // held-out review 105)
        "preload", "data-bind", "v-if", "v-else", "v-else-if", "v-show", "v-for", "v-on", "v-once", "v-cloak", "v-pre", "v-memo",
        "x-show", "x-if", "x-for", "x-data", "x-init", "x-cloak", "x-transition", "ng-if", "ng-show", "ng-hide",
        "ng-click", "ng-class", "ng-style", "ng-repeat",
    };

    /// <summary>
    /// In an HTML file's client template: Angular's router link options, and the inputs and directives of Angular's
    /// component libraries that render no name: a button's style, a tooltip (a description, <c>aria-describedby</c>), a
    /// menu or dropdown trigger (held-out review 91: an Angular Material icon link with <c>color="primary"</c> or
    /// <c>matTooltip</c> was never checked). A view's tag helper or a library component of those names may render one.
    /// </summary>
    private static readonly HashSet<string> ClientInertAttributes = new(StringComparer.Ordinal)
    {
        "fragment", "queryparams", "queryparamshandling", "preservefragment", "skiplocationchange", "replaceurl", "state",
        "routerlinkactiveoptions", "ariacurrentwhenactive", "color", "disableripple", "tooltip", "placement", "container",
        "mattooltip", "mattooltipposition", "mattooltipclass", "mattooltipshowdelay", "mattooltiphidedelay", "mattooltipdisabled",
        "nbtooltip", "nbtooltipplacement", "nbtooltipstatus", "ngbtooltip", "ptooltip", "tooltipposition", "uib-tooltip",
        "tooltip-placement", "matmenutriggerfor", "ngbdropdowntoggle", "dropdowntoggle", "nbbutton", "ghost", "status", "size",
        "appearance", "shape", "pbutton", "pripple",
    };

    private static readonly HashSet<string> NonRenderingDirectives = new(StringComparer.Ordinal)
    {
        "key", "ref", "formname", "rendermode", "typeparam", "preservewhitespace",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
        "th", "tr", "ul",
    };

    /// <summary>The elements that are links, by DOM name (what a template must hold for the rules to find a link).</summary>
    internal static readonly IReadOnlyDictionary<string, LinkElementKind> LinkElements = WithComponents(new Dictionary<string, LinkElementKind>(StringComparer.Ordinal)
    {
        ["a"] = LinkElementKind.Anchor,
        ["area"] = LinkElementKind.Area,
        ["navlink"] = LinkElementKind.NavLink,
    });

    private static Dictionary<string, LinkElementKind> WithComponents(Dictionary<string, LinkElementKind> elements)
    {
        foreach (var name in LinkComponents.ByName.Keys)
        {
            elements.Add(name, LinkElementKind.Component);
        }

        return elements;
    }

    /// <summary>Attributes that make the browser render their value as HTML (raw HTML sinks).</summary>
    internal static readonly HashSet<string> RawHtmlAttributes = new(StringComparer.Ordinal)
    {
        "v-html", "x-html", "ng-bind-html", "data-ng-bind-html", "[innerhtml]", ":innerhtml", "v-bind:innerhtml", "th:utext", "data-th-utext",
    };

    /// <summary>Finds every link in a document.</summary>
    public static IReadOnlyList<Link> Extract(TemplateDocument document, LinkSettings settings) => Walk(document, settings).Links;

    /// <summary>Walks the DOM once: links, the zone of every element, and raw-HTML attributes.</summary>
    public static DocumentWalk Walk(TemplateDocument document, LinkSettings settings)
    {
        var walk = new DocumentWalk(settings.FileZone);
        if (document.Dom is null)
        {
            return walk;
        }

        // Pass 1: walk every element (registering it so source regions can be computed) and note the links with their scope.
        var found = new List<(IElement Element, Scope Scope)>();
        var stack = new Stack<(INode Node, Scope Scope)>();
        var root = new Scope(settings.FileZone, Language: null, LanguageDeclared: false, RuleFilter.Nothing);
        PushChildren(stack, document.Dom, root);
        while (stack.Count > 0)
        {
            var (node, scope) = stack.Pop();
            if (node is not IElement element)
            {
                continue;
            }

            document.RegisterElement(element);
            var inner = element.Attributes.Length == 0 && settings.UgcSelectors is null && settings.SponsoredSelectors is null && !(!scope.InForm && IsForm(document, element, inForm: false))
                ? scope
                : Declare(document, element, scope, settings, walk);
            walk.SetScope(element, !ReferenceEquals(inner, scope), inner.Zone, inner.Ignored, inner.Language, inner.ZoneInferred);
            var rendering = scope.Prototype ? Rendering.Nothing : Rendering.All;
            if (element.Attributes.Length > 0)
            {
                var all = element.Attributes;
                for (var i = 0; i < all.Length; i++)
                {
                    var attribute = all[i]!;
                    if (RawHtmlAttributes.Contains(attribute.Name))
                    {
                        // An expression that starts with a string literal writes the site's own HTML, through a pipe
                        // or a filter at most ([innerHTML]="'arrow-ios-forward' | eva"): nothing a user wrote.
                        var source = Find(document.GetAttributes(element), attribute.Name);
                        if (source is not null && !StartsWithStringLiteral(source.Value))
                        {
                            walk.RawHtmlAttributes.Add((element, source));
                        }
                    }
                    else if (attribute.Name == "data-bind" && KnockoutHtmlBinding(attribute.Value) is { } html && !StartsWithStringLiteral(html))
                    {
                        // Knockout's html binding writes its value as HTML, as v-html does
                        walk.RawHtmlAttributes.Add((element, Find(document.GetAttributes(element), "data-bind")!));
                    }
                    else if (rendering != Rendering.Nothing)
                    {
                        rendering = Rendered(rendering, attribute);
                    }
                }
            }

            // A link whose content alone is replaced (<a href th:insert>) is still a link; what is inside it is not.
            if (rendering != Rendering.Nothing && LinkElements.ContainsKey(element.LocalName) && IsLinkElement(document, element))
            {
                found.Add((element, inner));
            }

            if (rendering == Rendering.AllButFirstChild)
            {
                PushChildren(stack, element, inner, inner.Prototype ? inner : inner with { Prototype = true });
                continue;
            }

            if (rendering != Rendering.All && !inner.Prototype)
            {
                inner = inner with { Prototype = true };
            }

            PushChildren(stack, element is IHtmlTemplateElement template ? template.Content : element, inner);
            if (element.ShadowRoot is { } shadowRoot)
            {
                // A declarative shadow root (<template shadowrootmode="open">, which the parser attaches to its host: Lit's
                // and WebC's server-rendered output) renders its links where the host stands (held-out review 166).
                PushChildren(stack, shadowRoot, inner);
            }

            if (element.LocalName == "script" && document.GetScriptTemplate(element) is { } clientTemplate)
            {
                // A client-side template: its markup becomes real links in the browser, in the script's place.
                PushChildren(stack, clientTemplate, inner);
            }
        }

        // Pass 2: describe each link.
        var labels = new Dictionary<(IDocument Owner, string Ids), AccessibleName?>();
        walk.Links.Capacity = found.Count; // (one list of the size it will have, not one grown by doubling)
        foreach (var (element, scope) in found)
        {
            walk.Links.Add(Describe(document, element, scope, settings, labels));
        }

        if (document.Kind != TemplateKind.Html)
        {
            HtmlHelperLinks.Add(document, walk, settings.Localization);
        }

        return walk;
    }

    /// <summary>Whether an ID of data-linkhygiene-ignore is written out and names no rule.</summary>
    internal static bool NamesNoRule(string id) => Rules.RuleCatalog.Find(id) is null && !Dynamic.IsDynamicValue(id);

    /// <summary>Finds an attribute by lower-case name.</summary>
    internal static SourceAttribute? Find(SourceAttribute[] attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The attribute of the first of <paramref name="names"/> an element has; null when it has none.</summary>
    internal static SourceAttribute? FindAny(SourceAttribute[] attributes, AttributeNameList names) => names.FirstIn(attributes);

    // A Thymeleaf fragment expression that selects markup of the template it is in: ~{::main}, ~{ :: .breadcrumb}, ~{this :: x}.
    private static readonly Regex ThymeleafSelfReference = new(@"~\{\s*(this\s*)?::", RegexOptions.CultureInvariant);

    private enum Rendering
    {
        All,
        AllButFirstChild,
        NotItsContent,
        Nothing,
    }

    /// <summary>
    /// What of an element reaches the page, with one more of its attributes read (<paramref name="rendering"/>: with
    /// those before it). Thymeleaf replaces an element with th:replace (and removes one with th:remove="all"), and its
    /// content with th:insert or th:include (or removes it with th:remove="body"): what the template holds there is
    /// markup for opening the file in a browser (thymeleafexamples-layouts' "Static header" with href="#"), never
    /// rendered; th:remove="all-but-first" keeps its first child element alone.
    /// </summary>
    /// <summary>The directive a Thymeleaf attribute names, <c>th:replace</c> or its HTML5 form <c>data-th-replace</c>: <c>replace</c>; null for another attribute.</summary>
    internal static string? ThymeleafDirective(string name) =>
        name.StartsWith("th:", StringComparison.Ordinal) ? name.Substring(3) : name.StartsWith("data-th-", StringComparison.Ordinal) ? name.Substring(8) : null;

    private static Rendering Rendered(Rendering rendering, IAttr attribute)
    {
        if (ThymeleafDirective(attribute.Name) is not { } directive)
        {
            return rendering;
        }

        var value = attribute.Value;
        if (directive is "replace" or "substituteby" or "insert" or "include" && ThymeleafSelfReference.IsMatch(value))
        {
            // ~{layout :: page(~{::main})} hands markup of this template to the one it inserts: it renders there.
            return rendering;
        }

        if (directive is "replace" or "substituteby" || (directive == "remove" && value.Trim() == "all"))
        {
            return Rendering.Nothing;
        }

        if (directive == "remove" && value.Trim() == "all-but-first" && rendering == Rendering.All)
        {
            // (the tutorial's dummy rows: <tbody th:remove="all-but-first">, held-out review 120)
            return Rendering.AllButFirstChild;
        }

        return directive is "insert" or "include" || (directive == "remove" && value.Trim() == "body") ? Rendering.NotItsContent : rendering;
    }

    // (laterChildren: the scope of the child elements after the first, when it differs)
    private static void PushChildren(Stack<(INode, Scope)> stack, INode parent, Scope scope, Scope? laterChildren = null)
    {
        var children = parent.ChildNodes;
        var first = -1;
        if (laterChildren is not null)
        {
            for (var k = 0; k < children.Length && first < 0; k++)
            {
                first = children[k] is IElement ? k : -1;
            }
        }

        for (var k = children.Length - 1; k >= 0; k--)
        {
            if (children[k] is IElement)
            {
                stack.Push((children[k], laterChildren is not null && k != first ? laterChildren : scope));
            }
        }
    }

    // Scope declarations read the DOM's attributes (already decoded); source spans are only needed for links.
    private static Scope Declare(TemplateDocument document, IElement element, Scope outer, LinkSettings settings, DocumentWalk walk)
    {
        var declared = ScopeAttributes.Of(element);
        var own = OwnZone(element, declared, settings, out var byClass);
        if (own == LinkZone.Ugc && byClass && InCodeListing(element))
        {
            // A code highlighter's comment (Doxygen's and DocBook's <span class="comment"> in a listing: held-out review
            // 143, 386 of libstdc++'s and Boost's links) is no one's comment.
            (own, byClass) = (null, false);
        }
        var zone = own ?? outer.Zone;
        var inferred = own is null && outer.ZoneInferred;
        var ugcByClass = own is null ? outer.UgcByClass : own == LinkZone.Ugc && byClass;
        var formInUgc = own is null && outer.FormInUgc;
        var isForm = IsForm(document, element, outer.InForm);
        var inForm = outer.InForm || isForm;
        if (own is null && isForm)
        {
            // A form is the site's: what users write is rendered elsewhere. It ends a zone the markup only suggests
            // (a captcha in <fieldset class="write-review">, a comment form in <div class="new-comment">) and none starts
            // in it (nopCommerce's <div class="review-rating"> in the form that writes a review).
            if (inferred)
            {
                zone = LinkZone.None;
                inferred = false;
            }

            // In one a class says, the form's links are the site's (held-out review 93: the comment form's "Markdown help"
            // and Gravatar links in <section class="comments">; its Url.Page and asp-page routes: third code review), but
            // a URL wholly computed at run time, whose host is not known, is still the users' (code reviews: a moderation,
            // vote or quote form around the posts, their authors' links).
            formInUgc = formInUgc || ugcByClass;
        }
        else if (own is null && element.LocalName == "noscript" && zone == LinkZone.Ugc)
        {
            // A comment section's <noscript> is its widget's fallback for readers without scripts ("Please enable
            // JavaScript to view the comments powered by Disqus"): the site's words, not a comment.
            zone = LinkZone.None;
            inferred = false;
        }
        else if (own is null && outer.Zone == LinkZone.None && !inForm && IsInferredUgc(element, declared, idsNameTopics: walk.IsDocumentation(document)))
        {
            zone = LinkZone.Ugc;
            inferred = true;
        }
        else if (own is null && outer.Zone == LinkZone.None && !inForm && element.LocalName is not ("html" or "body") && IsInferredSponsored(declared))
        {
            zone = LinkZone.Sponsored;
            inferred = true;
        }
        var language = outer.Language;
        var languageDeclared = outer.LanguageDeclared;
        var lang = declared.Lang ?? declared.XmlLang;
        if (lang is not null)
        {
            languageDeclared = true;
            language = Dynamic.IsDynamicValue(lang) || lang.Trim().Length == 0 ? null : Options.OptionParsers.PrimarySubtag(lang.Trim());
        }

        var ignored = outer.Ignored;
        if (declared.Ignore is { } written)
        {
            // What renders: a Razor comment (or the escape of @@) in the value renders nothing.
            var ignore = MaskChars.RemoveElided(written);
            var filter = RuleFilter.Parse(ignore);
            ignored = ignored.Union(filter);
            foreach (var id in filter.Ids)
            {
                if (NamesNoRule(id))
                {
                    walk.UnknownIgnoreIds.Add((element, ignore));
                    break;
                }
            }
        }

        return zone == outer.Zone && inferred == outer.ZoneInferred && language == outer.Language && languageDeclared == outer.LanguageDeclared && ReferenceEquals(ignored, outer.Ignored) && inForm == outer.InForm && ugcByClass == outer.UgcByClass && formInUgc == outer.FormInUgc
            ? outer
            : new Scope(zone, language, languageDeclared, ignored, inferred) { InForm = inForm, UgcByClass = ugcByClass, FormInUgc = formInUgc };
    }

    /// <summary>
    /// The attributes a scope declaration reads, found in one pass over the element's attributes (what
    /// <see cref="IElement.GetAttribute(string)"/> returns for each name: the first attribute of that name).
    /// </summary>
    internal readonly record struct ScopeAttributes(string? LinkZone, string? ItemType, string? ItemProp, string? Class, string? Lang, string? XmlLang, string? Ignore, string? Id = null)
    {
        public static ScopeAttributes Of(IElement element)
        {
            string? linkZone = null, itemType = null, itemProp = null, @class = null, lang = null, xmlLang = null, ignore = null, id = null;
            var attributes = element.Attributes;
            for (var i = 0; i < attributes.Length; i++)
            {
                var attribute = attributes[i]!;
                switch (attribute.Name)
                {
                    case "data-link-zone":
                        linkZone ??= attribute.Value;
                        break;
                    case "itemtype":
                        itemType ??= attribute.Value;
                        break;
                    case "itemprop":
                        itemProp ??= attribute.Value;
                        break;
                    case "class":
                        @class ??= attribute.Value;
                        break;
                    case "id":
                        id ??= attribute.Value;
                        break;
                    case "lang":
                        lang ??= attribute.Value;
                        break;
                    case "xml:lang":
                        xmlLang ??= attribute.Value;
                        break;
                    case "data-linkhygiene-ignore":
                        ignore ??= attribute.Value;
                        break;
                }
            }

            return new ScopeAttributes(linkZone, itemType, itemProp, @class, lang, xmlLang, ignore, id);
        }

        /// <summary>The id as a class list would name it: written literally, one name; null for none.</summary>
        public string? LiteralId => Id is { } id && !Dynamic.IsDynamicValue(id) && id.IndexOfAny(HtmlSpace.Chars) < 0 ? id : null;
    }

    /// <summary>
    /// A form, or what renders in one: a fieldset, Blazor's <c>EditForm</c> (and the component libraries' forms, which
    /// render a <c>&lt;form&gt;</c>: <c>MudForm</c>, <c>FluentEditForm</c>, <c>RadzenTemplateForm</c>), an element in the
    /// body of <c>using (Html.BeginForm()) { ... }</c> outside any other form (code review of stop 50: a comment form
    /// written with them kept its help links in the comments' section).
    /// </summary>
    private static bool IsForm(TemplateDocument document, IElement element, bool inForm) =>
        element.LocalName is "form" or "fieldset" or "editform" or "mudform" or "fluenteditform" or "radzentemplateform" || (!inForm && document.IsInFormStatement(element));

    private static readonly string[] UgcItemProps = { "review", "reviewbody", "comment", "comments" };
    // (trackbacks and pingbacks: links other sites sent, listed under a post; held-out review 88)
    // (and guest books: held-out review 103)
    internal static readonly string[] UgcSegments = { "comment", "comments", "review", "reviews", "trackback", "trackbacks", "pingback", "pingbacks", "guestbook" };
    // (WordPress's and BlogEngine's recent-comments widget, one word: held-out review 88; WordPress's classic
    // ol.commentlist: held-out review 103)
    internal static readonly string[] BareUgcClasses = { "review", "reviews", "recentcomments", "trackbacks", "pingbacks", "commentlist", "guestbook" };

    // Parts that make a comment or review class the site's own chrome around them: a form to write one ("write-review",
    // "comment-form"), a count or an empty-list message ("comments-count", "no-comments"), a control or an icon
    // ("invoice-comment__toggle", "fa-comments"; the other icon fonts' prefixes too: glyphicon-comment, mdi-comment,
    // ti-comment, la-comments, octicon-comment, bx-comment, ri-chat..., held-out review 56), a page wrapper
    // ("product-reviews-page"), a notice that none may be written ("comments-closed", "trackbacks-disabled") or their settings.
    internal static readonly string[] SiteSegments =
    {
        "form", "write", "new", "add", "leave", "no", "count", "counter", "total", "number", "link", "links", "button", "btn",
        "toggle", "dropdown", "edit", "delete", "save", "input", "textarea", "icon", "fa", "bi", "page", "login", "policy",
        "guidelines", "rules", "glyphicon", "mdi", "ti", "la", "las", "lar", "lab", "octicon", "bx", "bxs", "bxl", "ion", "ri", "icofont",
        "oi", "cil", "uil", "ph", "closed", "settings", "disabled",
    };

    // A comment in code, the author's: a documentation comment, Javadoc's note around every deprecation (held-out review
    // 171: 208 false LH001 in one API's docs), a highlighted code comment. The whole class only: "doc-comments" holds a
    // docs site's user comments (VitePress themes' Giscus; code review 128).
    private static readonly string[] CodeCommentClasses = { "doc-comment", "doc_comment", "javadoc-comment", "deprecation-comment", "deprecated-comment", "hljs-comment" };

    /// <summary>
    /// A user-generated section the markup suggests without saying so (RULES.md zones 1-4 say so): schema.org's review,
    /// reviewBody or comment property; a schema.org Review or Comment type in any attribute (tag helpers write
    /// attr-itemtype); a class with a hyphen- or underscore-separated segment comment(s) or review(s) ("post-comments",
    /// "review_list"; not "note-editor-preview"), or a bare "review" or "reviews". Such inferred zones ask for rel only on
    /// literal external links.
    /// </summary>
    private static bool IsInferredUgc(IElement element, ScopeAttributes declared, bool idsNameTopics)
    {
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        var itemprop = declared.ItemProp;
        if (itemprop is not null)
        {
            foreach (var property in itemprop.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
            {
                if (Array.IndexOf(UgcItemProps, property.ToLowerInvariant()) >= 0)
                {
                    return true;
                }
            }
        }

        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var value = attributes[i]!.Value;
            // (most values have no '/': a search for one character before the search for the words, ignoring case)
            if (value.IndexOf('/') >= 0 && value.IndexOf("schema.org/", StringComparison.OrdinalIgnoreCase) >= 0 && !Dynamic.IsDynamicValue(value))
            {
                foreach (var type in value.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (IsUgcItemType(type, element))
                    {
                        return true;
                    }
                }
            }
        }

        // an id read as a class is (held-out review 103: WordPress's and Miniblog's <section id="comments">), but not a
        // heading's, which names its section for links to it, nor an item's numbered anchor (comment-1: an Erlang
        // function's; a blog's comment-123 has its class too), nor any on a documentation generator's page, where ids name
        // topics (held-out review 136: DocBook's sql-syntax-comments, Erlang's "Comments" section and its Edit links)
        // (a class list without a UGC word's letters has no literal class with them: passed over before its literal
        // classes are read, which looks for run-time parts)
        return (declared.Class is { } classes && (ZonesOfClass(classes) & ClassZones.Ugc) != 0)
            || (declared.LiteralId is { } id && !idsNameTopics && !Documents.TagNames.IsHeading(element.LocalName) && !IsNumberedAnchor(id)
                && (HasUgcClass(id) || id.Equals("comments", StringComparison.OrdinalIgnoreCase) || id.Equals("comment", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Whether an id is a generated anchor's that names its target after a comment or review part: "id" and digits after
    /// it (Erlang's <c>ghlink-comments-id35</c> and <c>ghlink-comment-1-id202</c> around a section's Edit link). Not a
    /// comment's own number (<c>comment-7</c>, <c>review_18</c>: a theme's comment items; code review 115).
    /// </summary>
    private static bool IsNumberedAnchor(string id)
    {
        var parts = id.Split('-', '_');
        var named = false;
        foreach (var part in parts)
        {
            if (named && part.Length > 2 && part.StartsWith("id", StringComparison.OrdinalIgnoreCase) && part.Skip(2).All(char.IsDigit))
            {
                return true;
            }

            named |= Array.IndexOf(UgcSegments, part.ToLowerInvariant()) >= 0;
        }

        return false;
    }

    // The class parts of a section the markup suggests is sponsored (held-out reviews 102, 107 and 110): a sponsors' or
    // backers' list (ESLint's ul.sponsors, Godot's section#sponsors, the .NET Foundation's corporate-sponsor-card), an ad
    // slot, a sponsored post, an affiliate block. Not "ad" or "ads" alone as a part, but beside a placement's word or a
    // size (ad-banner, ads-sidebar, ad-300x250; not Active Directory's ad-users, remove-ads, report-ad, Turkish ad-soyad),
    // nor the plural "affiliates" (a university's affiliated institutions): code reviews of stop 53.
    internal static readonly string[] SponsorSegments =
    {
        "sponsor", "sponsors", "sponsored", "backer", "backers", "advert", "adverts", "advertisement", "advertisements",
        "advertorial", "affiliate",
    };

    internal static readonly string[] AdSegments = { "ad", "ads" };

    internal static readonly string[] AdPlacementSegments =
    {
        "banner", "slot", "unit", "container", "wrapper", "wrap", "box", "block", "zone", "space", "area", "placement",
        "leaderboard", "skyscraper", "rectangle", "mrec", "billboard", "sidebar", "widget", "holder", "panel", "inline", "top",
        "bottom", "left", "right", "footer", "sticky", "native", "placeholder", "section", "list", "article", "post", "home",
        "content", "frame",
    };

    // (and the default selectors' classes, as a taxonomy class's slug leaves them: category-sponsored)
    internal static readonly string[] BareSponsorClasses =
    {
        "sponsors", "backers", "ad", "ads", "adverts", "advertisements", "advertorial", "sponsored", "advertisement", "affiliate",
    };

    // The parts that make such a class the site's own words or controls around it: a call to become one
    // ("become-a-sponsor", "sponsor-button", "sponsor-us"), a heading, a description, a label or a disclosure, a tier's or
    // a program's page, an account or group screen, an ad-free page, an icon.
    internal static readonly string[] SponsorSiteSegments =
    {
        "become", "us", "me", "this", "project", "button", "btn", "cta", "form", "apply", "join", "signup", "login", "page",
        "title", "heading", "header", "description", "intro", "text", "label", "badge", "tag", "disclosure", "disclaimer",
        "choices", "remove", "report", "user", "users", "group", "groups", "account", "config", "domain", "sync", "notice",
        "policy", "count", "counter", "total", "number", "tier", "tiers", "program", "programme", "info", "heart", "nav",
        "menu", "toggle", "dropdown", "no", "new", "add", "edit", "delete", "settings", "admin", "dashboard", "free",
        "blocker", "hoc", "icon", "fa", "fas", "far", "bi", "glyphicon", "mdi", "ti", "la", "octicon", "bx", "ion", "ri",
    };

    /// <summary>
    /// A sponsored section the markup suggests without saying so: a class (or an id read as one) of
    /// <see cref="BareSponsorClasses"/>, or one with a part of <see cref="SponsorSegments"/> (or of
    /// <see cref="AdSegments"/> beside one of <see cref="AdPlacementSegments"/>) and none of
    /// <see cref="SponsorSiteSegments"/>; WordPress's taxonomy classes by their whole slug. Such inferred zones ask for rel
    /// only on literal external links, and not on the way to become a sponsor (<see cref="Rules.ZoneQualification"/>).
    /// </summary>
    private static bool IsInferredSponsored(ScopeAttributes declared) =>
        (declared.Class is { } classes && (ZonesOfClass(classes) & ClassZones.Sponsored) != 0)
        || (declared.LiteralId is { } id && MayNameSponsors(id) && NamesSponsors(id));

    /// <summary>
    /// What a class attribute's value suggests, remembered by the thread for the values it saw last (by a hash of the
    /// value, one value to a slot): every element with a class asks, and pages repeat a few values thousands of times
    /// (python's documentation: every <c>&lt;span class="pre"&gt;</c>, on every page). What a value suggests depends on
    /// the value alone.
    /// </summary>
    private static ClassZones ZonesOfClass(string classes)
    {
        var seen = classZones ??= new (string? Classes, ClassZones Zones)[ClassZoneSlots];
        ref var slot = ref seen[HtmlChars.SlotHash(classes.AsSpan()) & (ClassZoneSlots - 1)];
        if (slot.Classes is { } known && (ReferenceEquals(known, classes) || string.Equals(known, classes, StringComparison.Ordinal)))
        {
            return slot.Zones;
        }

        var zones = ReadClassZones(classes);
        slot = (classes, zones);
        return zones;
    }

    private const int ClassZoneSlots = 256;

    [ThreadStatic]
    private static (string? Classes, ClassZones Zones)[]? classZones;

    [Flags]
    private enum ClassZones : byte
    {
        None = 0,
        Ugc = 1,
        Sponsored = 2,
    }

    /// <summary>What a class list suggests: a UGC class among its literal classes, a sponsor's (WordPress's taxonomy classes by their whole slug).</summary>
    private static ClassZones ReadClassZones(string classes) =>
        // (a search for the letters the words share before reading a class list's parts)
        (MayNameUgc(classes) && HasUgcClass(LiteralClasses(classes)) ? ClassZones.Ugc : ClassZones.None)
        | (MayNameSponsors(classes) && NamesSponsors(LiteralClasses(WithoutTaxonomySlugs(classes))) ? ClassZones.Sponsored : ClassZones.None);

    private static bool NamesSponsors(string classes) => HasClassWithPart(classes, SponsorSegments, BareSponsorClasses, SponsorSiteSegments, AdSegments, AdPlacementSegments);

    private static bool MayNameSponsors(string value) =>
        value.IndexOf("ponsor", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("acker", StringComparison.OrdinalIgnoreCase) >= 0
        || value.IndexOf("ad", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("ffiliat", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A class list without WordPress's taxonomy classes (<c>post_class()</c>'s <c>category-affiliate-marketing</c>,
    /// <c>tag-seo</c>), whose slug is a post's category or tag: only a whole slug of a sponsored word says the post is one
    /// (<c>category-sponsored</c>, <c>tag-advertorial</c>; third code review: an affiliate-marketing blog's every post).
    /// </summary>
    private static string WithoutTaxonomySlugs(string classes)
    {
        if (classes.IndexOf("category-", StringComparison.Ordinal) < 0 && classes.IndexOf("tag-", StringComparison.Ordinal) < 0)
        {
            return classes;
        }

        var kept = new System.Text.StringBuilder(classes.Length);
        foreach (var name in classes.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
        {
            var slug = name.StartsWith("category-", StringComparison.Ordinal) ? name.Substring("category-".Length)
                : name.StartsWith("tag-", StringComparison.Ordinal) ? name.Substring("tag-".Length)
                : null;
            if (slug is null)
            {
                kept.Append(name).Append(' ');
            }
            else if (Array.IndexOf(TaxonomySponsoredSlugs, slug.ToLowerInvariant()) >= 0)
            {
                kept.Append(slug).Append(' ');
            }
        }

        return kept.ToString();
    }

    private static readonly string[] TaxonomySponsoredSlugs = { "sponsored", "sponsors", "advertorial", "advertisement", "ad", "ads", "affiliate" };

    /// <summary>
    /// The classes a class attribute names literally: all of them, or of one with run-time parts its whitespace-separated
    /// names with no run-time part in them (held-out review 56: POPForums' <c>class="@if (c.IsDeleted) {...} card qaComment
    /// ms-3"</c> is a comment whatever the state class; <c>comment-@kind</c> is not read).
    /// </summary>
    private static string LiteralClasses(string classes)
    {
        if (!Dynamic.IsDynamicValue(classes))
        {
            return classes;
        }

        var literal = new System.Text.StringBuilder(classes.Length);
        foreach (var name in Dynamic.MaskClientInterpolations(classes).Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Dynamic.IsDynamicValue(name))
            {
                literal.Append(name).Append(' ');
            }
        }

        return literal.ToString();
    }

    /// <summary>
    /// Whether a class attribute holds a compound class with a UGC word as one of its parts (<c>user-comment</c>,
    /// <c>review_body</c>, <c>qaComment</c>): read in place, as a page has thousands of class attributes and few such classes.
    /// </summary>
    internal static bool HasUgcClass(string classes) => MayNameUgc(classes) && HasClassWithPart(classes, UgcSegments, BareUgcClasses, SiteSegments, ignored: CodeCommentClasses);

    /// <summary>
    /// Whether a class attribute holds the letters of a word of <see cref="UgcSegments"/> or <see cref="BareUgcClasses"/>
    /// in any case, which every such class does (or a letter outside ASCII, which may lower-case to one of theirs): a search
    /// before reading each class's parts, which few of a page's class attributes need.
    /// </summary>
    private static bool MayNameUgc(string classes)
    {
        foreach (var c in classes)
        {
            if (c > '\u007f')
            {
                return true;
            }
        }

        return Needles.AnyIn(classes, UgcStems, StringComparison.OrdinalIgnoreCase);
    }

    // (each word of UgcSegments and BareUgcClasses holds one of them: a test holds them to it)
    internal static readonly string[] UgcStems = { "comment", "review", "trackback", "pingback", "guestbook" };

    /// <summary>
    /// Whether a class attribute holds a class that is one of <paramref name="bare"/>, or a compound class with one of
    /// <paramref name="segments"/> as a part (or one of <paramref name="weakSegments"/> with one of
    /// <paramref name="weakSegmentsNeed"/> beside it: <c>ad-banner</c>) and none of <paramref name="siteSegments"/>.
    /// </summary>
    private static bool HasClassWithPart(string classes, string[] segments, string[] bare, string[] siteSegments, string[]? weakSegments = null, string[]? weakSegmentsNeed = null, string[]? ignored = null)
    {
        foreach (var name in HtmlChars.Tokens(classes))
        {
            if (ignored is not null && IsSegment(name, ignored))
            {
                continue;
            }

            // Its parts: between '-' and '_', and the words of a camelCase name (POPForums' qaComment, commentCount).
            bool part = false, site = false, compound = false, weak = false, needed = false;
            var from = 0;
            for (var k = 0; k <= name.Length; k++)
            {
                var separator = k < name.Length && name[k] is '-' or '_';
                // a word starts at a capital after a small letter or a digit (qaComment, qa2Comment), or at the last
                // capital of a run before a small letter (QAComment, HTMLComments)
                if (k < name.Length && !separator && !(k > 0 && char.IsUpper(name[k])
                    && (char.IsLower(name[k - 1]) || char.IsDigit(name[k - 1]) || (char.IsUpper(name[k - 1]) && k + 1 < name.Length && char.IsLower(name[k + 1])))))
                {
                    continue;
                }

                compound |= k < name.Length;
                var segment = name.Slice(from, k - from);
                part |= IsSegment(segment, segments);
                site |= IsSegment(segment, siteSegments);
                weak |= weakSegments is not null && IsSegment(segment, weakSegments);
                needed |= weakSegmentsNeed is not null && (IsSegment(segment, weakSegmentsNeed) || IsAdSize(segment));
                from = separator ? k + 1 : k;
            }

            if (!compound)
            {
                // A bare "comment" is the selector list's business; a bare "review" or "reviews", which the default list
                // does not hold, is inferred as "review-item" is (held-out: <section class="reviews">).
                if (IsSegment(name, bare))
                {
                    return true;
                }

                continue;
            }

            if ((part || (weak && needed)) && !site)
            {
                return true;
            }
        }

        return false;
    }

    // An ad's size as a class part: 300x250, 728x90
    private static bool IsAdSize(ReadOnlySpan<char> segment)
    {
        var x = segment.IndexOf('x');
        return x > 0 && x < segment.Length - 1 && IsDigits(segment.Slice(0, x)) && IsDigits(segment.Slice(x + 1));

        static bool IsDigits(ReadOnlySpan<char> digits)
        {
            foreach (var c in digits)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }

    // A part of a class name equal to one of the words once lower-cased (as ToLowerInvariant lower-cases, character by character).
    [MethodImpl(Jit.Optimized)]
    private static bool IsSegment(ReadOnlySpan<char> segment, string[] words)
    {
        foreach (var word in words)
        {
            if (segment.Length == word.Length && LowerEquals(segment, word))
            {
                return true;
            }
        }

        return false;

        static bool LowerEquals(ReadOnlySpan<char> segment, string word)
        {
            for (var k = 0; k < word.Length; k++)
            {
                if (char.ToLowerInvariant(segment[k]) != word[k])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Whether an item type is one of schema.org's user-generated ones (<see cref="UgcItemTypes"/>; another vocabulary's
    /// Comment may be anything), and not a question or answer of an FAQ.
    /// </summary>
    private static bool IsUgcItemType(string type, IElement element)
    {
        if (type.IndexOf("schema.org/", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var suffix in UgcItemTypes)
        {
            if (type.TrimEnd('/').EndsWith(suffix, StringComparison.Ordinal))
            {
                return !(suffix is "/Question" or "/Answer" && InFaqPage(element));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element is inside a schema.org <c>FAQPage</c>: its questions and answers are the site's own (held-out
    /// review 103: an affiliate site's FAQ), where a Q&amp;A site's are its users'.
    /// </summary>
    private static bool InFaqPage(IElement element)
    {
        for (var ancestor = element; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.GetAttribute("itemtype") is { } type && type.IndexOf("schema.org/FAQPage", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element is in code: a <c>pre</c>, a <c>code</c>, a <c>kbd</c> or <c>samp</c>, or Doxygen's source listing,
    /// <c>div.fragment</c> (32 levels up at most). A highlighter's <c>span.comment</c> there is no comment section, and a
    /// symbol linked there is a listing's operator (LH010).
    /// </summary>
    internal static bool InCodeListing(IElement element)
    {
        for (var (ancestor, depth) = (element.ParentElement, 0); ancestor is not null && depth < 32; (ancestor, depth) = (ancestor.ParentElement, depth + 1))
        {
            if (ancestor.LocalName is "pre" or "code" or "kbd" or "samp" || (ancestor.LocalName == "div" && ancestor.GetAttribute("class") is { } classes && HtmlSpace.HasToken(classes, "fragment")))
            {
                return true;
            }
        }

        return false;
    }

    // (byClass: the zone is one link_hygiene.ugc_selectors or sponsored_selectors give it)
    private static LinkZone? OwnZone(IElement element, ScopeAttributes declared, LinkSettings settings, out bool byClass)
    {
        byClass = false;
        var marked = declared.LinkZone;
        if (marked is not null && !Dynamic.IsDynamicValue(marked))
        {
            switch (marked.Trim().ToLowerInvariant())
            {
                case "ugc":
                    return LinkZone.Ugc;
                case "sponsored":
                    return LinkZone.Sponsored;
                case "none":
                    return LinkZone.None;
            }
        }

        var itemType = declared.ItemType;
        if (itemType is not null && !Dynamic.IsDynamicValue(itemType))
        {
            foreach (var type in itemType.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
            {
                // schema.org's types only: another vocabulary's Comment may be anything (Orchard's admin table of
                // comments, itemtype="http://orchardproject.net/data/Comment", links to the site's own pages).
                if (IsUgcItemType(type, element))
                {
                    return LinkZone.Ugc;
                }
            }
        }

        // AMP's ad elements show nothing but an ad, and their fallback is the ad's too (held-out review 166)
        if (element.LocalName is "amp-ad" or "amp-embed" or "amp-sticky-ad")
        {
            return LinkZone.Sponsored;
        }

        var matched = ZoneSelector.FirstMatching(settings.SponsoredSelectors, settings.UgcSelectors, element, declared.Class);
        byClass = matched is not null;
        return matched is null ? null : ReferenceEquals(matched, settings.SponsoredSelectors) ? LinkZone.Sponsored : LinkZone.Ugc;
    }

    private static bool IsLinkElement(TemplateDocument document, IElement element)
    {
        if (!LinkElements.TryGetValue(element.LocalName, out var kind))
        {
            return false;
        }

        if (element.NamespaceUri is not null && element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            // an <a> inside an inline <svg> is a link a browser follows, by its href or SVG 1.1's xlink:href (held-out review
            // 171), or the href the anchor tag helper writes, which binds by the tag's name (held-out review 172); no other
            // foreign element is
            return IsSvgLink(element) && document.GetAttributes(element) is var svgAttributes
                && ((Find(svgAttributes, "href") ?? Find(svgAttributes, "xlink:href")) is not null || (RunsTagHelpers(document) && FindTagHelperRoute(svgAttributes) is not null));
        }

        // Blazor's NavLink and the libraries' components render a link only in a component, written as a component is,
        // with a capital (Razor reads <navlink> as an element, and a view's or an HTML page's <NavLink> is one too); a
        // page's <button>s are not read for a To (code review)
        if (kind is LinkElementKind.Component or LinkElementKind.NavLink && !LinkComponents.IsWebComponent(element.LocalName) && !IsWrittenAsComponent(document, element))
        {
            return false;
        }

        var attributes = document.GetAttributes(element);
        if (kind == LinkElementKind.Component)
        {
            return IsLinkComponent(document, element, attributes);
        }

        if (Find(attributes, "href") is not null || FindAny(attributes, HrefBindings) is not null || HasHrefDataBind(attributes))
        {
            return true;
        }

        // Tag helpers run in Razor views only: in an HTML file or a component asp-controller is an attribute, and the
        // element no link (held-out review 91: a Razor layout's brand link pasted into an Angular template)
        return kind == LinkElementKind.Anchor && ((RunsTagHelpers(document) && FindTagHelperRoute(attributes) is not null) || FindAny(attributes, RouterLinks) is not null);
    }

    /// <summary>Whether an element is an SVG <c>&lt;a&gt;</c> (inside an inline <c>&lt;svg&gt;</c>).</summary>
    internal static bool IsSvgLink(IElement element) => element.LocalName == "a" && element.NamespaceUri == NamespaceNames.SvgUri;

    /// <summary>Whether a template runs tag helpers: a Razor view or page, not an HTML file or a Razor component (code review).</summary>
    internal static bool RunsTagHelpers(TemplateDocument document) => document.Kind == TemplateKind.RazorView;

    /// <summary>
    /// A <see cref="LinkComponents.Component.TargetIsValue"/> component's <c>Target</c> as the link reads it: the value as
    /// written (<c>Target.Blank</c>, and so <c>@Target.Blank</c>), or null for one that opens no new window
    /// (<c>Target.Self</c>, <c>.Default</c>, <c>.Parent</c>, <c>.Top</c>) or any other value, which is
    /// <paramref name="unknown"/>, known only at run time.
    /// </summary>
    private static SourceAttribute? ValueTarget(LinkComponents.Component component, SourceAttribute target, out bool unknown)
    {
        unknown = false;
        if (target.IsDynamic && ValueWrittenAsCode(target) is { } value)
        {
            // Target="@Target.Blank", Target="@(Target.Blank)": the same value, written as C# (as ABP writes its enums)
            target = new SourceAttribute(target.Name, value, target.Span, target.ValueSpan, hasValue: true, target.SourceValue, valueMapsOneToOne: false);
        }

        if (target.IsDynamic || LinkComponents.IsBlank(component, target.Value))
        {
            return target;
        }

        var keyword = target.Value.Trim();
        keyword = keyword.Substring(keyword.LastIndexOf('.') + 1);
        unknown = keyword is not ("Self" or "Default" or "Parent" or "Top");
        return null;
    }

    /// <summary>
    /// The qualified name a component's parameter is given as C# (<c>@Target.Blank</c>, <c>@(Target.Blank)</c>): a value
    /// known as written, not at run time; null for any other expression.
    /// </summary>
    private static string? ValueWrittenAsCode(SourceAttribute attribute)
    {
        var written = attribute.SourceValue.Trim();
        if (!written.StartsWith("@", StringComparison.Ordinal))
        {
            return null;
        }

        written = written.Substring(1).Trim();
        if (written.Length > 2 && written[0] == '(' && written[written.Length - 1] == ')')
        {
            written = written.Substring(1, written.Length - 2).Trim();
        }

        var parts = written.Split('.');
        return parts.Length > 1 && Array.TrueForAll(parts, RazorScanner.IsIdentifier) ? written : null;
    }

    /// <summary>Whether a component's flag is set as written: <c>Disabled</c>, <c>Disabled="true"</c> (not one known at run time).</summary>
    private static bool IsTrue(SourceAttribute? flag) =>
        flag is { IsDynamic: false } && (flag.Value.Length == 0 || flag.Value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether an element is a component: in a Razor component (a view's <c>&lt;MudLink&gt;</c> is an unknown element),
    /// written with a capital (Razor reads <c>&lt;mudlink&gt;</c> as an element).
    /// </summary>
    private static bool IsWrittenAsComponent(TemplateDocument document, IElement element) =>
        document.Kind == TemplateKind.RazorComponent && document.GetStartTag(element) is { } tag
        && tag.Span.Start + 1 < document.Text.Length && char.IsUpper(document.Text[tag.Span.Start + 1]);

    /// <summary>
    /// Whether a link component (<see cref="IsWrittenAsComponent"/>) renders a link: with its destination (without one,
    /// <c>&lt;MudButton&gt;</c> is a button and <c>&lt;RadzenPanelMenuItem&gt;</c> a group), not blank or disabled where
    /// that makes it none (code review).
    /// </summary>
    private static bool IsLinkComponent(TemplateDocument document, IElement element, SourceAttribute[] attributes)
    {
        var component = LinkComponents.ByName[element.LocalName];
        if (Find(attributes, component.Href) is not { } destination)
        {
            return false;
        }

        if (component.BlankIsNoLink && !destination.IsDynamic && destination.Value.Trim().Length == 0)
        {
            return false;
        }

        // Blazorise's <Button To> is an <a> only of Type="ButtonType.Link" (a Type known at run time may be)
        if (component.LinkType is { } linkType
            && !(Find(attributes, "type") is { } type && (type.IsDynamic || type.Value.Trim().EndsWith(linkType, StringComparison.Ordinal))))
        {
            return false;
        }

        // <BreadcrumbItem Active><BreadcrumbLink To="#">Data</BreadcrumbLink>: the current page, its text alone (the item
        // it is in, a cascading value: the nearest around it)
        if (component.NoLinkInActive is { } container)
        {
            var item = element.ParentElement;
            while (item is not null && item.LocalName != container)
            {
                item = item.ParentElement;
            }

            if (item is not null && IsTrue(Find(document.GetAttributes(item), "active")))
            {
                return false;
            }
        }

        return !(component.DisabledIsNoLink && IsTrue(Find(attributes, "disabled")));
    }

    /// <summary>
    /// Whether a client expression is one string literal, through pipes or filters at most (<c>'arrow' | eva: {...}</c>):
    /// the site's own HTML. Not a literal joined to a value (<c>'&lt;p&gt;' + c.body</c>, <c>`&lt;p&gt;${c.body}`</c>).
    /// </summary>
    private static bool StartsWithStringLiteral(string expression)
    {
        var trimmed = expression.Trim();
        if (StringLiteralAtStart(trimmed) is not { Close: >= 0 } literal)
        {
            return false;
        }

        var rest = trimmed.Substring(literal.Close + 1).TrimStart();
        return rest.Length == 0 || (rest[0] == '|' && (rest.Length == 1 || rest[1] != '|'));
    }

    /// <summary>
    /// The string a client expression starts with when the rest is joined to it (<c>'/users/' + id</c>,
    /// <c>`/users/${id}`</c>) or it is nothing else (<c>'/about'</c>, then <paramref name="expression"/> is whole): its
    /// characters up to an escape, an interpolation or its end. Null for anything else (a variable, a call, a condition).
    /// </summary>
    internal static (string Literal, bool Whole)? ExpressionStart(string expression)
    {
        var trimmed = expression.Trim();
        if (StringLiteralAtStart(trimmed) is not { } scanned)
        {
            return null;
        }

        var literal = trimmed.Substring(1, scanned.PlainEnd - 1);
        if (scanned.PlainEnd >= trimmed.Length || scanned.PlainEnd != scanned.Close)
        {
            // an escape or an interpolation: a value follows the start (an unclosed quote is not an expression)
            return scanned.PlainEnd < trimmed.Length && literal.Length > 0 ? (literal, false) : null;
        }

        var rest = trimmed.Substring(scanned.Close + 1).TrimStart();
        if (rest.Length == 0)
        {
            return (literal, true);
        }

        return rest[0] == '+' && literal.Length > 0 ? (literal, false) : null;
    }

    /// <summary>
    /// The destination of a Thymeleaf <c>th:href</c> (held-out review 120: a blog's comment pages, <c>@{'/blog/' + ${id}}</c>,
    /// were "user-generated links that may leave the site"): what <see cref="ThymeleafUrlStart"/> reads, and a condition
    /// whose two URLs are both the site's own (<c>@{${first} ? '##' : '/blog/' + ${id}}</c>) is an internal link computed
    /// at run time. What starts with a value (<c>${comment.website}</c>, <c>@{${url}}</c>) may go anywhere.
    /// </summary>
    private static Href ThymeleafHref(SourceAttribute binding, IReadOnlyList<string> siteHosts)
    {
        var value = binding.Value.Trim();
        if (value.StartsWith("@{", StringComparison.Ordinal) && value.EndsWith("}", StringComparison.Ordinal) && ThymeleafChoice(value.Substring(2, value.Length - 3)) is { } inner)
        {
            return Href.FromRoute(binding, isInternal: IsOwnUrl(ThymeleafUrlStart(inner.Then, inLink: true)) && IsOwnUrl(ThymeleafUrlStart(inner.Else, inLink: true)));
        }

        // (a condition in the expression language, ${c.first ? '/a' : '/b'}, too: code review)
        var spel = value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith("}", StringComparison.Ordinal) ? ThymeleafChoice(value.Substring(2, value.Length - 3), anyTest: true) : null;
        if ((spel ?? ThymeleafChoice(value)) is { } choice)
        {
            return Href.FromRoute(binding, isInternal: IsOwnUrl(ThymeleafUrlStart(choice.Then, inLink: false)) && IsOwnUrl(ThymeleafUrlStart(choice.Else, inLink: false)));
        }

        return ThymeleafUrlStart(value, inLink: false) is { } start
            ? Href.ClassifyExpression(binding, start.Literal, start.Whole, siteHosts)
            : Href.FromRoute(binding, isInternal: false);

        // a path on the site: from its root, a fragment or a query of the page (a host's URL, "//cdn", is not)
        static bool IsOwnUrl((string Literal, bool Whole)? start) =>
            start is { Literal: { Length: > 0 } literal } && ((literal[0] == '/' && !literal.StartsWith("//", StringComparison.Ordinal)) || literal[0] is '#' or '?' || literal.StartsWith("~/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The URL a Thymeleaf expression starts with: a link expression's (<c>@{/blog/{id}(id=${p.id})}</c> is <c>/blog/</c>
    /// and a value: its path variables and parameters are filled in at run time; <c>@{'/blog/' + ${id}}</c> reads its
    /// string), a literal substitution's (<c>|/blog/${id}|</c>), or a string's; null when it starts with a value.
    /// <paramref name="inLink"/>: the expression is already inside <c>@{...}</c>, where a URL is written bare.
    /// </summary>
    internal static (string Literal, bool Whole)? ThymeleafUrlStart(string expression, bool inLink)
    {
        var trimmed = expression.Trim();
        if (trimmed.StartsWith("@{", StringComparison.Ordinal) && trimmed.EndsWith("}", StringComparison.Ordinal))
        {
            return ThymeleafUrlStart(trimmed.Substring(2, trimmed.Length - 3), inLink: true);
        }

        if (trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[trimmed.Length - 1] == '|')
        {
            // |/blog/${id}|: its text up to the first expression in it
            var text = trimmed.Substring(1, trimmed.Length - 2);
            var value = ThymeleafValue.Match(text);
            return !value.Success ? (text, true) : value.Index > 0 ? (text.Substring(0, value.Index), false) : null;
        }

        if (trimmed.Length == 0 || trimmed[0] is '\'' or '"' || !inLink)
        {
            return ExpressionStart(trimmed);
        }

        // a URL written as it is: its {path} variables, (parameters) and __${preprocessed}__ values are filled in at run time
        var end = ThymeleafUrlValue.Match(trimmed);
        return !end.Success ? (trimmed, true) : end.Index > 0 ? (trimmed.Substring(0, end.Index), false) : null;
    }

    /// <summary>
    /// The two results of a Thymeleaf condition, <c>${test} ? a : b</c> (its test a value, <c>${...}</c> or in
    /// parentheses; any test with <paramref name="anyTest"/>, inside <c>${...}</c>), split at the <c>:</c> outside strings,
    /// braces and parentheses; null when it is not one.
    /// </summary>
    private static (string Then, string Else)? ThymeleafChoice(string expression, bool anyTest = false)
    {
        var text = expression.Trim();
        if (!anyTest && !(text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("*{", StringComparison.Ordinal) || text.StartsWith("(", StringComparison.Ordinal)))
        {
            return null;
        }

        var depth = 0;
        var question = -1;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '{' or '(')
            {
                depth++;
            }
            else if (c is '}' or ')')
            {
                depth--;
            }
            else if (depth == 0 && c == '?' && question < 0)
            {
                question = i;
            }
            else if (depth == 0 && c == ':' && question >= 0)
            {
                return (text.Substring(question + 1, i - question - 1), text.Substring(i + 1));
            }
        }

        return null;
    }

    // the first value in a Thymeleaf literal substitution: ${...}, *{...}, #{...}, @{...}
    private static readonly Regex ThymeleafValue = new(@"[$*#@]\{", RegexOptions.CultureInvariant);

    // the first part of a link expression's bare URL filled in at run time: a {variable}, (parameters), __${...}__
    private static readonly Regex ThymeleafUrlValue = new(@"[{(]|__", RegexOptions.CultureInvariant);

    /// <summary>
    /// The string literal (<c>'…'</c>, <c>"…"</c> or <c>`…`</c>) a trimmed client expression starts with, or null: where its
    /// plain characters end (its first escape or <c>${</c>, else its closing quote, else the text's end), and where its
    /// closing quote is (escapes skipped; -1 when it is never closed or a template literal has a value in it).
    /// </summary>
    private static (int PlainEnd, int Close)? StringLiteralAtStart(string trimmed)
    {
        if (trimmed.Length < 2 || trimmed[0] is not ('\'' or '"' or '`'))
        {
            return null;
        }

        var quote = trimmed[0];
        var plainEnd = -1;
        for (var i = 1; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == quote)
            {
                return (plainEnd < 0 ? i : plainEnd, i);
            }

            if (quote == '`' && c == '$' && i + 1 < trimmed.Length && trimmed[i + 1] == '{')
            {
                return (plainEnd < 0 ? i : plainEnd, -1); // a template literal with a value in it
            }

            if (c == '\\')
            {
                plainEnd = plainEnd < 0 ? i : plainEnd;
                i++;
            }
        }

        return (plainEnd < 0 ? trimmed.Length : plainEnd, -1);
    }

    /// <summary>
    /// Whether Knockout's attr binding sets the href (<c>data-bind="attr: { href: url }"</c>); not a binding that only
    /// names it (<c>click: copyHref</c>, <c>attr: { 'data-href': u }</c>: held-out review 82).
    /// </summary>
    private static bool HasHrefDataBind(SourceAttribute[] attributes) =>
        Find(attributes, "data-bind") is { } bind && KnockoutHrefExpression(bind.Value) is not null;

    /// <summary>
    /// The expression a <c>data-bind</c> gives the href: its attr binding's (<c>attr: { href: url }</c>), or a custom
    /// <c>href</c> binding's (<c>href: url</c>, a handler projects register: code review); null when it gives none.
    /// </summary>
    private static string? KnockoutHrefExpression(string dataBind)
    {
        if (KnockoutAttributeExpression(dataBind, "href") is { } attribute)
        {
            return attribute;
        }

        foreach (var (key, value) in KnockoutBindings(dataBind))
        {
            if (key == "href")
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a client binding sets an attribute: one of <paramref name="bindings"/> (<c>:title</c>, <c>[attr.title]</c>
    /// ...), or Knockout's <c>data-bind="attr: { title: t }"</c> naming <paramref name="name"/> (or <paramref name="alsoName"/>).
    /// </summary>
    private static bool Binds(SourceAttribute[] attributes, AttributeNameList bindings, string name, string? alsoName = null)
    {
        if (FindAny(attributes, bindings) is not null)
        {
            return true;
        }

        var bind = Find(attributes, "data-bind");
        return bind is not null && (KnockoutSetsAttribute(bind.Value, name) || (alsoName is not null && KnockoutSetsAttribute(bind.Value, alsoName)));
    }

    /// <summary>Whether an element's role is bound on the client (<c>[attr.role]</c>, <c>:role</c>, Knockout's <c>attr: { role: r }</c> ...).</summary>
    internal static bool BindsRole(SourceAttribute[] attributes) => Binds(attributes, RoleBindings, "role");

    /// <summary>Whether a Knockout <c>data-bind</c> value sets an attribute with its attr binding (<c>attr: { id: key }</c>).</summary>
    internal static bool KnockoutSetsAttribute(string dataBind, string name) => KnockoutAttributeExpression(dataBind, name) is not null;

    /// <summary>
    /// The expression Knockout's attr binding gives an attribute (<c>attr: { href: 'https://x.example/' + id }</c>), read
    /// key by key past values holding commas, brackets and strings (<c>attr: { title: fmt(a, b), href: url }</c>: code
    /// review); null when it sets none.
    /// </summary>
    private static string? KnockoutAttributeExpression(string dataBind, string name)
    {
        if (dataBind.IndexOf(name, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        foreach (var (key, value) in KnockoutBindings(dataBind))
        {
            var brace = value.IndexOf('{');
            if (key == "attr" && brace >= 0 && value.Substring(0, brace).Trim().Length == 0)
            {
                foreach (var (attribute, expression) in KnockoutBindings(value, brace + 1))
                {
                    if (string.Equals(attribute, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return expression;
                    }
                }
            }
        }

        return null;
    }

    private static bool DataBindRendersText(SourceAttribute[] attributes)
    {
        var bind = Find(attributes, "data-bind");
        if (bind is null)
        {
            return false;
        }

        foreach (var (key, _) in KnockoutBindings(bind.Value))
        {
            if (key is "text" or "html" or "template" or "component" or "foreach")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Knockout's bindings in a <c>data-bind</c> value (<c>text: name, visible: shown</c>), or an object literal's pairs
    /// from <paramref name="start"/>, after its '{': each key, quoted or not, and its value, to the next ',' or closing
    /// bracket outside brackets and strings (code review: <c>click: function() { open({ href: url }) }</c> is one binding,
    /// <c>click</c>). What is no key and ':' ends them.
    /// </summary>
    private static IEnumerable<(string Key, string Value)> KnockoutBindings(string text, int start = 0)
    {
        var i = start;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ',' or '{'))
            {
                i++;
            }

            var quoted = i < text.Length && text[i] is '\'' or '"';
            var keyStart = quoted ? i + 1 : i;
            if (quoted)
            {
                i = ClosingQuote(text, i);
            }
            else
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '$'))
                {
                    i++;
                }
            }

            if (i <= keyStart || i >= text.Length)
            {
                yield break;
            }

            var key = text.Substring(keyStart, i - keyStart);
            i += quoted ? 1 : 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != ':')
            {
                yield break;
            }

            var valueStart = ++i;
            for (var depth = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\'' or '"' or '`')
                {
                    i = ClosingQuote(text, i);
                }
                else if (c is '(' or '[' or '{')
                {
                    depth++;
                }
                else if ((c is ')' or ']' or '}' && depth-- == 0) || (c == ',' && depth == 0))
                {
                    break;
                }
            }

            i = Math.Min(i, text.Length);
            yield return (key, text.Substring(valueStart, i - valueStart));
            if (i >= text.Length || text[i] != ',')
            {
                yield break;
            }
        }

        // the index of the quote that closes the one at start (past a backslash's escape), or the text's length
        static int ClosingQuote(string text, int start)
        {
            for (var k = start + 1; k < text.Length; k++)
            {
                if (text[k] == '\\')
                {
                    k++;
                }
                else if (text[k] == text[start])
                {
                    return k;
                }
            }

            return text.Length;
        }
    }

    /// <summary>The value of Knockout's html binding in a <c>data-bind</c> value (<c>html: comment.body</c>), or null.</summary>
    private static string? KnockoutHtmlBinding(string dataBind)
    {
        foreach (var (key, value) in KnockoutBindings(dataBind))
        {
            if (key == "html")
            {
                var close = value.IndexOf('}');
                return close < 0 ? value : value.Substring(0, close);
            }
        }

        return null;
    }

    private static SourceAttribute? FindTagHelperRoute(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (AnchorTagHelperAttributes.Contains(attribute.Name) || attribute.Name.StartsWith("asp-route-", StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }

    private static Link Describe(TemplateDocument document, IElement element, Scope scope, LinkSettings settings, Dictionary<(IDocument Owner, string Ids), AccessibleName?> labels)
    {
        // (an element the walk found a link: its kind is its name's, without asking IsLinkElement again)
        var attributes = document.GetAttributes(element);
        var kind = LinkElements[element.LocalName];
        var component = kind == LinkElementKind.Component ? LinkComponents.ByName[element.LocalName] : null;
        var tag = document.GetStartTag(element);
        var startTag = tag?.Span ?? new SourceSpan(0, 0);
        var content = document.GetContentRegion(element);
        var dynamicAttributes = HasDynamicAttributes(attributes);

        Href href;
        var interpolated = FindAny(attributes, InterpolatedHrefs);
        var binding = interpolated is not null ? null : FindAny(attributes, HrefBindings) ?? (HasHrefDataBind(attributes) ? Find(attributes, "data-bind") : null);
        // (an SVG link's href, then its xlink:href, as SVG 2 reads them)
        var plain = interpolated ?? Find(attributes, component?.Href ?? "href") ?? (IsSvgLink(element) ? Find(attributes, "xlink:href") : null);
        if (binding is not null)
        {
            // Knockout's attr binding's expression, as Vue's, Alpine's and Angular's (held-out review 82: RavenDB's
            // attr: { href: 'https://ravendb.net/...' + version } with target="_blank"); a message names that expression,
            // not the whole binding
            var knockout = binding.Name == "data-bind" ? KnockoutHrefExpression(binding.Value) : null;
            var expression = knockout ?? binding.Value;
            var display = knockout is null ? null : Href.Shorten(knockout.Trim());
            if (binding.Name is "th:href" or "data-th-href")
            {
                href = ThymeleafHref(binding, settings.SiteHosts);
            }
            else
            {
                href = ExpressionStart(expression) is { } start
                    ? Href.ClassifyExpression(binding, start.Literal, start.Whole, settings.SiteHosts, display)
                    : Href.FromRoute(binding, isInternal: false, display);
            }
        }
        else if (plain is not null)
        {
            href = Href.Classify(plain, settings.SiteHosts, document);
        }
        else if (RunsTagHelpers(document) && FindTagHelperRoute(attributes) is { } route)
        {
            var leavesSite = Find(attributes, "asp-host") is not null;
            var (controller, action) = (Find(attributes, "asp-controller"), Find(attributes, "asp-action"));
            var display = !leavesSite && controller is not null && action is not null ? Href.ActionDisplay(Find(attributes, "asp-area"), controller, action) : null;
            if (display is null && !leavesSite && route.Name.StartsWith("asp-route-", StringComparison.Ordinal))
            {
                // a route value alone is no destination to name: the attribute is (held-out review 94: LH005's "internal
                // link to ''" for asp-route-language="")
                display = Href.Shorten(route.Name + "=\"" + route.SourceValue.Trim() + "\"");
            }

            href = Href.FromRoute(Find(attributes, "asp-host") ?? route, isInternal: !leavesSite, display);
        }
        else
        {
            href = Href.FromRoute(FindAny(attributes, RouterLinks)!, isInternal: true);
        }

        // A nav link or menu item puts a rel it is given on the element around its link, and renders the link's own.
        var rel = component is { AttributesOnLink: false }
            ? RelValue.From(null, true)
            : RelValue.From(Find(attributes, "rel"), Binds(attributes, RelBindings, "rel") || dynamicAttributes);
        var target = Find(attributes, "target");
        var unknownTarget = false;
        if (component is { TargetIsValue: true } && target is not null)
        {
            target = ValueTarget(component, target, out unknownTarget);
        }

        var targetIsDynamic = Binds(attributes, TargetBindings, "target") || dynamicAttributes || unknownTarget || (target?.IsDynamic ?? false);

        var name = ComputeName(document, element, component, attributes, startTag, content, dynamicAttributes, settings.Localization, labels);
        return new Link(
            element,
            kind,
            startTag,
            content,
            attributes,
            href,
            rel,
            target,
            targetIsDynamic,
            name,
            scope.FormInUgc && scope.Zone == LinkZone.Ugc && href.Kind != HrefKind.Dynamic ? LinkZone.None : scope.Zone,
            scope.ZoneInferred,
            scope.Language,
            scope.Ignored,
            dynamicAttributes,
            HasUnknownAttributes(document, attributes, component));
    }

    private static bool HasDynamicAttributes(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (WritesAttributes(attribute.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an attribute of this name writes other attributes at run time: Razor's <c>@attributes</c> splat or an
    /// expression in a tag (<c>&lt;a @Model.Attributes&gt;</c>; not a directive such as <c>@onclick</c> or <c>@bind</c>),
    /// Vue's <c>v-bind</c>, Alpine's <c>x-bind</c>, Angular's <c>[attr]</c>, Thymeleaf's <c>th:attr</c>. (An <c>@click</c> in
    /// HTML is Alpine's or Vue's event handler: Razor's '@' is masked.)
    /// </summary>
    internal static bool WritesAttributes(string name)
    {
        if (name.Length > 0 && name[0] == MaskChars.Dynamic)
        {
            var directive = name.TrimStart(MaskChars.Dynamic);
            if (directive.Length == 0 || directive == "attributes")
            {
                return true;
            }

            var bare = directive.Split(':')[0];
            return !(bare.StartsWith("on", StringComparison.Ordinal) || bare.StartsWith("bind", StringComparison.Ordinal) || NonRenderingDirectives.Contains(bare));
        }

        return name is "v-bind" or ":" or "x-bind" or "[attr]" or "th:attr" or "data-th-attr" or "py:attrs"; // (Genshi's: code review)
    }

    /// <summary>
    /// Whether an attribute may render the link's content or name unseen: a custom tag helper's in a view, a client
    /// script's directive in a page. A component's markup runs no tag helper, and an attribute written on its
    /// <c>&lt;a&gt;</c> or <c>&lt;NavLink&gt;</c> renders as an attribute (Razor reads <c>&lt;a href="" &lt;/a&gt;</c>'s
    /// <c>&lt;</c> and <c>a</c> so: held-out review 71); a library component's unknown parameter may render anything.
    /// A name no tag helper or script can have, one a slip of the markup leaves (<c>&lt;a href="..." &lt;i
    /// class="fab fa-instagram"&gt;&lt;/i&gt;&lt;/a&gt;</c>, its <c>&gt;</c> missing: held-out review 74), is no such attribute.
    /// </summary>
    private static bool HasUnknownAttributes(TemplateDocument document, SourceAttribute[] attributes, LinkComponents.Component? component)
    {
        if (document.Kind == TemplateKind.RazorComponent && component is null)
        {
            return false;
        }

        foreach (var attribute in attributes)
        {
            var name = attribute.Name;
            if (KnownLinkAttributes.Contains(name)
                || (component is null && document.Kind == TemplateKind.Html && ClientInertAttributes.Contains(name))
                || (component is not null && (name == component.Href || name == component.Text || LinkComponents.ParametersWithoutText.Contains(name)))
                || AnchorTagHelperAttributes.Contains(name)
                || ContentBindings.Contains(name)
                || name.StartsWith("aria-", StringComparison.Ordinal)
                || name.StartsWith("data-", StringComparison.Ordinal)
                || name.StartsWith("on", StringComparison.Ordinal)
                || name.StartsWith("asp-route-", StringComparison.Ordinal)
                || (name.Length > 0 && (name[0] == MaskChars.Dynamic || name[0] is ':' or '@' or '[' or '(' or '#' or '*'))
                || (name.Length > 0 && name[0] is '<' or '"' or '\'' or '=') // a slip of the markup (<a href="..." <i class="icon"></i></a>: '>' missing), no tag helper's or script's
                || name.StartsWith("v-", StringComparison.Ordinal)
                || name.StartsWith("x-", StringComparison.Ordinal)
                || name.StartsWith("ng-", StringComparison.Ordinal)
                || name.StartsWith("hx-", StringComparison.Ordinal)
                || name.StartsWith("up-", StringComparison.Ordinal) // Unpoly's, which follow the link into a fragment or a layer (held-out review 105)
                || name.StartsWith("mat-", StringComparison.Ordinal) // Angular Material's button styles (mat-button, mat-icon-button)
                || name.StartsWith("th:", StringComparison.Ordinal)
                || name.StartsWith("xmlns", StringComparison.Ordinal)
                || name.StartsWith("xlink:", StringComparison.Ordinal)
                || IsAureliaCommand(name))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Whether an icon component is given a name: a title or a label, written or bound (<c>[title]</c>, <c>[attr.aria-label]</c>, <c>ariaLabel</c>).</summary>
    private static bool HasIconName(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            var name = attribute.Name.Trim('[', ']');
            if (name is "title" or "attr.title" or "aria-label" or "attr.aria-label" or "arialabel" or "aria-labelledby" or "attr.aria-labelledby")
            {
                return true;
            }
        }

        return false;
    }

    private static AccessibleName ComputeName(
        TemplateDocument document,
        IElement element,
        LinkComponents.Component? component,
        SourceAttribute[] attributes,
        SourceSpan startTag,
        SourceSpan content,
        bool dynamicAttributes,
        Localization.LocalizationCatalog localization,
        Dictionary<(IDocument Owner, string Ids), AccessibleName?> labels)
    {
        if (dynamicAttributes || Binds(attributes, LabelBindings, "aria-label", "aria-labelledby"))
        {
            return new AccessibleName(NameSource.None, string.Empty, IsDynamic: true, startTag);
        }

        // A component's text parameter (<RadzenLink Path="/" Text="Home" />); a menu item's names its link alone, and
        // without one the name is unknown (a template or an icon may give it)
        var textParameter = component?.Text is { } parameter ? Find(attributes, parameter) : null;
        if (component is { ContentIsText: false })
        {
            return textParameter is null
                ? new AccessibleName(NameSource.Content, string.Empty, IsDynamic: true, startTag)
                : TextParameterName(document, textParameter, localization);
        }

        var labelledBy = Find(attributes, "aria-labelledby");
        if (labelledBy is not null && labelledBy.Value.Trim().Length > 0)
        {
            if (labelledBy.IsDynamic)
            {
                return new AccessibleName(NameSource.LabelledBy, string.Empty, IsDynamic: true, labelledBy.Span);
            }

            // Links named by the same ids share one name, made (and normalised) once: a page of links all labelled by one
            // heading, or by an element around them, read that element's text again for every link.
            var owner = element.Owner ?? document.Dom!;
            if (LabelledBy(document, owner, labelledBy.Value, labels) is { } labelled)
            {
                return labelled with { Span = labelledBy.Span };
            }
        }

        var label = Find(attributes, "aria-label");
        if (label is not null && (label.IsDynamic || Collapse(label.Value).Length > 0))
        {
            return AttributeName(document, label, NameSource.AriaLabel, localization);
        }

        // An SVG link is named by a <title> child, then its xlink:title, before its content (SVG-AAM; code review 128)
        if (IsSvgLink(element) && Find(attributes, "xlink:title") is { } svgTitle && (svgTitle.IsDynamic || Collapse(svgTitle.Value).Length > 0)
            && !element.Children.Any(child => child.LocalName == "title"))
        {
            return AttributeName(document, svgTitle, NameSource.Title, localization);
        }

        if (element.LocalName == "area")
        {
            if (FindAny(attributes, AltBindings) is not null)
            {
                return new AccessibleName(NameSource.Content, string.Empty, IsDynamic: true, startTag);
            }

            var alt = Find(attributes, "alt");
            if (alt is not null && (alt.IsDynamic || Collapse(alt.Value).Length > 0))
            {
                return new AccessibleName(NameSource.Content, Collapse(alt.Value), alt.IsDynamic, alt.Span);
            }
        }

        var contentText = ContentText(document, element, labels: labels);
        if (contentText.IsDynamic && document.SilentTemplateTags.Count > 0 && WritesOnlySilentTags(document, content, contentText.Text))
        {
            // ... as template tags that only choose (Django's {% if %}<span class="fa fa-user"></span>{% else %}...{% endif %}:
            // held-out review 135)
            contentText = (string.Empty, false, contentText.AltSpan, contentText.Skipped);
        }

        // Code in the content makes the text unknown, unless it only chooses among markup that has no text at all
        // (held-out review 56: an icon for images, another for files, and no name either way)
        var contentDynamic = contentText.IsDynamic || IntersectsCode(document, content, unlessChoosingOnly: string.IsNullOrWhiteSpace(contentText.Text)) || ContentBindingOn(attributes);
        var textSpan = document.GetTextSpan(content, contentText.Skipped);
        var nameSpan = Union(textSpan, contentText.AltSpan) ?? startTag;
        if (contentDynamic)
        {
            return LocalizedName(document, content, localization, nameText: AddsOnlyPlainMarkup(element) ? contentText.Text : null)
                ?? TranslatedName(document, content)
                ?? new AccessibleName(NameSource.Content, contentText.Text, IsDynamic: true, nameSpan);
        }

        if (contentText.Text.Length > 0)
        {
            // Havit's <HxNavLink Text="Orders"><HxBadge>3</HxBadge></HxNavLink>: "Orders 3"
            if (component is { TextAndContent: true } && IsGiven(textParameter))
            {
                var text = TextParameterName(document, textParameter!, localization);
                return new AccessibleName(NameSource.Content, Collapse(text.Text + " " + contentText.Text), text.IsDynamic, text.Span);
            }

            return new AccessibleName(NameSource.Content, contentText.Text, IsDynamic: false, nameSpan);
        }

        if (IsGiven(textParameter))
        {
            return TextParameterName(document, textParameter!, localization);
        }

        var title = Find(attributes, "title");
        if (Binds(attributes, TitleBindings, "title"))
        {
            return new AccessibleName(NameSource.Title, string.Empty, IsDynamic: true, startTag);
        }

        if (title is not null && (title.IsDynamic || Collapse(title.Value).Length > 0))
        {
            return AttributeName(document, title, NameSource.Title, localization);
        }

        return new AccessibleName(NameSource.None, string.Empty, IsDynamic: false, startTag) { Hidden = FindHiddenText(document, element) };
    }

    /// <summary>
    /// Whether an element is an icon whose text is a ligature its font draws (<c>arrow_back</c>): Angular Material's
    /// <c>mat-icon</c>, Google's Material Icons and Symbols (<c>material-icons</c>, <c>material-symbols-outlined</c> ...),
    /// Framework7's <c>f7-icons</c>; read by class names, not their letters.
    /// </summary>
    private static bool WritesLigature(IElement element)
    {
        if (element.LocalName == "mat-icon")
        {
            return true;
        }

        var classes = element.GetAttribute("class");
        return HtmlChars.ListHas(classes, "material-icons", asPrefix: true) || HtmlChars.ListHas(classes, "material-symbols", asPrefix: true) || HtmlChars.ListHas(classes, "f7-icons");
    }

    /// <summary>
    /// Whether a boolean attribute (<c>hidden</c>) may be left out of what renders: one whose value Razor writes
    /// (<c>hidden="@(!Model.Show)"</c>, left out when false); a server template's <c>{{ }}</c> in an HTML file writes it
    /// whatever its value (code reviews of stop 53).
    /// </summary>
    internal static bool MayBeLeftOut(TemplateKind kind, bool valueIsDynamic) => valueIsDynamic && kind != TemplateKind.Html;

    /// <summary>
    /// What keeps an element's content from a link's name: <c>aria-hidden="true"</c>, the <c>hidden</c> attribute (one
    /// Razor writes may be left out: not this; a server template's <c>{{ }}</c> writes it always), or a class or a style
    /// that does not display it; null when nothing does.
    /// </summary>
    private static HiddenBy? Hides(IElement element, SourceAttribute[] attributes, TemplateKind kind)
    {
        var ariaHidden = Find(attributes, "aria-hidden");
        if (ariaHidden is not null && string.Equals(ariaHidden.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return HiddenBy.AriaHidden;
        }

        if (Find(attributes, "hidden") is { } hidden && !MayBeLeftOut(kind, hidden.IsDynamic))
        {
            return HiddenBy.HiddenAttribute;
        }

        return IsNotDisplayed(attributes) || IsIconLabel(element) ? HiddenBy.NotDisplayed : null;
    }

    /// <summary>
    /// Whether an element is the label of an HTML5 UP icon, whose style sheet does not display it (<c>.icon &gt; .label {
    /// display: none; }</c>): <c>&lt;a class="icon brands fa-twitter"&gt;&lt;span class="label"&gt;Twitter&lt;/span&gt;&lt;/a&gt;</c>,
    /// every social link of its templates (held-out review 124); the icon is Font Awesome's, a <c>fa-</c> class beside
    /// <c>icon</c> (not another framework's <c>icon</c> beside a visible label: code review).
    /// </summary>
    private static bool IsIconLabel(IElement element) =>
        HtmlChars.ListHas(element.GetAttribute("class"), "label") && element.ParentElement?.GetAttribute("class") is { } parent
        && HtmlChars.ListHas(parent, "icon") && HtmlChars.ListHas(parent, "fa-", asPrefix: true);

    /// <summary>
    /// The first text with a letter or a digit inside an empty link that something keeps from its name (<see cref="Hides"/>),
    /// as the name would read it, and what keeps it (held-out review 106: minimal-mistakes' <c>&lt;span
    /// aria-hidden="true"&gt;Previous&lt;/span&gt;</c> "has no text", said of a link showing a word); null when none. An
    /// icon font's ligature (<c>&lt;span class="material-icons" aria-hidden="true"&gt;arrow_back&lt;/span&gt;</c>) is no such
    /// text: shown to screen readers it would be read as "arrow_back" (code review). Read only for a link with no name.
    /// </summary>
    private static HiddenText? FindHiddenText(TemplateDocument document, IElement link)
    {
        var stack = new Stack<IElement>();
        PushChildren(stack, link);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var attributes = document.GetAttributes(element);
            if (element.LocalName is "script" or "style" or "template" or "noscript" or "svg" or "fa-icon" or "nb-icon" || WritesLigature(element))
            {
                continue;
            }

            if (Hides(element, attributes, document.Kind) is { } by)
            {
                var content = ContentText(document, element);
                var text = content.IsDynamic ? string.Empty : WithoutLigatures(content.Text, element);
                if (text.Any(char.IsLetterOrDigit))
                {
                    return new HiddenText(text.Length <= 40 ? text : text.Substring(0, 39) + "\u2026", by);
                }

                continue; // (what it holds is hidden with it)
            }

            PushChildren(stack, element);
        }

        return null;

        // The text without the ligatures of the icons inside the element ("arrow_back Previous": "Previous", second and
        // third code reviews), read word by word
        static string WithoutLigatures(string text, IElement element)
        {
            List<string>? ligatures = null;
            foreach (var icon in element.QuerySelectorAll("*"))
            {
                if (WritesLigature(icon) && Collapse(icon.TextContent) is { Length: > 0 } ligature)
                {
                    (ligatures ??= new List<string>()).Add(ligature);
                }
            }

            return ligatures is null ? text : Collapse(string.Join(" ", text.Split(' ').Where(word => !ligatures.Contains(word))));
        }

        // (by its child nodes: IHtmlCollection's indexer, called from this netstandard2.0 build, threw MissingMethodException
        // under the .NET 10 test host, which loads AngleSharp's build for .NET)
        static void PushChildren(Stack<IElement> stack, IElement parent)
        {
            var children = parent.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                if (children[k] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>Whether a component's text parameter gives a text: one known at run time, or one not only white space.</summary>
    private static bool IsGiven(SourceAttribute? textParameter) =>
        textParameter is not null && (textParameter.IsDynamic || Collapse(textParameter.Value).Length > 0);

    /// <summary>The name a component's text parameter gives (<c>Text="Orders"</c>), read as <see cref="AttributeName"/> reads it.</summary>
    private static AccessibleName TextParameterName(TemplateDocument document, SourceAttribute text, Localization.LocalizationCatalog localization) =>
        AttributeName(document, text, NameSource.Content, localization);

    /// <summary>
    /// The name an attribute gives (<c>aria-label</c>, <c>title</c>, a component's text parameter), read as the content
    /// is: one localizer lookup (<c>aria-label="@Localizer["Read more"]"</c>) is its neutral text, and so is one gettext
    /// call in a template (<c>aria-label="{% trans 'Read more' %}"</c>; held-out review 97).
    /// </summary>
    private static AccessibleName AttributeName(TemplateDocument document, SourceAttribute attribute, NameSource source, Localization.LocalizationCatalog localization) =>
        attribute.IsDynamic && (LocalizedName(document, attribute.ValueSpan, localization, RazorExpressionContext.AttributeValue) ?? (document.Kind == TemplateKind.Html ? TranslatedName(document, attribute.ValueSpan) : null)) is { } localized
            ? localized with { Source = source, Span = attribute.Span }
            : new AccessibleName(source, Collapse(attribute.Value), attribute.IsDynamic, attribute.Span);

    /// <summary>Whether the text between two indexes is white space only.</summary>
    private static bool IsWhiteSpace(StringBuilder text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name <see cref="LabelledByName"/> gives, made once a page for the same ids where <paramref name="labels"/> keeps them.</summary>
    private static AccessibleName? LabelledBy(TemplateDocument document, IDocument owner, string ids, Dictionary<(IDocument Owner, string Ids), AccessibleName?>? labels)
    {
        if (labels is null)
        {
            return LabelledByName(document, owner, ids);
        }

        if (!labels.TryGetValue((owner, ids), out var labelled))
        {
            labels.Add((owner, ids), labelled = LabelledByName(document, owner, ids));
        }

        return labelled;
    }

    /// <summary>
    /// The name that <c>aria-labelledby</c> gives (its span to be set by each link), or null when the elements it names
    /// have no text, so that the link's own label or content names it.
    /// </summary>
    private static AccessibleName? LabelledByName(TemplateDocument document, IDocument owner, string ids)
    {
        var text = new StringBuilder();
        foreach (var id in ids.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
        {
            var target = document.ElementById(owner, id);
            if (target is null)
            {
                if (owner == document.Dom && IsWholePageOfKnownIds(document))
                {
                    // accname skips an id the page does not have (held-out review 159: a typo in aria-labelledby left an
                    // icon-only link with no name, and a "Read more" with its own text)
                    continue;
                }

                // The label may live in a layout or another component: the name is unknown, not empty.
                return new AccessibleName(NameSource.LabelledBy, string.Empty, IsDynamic: true, default);
            }

            var part = OwnLabel(document, target) ?? TextOrTooltip(document, target);
            if (part.IsDynamic)
            {
                return new AccessibleName(NameSource.LabelledBy, string.Empty, IsDynamic: true, default);
            }

            text.Append(part.Text).Append(' ');
        }

        var joined = Collapse(text.ToString());
        return joined.Length > 0 ? new AccessibleName(NameSource.LabelledBy, joined, IsDynamic: false, default) : null;
    }

    /// <summary>
    /// Whether a template is a whole page (not a fragment another page includes) whose ids are all its rendered page's
    /// (<see cref="Site.TemplateFacts.IdsOf"/>: no layout, partial, component, script, load handler, raw HTML or computed
    /// id may add one). A value a Razor page renders is taken for text (<c>@Model.Title</c>; code review 122), as it is
    /// unless its type says otherwise.
    /// </summary>
    private static bool IsWholePageOfKnownIds(TemplateDocument document) =>
        !TemplateDocument.IsFragment(document.Text) && Site.TemplateFacts.IdsOf(document).Complete;

    /// <summary>Whether a style says <c>display: none</c> or <c>visibility: hidden</c> (an svg child's, read from the DOM; code review 129).</summary>
    private static bool StyleHides(string? style) => DisplayOf(style) is var shown && (shown.Display == "none" || shown.Visibility == "hidden");

    /// <summary>The display and visibility a style's declarations give, lower-cased (the last of each counts); null for none.</summary>
    private static (string? Display, string? Visibility) DisplayOf(string? style)
    {
        string? display = null, visibility = null;
        if (style is null || style.IndexOf(':') < 0)
        {
            return (display, visibility);
        }

        foreach (Match declaration in DisplayDeclaration.Matches(style))
        {
            var value = declaration.Groups["value"].Value.ToLowerInvariant();
            if (declaration.Groups["property"].Value.Equals("display", StringComparison.OrdinalIgnoreCase))
            {
                display = value;
            }
            else
            {
                visibility = value;
            }
        }

        return (display, visibility);
    }

    /// <summary>The text of an svg's <c>&lt;text&gt;</c> elements, and the <c>&lt;title&gt;</c> of its groups and shapes, not hidden from assistive technology, 32 levels deep at most.</summary>
    private static StringBuilder SvgText(IElement element, StringBuilder text, int depth = 0)
    {
        foreach (var child in element.Children)
        {
            // (not what is never drawn where it stands: a symbol, a clip path's or mask's shapes, a pattern, a marker, a
            // gradient or filter, and what is hidden: code review 117)
            if (string.Equals(child.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                || child.LocalName is "title" or "desc" or "style" or "script" or "defs" or "symbol" or "clipPath" or "mask" or "pattern" or "marker"
                    or "linearGradient" or "radialGradient" or "filter" or "metadata"
                || string.Equals(child.GetAttribute("display")?.Trim(), "none", StringComparison.OrdinalIgnoreCase)
                || string.Equals(child.GetAttribute("visibility")?.Trim(), "hidden", StringComparison.OrdinalIgnoreCase)
                || StyleHides(child.GetAttribute("style")))
            {
                continue;
            }

            if (child.LocalName == "text")
            {
                text.Append(' ').Append(child.TextContent).Append(' ');
            }
            else if (child.Children.FirstOrDefault(c => c.LocalName == "title") is { } title)
            {
                // a group or shape with a <title> is named by it, as a browser reads it (held-out review 172: a Mastodon
                // icon's <g><title>Mastodon</title> named its link in Chromium, and LH011 said it had no name)
                text.Append(' ').Append(title.TextContent).Append(' ');
            }
            else if (depth < 32)
            {
                SvgText(child, text, depth + 1);
            }
        }

        return text;
    }

    /// <summary>
    /// The name an element <c>aria-labelledby</c> names gives by its own attributes, as accname computes it (steps 2C and
    /// 2E): its <c>aria-label</c>, or an image's <c>alt</c> (its <c>title</c> without one); null when it has none, so that
    /// its content names it (held-out review 147: <c>aria-labelledby="p1-img p1-name"</c> on a product's image and name,
    /// "Red Enamel mug", had lost "Red").
    /// </summary>
    private static (string Text, bool IsDynamic)? OwnLabel(TemplateDocument document, IElement target)
    {
        var attributes = document.GetAttributes(target);
        if (Binds(attributes, LabelBindings, "aria-label"))
        {
            return (string.Empty, true);
        }

        if (Find(attributes, "aria-label") is { } label && (label.IsDynamic || Collapse(label.Value).Length > 0))
        {
            return (Collapse(label.Value), label.IsDynamic);
        }

        if (IsImage(target.LocalName) || target.LocalName == "area" || (target.LocalName == "input" && string.Equals(target.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase)))
        {
            if (Binds(attributes, AltBindings, "alt") || (Find(attributes, "alt") is null && Binds(attributes, TitleBindings, "title")))
            {
                return (string.Empty, true);
            }

            return (Find(attributes, "alt") ?? Find(attributes, "title")) is { } named ? (Collapse(named.Value), named.IsDynamic) : (string.Empty, false);
        }

        return null;
    }

    /// <summary>
    /// The text of an element <c>aria-labelledby</c> names, else its <c>title</c> (accname's step 2I: <c>&lt;span id="x"
    /// title="Close"&gt;&lt;/span&gt;</c>).
    /// </summary>
    private static (string Text, bool IsDynamic) TextOrTooltip(TemplateDocument document, IElement target)
    {
        var content = ContentText(document, target, inLabelledBy: true);
        if (content.IsDynamic || Collapse(content.Text).Length > 0)
        {
            return (content.Text, content.IsDynamic);
        }

        var attributes = document.GetAttributes(target);
        return Binds(attributes, TitleBindings, "title") ? (string.Empty, true)
            : Find(attributes, "title") is { } title ? (Collapse(title.Value), title.IsDynamic) : (content.Text, false);
    }

    /// <summary>
    /// Link text that is one localizer lookup with a literal key (<c>@Localizer["Read more"]</c>, with <c>.Value</c> or not,
    /// <c>GetString</c> or <c>GetHtml</c>,
    /// <c>@_localizer["read-more"]</c>, <c>@T["..."]</c>, Orchard 1.x's <c>@T("...")</c>): by ASP.NET's convention the key is the neutral text, or the
    /// project's neutral .resx says what it is. Null when the content is anything else. Beside it, plain markup that adds
    /// no text to the name <paramref name="nameText"/> the content gives (an icon, a span around it, a "»": held-out
    /// review 83, <c>&lt;i class="bi bi-list"&gt;&lt;/i&gt; @Localizer["ShowAll"]</c>); without that name, only white space.
    /// </summary>
    private static AccessibleName? LocalizedName(TemplateDocument document, SourceSpan content, Localization.LocalizationCatalog localization, RazorExpressionContext context = RazorExpressionContext.Text, string? nameText = null)
    {
        RazorExpression? only = null;
        string? notice = null; // a notice after the lookup that the link opens a new tab, part of the name as a literal one is
        var expressions = document.Expressions;
        for (var i = document.FirstExpressionEndingAfter(content.Start); i < expressions.Count; i++)
        {
            var expression = expressions[i];
            if (expression.Span.End <= content.Start)
            {
                continue;
            }

            if (expression.Span.Start >= content.End)
            {
                break;
            }

            if (only is not null || expression.Context != context || expression.Span.Start < content.Start || expression.Span.End > content.End)
            {
                return null;
            }

            only = expression;
        }

        if (only is null)
        {
            return null;
        }

        if (nameText is not null)
        {
            // Nothing else may add text to the name: the lookup's run-time characters, white space and punctuation only (the
            // content's other markup writes nothing at run time: AddsOnlyPlainMarkup), but for a notice after it that the
            // link opens a new tab (code review: a GOV.UK service's @Localizer["Read more"] and a visually hidden
            // " (opens in new tab)")
            var bare = AnchorText.WithoutWindowNotice(nameText);
            notice = bare is null ? null : nameText.Substring(bare.Length);
            foreach (var c in bare ?? nameText)
            {
                if (c != MaskChars.Dynamic && c != MaskChars.Elided && !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
                {
                    return null;
                }
            }
        }
        else
        {
            // Nothing else may render in the value: only white space (or elided Razor) around the lookup.
            for (var i = content.Start; i < content.End; i++)
            {
                if ((i < only.Span.Start || i >= only.Span.End) && !char.IsWhiteSpace(document.Masked[i]) && document.Masked[i] != MaskChars.Elided)
                {
                    return null;
                }
            }
        }

        var text = LocalizedText(document, only.Code.Trim(), localization);
        return text is null ? null : NeutralName(notice is null ? text : text + " " + notice, only.Span);
    }

    /// <summary>The name a localizer lookup gives: its neutral text, where the lookup is written.</summary>
    internal static AccessibleName NeutralName(string text, SourceSpan lookup) =>
        new(NameSource.Content, Collapse(text), IsDynamic: false, lookup) { InNeutralLanguage = true };

    /// <summary>
    /// The neutral text of one localizer lookup written as C# (<c>Localizer["Read more"]</c>, <c>T("...")</c>, with or
    /// without <c>.Value</c>), as <see cref="LocalizedName"/> describes; null when the code is anything else or the
    /// resources do not say.
    /// </summary>
    internal static string? LocalizedText(TemplateDocument document, string code, Localization.LocalizationCatalog localization)
    {
        var match = LocalizerLookup.Match(code);
        if (!match.Success || (match.Groups["receiver"] is { Success: true } receiver && !IsLocalizer(document, receiver.Value, localization)))
        {
            return null;
        }

        if (CSharpString.Value(match.Groups["key"].Value) is not { } key)
        {
            return null;
        }

        var localizer = match.Groups["receiver"];
        var resources = localizer.Success ? ResourcesOf(document, localizer.Value, localization) : null;
        var anyFile = localization.Resolve(key);
        return resources switch
        {
            null => anyFile,
            // A view localizer whose resource name is not known: what any file gives must be what the key renders.
            { Count: 0 } => anyFile == Localization.LocalizationCatalog.KeyAsText(key) ? anyFile : null,
            // @Localizer from _ViewImports may be a view localizer (as the documentation names it) or another: both must agree.
            _ => localization.Resolve(key, resources) is var own && (document.DeclaresLocalizer(localizer.Value) || localization.TryGetInjectedLocalizer(document.Path, localizer.Value, out _) || own == anyFile) ? own : null,
        };
    }

    /// <summary>
    /// Link text that is one gettext translation of a literal message in a Django or Jinja template
    /// (<c>{% trans "Read more" %}</c>, <c>{% translate 'Read more' context "x" %}</c>,
    /// <c>{% blocktrans %}Read more{% endblocktrans %}</c>, Jinja's <c>{% trans %}..{% endtrans %}</c>, Flask-Babel's
    /// <c>{{ _("Read more") }}</c> and <c>{{ gettext('Read more') }}</c>, and Trac's and Mako's <c>${_("Read more")}</c>: held-out
    /// review 140): by gettext's convention the message id is the
    /// text in the template's own language. Null when the content is anything else (<c>as</c> a variable, which renders
    /// nothing; placeholders; filters).
    /// </summary>
    private static AccessibleName? TranslatedName(TemplateDocument document, SourceSpan content)
    {
        if (content.Length == 0 || content.Length > 500 || document.Text.IndexOf('{', content.Start, content.Length) < 0)
        {
            return null;
        }

        var match = GettextCall.Match(document.Text, content.Start, content.Length);
        var rest = string.Empty;
        if (!match.Success)
        {
            // The call beside symbols and icons, as themes write it: {{ _("Read more") }} &raquo;,
            // <span>{% trans "Read more" %}</span> <i class="fa fa-arrow-right"></i>. The symbols name nothing (as in
            // "Read more &raquo;" written out); anything else beside it (a word, an image, a label, more code) may.
            match = GettextCallWithin.Match(document.Text, content.Start, content.Length);
            if (!match.Success || GettextCallWithin.Match(document.Text, match.Index + match.Length, content.End - match.Index - match.Length).Success)
            {
                return null;
            }

            rest = document.Text.Substring(content.Start, match.Index - content.Start) + " " + document.Text.Substring(match.Index + match.Length, content.End - match.Index - match.Length);
            rest = PlainInlineTag.Replace(rest, " ");
            if (rest.IndexOf('<') >= 0 || rest.IndexOf('{') >= 0 || rest.IndexOf('@') >= 0)
            {
                return null;
            }

            // (and a notice after it that the link opens a new tab, which stays part of the name: code reviews, a GOV.UK
            // service's visually hidden one)
            rest = System.Net.WebUtility.HtmlDecode(rest);
            foreach (var c in AnchorText.NoticeStart(rest) is var notice and >= 0 ? rest.Substring(0, notice) : rest)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return null;
                }
            }
        }

        var call = match.Groups["call"];
        var text = Collapse(match.Groups["message"].Value + " " + rest);
        return match.Groups["message"].Value.Trim().Length == 0 ? null : new AccessibleName(NameSource.Content, text, IsDynamic: false, new SourceSpan(call.Index, call.Length));
    }

    private const string GettextCallPattern =
        @"(?<call>"
        + @"\{%[-+]?\s*trans(?:late)?\s+(?:""(?<message>[^""\\{}]*)""|'(?<message>[^'\\{}]*)')(?:\s+noop)?(?:\s+context\s+(?:""[^""]*""|'[^']*'))?\s*[-+]?%\}"
        + @"|\{%[-+]?\s*(?<block>blocktrans(?:late)?|trans)(?:\s+trimmed)?\s*[-+]?%\}(?<message>[^{}%]*)\{%[-+]?\s*end\k<block>\s*[-+]?%\}"
        + @"|\{\{-?\s*" + GettextFunctionCall + @"\s*-?\}\}"
        + @"|\$\{\s*" + GettextFunctionCall + @"\s*\}"
        + @")";

    private const string GettextFunctionCall =
        @"(?:(?:_|u?gettext)\s*\(|pgettext\s*\(\s*(?:""[^""\\{}%]*""|'[^'\\{}%]*')\s*,)\s*(?:""(?<message>[^""\\{}%]*)""|'(?<message>[^'\\{}%]*)')\s*\)";

    private static readonly Regex GettextCall = new(@"\A\s*" + GettextCallPattern + @"\s*\z", RegexOptions.CultureInvariant);

    private static readonly Regex GettextCallWithin = new(GettextCallPattern, RegexOptions.CultureInvariant);

    // A start or end tag of an inline element that adds no name of its own (no alt, label or title): an icon, a span.
    private static readonly Regex PlainInlineTag = new(
        @"</?(?:i|span|em|strong|b|small)(?:\s+(?![^>]{0,1024}(?:\balt\b|aria-label|\btitle\b|aria-labelledby))[^<>]*)?/?>",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether a lookup's receiver is a localizer: one of the names ASP.NET's and Orchard's documentation give it
    /// (<c>Localizer</c>, <c>_localizer</c>, <c>SharedLocalizer</c>, <c>T</c>, <c>L</c>, <c>S</c>), or a name the template
    /// declares one under (<c>@inject IStringLocalizer&lt;Counter&gt; Loc</c>, as Blazor's localization docs write it).
    /// </summary>
    private static readonly string[] ViewRoots = { "Pages", "Views" };

    /// <summary>
    /// The resource name a localizer reads, as <see cref="Localization.LocalizationCatalog.Resolve(string, IReadOnlyList{string})"/>
    /// takes it: T's for an <c>IStringLocalizer&lt;T&gt;</c> or <c>IHtmlLocalizer&lt;T&gt;</c> the template declares, the
    /// view's path from its Pages or Views folder (and area) for an <c>IViewLocalizer</c>, and for <c>@Localizer</c> in a
    /// view that does not declare it, the name ASP.NET's documentation injects its view localizer under (then only what
    /// both readings agree on is known); empty for a view localizer of a view outside Pages and Views, whose name is not
    /// known. Null when it may read any of the project's (a localizer declared without a type, or elsewhere under another
    /// name).
    /// </summary>
    private static IReadOnlyList<string>? ResourcesOf(TemplateDocument document, string receiver, Localization.LocalizationCatalog localization)
    {
        if (!document.TryGetLocalizer(receiver, out var resources) && !localization.TryGetInjectedLocalizer(document.Path, receiver, out resources))
        {
            // Injected elsewhere, by imports the front end did not read: "Localizer" is the name ASP.NET's documentation
            // gives the view localizer.
            resources = receiver == "Localizer" && document.Kind == TemplateKind.RazorView ? string.Empty : null;
        }

        if (resources is null)
        {
            return null;
        }

        if (resources.Length > 0)
        {
            return new[] { resources };
        }

        var parts = document.Path.Split(PathSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        parts[parts.Length - 1] = System.IO.Path.GetFileNameWithoutExtension(parts[parts.Length - 1]);
        var root = Array.FindLastIndex(parts, p => Array.IndexOf(ViewRoots, p) >= 0);
        if (root >= 2 && parts[root - 2] == "Areas")
        {
            root -= 2;
        }

        if (root < 0)
        {
            return Array.Empty<string>(); // a view outside Pages and Views (feature folders): its resource name is not known here
        }

        var view = new string[parts.Length - root];
        Array.Copy(parts, root, view, 0, view.Length);
        return view;
    }

    private static readonly char[] PathSeparators = { '/', '\\' };

    private static bool IsLocalizer(TemplateDocument document, string name, Localization.LocalizationCatalog localization) =>
        name is "T" or "L" or "S"
        || name.EndsWith("ocalizer", StringComparison.Ordinal) || name.EndsWith("ocaliser", StringComparison.Ordinal)
        || document.DeclaresLocalizer(name) || localization.TryGetInjectedLocalizer(document.Path, name, out _);

    private static readonly Regex LocalizerLookup = new(
        @"^(?:(?<receiver>[A-Za-z_]\w*)\s*(?:\[\s*(?<key>@""(?:[^""]|"""")*""|""(?:[^""\\]|\\.)*"")\s*\]|\.Get(?:String|Html)\s*\(\s*(?<key>@""(?:[^""]|"""")*""|""(?:[^""\\]|\\.)*"")\s*\))|T\s*\(\s*(?<key>@""(?:[^""]|"""")*""|""(?:[^""\\]|\\.)*"")\s*\))(?:\s*\.\s*(?:Value|Text|ToString\s*\(\s*\)))?$",
        RegexOptions.CultureInvariant);

    internal static bool ContentBindingOn(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (ContentBindings.Contains(attribute.Name) || IsTranslateDirective(attribute))
            {
                return true;
            }

            if (AngularJsDirective(attribute.Name) is { } directive && (ContentBindings.Contains(directive) || IsTranslateDirective(directive, attribute.Value)))
            {
                return true;
            }
        }

        return DataBindRendersText(attributes) || HtmxLoadsContent(attributes) || DisqusWritesCount(attributes) || UIkitLabels(attributes);
    }

    /// <summary>
    /// Whether an element is one of UIkit's button components, which give the link or button around them an aria-label
    /// ("Previous page", "Close", "Back to top" ...): <c>&lt;a href="#"&gt;&lt;span uk-pagination-previous&gt;&lt;/span&gt;&lt;/a&gt;</c>
    /// (held-out review 137: every UIkit pager's two links). Not <c>uk-icon</c>, which names nothing.
    /// </summary>
    private static bool UIkitLabels(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            var name = attribute.Name.StartsWith("data-uk-", StringComparison.Ordinal) ? attribute.Name.Substring("data-".Length) : attribute.Name;
            if (name.StartsWith("uk-", StringComparison.Ordinal) && Array.IndexOf(UIkitButtons, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] UIkitButtons =
    {
        "uk-pagination-previous", "uk-pagination-next", "uk-slidenav-previous", "uk-slidenav-next", "uk-close", "uk-totop",
        "uk-navbar-toggle-icon", "uk-marker", "uk-search-icon",
    };

    /// <summary>
    /// Whether an href ends in <c>#disqus_thread</c> as written, or as the C# that builds it ends
    /// (<c>@(post.Url + "#disqus_thread")</c>, <c>@($"{post.Url}#disqus_thread")</c>).
    /// </summary>
    private static bool EndsWithDisqusThread(string href)
    {
        var at = href.LastIndexOf("#disqus_thread", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        for (var i = at + "#disqus_thread".Length; i < href.Length; i++)
        {
            if (!(char.IsWhiteSpace(href[i]) || href[i] is '"' or ')'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether Disqus's comment-count script writes the element's text as the page loads ("5 Comments"): a link whose href
    /// ends in <c>#disqus_thread</c>, and an element of class <c>disqus-comment-count</c>, as Disqus's instructions write
    /// them (<c>&lt;a href="{{ post.url }}#disqus_thread"&gt;&lt;/a&gt;</c>).
    /// </summary>
    private static bool DisqusWritesCount(SourceAttribute[] attributes)
    {
        if (Find(attributes, "href")?.SourceValue is { } href && EndsWithDisqusThread(href))
        {
            return true;
        }

        if (Find(attributes, "asp-fragment")?.Value.Trim() == "disqus_thread")
        {
            return true; // <a asp-action="Post" asp-route-id="@post.Id" asp-fragment="disqus_thread">
        }

        var classes = Find(attributes, "class")?.Value;
        return classes is not null && classes.IndexOf("disqus-comment-count", StringComparison.Ordinal) >= 0
            && Array.IndexOf(classes.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries), "disqus-comment-count") >= 0;
    }

    /// <summary>
    /// angular-translate's <c>translate="NAV.DOCS"</c> (and ngx-translate's <c>translate="KEY"</c>), which replace the
    /// element's text with a translation; HTML's own <c>translate</c> takes only <c>yes</c>, <c>no</c> or nothing.
    /// </summary>
    private static bool IsTranslateDirective(SourceAttribute attribute) => IsTranslateDirective(attribute.Name, attribute.Value);

    private static bool IsTranslateDirective(string name, string value)
    {
        if (name != "translate")
        {
            return false;
        }

        value = value.Trim();
        return value.Length > 0 && !value.Equals("yes", StringComparison.OrdinalIgnoreCase) && !value.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An AngularJS directive written in one of the other forms AngularJS reads as the same directive
    /// (<c>data-ng-bind-html</c>, <c>x-ng-bind</c>, <c>ng:bind</c>, <c>ng_bind</c>, <c>data-translate</c>), as its
    /// <c>ng-</c> name (or angular-translate's <c>translate</c>); null for any other attribute, and for a name already in that form.
    /// </summary>
    private static string? AngularJsDirective(string name)
    {
        var start = name.StartsWith("data-", StringComparison.Ordinal) ? 5 : name.StartsWith("x-", StringComparison.Ordinal) ? 2 : 0;
        if ((start == 0 && name.IndexOf(':') < 0 && name.IndexOf('_') < 0)
            || !(string.CompareOrdinal(name, start, "ng", 0, 2) == 0 || string.CompareOrdinal(name, start, "translate", 0, 9) == 0))
        {
            return null; // most attributes: no string made
        }

        var normalized = name.Substring(start).Replace(':', '-').Replace('_', '-');
        return normalized.StartsWith("ng-", StringComparison.Ordinal) || normalized == "translate" ? normalized : null;
    }

    /// <summary>Whether a &lt;template&gt; is one a client framework renders: Vue's <c>v-if</c>, <c>v-else</c>, <c>v-for</c>, <c>v-slot</c> (<c>#name</c>), Alpine's <c>x-if</c>, <c>x-for</c>.</summary>
    private static bool RendersTemplate(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            var name = attribute.Name;
            if (name.StartsWith("v-", StringComparison.Ordinal) || name.StartsWith("#", StringComparison.Ordinal) || name is "x-if" or "x-for")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether htmx fills the element with a response as the page loads (<c>hx-get="/menu" hx-trigger="load"</c>, or
    /// <c>revealed</c>, <c>intersect</c>) into itself: then what the template writes inside it is a placeholder. A request
    /// made on a click (the default for a link) or into another target leaves the written text as the link's name.
    /// </summary>
    private static bool HtmxLoadsContent(SourceAttribute[] attributes)
    {
        if (FindAny(attributes, HtmxRequests) is null)
        {
            return false;
        }

        var trigger = (Find(attributes, "hx-trigger") ?? Find(attributes, "data-hx-trigger"))?.Value ?? string.Empty;
        var target = (Find(attributes, "hx-target") ?? Find(attributes, "data-hx-target"))?.Value.Trim();
        return (target is null || target == "this")
            && (trigger.IndexOf("load", StringComparison.Ordinal) >= 0 || trigger.IndexOf("revealed", StringComparison.Ordinal) >= 0 || trigger.IndexOf("intersect", StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// Whether code inside a region (a link's content) may write text: any code block, or with
    /// <paramref name="unlessChoosingOnly"/> one that does more than choose among its markup (<see cref="ChoosesMarkupOnly"/>).
    /// </summary>
    private static bool IntersectsCode(TemplateDocument document, SourceSpan region, bool unlessChoosingOnly)
    {
        if (region.Length == 0)
        {
            return false;
        }

        // Only code inside the link's content makes its text unknown; a @foreach around the link does not.
        // Code blocks are in source order: find the first that starts at or after the region.
        var blocks = document.CodeBlocks;
        for (var i = Sorted.PartitionPoint(blocks.Count, (blocks, region.Start), static (s, i) => s.blocks[i].Start < s.Start); i < blocks.Count && blocks[i].Start < region.End; i++)
        {
            if (!unlessChoosingOnly || !ChoosesMarkupOnly(document, blocks[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a link's content text is only white space and template tags that write nothing (<see cref="TemplateDocument.SilentTemplateTags"/>):
    /// every run-time character of its text is one of theirs, in the content, and the tags there open and close their
    /// blocks there. A link whose start tag is in one branch (<c>{% if a %}&lt;a class="active" href="/"&gt;{% else
    /// %}&lt;a href="/"&gt;{% endif %}&lt;i&gt;&lt;/i&gt;Home&lt;/a&gt;</c>) holds the else, not its text, as the
    /// markup reads: its name is not known.
    /// </summary>
    private static bool WritesOnlySilentTags(TemplateDocument document, SourceSpan content, string text)
    {
        var inText = 0;
        foreach (var c in text)
        {
            if (c == MaskChars.Dynamic)
            {
                inText++;
            }
            else if (c != MaskChars.Elided && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        var tags = document.SilentTemplateTags;
        var t = Sorted.PartitionPoint(tags.Count, (tags, content.Start), static (s, i) => s.tags[i].End <= s.Start);
        var (inTags, depth) = (0, 0);
        for (; t < tags.Count && tags[t].Start < content.End; t++)
        {
            if (tags[t].Start < content.Start || tags[t].End > content.End)
            {
                return false;
            }

            inTags += tags[t].Length;
            var step = ClientTemplateSyntax.BlockStep(document.Text, tags[t]);
            if (step == ClientTemplateSyntax.Continues ? depth == 0 : (depth += step) < 0)
            {
                return false;
            }
        }

        // (every run-time character of the content is a silent tag's, and they are the text's: a content region that is
        // not where the text is, <a href="x" />text</a>, is no answer)
        var inContent = 0;
        for (var i = content.Start; i < content.End && i < document.Masked.Length; i++)
        {
            inContent += document.Masked[i] == MaskChars.Dynamic ? 1 : 0;
        }

        return depth == 0 && inContent == inTags && inText > 0 && inText <= inTags;
    }

    /// <summary>
    /// Whether a code block's C# only chooses which of its markup renders: <c>@if (...) { &lt;i class="x"&gt;&lt;/i&gt; } else
    /// { ... }</c>, <c>@foreach</c>, <c>for</c>, <c>while</c>, their conditions and braces, nothing else. Its markup and
    /// its <c>@x</c> expressions are read as any other content; <c>@(x)</c> (code review: not a condition) and a statement
    /// (<c>Html.RenderPartial(...)</c>, <c>Write(x)</c>, a declaration) may write what the reader cannot see (held-out
    /// review 56: mvcforum's attachment link held an icon for images and another for files, and no name either way).
    /// </summary>
    private static bool ChoosesMarkupOnly(TemplateDocument document, SourceSpan block)
    {
        var code = new StringBuilder(block.Length);
        for (var k = block.Start; k < block.End && k < document.Text.Length; k++)
        {
            // C# is masked (written over with spaces); markup and the text of @: and <text> are left as they are
            code.Append(document.Masked[k] != document.Text[k] ? document.Text[k] : ' ');
        }

        // ... and so are its markup's expressions, in text or an attribute's value (held-out review 81: SocialGoal's
        // avatar link, <img src="@Url.Content(pic)" alt=""> in one branch and a default image in the other); not one
        // in a start tag, which may write any attribute
        var expressions = document.Expressions;
        for (var e = document.FirstExpressionEndingAfter(block.Start); e < expressions.Count && expressions[e].Span.Start < block.End; e++)
        {
            var span = expressions[e].Span;
            if (expressions[e].Context != RazorExpressionContext.Tag && span.Start >= block.Start && span.End <= block.End)
            {
                for (var k = span.Start; k < span.End; k++)
                {
                    code[k - block.Start] = ' ';
                }
            }
        }

        return ControlFlowOnly.IsMatch(code.ToString());
    }

    private static readonly Regex ControlFlowOnly = new(
        @"\A(?:\s|\{|\}|@?\belse\b|@?\b(?:if|foreach|for|while)\b\s*\((?:[^()""']|\((?:[^()""']|\([^()""']*\))*\))*\))*\z",
        RegexOptions.CultureInvariant);

    private static SourceSpan? Union(SourceSpan? a, SourceSpan? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        return SourceSpan.FromBounds(Math.Min(a.Value.Start, b.Value.Start), Math.Max(a.Value.End, b.Value.End));
    }

    /// <summary>Whether a comment's data is a server tag's (<c>&lt;?#...?&gt;</c>, <c>&lt;?=...?&gt;</c>, <c>&lt;?php...?&gt;</c>: Statiq's shortcodes, PHP), which HTML reads as a comment.</summary>
    private static bool IsServerTag(string data) =>
        data.Length > 2 && data[0] == '?' && data[data.Length - 1] == '?'
        && (data[1] is '#' or '=' or '!' or '*' || string.Compare(data, 1, "php", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);

    /// <summary>
    /// Whether a comment is Knockout's containerless binding that writes content (held-out review 82: Magento's minicart,
    /// <c>&lt;!-- ko text: $t('View and edit cart') --&gt;&lt;!-- /ko --&gt;</c>): any binding but those that only
    /// keep, drop or repeat what they hold (<c>if</c>, <c>ifnot</c>, <c>with</c>, <c>let</c>, <c>using</c>, <c>foreach</c>,
    /// <c>visible</c>: code review, and foreach's options), as custom ones (Magento's <c>i18n</c>) write text too.
    /// </summary>
    private static bool KnockoutWritesContent(string data)
    {
        var binding = data.Trim();
        if (binding.Length < 4 || !binding.StartsWith("ko", StringComparison.Ordinal) || !char.IsWhiteSpace(binding[2]))
        {
            return false;
        }

        foreach (var (key, _) in KnockoutBindings(binding.Substring(3)))
        {
            if (Array.IndexOf(KeepingBindings, key) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a link's content is text and plain markup only, which writes nothing at run time beside what its Razor
    /// expressions write: icons, spans, emphasis and svg shapes with presentational attributes (code review: a Knockout
    /// <c>data-bind="text: count"</c> badge, a custom element, a partial or a view component beside a localizer lookup
    /// write text of their own).
    /// </summary>
    private static bool AddsOnlyPlainMarkup(INode link)
    {
        // (the children by index, and theirs in turn: the DOM's enumerators of descendants and of attributes were objects
        // made for every link with code in its text)
        var children = link.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IComment comment && (IsServerTag(comment.Data) || KnockoutWritesContent(comment.Data)))
            {
                return false;
            }

            if (node is IElement element)
            {
                if (!PlainMarkupElements.Contains(element.LocalName))
                {
                    return false;
                }

                var attributes = element.Attributes;
                for (var k = 0; k < attributes.Length; k++)
                {
                    if (!PlainMarkupAttributes.Contains(attributes[k]!.Name))
                    {
                        return false;
                    }
                }

                if (!AddsOnlyPlainMarkup(element))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly string[] KeepingBindings =
    {
        "if", "ifnot", "with", "let", "using", "foreach", "visible", "as", "noChildContext", "includeDestroyed", "afterRender", "afterAdd",
        "beforeRemove", "beforeMove", "afterMove",
    };

    private static readonly HashSet<string> PlainMarkupElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "span", "em", "strong", "b", "small", "br", "img", "svg", "path", "use", "g", "circle", "rect", "line", "polyline", "polygon",
    };

    private static readonly HashSet<string> PlainMarkupAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "style", "aria-hidden", "role", "focusable", "viewbox", "d", "fill", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "xmlns", "width", "height", "src", "alt", "href", "xlink:href", "cx", "cy", "r", "x", "y", "points",
    };

    /// <summary>The text an element's content contributes to a name (text, alt, svg title, nested aria-label).</summary>
    /// <remarks>An element inside with <c>aria-labelledby</c> gives the text of the elements it names (accname's step 2B:
    /// held-out review 140, a search engine's video thumbnail <c>&lt;img aria-labelledby="result-1"&gt;</c>), but not in the
    /// text of an element <c>aria-labelledby</c> names already (<paramref name="inLabelledBy"/>): the spec follows it once.</remarks>
    /// <param name="labels">The names of elements <c>aria-labelledby</c> names, made once a page (code review: 3,000 links each
    /// holding an image labelled by one long element read it 3,000 times).</param>
    private static (string Text, bool IsDynamic, SourceSpan? AltSpan, List<SourceSpan>? Skipped) ContentText(TemplateDocument document, IElement root, bool inLabelledBy = false, Dictionary<(IDocument Owner, string Ids), AccessibleName?>? labels = null)
    {
        var children = root.ChildNodes;
        if (children.Length == 1 && children[0] is IText only)
        {
            // Most links: one text node.
            return (Collapse(only.Data), Dynamic.IsDynamicValue(only.Data), null, null);
        }

        // (the builder and the stack are the thread's, taken for the call: a nested call, for an svg's title or what
        // aria-labelledby names, makes its own; a link's own were a builder, its buffer and a stack for every link)
        var buffers = spareContentBuffers ?? new ContentBuffers();
        spareContentBuffers = null;
        try
        {
            return ContentTextWith(buffers, document, root, inLabelledBy, labels);
        }
        finally
        {
            buffers.Text.Clear();
            buffers.Stack.Clear();
            if (buffers.Text.Capacity <= 4096 && buffers.Stack.Capacity <= 1024)
            {
                spareContentBuffers = buffers;
            }
        }
    }

    [ThreadStatic]
    private static ContentBuffers? spareContentBuffers;

    private sealed class ContentBuffers
    {
        public StringBuilder Text { get; } = new();

        // (a list used as a stack, whose capacity is seen: one grown by a huge link is not kept)
        public List<INode?> Stack { get; } = new();
    }

    private static (string Text, bool IsDynamic, SourceSpan? AltSpan, List<SourceSpan>? Skipped) ContentTextWith(ContentBuffers buffers, TemplateDocument document, IElement root, bool inLabelledBy, Dictionary<(IDocument Owner, string Ids), AccessibleName?>? labels)
    {
        var text = buffers.Text;
        var isDynamic = false;
        string? onlyLabel = null; // the text aria-labelledby gave, when there is nothing but white space before it ...
        var labelStart = -1; // ... and where it starts (int.MaxValue once there is more than one)
        SourceSpan? altSpan = null;
        List<SourceSpan>? skipped = null; // source of subtrees that add nothing (aria-hidden, hidden, script ...)
        StringBuilder? tooltips = null; // the titles of elements with nothing inside them: the name when nothing else is
        var tooltipIsDynamic = false;
        SourceSpan? tooltipSpan = null;
        // A null entry stands for the space a block element's end adds.
        var stack = buffers.Stack;
        for (var k = root.ChildNodes.Length - 1; k >= 0; k--)
        {
            stack.Add(root.ChildNodes[k]);
        }

        while (stack.Count > 0)
        {
            var node = stack[stack.Count - 1];
            stack.RemoveAt(stack.Count - 1);
            document.CountWork(1);
            if (node is null)
            {
                text.Append(' ');
                continue;
            }

            if (node is IText textNode)
            {
                var data = textNode.Data;
                if (Dynamic.IsDynamicValue(data))
                {
                    isDynamic = true;
                }

                text.Append(data);
                continue;
            }

            if (node is not IElement element)
            {
                // <?#= Author /?> (a Statiq shortcode), <?= $title ?>, <?php echo $title ?>: a server tag, which HTML reads
                // as a comment, writes the text at run time (held-out review 50: Statiq's author link had "no text"); an
                // XML declaration (<?xml ...?> before a pasted svg) writes nothing
                isDynamic |= node is IComment comment && (IsServerTag(comment.Data) || KnockoutWritesContent(comment.Data));
                continue;
            }

            var attributes = document.GetAttributes(element);
            var local = element.LocalName;
            if (local == "template" && RendersTemplate(attributes))
            {
                // Vue's <template v-if> and Alpine's <template x-if> render their content: unknown, not inert.
                isDynamic = true;
                continue;
            }

            if (Find(attributes, "hidden") is { } dynamicHidden && MayBeLeftOut(document.Kind, dynamicHidden.IsDynamic))
            {
                // hidden="@(!Model.Show)": Razor leaves a boolean attribute out when its value is false (code review); a
                // server template's {{ }} writes it whatever its value (third code review)
                isDynamic = true;
                continue;
            }

            var hidden = Find(attributes, "aria-hidden");
            if (Hides(element, attributes, document.Kind) is not null
                // Angular Material's <mat-icon> hides itself (aria-hidden="true") unless told otherwise: its ligature
                // text ("favorite") is not the link's name
                || (local == "mat-icon" && !(hidden is not null && string.Equals(hidden.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase)) && Find(attributes, "[attr.aria-hidden]") is null)
                // ... and Font Awesome's and Nebular's icon components render an svg that names nothing without a title or
                // a label of their own (held-out review 91)
                || (local is "fa-icon" or "nb-icon" && hidden is null && !HasIconName(attributes))
                || local is "script" or "style" or "template" or "noscript")
            {
                var tag = document.GetStartTag(element);
                if (tag is not null)
                {
                    (skipped ??= new List<SourceSpan>()).Add(SourceSpan.FromBounds(tag.Start, Math.Max(tag.End, document.GetContentRegion(element).End)));
                }

                continue;
            }

            if (IsSilentIcon(document, element, attributes))
            {
                continue;
            }

            if (ContentBindingOn(attributes) || IsOpaque(document, element) || HasDynamicAttributes(attributes))
            {
                isDynamic = true;
                continue;
            }

            // A name bound on the client (:aria-label, [attr.alt], v-bind:title ...) is unknown, not missing.
            if (Binds(attributes, LabelBindings, "aria-label", "aria-labelledby"))
            {
                isDynamic = true;
                continue;
            }

            if (!inLabelledBy && Find(attributes, "aria-labelledby") is { } labelledBy && labelledBy.Value.Trim().Length > 0)
            {
                var named = labelledBy.IsDynamic ? null : LabelledBy(document, element.Owner ?? document.Dom!, labelledBy.Value, labels);
                if (labelledBy.IsDynamic || named is not null)
                {
                    isDynamic |= named?.IsDynamic ?? true;
                    (onlyLabel, labelStart) = named is not null && labelStart < 0 && IsWhiteSpace(text, 0, text.Length) ? (named.Text, text.Length) : (null, int.MaxValue);
                    text.Append(' ').Append(named?.Text).Append(' ');
                    continue;
                }
            }

            var label = Find(attributes, "aria-label");
            if (label is not null && (label.IsDynamic || Collapse(label.Value).Length > 0))
            {
                isDynamic |= label.IsDynamic;
                text.Append(' ').Append(label.Value).Append(' ');
                continue;
            }

            if (IsImage(local) || local == "area" || (local == "input" && string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase)))
            {
                if (Binds(attributes, AltBindings, "alt") || (Find(attributes, "alt") is null && Binds(attributes, TitleBindings, "title")))
                {
                    isDynamic = true;
                    continue;
                }

                var alt = Find(attributes, "alt");
                if (alt is not null)
                {
                    isDynamic |= alt.IsDynamic;
                    text.Append(' ').Append(alt.Value).Append(' ');
                    if (Collapse(alt.Value).Length > 0 || alt.IsDynamic)
                    {
                        altSpan = Union(altSpan, alt.Span);
                    }
                }
                else if (Find(attributes, "title") is { } title)
                {
                    // Without alt, an image is named by its title (HTML-AAM, img: alt, then title).
                    isDynamic |= title.IsDynamic;
                    text.Append(' ').Append(title.Value).Append(' ');
                }

                continue;
            }

            if (local == "input" && element.GetAttribute("type")?.Trim().ToLowerInvariant() is { } buttonType && buttonType is "button" or "submit" or "reset")
            {
                // A button inside a link (a beginner's <a href="/students"><input type="button" value="Back to list"></a>,
                // held-out review 108) is named by its value; a submit or reset button without one by the browser's word
                // for it (HTML-AAM).
                if (Binds(attributes, ValueBindings, "value"))
                {
                    isDynamic = true;
                }
                else if (Find(attributes, "value") is { } value)
                {
                    isDynamic |= value.IsDynamic;
                    text.Append(' ').Append(value.Value).Append(' ');
                    if (Collapse(value.Value).Length > 0 || value.IsDynamic)
                    {
                        altSpan = Union(altSpan, value.Span);
                    }
                }
                else if (buttonType != "button")
                {
                    text.Append(buttonType == "submit" ? " Submit " : " Reset ");
                }

                continue;
            }

            if (local == "svg")
            {
                // Foreign elements may have no source start tag here: the DOM's attributes are read. Hidden from assistive
                // technology, it names nothing (code review: an aria-hidden icon's label or title named its link).
                if (attributes.Length == 0 && string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // Its aria-label names it before its <title> does (accname 2C; Simple Icons' <svg role="img" aria-label="GitHub">).
                if (attributes.Length == 0 && element.GetAttribute("aria-label") is { } svgLabel && Collapse(svgLabel).Length > 0)
                {
                    isDynamic |= Dynamic.IsDynamicValue(svgLabel);
                    text.Append(' ').Append(svgLabel).Append(' ');
                    continue;
                }

                var hasTitleElement = false;
                foreach (var child in element.Children)
                {
                    if (child.LocalName == "title")
                    {
                        var title = ContentText(document, child);
                        isDynamic |= title.IsDynamic;
                        text.Append(' ').Append(title.Text).Append(' ');
                        hasTitleElement = true;
                        break;
                    }
                }

                // Without a <title>, an icon's tooltip names it (Blogifier: <svg title="@_localizer["view"]">).
                // (Foreign elements may have no source start tag here: read the DOM's attribute.)
                var tooltip = Find(attributes, "title")?.Value ?? element.GetAttribute("title");
                if (!hasTitleElement && tooltip is not null)
                {
                    isDynamic |= Dynamic.IsDynamicValue(tooltip);
                    text.Append(' ').Append(tooltip).Append(' ');
                }
                else if (!hasTitleElement && System.Linq.Enumerable.Any(TitleBindings.Names, element.HasAttribute))
                {
                    isDynamic = true;
                }
                else if (!hasTitleElement)
                {
                    // Without either, the text it draws (<text>, with its <tspan>s) names it, as browsers read it: a
                    // wordmark logo (held-out review 147, ACT's "links with identical names" example 9)
                    var drawn = SvgText(element, new StringBuilder()).ToString();
                    isDynamic |= Dynamic.IsDynamicValue(drawn);
                    text.Append(' ').Append(drawn).Append(' ');
                }

                continue;
            }

            // An element with nothing to read inside it is named by its tooltip (accname 2I): an icon font's
            // <span class="fas fa-edit" title="Edit"></span> names its link "Edit" (flaskbb), as axe reads it. Only a
            // link with nothing else to say is named so: an icon's tooltip beside the text ("More" before "Read more")
            // is not read into the text the rules judge.
            var ownTitle = Find(attributes, "title");
            var titleBound = ownTitle is null && FindAny(attributes, TitleBindings) is not null;
            if ((titleBound || (ownTitle is not null && (ownTitle.IsDynamic || Collapse(ownTitle.Value).Length > 0)))
                && string.IsNullOrWhiteSpace(element.TextContent) && !HasNamingDescendant(element))
            {
                tooltipIsDynamic |= titleBound || ownTitle!.IsDynamic;
                (tooltips ??= new StringBuilder()).Append(' ').Append(ownTitle?.Value).Append(' ');
                tooltipSpan = ownTitle is null ? tooltipSpan : Union(tooltipSpan, ownTitle.Span);
                continue;
            }

            var block = BlockElements.Contains(local);
            if (block)
            {
                text.Append(' ');
                stack.Add(null);
            }

            for (var k = element.ChildNodes.Length - 1; k >= 0; k--)
            {
                stack.Add(element.ChildNodes[k]);
            }
        }

        // (what aria-labelledby names, alone: the name made once a page, not a copy of it for every link)
        if (onlyLabel is not null && IsWhiteSpace(text, labelStart + onlyLabel.Length + 2, text.Length))
        {
            return (onlyLabel, isDynamic, altSpan, skipped);
        }

        var name = Collapse(text.ToString());
        if (name.Length == 0 && !isDynamic && tooltips is not null)
        {
            return (Collapse(tooltips.ToString()), tooltipIsDynamic, Union(altSpan, tooltipSpan), skipped);
        }

        return (name, isDynamic, altSpan, skipped);
    }

    /// <summary>Whether an element holds something that names a link besides text: an image, an svg, an input, an element with a label.</summary>
    private static bool HasNamingDescendant(IElement element)
    {
        var stack = new Stack<IElement>(element.Children);
        while (stack.Count > 0)
        {
            var descendant = stack.Pop();
            if (IsImage(descendant.LocalName) || descendant.LocalName is "svg" or "area" or "input" || descendant.HasAttribute("aria-label")
                || descendant.HasAttribute("title") || descendant.HasAttribute("alt"))
            {
                return true;
            }

            foreach (var child in descendant.Children)
            {
                stack.Push(child);
            }
        }

        return false;
    }

    /// <summary>
    /// Word's and Outlook's own elements in HTML they write (<c>&lt;o:p&gt;</c> after every paragraph's text, smart tags
    /// <c>&lt;st1:place&gt;</c>, <c>&lt;w:...&gt;</c>): a browser shows their content as text, and they compute nothing
    /// (held-out review 62: <c>Click here&lt;o:p&gt;&lt;/o:p&gt;</c> was read as a name that might be anything).
    /// </summary>
    private static bool IsWordMarkup(string localName) =>
        localName.StartsWith("o:", StringComparison.Ordinal) || localName.StartsWith("w:", StringComparison.Ordinal)
        || localName.StartsWith("st1:", StringComparison.Ordinal) || localName.StartsWith("st2:", StringComparison.Ordinal);

    // a declaration of display or visibility in a style attribute (the last of each wins)
    private static readonly Regex DisplayDeclaration = new(@"(?:^|;)\s*(?<property>display|visibility)\s*:\s*(?<value>[a-z-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Bootstrap's d-sm-block, d-print-inline (shown at a size or in print; not d-md-none), and a Tailwind variant's display
    // (md:inline, group-hover:block; not lg:hidden)
    // (Tailwind's important mark before or after the class, md:!inline and md:block!, and arbitrary variants, [@media(...)]:inline)
    private static readonly Regex DisplayedAtSomeSize = new(@"^(?:d-(?:sm|md|lg|xl|xxl|print)-(?!none$)[a-z-]+|[\w\[\]&@=.:()%,-]+:!?(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|inline-table|table(?:-[a-z]+)+|flow-root|contents|list-item|visible)!?)$", RegexOptions.CultureInvariant);

    // attribute names by which a client script binds an element's class, style or visibility (Vue's :class and v-show,
    // Alpine's x-show and x-bind:class, Angular's [class.x] and [ngClass], AngularJS's ng-show, Knockout's data-bind)
    private static readonly string[] VisibilityBindings =
    {
        ":class", ":style", "v-bind:class", "v-bind:style", "v-show", "v-if", "x-show", "x-bind:class", "x-bind:style", "x-transition",
        "[class", "[style", "[ngclass]", "[ngstyle]", "[hidden]", "*ngif", "ng-show", "ng-hide", "ng-class", "ng-style", "ng-if",
        "data-ng-show", "data-ng-hide", "data-ng-class", "data-bind", "th:class", "th:classappend", "th:style", "data-th-class", "data-th-classappend", "data-th-style", "class:", "style:",
    };

    // (a loop, not Any with a lambda: the lambda would capture the name, an allocation for each attribute of each element read)
    private static bool StartsWithAny(string name, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element is not displayed, so that its text names nothing (held-out review 100: Duende's admin pages
    /// name icon links with <c>&lt;span class="d-none"&gt;Edit&lt;/span&gt;</c>, where <c>visually-hidden</c> was meant):
    /// a literal style of <c>display: none</c> or <c>visibility: hidden</c>, or Bootstrap's <c>d-none</c> or the
    /// <c>hidden</c> class (Bootstrap 3, Tailwind) without a class that displays it at some size (<c>d-md-inline</c>,
    /// <c>md:inline</c>), and nothing that may display it at run time (a value of Razor's, <c>@attributes</c>, a client
    /// script's binding: Alpine's <c>x-show</c> with <c>style="display: none"</c>, the code review's probes).
    /// </summary>
    private static bool IsNotDisplayed(SourceAttribute[] attributes)
    {
        SourceAttribute? style = null, classes = null;
        foreach (var attribute in attributes)
        {
            var name = attribute.Name;
            if (((name is "class" or "style") && attribute.IsDynamic) || WritesAttributes(name) || StartsWithAny(name, VisibilityBindings))
            {
                return false; // (an id or title Razor writes changes nothing: second code review)
            }

            style = name == "style" ? attribute : style;
            classes = name == "class" ? attribute : classes;
        }

        var (display, visibility) = DisplayOf(style?.Value);
        if (display == "none" || visibility == "hidden")
        {
            return true;
        }

        // (a style that displays it wins over Tailwind's hidden, not over Bootstrap's !important d-none)
        if (classes is null || (display is not null && classes.Value.IndexOf("d-none", StringComparison.Ordinal) < 0)
            || (classes.Value.IndexOf("d-none", StringComparison.Ordinal) < 0 && classes.Value.IndexOf("hidden", StringComparison.Ordinal) < 0 && classes.Value.IndexOf("invisible", StringComparison.Ordinal) < 0))
        {
            return false;
        }

        var hidden = false;
        foreach (var name in classes.Value.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
        {
            // (Tailwind's and Bootstrap's invisible: visibility: hidden, held-out review 102)
            if (name is "d-none" or "hidden" or "invisible")
            {
                hidden = true;
            }
            else if (DisplayedAtSomeSize.IsMatch(name))
            {
                return false;
            }
        }

        return hidden;
    }

    /// <summary>
    /// The icon components of the Blazor libraries that render no text whatever the app's set-up: Havit's
    /// <c>&lt;HxIcon&gt;</c> (a Bootstrap icon's <c>&lt;i&gt;</c>) and MudBlazor's <c>&lt;MudIcon&gt;</c> (an svg hidden from
    /// assistive technology). Held-out review 101. Not Blazorise's <c>&lt;Icon&gt;</c> and <c>&lt;BarIcon&gt;</c> (with its
    /// Material icon provider they write the icon's ligature, "arrow_back", as their text), nor Blazor.Bootstrap's
    /// <c>&lt;Icon&gt;</c>, written the same.
    /// </summary>
    private static readonly string[] IconComponents = { "HxIcon", "MudIcon", "MudBlazor.MudIcon" };

    /// <summary>The parameters of <see cref="IconComponents"/> that only choose the icon and its look (a <c>Title</c> or a label may name it).</summary>
    private static readonly string[] IconLookParameters = { "icon", "size", "color", "class", "cssclass", "style", "@key" };

    /// <summary>
    /// Whether an element of a component is one of <see cref="IconComponents"/> given only its icon and look, and nothing
    /// inside it: it names nothing (any other parameter, or content, may).
    /// </summary>
    private static bool IsSilentIcon(TemplateDocument document, IElement element, SourceAttribute[] attributes)
    {
        if (document.Kind != TemplateKind.RazorComponent || element.HasChildNodes || Array.IndexOf(IconComponents, document.GetSourceName(element)) < 0)
        {
            return false;
        }

        foreach (var attribute in attributes)
        {
            if (Array.IndexOf(IconLookParameters, attribute.Name) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an element is an image named by its <c>alt</c> (then its <c>title</c>): HTML's <c>&lt;img&gt;</c>, and AMP's
    /// <c>&lt;amp-img&gt;</c> and <c>&lt;amp-anim&gt;</c>, which render one with their <c>alt</c>, <c>title</c> and ARIA
    /// attributes; their content is a placeholder or a fallback, not their name (held-out review 166).
    /// </summary>
    private static bool IsImage(string localName) => localName is "img" or "amp-img" or "amp-anim";

    /// <summary>Whether an element renders content we cannot see: a component, a custom element, a tag helper element.</summary>
    private static bool IsOpaque(TemplateDocument document, IElement element)
    {
        if (element.NamespaceUri is not null && element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            // A component named as an svg element, <Svg Icon="github" /> (held-out review 102), is one the parser read as an
            // svg: the foreign element's tag is not kept, so an empty svg of a component that writes <Svg is taken for it
            // (an svg icon of its own has its paths inside).
            return document.Kind == TemplateKind.RazorComponent && element.LocalName == "svg" && document.WritesSvg.Component
                && (!element.HasChildNodes || !document.WritesSvg.Element); // (<Svg>GitHub</Svg>: second code review)
        }

        if (IsWordMarkup(element.LocalName))
        {
            return false;
        }

        if (IsImage(element.LocalName) || LinkComponents.RendersItsText(element.LocalName))
        {
            return false;
        }

        if (element is IHtmlUnknownElement || element.LocalName.IndexOf('-') >= 0 || element.LocalName.IndexOf(':') >= 0 || element.LocalName == "slot")
        {
            return true;
        }

        if (document.Kind == TemplateKind.RazorComponent)
        {
            var sourceName = document.GetSourceName(element);
            return sourceName.Length > 0 && char.IsUpper(sourceName[0]);
        }

        return false;
    }

    /// <summary>
    /// Collapses white space, drops elided characters and trims. Text made only of white space and characters that draw
    /// nothing (<see cref="AnchorText.IsInvisible"/>: a zero-width space, a soft hyphen) collapses to nothing: a link named so shows
    /// and announces nothing.
    /// </summary>
    internal static string Collapse(string text)
    {
        var collapsed = CollapseSpace(text);
        foreach (var c in collapsed)
        {
            if (c != ' ' && !AnchorText.IsInvisible(c))
            {
                return collapsed;
            }
        }

        return string.Empty;
    }

    private static string CollapseSpace(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == MaskChars.Elided)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == MaskChars.Elided || (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Scope(LinkZone Zone, string? Language, bool LanguageDeclared, RuleFilter Ignored, bool ZoneInferred = false)
    {
        /// <summary>Whether the markup here is replaced when the template renders (<see cref="Rendered"/>).</summary>
        public bool Prototype { get; init; }

        /// <summary>Whether the markup here is inside a form, where no user-generated section is inferred.</summary>
        public bool InForm { get; init; }

        /// <summary>Whether the zone here is a user-generated section that a selector found.</summary>
        public bool UgcByClass { get; init; }

        /// <summary>Whether the markup here is in a form inside such a section: its links are the site's, but for URLs wholly computed at run time.</summary>
        public bool FormInUgc { get; init; }
    }
}
