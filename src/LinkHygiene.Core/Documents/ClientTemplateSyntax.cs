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
        var i = start;
        while (i < end - 1)
        {
            var matched = false;
            foreach (var (open, close) in Delimiters)
            {
                if (chars[i] != open[0] || chars[i + 1] != open[1])
                {
                    continue;
                }

                var closeAt = IndexOf(chars, close, i + open.Length, end);
                if (closeAt < 0)
                {
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
