using System;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH023: a malformed URL: white space, backslashes, bad % escapes, scheme typos, empty or invalid mailto:/tel:.</summary>
public sealed class LH023MalformedUrl : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MalformedUrl,
        "Malformed URL",
        "Malformed URL '{0}': {1}",
        RuleSeverity.Warning,
        "Browsers repair some broken URLs and not others, and crawlers may not repair them at all: a typo in a link silently breaks it.");

    // A file: URL to a Windows drive, file:///C:/..., file://localhost/C:/..., file://c|/... (the old form)
    private static readonly Regex FileOnADrive = new(@"^file:/*(?:localhost/+)?[A-Za-z][:|]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A Windows path without file:, C:/Users/ann/site/home.html or C:\Users\...: a browser reads "C:" as a scheme
    private static readonly Regex PathOnADrive = new(@"^[A-Za-z]:[/\\]", RegexOptions.CultureInvariant);

    // An address as a mailto: URL holds one (RFC 6068's addr-spec): no ':', '<', '>', brackets or other specials outside
    // a quoted local part or an address literal (held-out review 107: "mailto:mailto:contact@..." and "<a@example.org>"
    // were taken for addresses).
    private static readonly Regex Email = new(
        @"^(?:""(?:[^""\\\r\n]|\\.)*""|[^@\s:<>()\[\],;""\\]+)@(?:\[[^\[\]\s]+\]|(?i:localhost)|[^@\s.:<>()\[\],;""\\/?#]+(?:\.[^@\s.:<>()\[\],;""\\/?#]+)+)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Phone = new(@"^\+?[0-9\-.() *#]+$", RegexOptions.CultureInvariant);

    private static readonly string[] KnownSchemes =
    {
        "http", "https", "ftp", "ftps", "sftp", "ws", "wss", "file", "git", "ssh", "svn", "irc", "ircs", "rtsp", "rtmp",
        "mms", "news", "nntp", "smb", "afp", "telnet", "ldap", "ldaps", "steam", "spotify", "itms", "itms-apps", "market",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            var href = link.Href.Attribute;
            if (href is null || !LinkExtractor.IsWrittenUrl(href) || link.Href.Kind is HrefKind.Script or HrefKind.Empty)
            {
                continue;
            }

            var problem = Diagnose(link.Href) ?? UnresolvedCrossReference(link.Href, context.Document);
            if (problem is not null)
            {
                context.Report(Rule, href.Span, link, link.Href.Display, problem);
            }
        }
    }

    /// <summary>
    /// A cross-reference DocFX could not resolve, which it writes as it is (<c>href="xref:Polly.NoSuchType"</c>, its build's
    /// UidNotFound warning): a dead link, on a page DocFX wrote (held-out review 121). Not in a generator's sources, where
    /// Statiq resolves <c>xref:</c> when it builds the site (code review).
    /// </summary>
    private static string? UnresolvedCrossReference(Href href, Documents.TemplateDocument document)
    {
        var value = href.Value.Trim();
        if (!value.StartsWith("xref:", StringComparison.OrdinalIgnoreCase) || href.IsDynamic || !document.WrittenByDocFx)
        {
            return null;
        }

        var uid = UrlParts.Unescape(UrlParts.WithoutQueryOrFragment(value.Substring("xref:".Length)));
        return uid.Length == 0
            ? "it is an empty DocFX cross-reference, with no uid"
            : $"it is a DocFX cross-reference that was not resolved: no uid '{Href.Shorten(uid)}' in the documentation";
    }

    /// <summary>The first problem with a URL's literal parts, or null.</summary>
    internal static string? Diagnose(Href href)
    {
        // A tag inside the value, which runs to the next attribute's name and '=': the quote that should have ended it is
        // missing, and the markup after it, up to the next quote, was read as the URL (held-out review 108: <a
        // href="/Student>Students</a> ... <a href="/Courses">, whose second link is lost). Said before the white space and
        // line breaks that markup brings; a tag in a value that ends otherwise (a placeholder <your-url>, a mailto: body's
        // <br>) is a '<' and a '>' (code review).
        // (each test below starts with what its match needs, read where it is cheap: most links need none of them)
        if (href.Kind is not (HrefKind.Script or HrefKind.OtherScheme) && href.Attribute is { } attribute && attribute.Value.IndexOf('<') >= 0
            && Literal(attribute.Value) is var asWritten && RunsToTheNextAttribute.IsMatch(asWritten) && TagIn(asWritten) is { } tag)
        {
            return $"it holds markup ('{tag}'): the quote that should end the URL is missing; close it";
        }

        // A line break or tab inside it (a URL wrapped in the markup): browsers remove them (held-out review 78), and so
        // does the href the other rules read, so they are looked for as written.
        if (href.Attribute is { } written && written.Value.IndexOfAny(UrlParts.TabsAndNewlines) >= 0 && Literal(written.Value.Trim(HtmlSpace.Chars)) is var parts && UrlParts.WithoutTabsAndNewlines(parts).Length < parts.Length)
        {
            return "it contains a line break or tab, which browsers remove from a URL; remove it";
        }

        var value = Dynamic.MaskClientInterpolations(href.Value.Trim(HtmlSpace.Chars));
        var literal = Dynamic.LiteralPrefix(value);
        if (href.Kind == HrefKind.Mailto)
        {
            return Mailto(value, complete: literal.Length == value.Length);
        }

        if (href.Kind == HrefKind.Tel)
        {
            return value.Substring("tel:".Length).StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? "it repeats 'tel:'; remove one"
                : literal.Length == value.Length ? Tel(value)
                : literal.StartsWith("tel://", StringComparison.OrdinalIgnoreCase) ? "a tel: URL has no '//'; remove it" // tel://@Model.Phone (code review)
                : null;
        }

        if (literal.Length > 5 && literal[4] == ':' && FileOnADrive.IsMatch(literal))
        {
            // a page saved from an editor with the link to its neighbour on the author's disk (held-out review 162:
            // FrontPage's file:///C:/My%20Webs/...); browsers do not follow one from a web page, and no reader has the file.
            // (Not file:///usr/include/tcl.h, which documentation read from its own disk, man2html's, may mean.)
            return "it is a file: URL to a drive of the author's own computer, which no reader has; link to the page on the site";
        }

        if (literal.Length > 2 && literal[1] == ':' && PathOnADrive.IsMatch(literal))
        {
            // a student's nav written on their own disk (held-out review 167: href="C:/Users/.../home.html"), which the
            // backslashes' advice would otherwise lead to: a browser reads "C:" as a scheme, and the link goes nowhere
            return $"it is a path on a drive of the author's own computer (a browser reads '{literal.Substring(0, 2)}' as a URL scheme, and goes nowhere); link to the page on the site";
        }

        var literalParts = Literal(value);
        if (literalParts.IndexOf('\\') >= 0)
        {
            return "it uses backslashes; URLs use forward slashes";
        }

        var scheme = SchemeProblem(literal, literal.Length == value.Length);
        if (scheme is not null)
        {
            return scheme;
        }

        if (literal.StartsWith("///", StringComparison.Ordinal))
        {
            // "///example.org", "///", "////192.168.3.108/share" (held-out review 167): a browser reads the name after the
            // slashes as a host, as after "//", or finds no URL at all
            var rest = literal.TrimStart('/');
            return rest.Length == 0 && literal.Length == value.Length
                ? "it is only slashes, which a browser reads as no URL; write the address it goes to"
                : $"it starts with {literal.Length - rest.Length} slashes, after which a browser reads a host, as after '//'; write '//' before another host, or one '/' before a path of this site";
        }

        for (var i = 0; i < literalParts.Length; i++)
        {
            var c = literalParts[i];
            if (char.IsWhiteSpace(c))
            {
                // A space of another script (U+3000, the ideographic space an input method types; U+00A0) is a typo, not
                // a space the URL means (held-out review 45). One in a web address's host is no space it means: %20 is
                // no more allowed there (held-out review 167: "http://exa mple.org/" was told to encode it).
                return HostIn(literal, complete: literal.Length == value.Length) is var host && i >= host.Start && i < host.End
                    ? $"its {(i < host.Port ? "host" : "port")} holds white space, which no {(i < host.Port ? "host" : "port")} holds; remove it"
                    : c is ' ' or '\f' ? "it contains white space; encode spaces as %20"
                    : $"it contains the white space character U+{(int)c:X4}; remove it (or encode a space the URL means as %20)";
            }
        }

        // A '<' or '>' no URL holds as written: a stray character of the markup, href="https://curl.se/>" (held-out
        // review 36), which the browser sends as %3E. A data: URL's markup is its content.
        var angle = literalParts.IndexOfAny(AngleBrackets);
        if (angle >= 0 && !literal.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return $"it contains '{literalParts[angle]}', which no URL holds as written (a stray character of the markup?); remove it, or write {(literalParts[angle] == '<' ? "%3C" : "%3E")}";
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && !(IsHex(At(value, i + 1)) && IsHex(At(value, i + 2))) && !IsRunTime(At(value, i + 1)) && !IsRunTime(At(value, i + 2)))
            {
                var shown = value.Substring(i, Math.Min(3, value.Length - i));
                return $"'{shown}' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)";
            }
        }

        return null;
    }

    private static readonly char[] AngleBrackets = { '<', '>' };

    /// <summary>
    /// Where an http(s) URL's host and port are in its literal start (<paramref name="literal"/>): after the user name's
    /// '@' (code review 126: a space in a user name is encoded as %20), with where the port's ':' is (<c>End</c> when there
    /// is none). Empty for any other URL, and where the authority does not end within the literal start, when a part
    /// computed at run time may end it.
    /// </summary>
    private static (int Start, int Port, int End) HostIn(string literal, bool complete)
    {
        var start = literal.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : literal.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : 0;
        var end = start == 0 ? -1 : literal.IndexOfAny(AuthorityEnds, start);
        if (start == 0 || (end < 0 && !complete))
        {
            return (0, 0, 0);
        }

        end = end < 0 ? literal.Length : end;
        var host = literal.LastIndexOf('@', end - 1, end - start) + 1 is var afterAt && afterAt > 0 ? afterAt : start;
        var closing = host < end && literal[host] == '[' ? literal.IndexOf(']', host, end - host) : host;
        var port = closing < 0 ? -1 : literal.IndexOf(':', closing, end - closing);
        return (host, port < 0 ? end : port, end);
    }

    // A scheme after "http://": "http://", "https:", "http//" (a CMS that puts "http://" before what it is given: second
    // code review)
    private static readonly Regex RepeatedScheme = new(@"^https?(?::/?/?|//)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // The end of a value a missing quote made: the next attribute's name and its '=' ("... <a href=")
    // (any name markup gives one: Angular's *ngIf, [routerLink], (click), #ref too: second code review)
    private static readonly Regex RunsToTheNextAttribute = new(@"\s[^\s""'<>/=]+\s*=\s*$", RegexOptions.CultureInvariant);

    // A start or end tag as markup writes one: "</a>", "<p>", "<img src=x>" (not "a<b", nor "<a@example.org>")
    private static readonly Regex Tag = new(@"</?[A-Za-z][A-Za-z0-9\-]*(?:[\s/][^<>]*)?>", RegexOptions.CultureInvariant);

    /// <summary>The first tag in a value, cut at 30 characters; null when none.</summary>
    private static string? TagIn(string value)
    {
        if (value.IndexOf('<') < 0 || Tag.Match(value) is not { Success: true } tag)
        {
            return null;
        }

        return tag.Length <= 30 ? tag.Value : tag.Value.Substring(0, 29) + "\u2026";
    }

    /// <summary>
    /// Whether an href is an e-mail address without its <c>mailto:</c> (<c>support@example.org</c>): a browser reads it as a
    /// relative path. Not a path that holds an '@' (<c>/users/@ann</c>, <c>lodash@4.17.21</c>: the domain ends in letters).
    /// </summary>
    internal static bool IsBareEmailAddress(string href)
    {
        // the address before a query or fragment (info@example.org?subject=Order: code review)
        var address = UrlParts.WithoutQueryOrFragment(href);
        if (address.IndexOfAny(NotInAnAddress) >= 0 || !Email.IsMatch(address))
        {
            return false;
        }

        // not a file named with an '@' (logo@2x.png, jquery@3.6.0.min.js: code review)
        var domain = address.Substring(address.IndexOf('@') + 1);
        var topLevel = domain.Substring(domain.LastIndexOf('.') + 1);
        // (nor a version's numbers before an extension: pkg@1.0.0.tgz)
        var labels = domain.Split('.');
        return UrlParts.HasHostLabels(domain) && topLevel.Length >= 2 && topLevel.All(HtmlChars.IsAsciiLetter)
            && Array.IndexOf(FileExtensions, topLevel.ToLowerInvariant()) < 0 && !labels.Take(labels.Length - 1).All(label => label.All(char.IsDigit));
    }

    /// <summary>What no bare e-mail address holds, though a path may: a path's slash and a scheme's colon (or the ';' mistyped for it).</summary>
    private static readonly char[] NotInAnAddress = { '/', ':', ';' };

    /// <summary>The extensions of the files a site links to, which no e-mail domain ends in (not .md or .zip: Moldova and a gTLD).</summary>
    private static readonly string[] FileExtensions =
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "js", "mjs", "css", "map", "json", "xml", "txt",
        "html", "htm", "php", "aspx", "cshtml", "pdf", "gz", "tgz", "woff", "woff2", "ttf", "eot", "mp3", "mp4", "webm", "csv",
        "docx", "xlsx", "pptx", "exe", "msi", "dmg",
    };

    /// <summary>What is wrong with a URL's scheme (missing before a host, mistyped), or null: the internal-link check leaves such a link to this rule.</summary>
    internal static string? SchemeProblem(string literal, bool complete)
    {
        var host = UrlParts.SchemelessHost(literal, complete);
        if (host is not null)
        {
            return "it has no scheme, so it is a relative path on this site; write https://" + host;
        }

        // an e-mail address (held-out review 80: href="support@@readup.com" in a Razor e-mail view)
        if (complete && IsBareEmailAddress(literal))
        {
            return "it has no scheme, so it is a relative path on this site; write mailto:" + literal;
        }

        if (!LeadingScheme(literal, out var nameLength, out var colon, out var slashes))
        {
            return null;
        }

        var name = UrlParts.SchemeName(literal, nameLength);
        var restLength = literal.Length - nameLength - (colon ? 1 : 0) - slashes;
        // ';' for ':', and the full-width '：' (U+FF1A) a Chinese or Japanese input method types (held-out review 45), after
        // mailto and tel too (code review: 'mailto;club@example.org' was a relative path to LH030)
        if (name is "http" or "https" or "mailto" or "tel" && At(literal, name.Length) is ';' or '\uFF1A')
        {
            return $"'{name}{At(literal, name.Length)}' should be '{name}:'";
        }

        if (name is "http" or "https")
        {
            if (!colon)
            {
                return slashes >= 2 ? $"the ':' after '{name}' is missing: write {name}://" : null;
            }

            if (slashes == 1)
            {
                return $"'{name}:/' has one slash; write {name}://";
            }

            if (slashes == 3 && restLength > 0)
            {
                // http:///example.org: a URL Standard validation error (held-out review 110)
                return $"'{name}:///' has three slashes; write {name}://";
            }

            var afterSlashes = literal.Substring(nameLength + 1 + slashes);
            if (slashes >= 2 && ((afterSlashes.Length == 0 && complete) || afterSlashes.StartsWith("?", StringComparison.Ordinal) || afterSlashes.StartsWith("#", StringComparison.Ordinal)))
            {
                // https://, https://?utm_source=x: what a site builder's link field leaves when it is cleared (held-out review
                // 144); the URL Standard's missing host
                return $"it has no host after '{name}://'; write the address it goes to";
            }

            if (slashes == 2 && RepeatedScheme.IsMatch(afterSlashes))
            {
                // http://http://www.example.org (held-out review 110: a Ghost blog's post), whose host is "http"
                return "it repeats the scheme; remove one";
            }

            if (slashes == 2 && afterSlashes.IndexOfAny(AuthorityEnds) is var end && (end >= 0 || complete)
                && AuthorityProblem(end >= 0 ? afterSlashes.Substring(0, end) : afterSlashes) is { } authority)
            {
                return authority;
            }

            return slashes == 0 && restLength > 0 ? $"'{name}:' is not followed by '//'; write {name}://" : null;
        }

        // mailto: and tel: mistyped (held-out review 74: a club's contact link, href="maito:club@gmail.com", which does
        // nothing when clicked): told by what follows, an address or a number
        if (colon && slashes == 0 && MistypedMailtoOrTel(name, literal.Substring(nameLength + 1), complete) is { } meant)
        {
            return $"'{name}' is not a scheme; did you mean '{meant}'?";
        }

        if (colon && slashes >= 2 && Array.IndexOf(KnownSchemes, name) < 0)
        {
            // the nearer of the two; on a tie (htts, httpx) the one of the same length
            var toHttp = EditDistance.Levenshtein(name, "http");
            var toHttps = EditDistance.Levenshtein(name, "https");
            if (Math.Min(toHttp, toHttps) <= 1)
            {
                var https = toHttps < toHttp || (toHttps == toHttp && name.Length >= 5);
                return $"'{name}' is not a scheme; did you mean '{(https ? "https" : "http")}'?";
            }
        }

        return null;
    }

    /// <summary>
    /// What the URL Standard's host and port parsers reject in an http(s) URL's authority (held-out review 152, WPT's URL
    /// tests): no host after the user name (<c>http://user@/x</c>), a port that is not a number or is over 65535
    /// (<c>:80a</c>, <c>:99999</c>), a host with a character no host holds (<c>^</c>, <c>|</c>, <c>%20</c>, a ':' of an IPv6
    /// address without its brackets), and a host of numbers that is no IPv4 address (<c>256.256.256.256</c>,
    /// <c>1.2.3.4.5</c>). Null when it is well formed, or holds anything computed at run time.
    /// </summary>
    private static string? AuthorityProblem(string authority)
    {
        // (white space, '<', '>' and a bad percent escape are said below, better)
        if (authority.Length == 0 || authority.IndexOfAny(RunTimeChars) >= 0 || Has(authority, char.IsWhiteSpace) || BadEscape.IsMatch(authority))
        {
            return null;
        }

        var host = authority.Substring(authority.LastIndexOf('@') + 1);
        if (host.Length == 0)
        {
            return $"it has no host after '{authority}'; write the address it goes to";
        }

        if (host[0] == '[')
        {
            return null; // an IPv6 address: its own grammar
        }

        if (host.IndexOf(':') != host.LastIndexOf(':'))
        {
            // (an IPv6 address's hex digits and colons; not "example.com:8080:", code review 118)
            return host.All(c => c == ':' || c == '.' || Uri.IsHexDigit(c))
                ? $"its host '{host}' holds ':', as an IPv6 address does without its brackets; write [{host}]"
                : $"its host '{host}' holds ':' more than once; a port follows the host after one ':'";
        }

        var colon = host.LastIndexOf(':');
        if (colon >= 0)
        {
            var port = host.Substring(colon + 1);
            host = host.Substring(0, colon);
            if (port.Length > 0 && !port.All(c => c is >= '0' and <= '9') && port.IndexOfAny(PlaceholderChars) < 0)
            {
                return $"its port '{port}' is not a number; remove it, or write the port's digits";
            }

            // (leading zeros are allowed: :0080 is port 80)
            if (port.All(c => c is >= '0' and <= '9') && port.TrimStart('0') is { Length: > 0 } digits && (digits.Length > 5 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > 65535))
            {
                return $"its port {port} is over 65535, the highest there is";
            }

            if (host.Length == 0)
            {
                return $"it has no host before ':{port}'; write the address it goes to";
            }
        }

        var decoded = host.IndexOf('%') >= 0 ? Uri.UnescapeDataString(host) : host;
        var forbidden = decoded.IndexOfAny(ForbiddenHostChars);
        if (forbidden >= 0 || Has(decoded, char.IsControl))
        {
            var c = forbidden >= 0 ? decoded[forbidden] : decoded.First(char.IsControl);
            return c is ' ' ? $"its host '{host}' holds a space; remove it" : $"its host '{host}' holds '{(char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString())}', which no host holds; remove it";
        }

        return IsBadIPv4(host) ? $"its host '{host}' is no IPv4 address (four numbers of 0 to 255)" : null;
    }

    /// <summary>
    /// Whether a host is decimal numbers between dots that make no IPv4 address: more than four, or four with one over 255
    /// (decimal only: a leading 0 makes a part octal, 0127 is 87, which the URL Standard accepts: code review 118).
    /// </summary>
    private static bool IsBadIPv4(string host)
    {
        if (Has(host, c => c is not ((>= '0' and <= '9') or '.')))
        {
            return false; // (a name: not split into labels, as every link's host was)
        }

        var labels = host.TrimEnd('.').Split('.');
        return labels.All(l => l.Length > 0 && (l.Length == 1 || l[0] != '0'))
            && (labels.Length > 4 || (labels.Length == 4 && labels.Any(l => l.Length > 3 || int.Parse(l, System.Globalization.CultureInfo.InvariantCulture) > 255)));
    }

    /// <summary>Whether a character of a text is one <paramref name="test"/> holds for (a loop: Enumerable.Any boxed an enumerator of the string for every link).</summary>
    private static bool Has(string text, Func<char, bool> test)
    {
        foreach (var c in text)
        {
            if (test(c))
            {
                return true;
            }
        }

        return false;
    }

    // what marks a part of a URL computed at run time here (a masked expression, a client interpolation's braces)
    private static readonly char[] RunTimeChars = { '{', '}', '<', '>', '\uE000', '\uE001' };

    private static readonly char[] AuthorityEnds = { '/', '?', '#' };

    // what a placeholder left for substitution holds: $PORT, __PORT__, %PORT%
    private static readonly char[] PlaceholderChars = { '$', '_', '%' };

    private static readonly Regex BadEscape = new("%(?![0-9A-Fa-f]{2})", RegexOptions.CultureInvariant);

    // the URL Standard's forbidden host code points (and '%', a forbidden domain code point, once decoded)
    private static readonly char[] ForbiddenHostChars = { ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|', '%', '\u007F' };

    /// <summary>
    /// <c>mailto</c> or <c>tel</c> when a scheme name is one of them mistyped: <c>mailto</c> one letter off or with two
    /// letters swapped (<c>maito</c>, <c>mialto</c>), or <c>mail</c>, <c>email</c>, followed by an address (or by nothing
    /// written before a run-time part: <c>maito:@Model.Email</c>); <c>tel</c> with a letter more, less or swapped
    /// (<c>tell</c>, <c>tle</c>; not any name a letter off, <c>ted:2024-01-01</c>) followed by a phone number. Else null.
    /// </summary>
    private static string? MistypedMailtoOrTel(string name, string rest, bool complete)
    {
        if ((name is "mail" or "email" or "e-mail" || EditDistance.Levenshtein(name, "mailto", 1) == 1 || SwapsTwoLetters(name, "mailto"))
            && (rest.IndexOf('@') > 0 || (!complete && rest.Length == 0)))
        {
            return "mailto";
        }

        if (complete && name is "tell" or "tle" or "tl" or "te" or "tele" && IsPhoneNumber(rest))
        {
            return "tel";
        }

        return null;
    }

    /// <summary>Whether two strings differ only by two neighbouring letters swapped.</summary>
    private static bool SwapsTwoLetters(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && string.CompareOrdinal(a, first + 2, b, first + 2, a.Length) == 0;
    }

    /// <summary>
    /// The scheme-like start of a literal, as <c>^([a-zA-Z][a-zA-Z0-9+.-]*)(:?)(/*)</c> reads it: a name
    /// (<see cref="UrlParts.SchemeNameLength"/>), whether a ':' follows, and how many '/' then. False when the literal
    /// does not start with a letter.
    /// </summary>
    internal static bool LeadingScheme(string literal, out int nameLength, out bool colon, out int slashes)
    {
        nameLength = UrlParts.SchemeNameLength(literal);
        colon = false;
        slashes = 0;
        if (nameLength == 0)
        {
            return false;
        }

        var i = nameLength;
        if (i < literal.Length && literal[i] == ':')
        {
            colon = true;
            i++;
        }

        var afterColon = i;
        while (i < literal.Length && literal[i] == '/')
        {
            i++;
        }

        slashes = i - afterColon;
        return true;
    }

    /// <summary>
    /// What is wrong with a mailto: URL: white space after <c>mailto:</c> or in its subject or body, and, when it is
    /// <paramref name="complete"/> (no run-time part), its addresses. Of one with run-time parts only the literal text is
    /// read (held-out review 60: a shop's "e-mail a friend" link, <c>mailto:?subject=Look at this product&amp;body=@Model.Url</c>).
    /// </summary>
    private static string? Mailto(string value, bool complete)
    {
        var rest = value.Substring("mailto:".Length);
        if (rest.Length > 0 && char.IsWhiteSpace(rest[0]) && rest.Trim().Length > 0)
        {
            // "mailto: someone@example.org" (held-out review 35: Leed's about page): the address starts with a space,
            // which the mail program is handed as %20.
            return "it has white space after 'mailto:'; remove it";
        }

        // The subject and body are URL query text too (RFC 6068): "?subject=Bundle request" needs %20.
        var query = rest.IndexOf('?');
        if (query >= 0 && (complete ? rest.Substring(query) : Literal(rest.Substring(query))).Any(char.IsWhiteSpace))
        {
            return "it contains white space; encode spaces as %20";
        }

        if (rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || UrlParts.Unescape(Dynamic.LiteralPrefix(rest)).StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            // (its literal start says so, whatever the address after it: mailto:mailto:@Model.Email, code review)
            return "it repeats 'mailto:'; remove one";
        }

        if (query >= 0 && Literal(rest.Substring(query)) is var literalQuery && literalQuery.IndexOfAny(AngleBrackets) is var angle && angle >= 0)
        {
            // a mail's body written as markup, "?body=Hi,<br>see": the mail shows "<br>" (second code review)
            var lineBreak = literalQuery.IndexOf("<br", StringComparison.OrdinalIgnoreCase) >= 0 ? " (a line break in a mail's body is %0D%0A)" : string.Empty;
            return $"it contains '{literalQuery[angle]}', which no URL holds as written; write {(literalQuery[angle] == '<' ? "%3C" : "%3E")}{lineBreak}";
        }

        if (!complete)
        {
            return null; // the addresses are computed at run time
        }

        var addresses = UrlParts.Unescape(query < 0 ? rest : rest.Substring(0, query));
        if (addresses.Trim().Length == 0)
        {
            // RFC 6068 makes the address optional: mailto:?subject=...&body=... (a "share by e-mail" link) lets the reader
            // choose it. Nothing at all is no link.
            return query >= 0 && rest.Length > query + 1 ? null : "the mailto: link has no address";
        }

        foreach (var address in addresses.Split(','))
        {
            if (!Email.IsMatch(address.Trim()))
            {
                return $"'{address.Trim()}' is not an e-mail address";
            }
        }

        return null;
    }

    private static string? Tel(string value)
    {
        var number = UrlParts.Unescape(value.Substring("tel:".Length));
        var semicolon = number.IndexOf(';');
        if (semicolon >= 0)
        {
            number = number.Substring(0, semicolon);
        }

        if (number.Trim().Length == 0)
        {
            return "the tel: link has no number";
        }

        if (number.StartsWith("//", StringComparison.Ordinal) && IsPhoneNumber(number.Substring(2)))
        {
            // tel://0123... (held-out review 108): a web URL's slashes, which no tel: URL has
            return $"a tel: URL has no '//'; write tel:{number.Substring(2).Trim()}";
        }

        return IsPhoneNumber(number) ? null : $"'{number.Trim()}' is not a phone number";
    }

    /// <summary>Whether text is a phone number as a tel: URL holds one: digits and the signs written between them, three digits at least.</summary>
    private static bool IsPhoneNumber(string number)
    {
        var digits = 0;
        foreach (var c in number)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
        }

        return Phone.IsMatch(number.Trim()) && digits >= 3;
    }

    /// <summary>The value with run-time parts removed (only what the template writes literally).</summary>
    private static string Literal(string value) => Dynamic.LiteralParts(value);

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static bool IsRunTime(char c) => c == MaskChars.Dynamic || c == '{';
}
