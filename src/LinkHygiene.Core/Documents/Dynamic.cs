using LinkHygiene.Razor;

namespace LinkHygiene.Documents;

/// <summary>What counts as "computed at run time" in a value or text.</summary>
public static class Dynamic
{
    /// <summary>
    /// Whether a value has a run-time part: a Razor expression (masked), or a client-side template
    /// interpolation (<c>{{ }}</c> in Vue/Angular/Handlebars, <c>{% %}</c> in Liquid/Jinja, a closed <c>&lt;% %&gt;</c> in
    /// EJS/ERB and e-mail services' substitution tags such as SendGrid's <c>&lt;%asm_group_unsubscribe_raw_url%&gt;</c>).
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

        var open = value.IndexOf("{%", System.StringComparison.Ordinal);
        return (open >= 0 && (value.IndexOf("%}", open + 2, System.StringComparison.Ordinal) > open || CutOpener(value, open)))
            || ClosedTag(value, 0) >= 0;
    }

    /// <summary>Where the first <c>&lt;%</c> from <paramref name="from"/> that a <c>%&gt;</c> closes starts (-1: none).</summary>
    private static int ClosedTag(string value, int from)
    {
        var open = value.IndexOf("<%", from, System.StringComparison.Ordinal);
        return open >= 0 && value.IndexOf("%>", open + 2, System.StringComparison.Ordinal) > open ? open : -1;
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

        var tag = ClosedTag(value, 0);
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

        if (value.IndexOf('{') < 0 && ClosedTag(value, 0) < 0)
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (var tag = ClosedTag(value, 0); tag >= 0; tag = ClosedTag(value, tag + 2))
        {
            var close = value.IndexOf("%>", tag + 2, System.StringComparison.Ordinal) + 2;
            for (var k = tag; k < close; k++)
            {
                chars[k] = MaskChars.Dynamic;
            }

            tag = close - 2;
        }

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
