using System;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Documents;

/// <summary>
/// The interpolations of client-side template languages, masked as run-time values inside template scripts:
/// <c>{{ }}</c> (Vue, Angular, Handlebars, Mustache, jsrender), <c>{% %}</c>, <c>&lt;% %&gt;</c> (Underscore, EJS, jQuery
/// templates), <c>#= #</c> and <c>#: #</c> (Kendo), <c>${ }</c> (ES templates, jQuery tmpl).
/// </summary>
internal static class ClientTemplateSyntax
{
    private static readonly (string Open, string Close)[] Delimiters =
    {
        ("{{", "}}"), ("{%", "%}"), ("<%", "%>"), ("#=", "#"), ("#:", "#"), ("${", "}"),
    };

    /// <summary>Masks every interpolation between <paramref name="start"/> and <paramref name="end"/> (line breaks kept).</summary>
    public static void Mask(char[] chars, int start, int end)
    {
        // Where each delimiter's close was last looked for in vain: it is not found after that either, and looking
        // again for every "{{" of a script that never closes one read the rest of it for each.
        var noCloseFrom = new int[Delimiters.Length];
        for (var d = 0; d < noCloseFrom.Length; d++)
        {
            noCloseFrom[d] = int.MaxValue;
        }

        var i = start;
        while (i < end - 1)
        {
            var matched = false;
            for (var d = 0; d < Delimiters.Length; d++)
            {
                var (open, close) = Delimiters[d];
                if (chars[i] != open[0] || chars[i + 1] != open[1] || i + open.Length >= noCloseFrom[d])
                {
                    continue;
                }

                var closeAt = IndexOf(chars, close, i + open.Length, end);
                if (closeAt < 0)
                {
                    noCloseFrom[d] = i + open.Length;
                    continue;
                }

                var stop = closeAt + close.Length;
                if (close == "}}" && stop < end && chars[stop] == '}')
                {
                    stop++; // {{{ raw }}}
                }

                for (var k = i; k < stop; k++)
                {
                    if (!LineMap.IsLineBreak(chars[k]))
                    {
                        chars[k] = MaskChars.Dynamic;
                    }
                }

                i = stop;
                matched = true;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    /// <summary>
    /// An HTML file's static-site template code, masked before it is parsed as HTML, as Razor code is: <c>{{ }}</c> (Go
    /// templates, Hugo, Handlebars, Angular, Vue; <c>{{{ }}}</c> too) and <c>{% %}</c> (Liquid, Jinja, Nunjucks, Twig) as
    /// run-time values, their comments (<c>{{/* */}}</c>, <c>{# #}</c>) as text that renders nothing. Quotes and
    /// <c>&gt;</c> inside template code are the template's, not the markup's: <c>href="{{ .Get "url" }}"</c> and
    /// <c>href="{{&lt; relref "/docs" &gt;}}"</c> are one attribute value each, and the attributes after them stay
    /// attributes. Line breaks are kept; the text itself when it has none.
    /// </summary>
    public static string MaskTemplateTags(string text)
    {
        var next = NextTemplateTag(text, 0);
        if (next < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        // Where each closer was last looked for in vain: it is not found after that either.
        int noBraces = int.MaxValue, noPercent = int.MaxValue, noHash = int.MaxValue;
        for (var i = next; i >= 0 && i < chars.Length - 1; i = NextTemplateTag(text, i))
        {
            var kind = text[i + 1];
            ref var noClose = ref kind == '{' ? ref noBraces : ref kind == '%' ? ref noPercent : ref noHash;
            var close = i + 2 >= noClose ? -1 : text.IndexOf(kind == '{' ? "}}" : kind == '%' ? "%}" : "#}", i + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                noClose = Math.Min(noClose, i + 2);
                i += 2;
                continue;
            }

            var stop = close + 2;
            if (kind == '{' && stop < text.Length && text[stop] == '}' && i + 2 < text.Length && text[i + 2] == '{')
            {
                stop++; // {{{ raw }}}
            }

            var mask = kind == '#' || IsGoComment(text, i + 2, close) ? MaskChars.Elided : MaskChars.Dynamic;
            for (var k = i; k < stop; k++)
            {
                if (!LineMap.IsLineBreak(chars[k]))
                {
                    chars[k] = mask;
                }
            }

            i = stop;
        }

        return new string(chars);
    }

    /// <summary>The next "{{", "{%" or "{#" at or after <paramref name="from"/>, or -1.</summary>
    private static int NextTemplateTag(string text, int from)
    {
        for (var i = text.IndexOf('{', from); i >= 0 && i < text.Length - 1; i = text.IndexOf('{', i + 1))
        {
            if (text[i + 1] is '{' or '%' or '#')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <c>{{ ... }}</c> between <paramref name="start"/> and <paramref name="end"/> is a Go template comment, <c>{{/* */}}</c> or <c>{{- /* */ -}}</c>.</summary>
    private static bool IsGoComment(string text, int start, int end)
    {
        var i = start;
        if (i < end && text[i] == '-')
        {
            i++;
        }

        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i + 1 < end && text[i] == '/' && text[i + 1] == '*';
    }

    private static int IndexOf(char[] chars, string value, int from, int end)
    {
        for (var i = from; i + value.Length <= end; i++)
        {
            if (chars[i] == value[0] && (value.Length == 1 || chars[i + 1] == value[1]))
            {
                return i;
            }
        }

        return -1;
    }
}
