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
}
