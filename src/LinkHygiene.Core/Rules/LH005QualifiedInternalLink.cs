using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Options;

namespace LinkHygiene.Rules;

/// <summary>LH005: nofollow, ugc or sponsored on a link to the site's own pages.</summary>
public sealed class LH005QualifiedInternalLink : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.QualifiedInternalLink,
        "rel qualifier on an internal link",
        "rel=\"{0}\" on the internal link to '{1}' withholds link equity from your own page; remove it (to keep a page out of search results, use noindex: robots.txt only stops crawling)",
        RuleSeverity.Suggestion,
        "nofollow, ugc and sponsored tell search engines not to vouch for a link. On links to your own pages they only waste internal link equity; to keep a page out of search results, use noindex (robots.txt only stops crawling, and a page it blocks can still be indexed from links to it).");

    /// <summary>The default per-user paths, where a crawler never goes and nofollow costs nothing, and an affiliate site's redirects.</summary>
    public const string DefaultExemptPaths = "login, logout, signin, signout, sign-in, sign-out, register, signup, sign-up, account, identity, admin, manage, cart, basket, checkout, download, downloads, search, profile, settings, unsubscribe, messages, inbox, edit, delete, move, reply, vote, flag, _sources, " + CloakedRedirectPaths + ", " + RedirectWords;

    /// <summary>
    /// The folders of an affiliate site's own redirects to its sponsors (<c>/go/semrush</c>, <c>/out/x</c>, ThirstyAffiliates'
    /// <c>/recommends/x</c>, <c>/visit/x</c>; held-out review 103: a Flask site's <c>url_for('affiliate_redirect', ...)</c>,
    /// <c>/affiliate/x</c>, <c>/goto/x</c>, <c>/redirect/x</c>): they lead where a paid link does, so a qualifier there is
    /// kept, and LH002 asks for one in a sponsored section.
    /// </summary>
    private const string CloakedRedirectPaths = "go, goto, out, outbound, recommends, recommend, visit, aff";

    private static readonly HashSet<string> CloakedRedirectFolders = new(CloakedRedirectPaths.Split(new[] { ", " }, StringSplitOptions.None), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words of redirects that are also an ordinary page's ("Become an affiliate", a redirect's documentation): a
    /// qualifier on a link to them is left alone (a Flask site's <c>url_for('affiliate_redirect', ...)</c>), but LH002 does
    /// not take them for a cloaked redirect (second code review).
    /// </summary>
    private const string RedirectWords = "redirect, affiliate";

    /// <summary>Path segments of per-user pages whose links may keep their qualifiers.</summary>
    public static readonly Option<IReadOnlyList<string>> ExemptPaths = new(
        "link_hygiene.LH005.exempt_paths",
        OptionParsers.List(DefaultExemptPaths, out var defaults, out _) ? defaults : Array.Empty<string>(),
        DefaultExemptPaths,
        "a comma-separated list of path segments, or none",
        "Links whose path (or asp-page, asp-area, asp-controller, asp-action, asp-route, or the route a template's URL helper names, where a word of the name counts too) has one of these segments lead to per-user pages no crawler reaches (sign-in, account, admin, cart, download ...): nofollow there is harmless and is not reported. Setting the key replaces the list.",
        (string raw, out IReadOnlyList<string> value, out string? problem) =>
        {
            if (string.Equals(raw.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            {
                value = Array.Empty<string>();
                problem = null;
                return true;
            }

            return OptionParsers.List(raw, out value, out problem);
        });

    private static readonly string[] Qualifiers = { "nofollow", "ugc", "sponsored" };
    private static readonly char[] PathSeparators = { '/', '\\', '.' };

    // A route name's words: "auth.login", "account_login", "basket:summary" (not '-': "sign-in" is one word of the list)
    private static readonly char[] RouteSeparators = { '/', '\\', '.', '_', ':' };

    // The route a template language's URL helper names: {% url 'account_login' %}, {{ url_for('auth.login') }},
    // {{ request.route_path('accounts.login') }}, {{ path('app_login') }}; or the page Sphinx's pathto() is given, a path
    // ({{ pathto('_sources/' + sourcename, true) }}, {{ pathto('search') }}: held-out review 140's Show Source links).
    private static readonly System.Text.RegularExpressions.Regex TemplateRouteName = new(
        @"^\{[{%]-?\s*(?:url|url_for|path|request\.route_(?:path|url)|(?<page>pathto))\s*\(?\s*(?<quote>['""])(?<name>[^'""]+)\k<quote>",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // ASP.NET Core's and MVC 5's URL helpers in a Razor href, and the string arguments they are given
    private static readonly System.Text.RegularExpressions.Regex RazorUrlHelper = new(
        @"^@\(?\s*Url\.(?<method>Action|ActionLink|RouteUrl|Page|PageLink|Content|Link)\s*\((?<arguments>[^)]*)\)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex StringLiteral = new(@"""(?<value>[^""\\]*)""", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] RouteAttributes = { "asp-page", "asp-area", "asp-controller", "asp-action", "asp-page-handler", "asp-route" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override IReadOnlyList<OptionDefinition> Options { get; } = new OptionDefinition[] { ExemptPaths };

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (context.Links.Count == 0)
        {
            return;
        }

        var exempt = new HashSet<string>(context.Options.Get(ExemptPaths), StringComparer.OrdinalIgnoreCase);
        foreach (var link in context.Links)
        {
            // In a user-generated or sponsored section the qualifier is what LH001 and LH002 ask for: a sanitizer adds it
            // to every user link, a paid block to every link in it (held-out review 54: <aside class="affiliate"><a
            // href="/go/semrush" rel="sponsored"> was told to drop it).
            if (link.Rel.Tokens.Count == 0 || !link.Href.IsInternal || link.Rel.IsDynamic || link.Zone != LinkZone.None || IsPlaceholder(link) || IsPerUserPage(link, exempt))
            {
                continue;
            }

            foreach (var token in link.Rel.Tokens)
            {
                foreach (var part in token.Text.Split(','))
                {
                    if (Array.IndexOf(Qualifiers, part.Trim()) >= 0)
                    {
                        context.Report(Rule, token.Span, link, part.Trim(), link.Href.Display);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsPlaceholder(Link link) => link.Href.Kind == HrefKind.Empty || link.Href.IsBareHash;

    /// <summary>
    /// Whether the link goes to one of an affiliate site's redirects to its sponsors: a path with one of
    /// <see cref="CloakedRedirectFolders"/> and a name after it (<c>/go/semrush</c>, <c>/en/out/x</c>), or a page, controller,
    /// action or URL helper's path of that name (<c>asp-page="/Go"</c>, <c>Url.Content("~/go/x")</c>). Read more strictly
    /// than <see cref="IsPerUserPage"/>, which only exempts: LH002 reports what this finds, and "CheckOut" or "LogOut" are
    /// no redirects (code review).
    /// </summary>
    internal static bool NamesCloakedRedirect(Link link)
    {
        foreach (var (value, route) in PathsAndRoutes(link, namesOnly: true))
        {
            // a name after the folder, in the path or the query (/go/semrush, /go?url=semrush: second code review)
            var query = value.IndexOfAny(UrlParts.QueryOrFragment) is var end && end >= 0 && value[end] == '?' && end + 1 < value.Length;
            var segments = (end >= 0 ? value.Substring(0, end) : value).Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < segments.Length; i++)
            {
                if (CloakedRedirectFolders.Contains(segments[i].Trim()) && (route || i < segments.Length - 1 || query))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the link's path or route names a per-user page (a segment in the exempt list).</summary>
    private static bool IsPerUserPage(Link link, HashSet<string> exempt)
    {
        if (exempt.Count == 0)
        {
            return false;
        }

        foreach (var (value, route) in PathsAndRoutes(link))
        {
            var path = value.Split('?', '#')[0];
            foreach (var segment in path.Split(route ? RouteSeparators : PathSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                // A page, controller, action or route name is an identifier: its words count too ("CustomerProfile").
                if (exempt.Contains(segment.Trim()) || (route && (HasExemptWord(segment.Trim(), exempt) || HasExemptPart(segment.Trim(), exempt))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// What a link's destination is written with: its href's value (a path), and the values of its route attributes, the
    /// route name a template's URL helper gives and the names and paths a Razor URL helper is given (routes). With
    /// <paramref name="namesOnly"/>, of a Razor URL helper only what names the destination: <c>Url.Content</c>'s path (as a
    /// path), <c>Url.Action</c>'s action and controller, <c>Url.Page</c>'s page, <c>Url.RouteUrl</c>'s route; not the
    /// route values after them (<c>new { brand = "Go" }</c>).
    /// </summary>
    private static List<(string Value, bool Route)> PathsAndRoutes(Link link, bool namesOnly = false)
    {
        var values = new List<(string Value, bool Route)> { (link.Href.Kind == HrefKind.Fragment ? string.Empty : link.Href.Value, false) };
        foreach (var name in RouteAttributes)
        {
            if (link.GetAttribute(name) is { } attribute)
            {
                values.Add((attribute.Value, true));
            }
        }

        if (link.Href.Attribute is { } href && TemplateRouteName.Match(href.SourceValue.Trim()) is { Success: true } helper)
        {
            values.Add((helper.Groups["name"].Value, !helper.Groups["page"].Success));
        }
        else if (link.Href.Attribute is { } razorHref && RazorUrlHelper.Match(razorHref.SourceValue.Trim()) is { Success: true } call)
        {
            // @Url.Action("Login", "Customer"), @Url.RouteUrl("ShoppingCart"), @Url.Page("/Account/Login"),
            // @Url.Content("~/Account/Login"): the names and the path it is given, as the tag helpers' (held-out review 60)
            var method = call.Groups["method"].Value;
            var names = !namesOnly ? int.MaxValue : method is "Action" or "ActionLink" ? 2 : 1;
            var taken = 0;
            foreach (System.Text.RegularExpressions.Match argument in StringLiteral.Matches(call.Groups["arguments"].Value))
            {
                if (taken++ == names)
                {
                    break;
                }

                values.Add((argument.Groups["value"].Value, !(namesOnly && method == "Content")));
            }
        }

        return values;
    }

    /// <summary>
    /// Whether a route name's hyphenated parts hold one in the list, or a word of one ("account-settings",
    /// "AddToCart-Catalog"; "sign-in" is matched whole first).
    /// </summary>
    private static bool HasExemptPart(string name, HashSet<string> exempt)
    {
        if (name.IndexOf('-') < 0)
        {
            return false;
        }

        foreach (var part in name.Split('-'))
        {
            if (exempt.Contains(part) || HasExemptWord(part, exempt))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a PascalCase or camelCase name has a word in the list ("CustomerProfile", "externalLogin").</summary>
    private static bool HasExemptWord(string name, HashSet<string> exempt)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            var boundary = i == name.Length
                || (char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1]))));
            if (boundary)
            {
                if (i - start < name.Length && exempt.Contains(name.Substring(start, i - start)))
                {
                    return true;
                }

                start = i;
            }
        }

        return false;
    }
}
