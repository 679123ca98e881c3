using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using LinkHygiene.Documents;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>What a link's destination is, as far as the template proves it.</summary>
public enum HrefKind
{
    /// <summary>A page of this site: relative, root-relative, app-relative, a URL helper or tag-helper route, or a site host.</summary>
    Internal,

    /// <summary>A fragment of the current page (<c>#x</c>).</summary>
    Fragment,

    /// <summary>An empty href (the current page).</summary>
    Empty,

    /// <summary>An absolute http(s) or protocol-relative URL on another host (or another scheme with an authority, e.g. ftp://).</summary>
    External,

    /// <summary>A <c>mailto:</c> link.</summary>
    Mailto,

    /// <summary>A <c>tel:</c> link.</summary>
    Tel,

    /// <summary>A <c>javascript:</c> pseudo-URL.</summary>
    Script,

    /// <summary>Another scheme without an authority (<c>sms:</c>, <c>data:</c>, <c>urn:</c>).</summary>
    OtherScheme,

    /// <summary>Computed at run time, and not provably internal.</summary>
    Dynamic,
}

/// <summary>A link destination.</summary>
public sealed class Href
{
    // A URL helper's route, and the current request's own URL (a comment's permalink to the page it is on: held-out
    // review 88, FunnelWeb's href="@Request.Url.AbsoluteUri?comment-@Model.Id"; not its referrer or query)
    private static readonly Regex UrlHelper = new(
        @"^@\(?\s*(Url\s*\.\s*(Action|ActionLink|Page|PageLink|RouteUrl|Link)\b|Url\s*\.\s*Content\s*\(\s*""~|Href\s*\(\s*""~|NavigationManager\s*\.\s*(BaseUri|Uri)\b"
        // (the URL itself, or its path: not a part of it a string's method makes something else of, Request.Url.Scheme)
        + @"|(?:(?:ViewContext\s*\.\s*)?(?:Http)?Context\s*\.\s*|HttpContext\s*\.\s*Current\s*\.\s*)?Request\s*\.\s*"
        + @"(?:(?:Url(?:\s*\.\s*(?:AbsoluteUri|PathAndQuery|AbsolutePath|OriginalString))?|RawUrl|Path|PathBase)(?:\s*\.\s*(?:Value|ToString\s*\(\s*\)))?(?![\w.(])"
        + @"|(?:GetDisplayUrl|GetEncodedUrl|GetEncodedPathAndQuery)\s*\(\s*\)))",
        RegexOptions.CultureInvariant);

    // The same in static-site and Python templates: Django's {% url %} and {% static %}, Wagtail's {% pageurl %},
    // {% slugurl %} and {% routablepageurl %}, Flask's and Jinja's url_for(), url() and static() (CKAN's h.url_for() and
    // h.url_for_static()), Sphinx's pathto(), Pyramid's
    // request.route_path() and its kin, Symfony's path() in Twig, Django's
    // get_absolute_url and the methods named as it is for an object's other pages on the site (get_edit_url,
    // get_delete_url, get_reply_url, get_flag_url ...), a user's get_profile_url (askbot's comment.user.get_profile_url():
    // held-out review 115; not a social account's, django-allauth's account.get_profile_url, the provider's page, nor
    // get_twitter_url or get_target_url: code reviews), an object's permalink, the comments framework's permalink tags, and the site's own
    // address: Jekyll's site.url/site.baseurl and relative_url/absolute_url filters, Pelican's SITEURL, Hugo's
    // .Permalink/.RelPermalink (of any page: $.RelPermalink, $p.RelPermalink, .Site.Home.RelPermalink and Hugo's global
    // site.Home.RelPermalink; held-out review 79)
    // and relURL/absURL, and the current request's own URL in Django and Flask ({{ request.path }},
    // {{ request.get_full_path }}, {{ request.build_absolute_uri }}, {{ request.url }}; held-out review 97: a comment's
    // permalink; not its referrer, its query or a URI built from an argument). Not a variable that merely holds a URL
    // ({{ url }}, {{ c.user_url }}).
    private static readonly Regex TemplateUrlHelper = new(
        @"^\{%-?\s*(url|static|pageurl|slugurl|routablepageurl|get_\w*permalink)\s|^\{\{-?\s*[\w.]+\.(get_(absolute|edit|update|delete|detail|admin|reply|flag|approve|list)_url|permalink)\s*(\(\s*\)\s*)?(-?\}\}|\|)|^\{\{-?\s*[\w.]*\b(user|author|owner|poster|member)\.get_profile_url\s*(\(\s*\)\s*)?(-?\}\}|\|)|^\{\{-?\s*((h\.)?url_for(_static)?|url|static|pathto|path|request\.(route|static)_(path|url))\s*\(|^\{\{-?\s*(site\.(base)?url|SITEURL|(\$\w*|site)?(\.(?!Params\b|Data\b)\w+)*\.(Rel)?Permalink|(\$\w*)?\.Site\.BaseURL|site\.BaseURL)\s*(-?\}\}|\|)"
            + @"|^\{\{-?\s*request\.(path|path_info|get_full_path|build_absolute_uri|url|base_url|full_path|url_root|host_url)\s*(\(\s*\)\s*)?-?\}\}"
            + @"|^\{\{-?\s*(""[^""]*""|'[^']*')\s*\|\s*(relative_url|absolute_url|relURL|absURL|relLangURL|absLangURL)\b",
        RegexOptions.CultureInvariant);

    // A literal absolute URL through Jekyll's or Hugo's URL filters, which leave it as it is: {{ "https://x.example/" | absURL }}
    // (not "//host": Jekyll's relative_url puts the base URL before it).
    private static readonly Regex FilteredAbsoluteUrl = new(
        @"^\{\{-?\s*(?:""(?<url>[A-Za-z][A-Za-z0-9+.-]*:[^""]*)""|'(?<url>[A-Za-z][A-Za-z0-9+.-]*:[^']*)')\s*\|\s*(?:relative_url|absolute_url|relURL|absURL|relLangURL|absLangURL)\b",
        RegexOptions.CultureInvariant);

    // A value that is one Razor local: @share, @(share).
    private static readonly Regex LocalName = new(@"^@\(?\s*([A-Za-z_]\w*)\s*\)?$", RegexOptions.CultureInvariant);

    // .NET 9's @Assets["css/app.css"] in a component: the static asset's URL (fingerprinted where MapStaticAssets knows the
    // file), relative to the app's base as written (held-out review 161)
    private static readonly Regex AssetUrl = new(@"^@Assets\s*\[\s*""([^""\\{}]*)""\s*\]$", RegexOptions.CultureInvariant);

    private static readonly char[] PathMarks = { '/', '?', '.', '~' };
    private static readonly char[] Slashes = { '/', '\\' };
    private static readonly char[] AuthorityEnds = { '/', '?', '#', '\\' };

    private Href(HrefKind kind, string value, string display, string? scheme, string? host, bool isDynamic, SourceAttribute? attribute)
    {
        Kind = kind;
        Value = value;
        Display = display;
        Scheme = scheme;
        Host = host;
        IsDynamic = isDynamic;
        Attribute = attribute;
    }

    /// <summary>The kind of destination.</summary>
    public HrefKind Kind { get; }

    /// <summary>
    /// The value as a browser reads it: character references decoded, surrounding white space and the tabs and newlines
    /// inside removed (run-time parts masked).
    /// </summary>
    public string Value { get; }

    /// <summary>The value as the template writes it, for messages.</summary>
    public string Display { get; }

    /// <summary>The scheme, lower-cased, when the literal part shows one.</summary>
    public string? Scheme { get; }

    /// <summary>The host, lower-cased, when the literal part proves it.</summary>
    public string? Host { get; }

    /// <summary>Whether any part is computed at run time.</summary>
    public bool IsDynamic { get; }

    /// <summary>The attribute the destination comes from (href, a client binding, or a tag-helper route attribute).</summary>
    public SourceAttribute? Attribute { get; }

    /// <summary>Whether the link provably stays on this site.</summary>
    public bool IsInternal => Kind is HrefKind.Internal or HrefKind.Fragment or HrefKind.Empty;

    /// <summary>
    /// Whether it is a bare <c>#</c>: the top of the page, or (far more often) a placeholder for a script; or <c>#!</c>,
    /// the placeholder that does not even scroll to the top (Start Bootstrap's templates write it on every unwired link).
    /// </summary>
    public bool IsBareHash => Kind == HrefKind.Fragment && Value.Trim() is "#" or "#!" or "##";

    /// <summary>Whether the link may lead to another site: external, or computed at run time and not provably internal.</summary>
    public bool MayBeExternal => Kind is HrefKind.External or HrefKind.Dynamic;

    /// <summary>A destination computed by a tag helper or a client binding, known only at run time.</summary>
    internal static Href FromRoute(SourceAttribute attribute, bool isInternal, string? display = null) =>
        new(isInternal ? HrefKind.Internal : HrefKind.Dynamic, attribute.Value, display ?? Describe(attribute), null, null, isDynamic: true, attribute);

    /// <summary>How a message names a controller's action: area, controller and action as written (<c>Forum/PostLink</c>).</summary>
    internal static string ActionDisplay(SourceAttribute? area, SourceAttribute controller, SourceAttribute action) =>
        Shorten((area is null ? string.Empty : Describe(area) + "/") + Describe(controller) + "/" + Describe(action));

    /// <summary>A route of this site computed by an MVC HTML helper (Html.ActionLink, Html.RouteLink).</summary>
    internal static Href FromHelper(string display) =>
        new(HrefKind.Internal, string.Empty, display, null, null, isDynamic: true, attribute: null);

    /// <summary>
    /// Classifies an href attribute's value. <paramref name="document"/>: the template, whose code may declare the one
    /// Razor local a value is (<c>href="@share"</c>) with a string (<see cref="TemplateDocument.LocalStringStart"/>).
    /// </summary>
    internal static Href Classify(SourceAttribute attribute, IReadOnlyList<string> siteHosts, TemplateDocument? document = null) =>
        Classify(attribute, attribute.Value, siteHosts, document);

    /// <summary>
    /// Classifies the URL a client binding's expression starts with (<c>:href="'/users/' + id"</c>): <paramref name="literal"/>,
    /// then a part computed at run time unless <paramref name="whole"/>.
    /// </summary>
    internal static Href ClassifyExpression(SourceAttribute binding, string literal, bool whole, IReadOnlyList<string> siteHosts, string? display = null) =>
        Classify(binding, whole ? literal : literal + MaskChars.Dynamic, siteHosts, document: null, display);

    private static Href Classify(SourceAttribute attribute, string written, IReadOnlyList<string> siteHosts, TemplateDocument? document, string? shown = null)
    {
        // HTML strips leading and trailing ASCII white space from URLs, and the URL parser every tab and newline inside
        // (LH023 reports those from the attribute as written).
        var value = UrlParts.WithoutTabsAndNewlines(written.Trim(HtmlSpace.Chars));
        var display = shown ?? Describe(attribute);
        var isDynamic = Dynamic.IsDynamicUrl(value);
        var literal = isDynamic ? Dynamic.LiteralPrefix(value) : value;
        if (isDynamic && literal.Trim().Length == 0)
        {
            var source = attribute.SourceValue.Trim();
            // {{ "https://partner.example/" | absURL }}: the site's URL filters return an absolute URL as it is
            var filtered = FilteredAbsoluteUrl.Match(source);
            if (!filtered.Success && (UrlHelper.IsMatch(source) || TemplateUrlHelper.IsMatch(source)))
            {
                return new Href(HrefKind.Internal, value, display, null, null, isDynamic: true, attribute);
            }

            // @("https://..." + x) or @($"//github.com/{org}"): the string is written in the template too; so is that of a
            // local declared with one (@{ var share = "https://www.facebook.com/sharer.php?u=" + url; }).
            var pattern = filtered.Success ? filtered.Groups["url"].Value + MaskChars.Dynamic : StringLiteralStart(source);
            // (a component's own Assets; in a view or page, Assets is whatever the template names so: code review 121)
            var asset = pattern.Length == 0 && document is { Kind: TemplateKind.RazorComponent } ? AssetUrl.Match(source) : null;
            if (asset is { Success: true } && asset.Groups[1].Value.Trim().Length > 0)
            {
                pattern = asset.Groups[1].Value;
            }

            if (pattern.Length == 0 && document is not null && document.CodeBlocks.Count > 0 && LocalName.Match(source) is { Success: true } local)
            {
                pattern = document.LocalStringStart(local.Groups[1].Value) ?? string.Empty;
            }

            literal = Dynamic.LiteralPrefix(pattern);
            if (literal.Length == 0)
            {
                return new Href(HrefKind.Dynamic, value, display, null, null, isDynamic: true, attribute);
            }

            // The value as the rules read it: its literal parts, and the parts computed at run time (LH003 reads its host
            // and query, LH023 its literal part, as for href="https://amzn.to/@code"). One all literal is still an
            // expression's (no fix edits it), but it is the whole URL when the expression is the whole value: @("/counter"),
            // @($"/movies") (the Blazor scaffolder's "Back to List"; held-out review 161).
            value = pattern.IndexOf(MaskChars.Dynamic) >= 0 || IsOneExplicitExpression(source) || asset is { Success: true } ? pattern : pattern + MaskChars.Dynamic;
        }

        if (!isDynamic && value.Length == 0)
        {
            return new Href(HrefKind.Empty, value, display, null, null, isDynamic: false, attribute);
        }

        if (literal.StartsWith("#", StringComparison.Ordinal))
        {
            return new Href(HrefKind.Fragment, value, display, null, null, isDynamic, attribute);
        }

        if (literal.StartsWith("//", StringComparison.Ordinal) || literal.StartsWith("\\\\", StringComparison.Ordinal))
        {
            return WithAuthority(literal.Substring(2), "https", value, display, isDynamic, attribute, siteHosts);
        }

        var schemeLength = UrlParts.SchemeLength(literal);
        if (schemeLength < 0)
        {
            // No scheme yet. With a run-time part, "h" + @x could still become "https://...": only a path
            // character before the run-time part proves the link relative.
            if (isDynamic && literal.IndexOfAny(PathMarks) < 0)
            {
                return new Href(HrefKind.Dynamic, value, display, null, null, isDynamic: true, attribute);
            }

            return new Href(HrefKind.Internal, value, display, null, null, isDynamic, attribute);
        }

        var name = UrlParts.SchemeName(literal, schemeLength);
        if (name is "http" or "https")
        {
            // (most links with a scheme: read in place, not cut into a rest and a rest without its slashes)
            var afterSlashes = schemeLength + 1;
            while (afterSlashes < literal.Length && Array.IndexOf(Slashes, literal[afterSlashes]) >= 0)
            {
                afterSlashes++;
            }

            if (afterSlashes == schemeLength + 1 && !isDynamic)
            {
                // "http:example.com" has no authority: treat as a (malformed) external URL.
                return new Href(HrefKind.External, value, display, name, null, isDynamic, attribute);
            }

            return WithAuthority(literal.Substring(afterSlashes), name, value, display, isDynamic, attribute, siteHosts);
        }

        var rest = literal.Substring(schemeLength + 1);
        switch (name)
        {
            case "mailto":
                return new Href(HrefKind.Mailto, value, display, name, null, isDynamic, attribute);
            case "tel":
                return new Href(HrefKind.Tel, value, display, name, null, isDynamic, attribute);
            case "javascript":
                return new Href(HrefKind.Script, value, display, name, null, isDynamic, attribute);
            default:
                if (rest.StartsWith("//", StringComparison.Ordinal))
                {
                    return WithAuthority(rest.Substring(2), name, value, display, isDynamic, attribute, siteHosts);
                }

                return new Href(HrefKind.OtherScheme, value, display, name, null, isDynamic, attribute);
        }
    }

    /// <summary>
    /// The URL a C# string expression that begins an explicit Razor expression builds, <c>@("...")</c> or
    /// <c>@($"...")</c>, as <see cref="StringPattern"/> reads it; empty for anything else.
    /// </summary>
    internal static string StringLiteralStart(string source) =>
        source.StartsWith("@(", StringComparison.Ordinal) ? StringPattern(source, 2) : string.Empty;

    /// <summary>Whether an attribute's value as written is one explicit Razor expression, <c>@(...)</c>, and nothing else.</summary>
    private static bool IsOneExplicitExpression(string source) =>
        source.StartsWith("@(", StringComparison.Ordinal) && CSharpTopLevel.Find(source, 2, source.Length, ")") == source.Length - 1;

    /// <summary>
    /// The URL a C# expression from <paramref name="i"/> builds (to a ';', ',' or ')' outside brackets, or the end), as the
    /// rules read a written one: the text of its string literals (verbatim and interpolated too), and a
    /// <see cref="MaskChars.Dynamic"/> for each part computed at run time, an interpolation's hole or another term joined
    /// by '+' (held-out review 103: <c>$"https://www.amazon.com/dp/{asin}?tag=site-20"</c> and
    /// <c>"https://www.amazon.com/dp/" + asin + "?tag=site-20"</c> are "https://www.amazon.com/dp/\uE000?tag=site-20", whose
    /// tag LH003 reads). Empty when it does not start with a string (raw strings included).
    /// </summary>
    internal static string StringPattern(string code, int i)
    {
        var pattern = new StringBuilder();
        for (var term = i; ;)
        {
            var stop = CSharpTopLevel.Find(code, term, code.Length, ";,)+");
            if (stop < 0)
            {
                break; // a string never closed: what was read
            }

            if (!AppendTerm(pattern, code, term, stop) && pattern.Length == 0)
            {
                return string.Empty;
            }

            if (stop == code.Length || code[stop] != '+')
            {
                break;
            }

            term = stop + 1;
        }

        return pattern.Length > 0 && pattern[0] == MaskChars.Dynamic ? string.Empty : pattern.ToString();
    }

    /// <summary>Adds a term's text (a string literal's) or a run-time part; false when it is no string literal.</summary>
    private static bool AppendTerm(StringBuilder pattern, string code, int start, int end)
    {
        (start, end) = CSharpTopLevel.Trim(code, start, end);

        var open = start;
        bool interpolated = false, verbatim = false;
        for (; open < end && code[open] is '$' or '@'; open++)
        {
            interpolated |= code[open] == '$';
            verbatim |= code[open] == '@';
        }

        var isString = open < end && code[open] == '"' && !(open + 2 < end && code[open + 1] == '"' && code[open + 2] == '"')
            && CSharpString.End(code, start, end) == end - 1;
        if (!isString)
        {
            AppendDynamic(pattern);
            return false;
        }

        for (var k = open + 1; k < end - 1; k++)
        {
            var c = code[k];
            if (interpolated && c is '{' or '}' && k + 1 < end - 1 && code[k + 1] == c)
            {
                pattern.Append(c); // {{ and }}
                k++;
            }
            else if (interpolated && c == '{')
            {
                // a hole: to its closing brace
                for (var holes = 1; holes > 0 && k + 1 < end - 1;)
                {
                    k++;
                    holes += code[k] == '{' ? 1 : code[k] == '}' ? -1 : 0;
                }

                AppendDynamic(pattern);
            }
            else if (verbatim && c == '"')
            {
                pattern.Append('"'); // ""
                k++;
            }
            else if (!verbatim && c == '\\')
            {
                k++;
                if (k < end - 1 && code[k] is '"' or '\\' or '/' or '\'')
                {
                    pattern.Append(code[k]);
                }
                else
                {
                    AppendDynamic(pattern); // an escape the URL does not need: what it stands for is not read
                }
            }
            else
            {
                pattern.Append(c);
            }
        }

        return true;
    }

    private static void AppendDynamic(StringBuilder pattern)
    {
        if (pattern.Length == 0 || pattern[pattern.Length - 1] != MaskChars.Dynamic)
        {
            pattern.Append(MaskChars.Dynamic);
        }
    }

    /// <summary>Whether a host is one of the site's own.</summary>
    internal static bool IsSiteHost(string host, IReadOnlyList<string> siteHosts)
    {
        foreach (var pattern in siteHosts)
        {
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                var suffix = pattern.Substring(1);
                if (host.EndsWith(suffix, StringComparison.Ordinal) || host == pattern.Substring(2))
                {
                    return true;
                }
            }
            else if (host == pattern || (pattern.IndexOf(':') < 0 && StripPort(host) == pattern))
            {
                return true;
            }
        }

        return false;
    }

    private static Href WithAuthority(string afterSlashes, string scheme, string value, string display, bool isDynamic, SourceAttribute attribute, IReadOnlyList<string> siteHosts)
    {
        var end = afterSlashes.IndexOfAny(AuthorityEnds);
        if (end < 0)
        {
            if (isDynamic)
            {
                // "https://@host/..." : the host itself is computed at run time; but "http://{{ user }}.tumblr.com" is on
                // tumblr.com, whoever the user is (unless that domain is this site's).
                if (ComputedSubdomainOf(value) is { } domain && !IsSiteHost(domain, siteHosts))
                {
                    return new Href(HrefKind.External, value, display, scheme, domain, isDynamic: true, attribute);
                }

                return new Href(HrefKind.Dynamic, value, display, scheme, null, isDynamic: true, attribute);
            }

            end = afterSlashes.Length;
        }

        var authority = afterSlashes.Substring(0, end);
        var at = authority.LastIndexOf('@');
        var host = (at >= 0 ? authority.Substring(at + 1) : authority).ToLowerInvariant();
        if (host.Length == 0)
        {
            return new Href(isDynamic ? HrefKind.Dynamic : HrefKind.External, value, display, scheme, null, isDynamic, attribute);
        }

        var kind = IsSiteHost(host, siteHosts) ? HrefKind.Internal : HrefKind.External;
        return new Href(kind, value, display, scheme, host, isDynamic, attribute);
    }

    /// <summary>
    /// The literal domain an absolute URL's host ends with after a part computed at run time, when it has two labels or
    /// more (<c>http://{{ user }}.tumblr.com/</c> gives "tumblr.com"; <c>http://{{ name }}.com</c> gives null: any
    /// domain, this site's too).
    /// </summary>
    private static string? ComputedSubdomainOf(string value)
    {
        var masked = Dynamic.MaskClientInterpolations(value);
        var slashes = masked.IndexOf("//", StringComparison.Ordinal);
        if (slashes < 0)
        {
            return null;
        }

        var start = slashes + 2;
        var end = masked.IndexOfAny(AuthorityEnds, start);
        var authority = masked.Substring(start, (end < 0 ? masked.Length : end) - start);
        var computed = authority.LastIndexOf(MaskChars.Dynamic);
        if (computed < 0 || computed + 1 >= authority.Length || authority[computed + 1] != '.')
        {
            return null;
        }

        var domain = StripPort(authority.Substring(computed + 2)).ToLowerInvariant();
        var labels = domain.Split('.');
        if (labels.Length < 2 || !UrlParts.HasHostLabels(domain))
        {
            return null;
        }

        foreach (var label in labels)
        {
            if (label[0] == '-' || label[label.Length - 1] == '-')
            {
                return null;
            }
        }

        return domain;
    }

    private static string StripPort(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(']') < colon ? host.Substring(0, colon) : host;
    }

    private static string Describe(SourceAttribute attribute)
    {
        var text = attribute.IsDynamic ? attribute.SourceValue.Trim() : attribute.Value.Trim();
        return Shorten(text);
    }

    /// <summary>Shortens a value for a message.</summary>
    internal static string Shorten(string text)
    {
        if (NeedsCollapsing(text))
        {
            text = Regex.Replace(text, @"[ \t\r\n\f]+", " ");
        }

        return text.Length <= 100 ? text : text.Substring(0, 97) + "...";
    }

    /// <summary>Whether a value has ASCII white space other than single spaces (most have none: no regex for them); a space of another script is shown as it is.</summary>
    private static bool NeedsCollapsing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\t' or '\r' or '\n' or '\f' || (text[i] == ' ' && i + 1 < text.Length && text[i + 1] is ' ' or '\t' or '\r' or '\n' or '\f'))
            {
                return true;
            }
        }

        return false;
    }
}
