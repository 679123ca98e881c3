using System.Globalization;
using System.Text;

namespace LinkHygiene.Text;

/// <summary>
/// C# string literals in Razor code (<c>"..."</c>, <c>@"..."</c>, and <c>$"..."</c> to skip): where one ends, and the
/// value of one with its escapes decoded as the compiler decodes them. One reader for every front of the engine that
/// reads a literal out of code: a helper's link text, a URL helper's route names, a localizer's key.
/// </summary>
internal static class CSharpString
{
    /// <summary>
    /// Where the string starting at <paramref name="i"/> (at its <c>$</c>/<c>@</c> prefixes or its quote) ends: the
    /// index of its closing quote before <paramref name="end"/>, or -1 when it is not closed there. A regular string
    /// does not run past a line break (an interpolated one may, inside a hole).
    /// </summary>
    public static int End(string code, int i, int end)
    {
        var verbatim = false;
        var interpolated = false;
        while (i < end && code[i] != '"')
        {
            verbatim |= code[i] == '@';
            interpolated |= code[i] == '$';
            i++;
        }

        for (i++; i < end; i++)
        {
            var c = code[i];
            if (c == '\\' && !verbatim)
            {
                i++;
            }
            else if (c == '"')
            {
                if (verbatim && i + 1 < end && code[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i;
            }
            else if (LineMap.IsLineBreak(c) && !verbatim && !interpolated)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The value of <paramref name="text"/> when it is exactly one regular or verbatim string literal, escapes decoded
    /// (<c>\u00e9</c> is "é", <c>\x41</c> "A", a verbatim string's <c>""</c> one quote); null for anything else: an
    /// interpolated or raw string, two literals joined, a line break in a regular string, an escape C# does not know.
    /// </summary>
    public static string? Value(string text)
    {
        var verbatim = text.Length > 0 && text[0] == '@';
        var open = verbatim ? 1 : 0;
        if (text.Length < open + 2 || text[open] != '"' || text[text.Length - 1] != '"' || (!verbatim && text.StartsWith("\"\"\"", System.StringComparison.Ordinal)))
        {
            return null;
        }

        var value = new StringBuilder(text.Length);
        var last = text.Length - 1;
        for (var i = open + 1; i < last; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                if (verbatim && i + 1 < last && text[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                    continue;
                }

                return null; // two literals joined, or more than one
            }

            if (verbatim)
            {
                value.Append(c);
                continue;
            }

            if (LineMap.IsLineBreak(c))
            {
                return null;
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (i + 1 >= last)
            {
                return null; // "\" : the quote is escaped, the string not closed
            }

            var escaped = text[++i];
            switch (escaped)
            {
                case '\'' or '"' or '\\' or '0' or 'a' or 'b' or 'e' or 'f' or 'n' or 'r' or 't' or 'v':
                    value.Append(SimpleEscape(escaped));
                    break;
                case 'u' or 'U' or 'x':
                    // \u: exactly four hex digits; \U: exactly eight (a code point); \x: one to four.
                    var digits = escaped == 'x' ? HexRun(text, i + 1, last, 4) : escaped == 'u' ? 4 : 8;
                    if (digits == 0 || i + digits >= last || HexRun(text, i + 1, last, digits) != digits)
                    {
                        return null;
                    }

                    var code = uint.Parse(text.Substring(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    if (code <= 0xFFFF)
                    {
                        value.Append((char)code);
                    }
                    else if (code <= 0x10FFFF)
                    {
                        value.Append(char.ConvertFromUtf32((int)code));
                    }
                    else
                    {
                        return null;
                    }

                    i += digits;
                    break;
                default:
                    return null; // not an escape C# knows: the literal does not compile
            }
        }

        return value.ToString();
    }

    /// <summary>The character a one-letter escape stands for (<c>\n</c>: a line feed; <c>\e</c>: escape, C# 13).</summary>
    private static char SimpleEscape(char letter) => letter switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        'e' => '\u001b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => letter, // \' \" \\
    };

    /// <summary>How many hex digits (up to <paramref name="max"/>) start at <paramref name="i"/> before <paramref name="end"/>.</summary>
    private static int HexRun(string text, int i, int end, int max)
    {
        var n = 0;
        while (n < max && i + n < end && System.Uri.IsHexDigit(text[i + n]))
        {
            n++;
        }

        return n;
    }
}
