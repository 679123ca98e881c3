using System.Collections.Generic;

namespace LinkHygiene.Text;

/// <summary>The arguments of a C# call in Razor code, split where the compiler splits them (a URL helper's, a link helper's).</summary>
internal static class CSharpArguments
{
    /// <summary>
    /// The ranges of the arguments between <paramref name="open"/> (after the '(') and the call's ')' at
    /// <paramref name="end"/> - 1, split at commas outside brackets and strings; null when the call is not closed there
    /// or is followed by more code (<c>Url.Action("A") + "#x"</c>), unless <paramref name="moreAfter"/> allows it (an
    /// attribute's arguments, <c>[Route("/x"), Authorize]</c>).
    /// </summary>
    internal static List<(int Start, int End)>? Split(string code, int open, int end, bool moreAfter = false)
    {
        var arguments = new List<(int Start, int End)>();
        var depth = 0;
        var start = open;
        for (var i = open; i < end; i++)
        {
            var c = code[i];
            if (c == '"' || (c is '@' or '$' && i + 1 < end && code[i + 1] == '"'))
            {
                i = CSharpString.End(code, i, end);
                if (i < 0)
                {
                    return null;
                }

                continue;
            }

            if (c == '\'')
            {
                // (a character literal's close, looked for before the call's end only: a quote last in the code had
                // looked past the text's end, build/fuzz.sh seed 5151)
                var from = i + (i + 1 < end && code[i + 1] == '\\' ? 3 : 2);
                var close = from < end ? code.IndexOf('\'', from, end - from) : -1;
                if (close < 0)
                {
                    return null;
                }

                i = close;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    if (c != ')' || (i != end - 1 && !moreAfter))
                    {
                        return null;
                    }

                    Add(arguments, code, start, i);
                    return arguments;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                Add(arguments, code, start, i);
                start = i + 1;
            }
        }

        return null;
    }

    private static void Add(List<(int Start, int End)> arguments, string code, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(code[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(code[end - 1]))
        {
            end--;
        }

        if (end > start || arguments.Count > 0)
        {
            arguments.Add((start, end));
        }
    }
}
