using LinkHygiene.Razor;

namespace LinkHygiene.Documents;

/// <summary>What counts as "computed at run time" in a value or text.</summary>
public static class Dynamic
{
    /// <summary>
    /// Whether a value has a run-time part: a Razor expression (masked), or a client-side template
    /// interpolation (<c>{{ }}</c> in Vue/Angular/Handlebars, <c>{% %}</c> in Liquid/Jinja), or a server tag
    /// (<see cref="ServerTag"/>: <c>&lt;% %&gt;</c>, <c>&lt;?php ?&gt;</c>, phpBB's <c>&lt;!-- IF --&gt;</c>).
    /// </summary>
    public static bool IsDynamicValue(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (MaskChars.HasDynamic(value))
        {
            return true;
        }

        // An opener counts closed or not: a quote inside the template code ends the attribute early, so
        // href="{{ "/feed.xml" | relative_url }}" reads as "{{ " (see CutOpener).
        if (value!.IndexOf("{{", System.StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // An expression of Mako, JSP, Velocity or a JavaScript template literal, ${name} (held-out review 34: reddit's
        // bookmarklet links named ${type} were compared as text).
        var expression = value.IndexOf("${", System.StringComparison.Ordinal);
        if (expression >= 0 && value.IndexOf('}', expression + 2) > expression + 2)
        {
            return true;
        }

        var open = value.IndexOf("{%", System.StringComparison.Ordinal);
        return (open >= 0 && (value.IndexOf("%}", open + 2, System.StringComparison.Ordinal) > open || CutOpener(value, open)))
            || ServerTag(value, 0, out _) >= 0;
    }

    /// <summary>
    /// Whether a URL has a run-time part (<see cref="IsDynamicValue"/>), e-mail merge tags included
    /// (<see cref="MergeTag"/>: <c>*|UNSUB|*</c>, <c>%%view_email_url%%</c>, <c>[unsubscribe]</c>). Only URLs: in text,
    /// "[edit]" or "{name}" is what the reader sees.
    /// </summary>
    public static bool IsDynamicUrl(string? value) => IsDynamicValue(value) || (value is { Length: > 0 } && MergeTag(value, 0, out _) >= 0);

    /// <summary>
    /// The server tags (<see cref="ServerTag"/>) and e-mail merge tags (<see cref="MergeTag"/>) of a value, in order:
    /// <see cref="Next"/> gives the first of either from where it is asked, and each kind is looked for again only once
    /// the one found is passed (a value of a million "%s" without a server tag searched the rest of it for one after each).
    /// </summary>
    private struct RunTimeTags
    {
        private readonly string _value;
        private int _server, _serverEnd, _merge, _mergeEnd;

        public RunTimeTags(string value)
        {
            _value = value;
            _server = ServerTag(value, 0, out _serverEnd);
            _merge = MergeTag(value, 0, out _mergeEnd);
        }

        /// <summary>Where the first tag from <paramref name="from"/> starts (-1: none), and where it ends; <paramref name="from"/> never goes back.</summary>
        public int Next(int from, out int end)
        {
            if (_server >= 0 && _server < from)
            {
                _server = ServerTag(_value, from, out _serverEnd);
            }

            if (_merge >= 0 && _merge < from)
            {
                _merge = MergeTag(_value, from, out _mergeEnd);
            }

            var merge = _merge >= 0 && (_server < 0 || _merge < _server);
            end = merge ? _mergeEnd : _serverEnd;
            return merge ? _merge : _server;
        }
    }

    // E-mail services' merge tags, filled in when a message is sent: Mailchimp's *|UNSUB|*, Salesforce Marketing
    // Cloud's %%view_email_url%% and its AMPscript %%=RedirectTo(@link)=%%, Mailgun's %recipient.id% and
    // ActiveCampaign's %EMAIL% and %CAMPAIGN_ID% (capitals and '_' only, three or more: r%C3%A9sum%C3%A9's "%A9sum%"
    // is two escapes, not a tag; with digits when a letter or '_' no escape has is among them, %FORWARD2FRIEND%, and a
    // name whose second letter no escape has, %email%, where a value or a segment starts: held-out review 104; not
    // "50%discount%20", a bad escape: code review), Mandrill's *|UNSUB:https://...|*, Mailjet's [[UNSUB_LINK_EN]], single-brace {unsubscribe} and {$url} (Mautic, Smarty, phpBB's {U_WWW}; not a brace of {{a}}), $unsub$,
    // ##unsub##, Moosend's #unsubscribeLink# and Bitrix's #SERVER_NAME#, AWeber's {!remove_web}, Zoho Campaigns'
    // $[LI:UNSUBSCRIBE]$ (held-out review 80), and a whole
    // value in square brackets, [unsubscribe] (Sendy, SendGrid), also after mailto: or tel:. And server-side
    // templates' expressions (held-out reviews 34 and 35): Mako's, JSP's and Velocity's ${f(a, b)} and $!{x} (over lines
    // too: Trac's ${chrome.logo.link or&#10;href.wiki('TracIni')}, held-out review 140), Smarty's
    // and RainTPL's {$item->link()}, {$item['url']} and {$url|escape}, AngularJS with OpenStack Horizon's delimiters
    // ({$ crumb.url $}, held-out review 160), Go templates with $$ delimiters ($$.URL$$),
    // Template Toolkit's [% url %], Python's %s and %(name)s (a href in a translated string), and web.py Templetor's
    // $url, $(expr) and $:expr where a value or a path segment starts (an OData "?$filter" is none). None of their
    // characters belong in a URL as written ('|', '{', '[' are percent-encoded, and '%' would start an escape; '$'
    // is allowed, and a value or path segment starting "$name" is taken for an expression: never reported).
    internal static readonly System.Text.RegularExpressions.Regex MergeTags = new(
        @"\*\|[A-Za-z0-9_\-]+(?::[^|\s]*)?\|\*|%%[A-Za-z0-9_=\-().\[\]]+%%|%%=[^%\r\n]*?=%%|%[G-Zg-z_][A-Za-z0-9_.\-]{2,}%|(?<=^|[=/?&:#,;])%[A-Fa-f][G-Zg-z_][A-Za-z0-9_.\-]+%|%[A-Z](?:[A-Z_]{2,}|(?=[A-Z0-9_]*[G-Z_])[A-Z0-9_]{2,})%|\[\[[A-Za-z][A-Za-z0-9_:. \-]*\]\]|(?<!\{)\{[$!]?[A-Za-z_][A-Za-z0-9_.:\-]*\}(?!\})|\$[A-Za-z_][A-Za-z0-9_.]*\$|\$\[[A-Za-z0-9_:\-]+\]\$|##[A-Za-z_][A-Za-z0-9_.]*##|#[A-Za-z_][A-Za-z0-9_:.\-]*#|^(?:mailto:|tel:)?\[[A-Za-z][A-Za-z0-9_:. \-]*\]"
        + @"|\$!?\{[^{}]{1,256}\}|(?<!\{)\{\$[A-Za-z_][^{}\r\n]{0,256}\}|\{\$\s[^{}\r\n]{0,256}?\$\}|\$\$[^$\s]{1,256}\$\$|\[%[^\[\]\r\n]{1,256}%\]|%\([A-Za-z_][A-Za-z0-9_]*\)[sdirfx]|%[sd](?![0-9A-Za-z])|(?:^|(?<=/))\$:?(?:\([^()\r\n]{0,256}\)|[A-Za-z_][A-Za-z0-9_.]*(?:\([^()\r\n]{0,256}\))?)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Where the first e-mail merge tag from <paramref name="from"/> starts (-1: none), and where it ends.</summary>
    private static int MergeTag(string value, int from, out int end)
    {
        end = -1;
        if (!MayHoldMergeTag(value, from))
        {
            return -1;
        }

        var match = MergeTags.Match(value, from);
        if (!match.Success)
        {
            return -1;
        }

        end = match.Index + match.Length;
        return match.Index;
    }

    /// <summary>
    /// Whether <see cref="MergeTags"/> may match from <paramref name="from"/>: most values hold none of the characters a
    /// merge tag needs, and a '#' alone is a fragment's (every tag with a '#' has two of them: <c>#name#</c>,
    /// <c>##name##</c>), which every link into a page's part has (a Sphinx site's thousands of <c>page.html#name</c>
    /// links each went through the regular expression several times: held-out review 175).
    /// </summary>
    internal static bool MayHoldMergeTag(string value, int from)
    {
        if (value.IndexOfAny(MergeTagCharacters, from) >= 0)
        {
            return true;
        }

        var hash = value.IndexOf('#', from);
        return hash >= 0 && value.IndexOf('#', hash + 1) >= 0;
    }

    // (every merge tag without two '#'s has one of these)
    private static readonly char[] MergeTagCharacters = { '|', '%', '{', '$', '[' };

    /// <summary>
    /// Where the first server tag from <paramref name="from"/> starts (-1: none), and where it ends. A closed
    /// <c>&lt;% %&gt;</c> (EJS, ERB, and e-mail services' substitution tags such as SendGrid's
    /// <c>&lt;%asm_group_unsubscribe_raw_url%&gt;</c>); a <c>&lt;? ?&gt;</c> (PHP: <c>&lt;?php echo $url; ?&gt;</c>,
    /// <c>&lt;?= $url ?&gt;</c>); a <c>&lt;!-- --&gt;</c> (phpBB's and server-side includes' directives:
    /// <c>href="&lt;!-- IF U_WWW --&gt;{U_WWW}&lt;!-- ENDIF --&gt;"</c>). No URL holds the last two: a '&lt;' is written
    /// <c>%3C</c>. So they count unclosed too, cut short by a quote inside them (<c>&lt;?php echo $a["url"]; ?&gt;</c>),
    /// and run to the end of the value.
    /// </summary>
    private static int ServerTag(string value, int from, out int end)
    {
        // Once "%>" is not found after an opener it is not after any later one: looking again from each of a million
        // openers would be quadratic. An unclosed "<?" or "<!--" ends the search (it runs to the end of the value).
        var noPercent = false;
        for (var open = value.IndexOf('<', from); open >= 0 && open + 1 < value.Length; open = value.IndexOf('<', open + 1))
        {
            var kind = value[open + 1];
            if (kind == '!' && string.CompareOrdinal(value, open, "<!--", 0, 4) != 0)
            {
                continue;
            }

            if (char.IsLetter(kind) && IsServerElement(value, open + 1))
            {
                // a server's own element in the value (Roundcube's <roundcube:var name='config:support_url' />, JSP's
                // <c:url value='/x'/>, HTML::Template's <TMPL_VAR URL>: held-out review 138), to its '>' or, cut short
                // by a quote inside it, to the value's end
                var gt = value.IndexOf('>', open + 2);
                end = gt >= 0 ? gt + 1 : value.Length;
                return open;
            }

            if (kind is not ('%' or '?' or '!') || (kind == '%' && noPercent))
            {
                continue;
            }

            var closer = kind switch { '%' => "%>", '?' => "?>", _ => "-->" };
            var openerLength = kind == '!' ? 4 : 2;
            var close = value.IndexOf(closer, open + openerLength, System.StringComparison.Ordinal);
            if (close >= 0)
            {
                end = close + closer.Length;
                return open;
            }

            if (kind != '%')
            {
                end = value.Length;
                return open;
            }

            noPercent = true;
        }

        end = -1;
        return -1;
    }

    /// <summary>Whether a name at <paramref name="start"/> is a server element's: one with a namespace prefix (<c>roundcube:var</c>, <c>c:url</c>) or HTML::Template's <c>TMPL_</c>.</summary>
    private static bool IsServerElement(string value, int start)
    {
        if (string.Compare(value, start, "TMPL_", 0, 5, System.StringComparison.OrdinalIgnoreCase) == 0)
        {
            return true;
        }

        var i = start;
        while (i < value.Length && (char.IsLetterOrDigit(value[i]) || value[i] is '_' or '-'))
        {
            i++;
        }

        return i > start && i + 1 < value.Length && value[i] == ':' && char.IsLetter(value[i + 1]);
    }

    /// <summary>
    /// Whether the opener at <paramref name="open"/>, which has no closer in the value, starts template code that a quote
    /// inside it cut short: <c>href="{{ "/feed.xml" | relative_url }}"</c> (Jekyll), <c>href="{{ trim .url " " }}"</c>
    /// and <c>href="{{&lt; docsref "/x" &gt;}}"</c> (Hugo) end at the inner quote, leaving <c>{{ </c> as the value.
    /// Any <c>{{</c> is; a <c>{%</c> only before white space or '-' (<c>{% </c>, <c>{%-</c>), as a URL may hold
    /// <c>{%22...</c> (a percent-escaped quote after a brace).
    /// </summary>
    private static bool CutOpener(string value, int open) =>
        value[open + 1] == '{' || (open + 2 < value.Length && (char.IsWhiteSpace(value[open + 2]) || value[open + 2] == '-')) || open + 2 == value.Length;

    /// <summary>The literal part of a value before its first run-time part (the whole value if none).</summary>
    public static string LiteralPrefix(string value)
    {
        var end = value.Length;
        var marker = value.IndexOf(MaskChars.Dynamic);
        if (marker >= 0)
        {
            end = marker;
        }

        var braces = value.IndexOf("{{", System.StringComparison.Ordinal);
        if (braces >= 0 && braces < end)
        {
            end = braces;
        }

        var percent = value.IndexOf("{%", System.StringComparison.Ordinal);
        if (percent >= 0 && percent < end)
        {
            end = percent;
        }

        var tag = new RunTimeTags(value).Next(0, out _);
        if (tag >= 0 && tag < end)
        {
            end = tag;
        }

        return value.Substring(0, end);
    }

    /// <summary>
    /// The value with client interpolations (<c>{{ }}</c>, <c>{% %}</c>) replaced by <see cref="MaskChars.Dynamic"/>, as
    /// masked Razor already is: white space or a '%' inside <c>{{ a.b(' ') }}</c> is code, not URL.
    /// </summary>
    public static string MaskClientInterpolations(string value)
    {
        if (value is null)
        {
            throw new System.ArgumentNullException(nameof(value));
        }

        var tags = new RunTimeTags(value);
        var first = tags.Next(0, out var firstEnd);
        if (value.IndexOf('{') < 0 && first < 0)
        {
            return value;
        }

        var chars = value.ToCharArray();

        var i = 0;
        // Once a closer is not found after an opener, it is not after any later one: "{{" a million times looked for
        // "}}" to the end of the value from each.
        bool noBraces = false, noPercents = false;
        while (i + 1 < chars.Length)
        {
            if (chars[i] == '{' && (chars[i + 1] == '{' || chars[i + 1] == '%'))
            {
                var braces = chars[i + 1] == '{';
                var end = (braces ? noBraces : noPercents) ? -1 : value.IndexOf(braces ? "}}" : "%}", i + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    noBraces |= braces;
                    noPercents |= !braces;
                    if (CutOpener(value, i))
                    {
                        // Template code cut short by a quote inside it: the rest of the value is code, not URL.
                        for (var k = i; k < chars.Length; k++)
                        {
                            chars[k] = MaskChars.Dynamic;
                        }

                        break;
                    }
                }
                else
                {
                    for (var k = i; k < end + 2; k++)
                    {
                        chars[k] = MaskChars.Dynamic;
                    }

                    i = end + 2;
                    continue;
                }
            }

            i++;
        }

        // Then server and merge tags, found in the value as written: "{%%2%%}" is one {% %} tag, whose inside is no
        // %%merge%% tag to stop it being read as one.
        for (int tag = first, end = firstEnd; tag >= 0 && end > tag; tag = end < value.Length ? tags.Next(end, out end) : -1)
        {
            for (var k = tag; k < end; k++)
            {
                chars[k] = MaskChars.Dynamic;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The value with every run-time part removed: only what the template writes literally. Line breaks with run-time
    /// code on both sides are that code's (masking keeps line breaks): <c>href="{{ .Permalink&#10;}}#top"</c>.
    /// </summary>
    public static string LiteralParts(string value)
    {
        var masked = MaskClientInterpolations(value);
        if (masked.IndexOf(MaskChars.Dynamic) < 0)
        {
            return masked;
        }

        var literal = new System.Text.StringBuilder(masked.Length);
        for (var i = 0; i < masked.Length; i++)
        {
            var c = masked[i];
            if (c == MaskChars.Dynamic)
            {
                continue;
            }

            if (Text.LineMap.IsLineBreak(c) && i > 0 && masked[i - 1] == MaskChars.Dynamic)
            {
                var end = i;
                while (end < masked.Length && Text.LineMap.IsLineBreak(masked[end]))
                {
                    end++;
                }

                if (end < masked.Length && masked[end] == MaskChars.Dynamic)
                {
                    i = end - 1;
                    continue;
                }
            }

            literal.Append(c);
        }

        return literal.ToString();
    }
}
