using LinkHygiene.Razor;

namespace LinkHygiene.Documents;

/// <summary>What counts as "computed at run time" in a value or text.</summary>
public static class Dynamic
{
    /// <summary>
    /// Whether a value has a run-time part: a Razor expression (masked), or a client-side template
    /// interpolation (<c>{{ }}</c> in Vue/Angular/Handlebars, <c>{% %}</c> in Liquid/Jinja).
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

        var open = value!.IndexOf("{{", System.StringComparison.Ordinal);
        if (open >= 0 && value.IndexOf("}}", open + 2, System.StringComparison.Ordinal) > open)
        {
            return true;
        }

        open = value.IndexOf("{%", System.StringComparison.Ordinal);
        return open >= 0 && value.IndexOf("%}", open + 2, System.StringComparison.Ordinal) > open;
    }

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

        if (value.IndexOf('{') < 0)
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

    /// <summary>The value with every run-time part removed: only what the template writes literally.</summary>
    public static string LiteralParts(string value) => MaskClientInterpolations(value).Replace(MaskChars.Dynamic.ToString(), string.Empty);
}
