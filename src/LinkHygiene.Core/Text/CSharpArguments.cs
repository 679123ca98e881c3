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
        for (var start = open; ;)
        {
            var stop = CSharpTopLevel.Find(code, start, end, ",)]}");
            if (stop < 0 || stop == end)
            {
                return null;
            }

            Add(arguments, code, start, stop);
            if (code[stop] != ',')
            {
                return code[stop] == ')' && (stop == end - 1 || moreAfter) ? arguments : null;
            }

            start = stop + 1;
        }
    }

    private static void Add(List<(int Start, int End)> arguments, string code, int start, int end)
    {
        (start, end) = CSharpTopLevel.Trim(code, start, end);
        if (end > start || arguments.Count > 0)
        {
            arguments.Add((start, end));
        }
    }
}
