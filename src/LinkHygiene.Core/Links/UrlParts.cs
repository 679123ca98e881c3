using System;
using System.Collections.Generic;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>The pieces of a URL value as written (run-time parts stay masked inside them).</summary>
internal readonly record struct UrlParts(string? Scheme, string? Host, string Path, string Query, string Fragment)
{
    private static readonly char[] AuthorityEnds = { '/', '?', '#' };

    /// <summary>The top-level domains <see cref="SchemelessHost"/> knows a host by: no file name ends in one.</summary>
    private static readonly string[] GenericTopLevelDomains = { "com", "org", "net", "edu", "gov", "io", "co", "info", "biz", "dev" };

    /// <summary>What <see cref="WithoutTabsAndNewlines"/> removes.</summary>
    internal static readonly char[] TabsAndNewlines = { '\t', '\n', '\r' };

    /// <summary>What ends a folder's name in a path, as <c>Path.GetExtension</c> reads one on every system.</summary>
    private static readonly char[] PathSeparators = { '/', '\\' };

    /// <summary>Where a URL's path ends: its query or its fragment.</summary>
    internal static readonly char[] QueryOrFragment = { '?', '#' };

    /// <summary>A URL without its query and fragment.</summary>
    internal static string WithoutQueryOrFragment(string url) =>
        url.IndexOfAny(QueryOrFragment) is var end && end >= 0 ? url.Substring(0, end) : url;

    /// <summary>
    /// A relative URL with each backslash in its path read as a slash, as the URL Standard reads an http(s) URL's path
    /// (<c>..\img\a.png</c> is <c>../img/a.png</c>, <c>\docs</c> is <c>/docs</c>); its query and fragment as they are.
    /// </summary>
    internal static string WithSlashesInPath(string url)
    {
        var end = url.IndexOfAny(QueryOrFragment) is var found && found >= 0 ? found : url.Length;
        var backslash = url.IndexOf('\\');
        return backslash < 0 || backslash >= end ? url : url.Substring(0, end).Replace('\\', '/') + url.Substring(end);
    }

    /// <summary>
    /// A URL as a browser reads it: the URL Standard removes every ASCII tab and newline from it, so a link written across
    /// two lines (<c>href="pam&#10;.html"</c>) goes to <c>pam.html</c>, and <c>java&#10;script:</c> is a script (held-out
    /// review 78).
    /// </summary>
    public static string WithoutTabsAndNewlines(string url)
    {
        if (url.IndexOfAny(TabsAndNewlines) < 0)
        {
            return url;
        }

        var kept = new System.Text.StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// The length of the scheme a URL starts with (RFC 3986: a letter, then letters, digits, '+', '-' or '.', then
    /// ':'), without the colon; -1 when it starts with none.
    /// </summary>
    public static int SchemeLength(string url)
    {
        var name = SchemeNameLength(url);
        return name > 0 && name < url.Length && url[name] == ':' ? name : -1;
    }

    /// <summary>
    /// The length of the scheme-like name a text starts with, colon or not: an ASCII letter, then letters, digits, '+',
    /// '-' or '.'; 0 when it does not start with a letter.
    /// </summary>
    internal static int SchemeNameLength(string text)
    {
        if (text.Length == 0 || !HtmlChars.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        var i = 1;
        while (i < text.Length && (HtmlChars.IsAsciiLetter(text[i]) || text[i] is (>= '0' and <= '9') or '+' or '-' or '.'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The host a relative URL starts with when it is an absolute URL written without its scheme
    /// (<c>www.example.org/docs</c>, <c>facebook.com</c>), which a browser reads as a path on this site: a first segment
    /// that starts with "www." and a label, or that is dot-separated labels ending in a generic top-level domain
    /// (<see cref="GenericTopLevelDomains"/>; country codes are left alone, as <c>readme.md</c> or <c>setup.py</c> end in
    /// one). Null otherwise. <paramref name="complete"/>: whether <paramref name="text"/> is the whole value; if not (the
    /// literal start of a computed value), the segment must end inside it.
    /// </summary>
    internal static string? SchemelessHost(string text, bool complete)
    {
        var end = text.IndexOfAny(AuthorityEnds);
        var segment = end < 0 ? text : text.Substring(0, end);
        if (segment.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            var dot = segment.IndexOf('.', 4);
            return dot > 4 && segment.AsSpan(4, dot - 4).IndexOfAny(" \t\r\n\f") < 0 ? segment : null;
        }

        var last = segment.LastIndexOf('.');
        if ((end < 0 && !complete) || last <= 0 || Array.IndexOf(GenericTopLevelDomains, segment.Substring(last + 1).ToLowerInvariant()) < 0)
        {
            return null;
        }

        return HasHostLabels(segment) ? segment : null;
    }

    /// <summary>Whether a host name is dot-separated labels, none empty, of ASCII letters, digits and '-'.</summary>
    internal static bool HasHostLabels(string host)
    {
        foreach (var label in host.Split('.'))
        {
            if (label.Length == 0)
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(HtmlChars.IsAsciiLetter(c) || c is (>= '0' and <= '9') or '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Splits a URL. Relative URLs have no scheme or host.</summary>
    public static UrlParts Parse(string value)
    {
        // (read by position in the trimmed text, each part cut out once: cutting the rest after each part made four or
        // five strings of every URL LH013 compares)
        var text = value.Trim();
        var from = 0;
        var to = text.Length;
        string? scheme = null;
        string? host = null;
        var schemeLength = SchemeLength(text);
        if (schemeLength > 0)
        {
            scheme = SchemeName(text, schemeLength);
            from = schemeLength + 1;
        }

        if (to - from >= 2 && text[from] == '/' && text[from + 1] == '/')
        {
            from += 2;
            var end = text.IndexOfAny(AuthorityEnds, from);
            var authorityEnd = end < 0 ? to : end;
            var at = authorityEnd > from ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - from) : -1;
            var hostStart = at >= 0 ? at + 1 : from;
            host = text.Substring(hostStart, authorityEnd - hostStart).ToLowerInvariant();
            var colon = host.LastIndexOf(':');
            if (colon > 0 && host.IndexOf(']') < colon)
            {
                host = host.Substring(0, colon);
            }

            from = authorityEnd;
        }

        var fragment = string.Empty;
        var hash = text.IndexOf('#', from, to - from);
        if (hash >= 0)
        {
            fragment = text.Substring(hash + 1, to - hash - 1);
            to = hash;
        }

        var query = string.Empty;
        var question = text.IndexOf('?', from, to - from);
        if (question >= 0)
        {
            query = text.Substring(question + 1, to - question - 1);
            to = question;
        }

        return new UrlParts(scheme, host, from == 0 && to == text.Length ? text : text.Substring(from, to - from), query, fragment);
    }

    /// <summary>The scheme-like name a text starts with, <paramref name="length"/> characters, in lower case (<c>http</c> and <c>https</c> without a new string).</summary>
    internal static string SchemeName(string text, int length) =>
        length == 4 && string.Compare(text, 0, "http", 0, 4, StringComparison.OrdinalIgnoreCase) == 0 ? "http"
        : length == 5 && string.Compare(text, 0, "https", 0, 5, StringComparison.OrdinalIgnoreCase) == 0 ? "https"
        : text.Substring(0, length).ToLowerInvariant();

    /// <summary>The names of the query parameters that have a value (<c>tag=x</c>; not <c>tag=</c> or a bare <c>tag</c>), as written.</summary>
    public IEnumerable<string> QueryParametersWithValues()
    {
        foreach (var pair in Query.Split('&', ';'))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? string.Empty : pair.Substring(0, equals);
            if (name.Length > 0 && equals < pair.Length - 1)
            {
                yield return Unescape(name);
            }
        }
    }

    /// <summary>Whether a path segment is "." as the URL Standard reads one: <c>.</c> or <c>%2e</c> (held-out review 167).</summary>
    internal static bool IsSingleDotSegment(string segment) =>
        segment == "." || segment.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a path segment is ".." as the URL Standard reads one: <c>..</c>, <c>.%2e</c>, <c>%2e.</c> or <c>%2e%2e</c>.</summary>
    internal static bool IsDoubleDotSegment(string segment) =>
        segment == ".." || (segment.Length is 4 or 6 && segment.Replace("%2e", ".").Replace("%2E", ".") == "..");

    /// <summary>
    /// The extension of a path's last segment as .NET's <c>Path.GetExtension</c> reads it (from its last dot, unless that
    /// is its last character; <c>""</c> when there is none), without .NET Framework's exception for <c>|</c>, <c>"</c>,
    /// angle brackets and control characters, which a URL's path may hold and an analyzer may meet in a compiler there.
    /// </summary>
    internal static string ExtensionOf(string path)
    {
        var start = path.LastIndexOfAny(PathSeparators) + 1;
        var dot = path.LastIndexOf('.');
        return dot >= start && dot < path.Length - 1 ? path.Substring(dot) : string.Empty;
    }

    /// <summary>A URL's part with its percent escapes decoded (as a server reads it: <c>%E6%97%A5</c> is 日, <c>%e6</c> is <c>%E6</c>); as written when one is malformed.</summary>
    public static string Unescape(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    /// <summary>
    /// A decoded path as an href writes it (a suggestion's file name: <c>My Notes.html</c> is <c>My%20Notes.html</c>): what
    /// a URL cannot hold as it is (white space, <c>%</c>, <c>#</c>, <c>?</c>, <c>\</c>, <c>"</c>, angle brackets)
    /// percent-encoded, and letters of every script as they are.
    /// </summary>
    public static string EscapePath(string path)
    {
        if (path.IndexOfAny(PathEscapes) < 0 && !HasWhiteSpace(path))
        {
            return path;
        }

        var escaped = new System.Text.StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (Array.IndexOf(PathEscapes, c) >= 0 || char.IsWhiteSpace(c))
            {
                foreach (var b in System.Text.Encoding.UTF8.GetBytes(c.ToString()))
                {
                    escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();

        static bool HasWhiteSpace(string value)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly char[] PathEscapes = { '%', '#', '?', '\\', '"', '<', '>' };

    /// <summary>A host without a leading <c>www.</c>.</summary>
    public static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;

    /// <summary>Whether <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool IsSameOrSubdomain(string host, string domain) =>
        host == domain || (host.EndsWith(domain, StringComparison.Ordinal) && host.Length > domain.Length && host[host.Length - domain.Length - 1] == '.');
}
