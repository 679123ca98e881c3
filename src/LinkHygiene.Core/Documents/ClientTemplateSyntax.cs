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
