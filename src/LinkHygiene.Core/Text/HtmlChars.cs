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
}
