using System;
using System.Runtime.CompilerServices;
using LinkHygiene.Engine;

namespace LinkHygiene.Text;

/// <summary>Character classes of the HTML tokenizer, shared by the Razor scanner and the document reader.</summary>
internal static class HtmlChars
{
    /// <summary>An ASCII letter (what may follow '&lt;' or '&lt;/' to start a tag).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>HTML white space: space, tab, LF, CR, form feed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // (a pattern over five characters is not inlined by itself)
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>Whether the text between <paramref name="start"/> and <paramref name="end"/> is all HTML white space (or empty).</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool IsSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a list of white-space-separated tokens (a class attribute) holds <paramref name="token"/>, or with
    /// <paramref name="asPrefix"/> a token starting with it: what the DOM's token list would say, without making one.
    /// </summary>
    public static bool ListHas(string? list, string token, bool asPrefix = false)
    {
        if (list is null)
        {
            return false;
        }

        for (var at = list.IndexOf(token, StringComparison.Ordinal); at >= 0; at = list.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            var end = at + token.Length;
            if ((at == 0 || IsSpace(list[at - 1])) && (asPrefix || end == list.Length || IsSpace(list[end])))
            {
                return true;
            }
        }

        return false;
    }
}
