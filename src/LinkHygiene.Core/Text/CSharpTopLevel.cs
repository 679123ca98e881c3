namespace LinkHygiene.Text;

/// <summary>
/// C# code read at its top level, as the compiler groups it: one scanner for every reader that splits an expression
/// there (a call's arguments at ',', a constant's terms at '+', a URL's terms to the end of the expression), skipping
/// strings, character literals and what brackets hold.
/// </summary>
internal static class CSharpTopLevel
{
    /// <summary>
    /// The index of the first character from <paramref name="i"/> before <paramref name="end"/> that is one of
    /// <paramref name="stops"/> outside strings, character literals and brackets (a ')', ']' or '}' in
    /// <paramref name="stops"/> is one when it closes a bracket opened before <paramref name="i"/>);
    /// <paramref name="end"/> when there is none; -1 when a string or character literal is not closed before it.
    /// </summary>
    internal static int Find(string code, int i, int end, string stops)
    {
        for (var depth = 0; i < end; i++)
        {
            var c = code[i];
            if (c == '"' || (c is '@' or '$' && i + 1 < end && code[i + 1] is '"' or '@' or '$'))
            {
                i = CSharpString.End(code, i, end);
                if (i < 0)
                {
                    return -1;
                }
            }
            else if (c == '\'')
            {
                // (a character literal's close, looked for before the end only: a quote last in the code had looked
                // past the text's end, build/fuzz.sh seed 5151)
                var from = i + (i + 1 < end && code[i + 1] == '\\' ? 3 : 2);
                i = from < end ? code.IndexOf('\'', from, end - from) : -1;
                if (i < 0)
                {
                    return -1;
                }
            }
            else if (depth == 0 && stops.IndexOf(c) >= 0)
            {
                return i;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return end;
    }

    /// <summary>The range [<paramref name="start"/>, <paramref name="end"/>) without the white space at its ends: a term's or an argument's code.</summary>
    internal static (int Start, int End) Trim(string code, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(code[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(code[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
