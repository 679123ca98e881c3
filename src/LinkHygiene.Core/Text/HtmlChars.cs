using System;
using System.Runtime.CompilerServices;
using LinkHygiene.Engine;

namespace LinkHygiene.Text;

/// <summary>Character classes of the HTML tokenizer, shared by the Razor scanner and the document reader.</summary>
internal static class HtmlChars
{
    /// <summary>
    /// A quick hash of a short value for a table of slots the thread keeps (a value to a slot, the last one seen): its
    /// length and four of its characters, first, middle, last and third from last; values that collide take turns.
    /// </summary>
    public static int SlotHash(ReadOnlySpan<char> chars)
    {
        var length = chars.Length;
        return length == 0 ? 0 : (length * 397) ^ chars[0] ^ (chars[length >> 1] << 5) ^ (chars[length - 1] << 10) ^ (length > 3 ? chars[length - 3] << 15 : 0);
    }

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
        foreach (var item in Tokens(list))
        {
            if (asPrefix ? item.StartsWith(token.AsSpan(), StringComparison.Ordinal) : item.SequenceEqual(token.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of a white-space-separated list (a class attribute), in order, read in place.</summary>
    public static SpaceSeparated Tokens(string? list) => new(list ?? string.Empty);

    /// <summary>The tokens of a white-space-separated list, each a span of it (<see cref="Tokens"/>).</summary>
    public struct SpaceSeparated
    {
        private readonly string _list;
        private int _start;
        private int _end;

        internal SpaceSeparated(string list)
        {
            _list = list;
            _start = 0;
            _end = 0;
        }

        public readonly ReadOnlySpan<char> Current => _list.AsSpan(_start, _end - _start);

        public readonly SpaceSeparated GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _end;
            while (i < _list.Length && IsSpace(_list[i]))
            {
                i++;
            }

            if (i == _list.Length)
            {
                return false;
            }

            _start = i;
            while (i < _list.Length && !IsSpace(_list[i]))
            {
                i++;
            }

            _end = i;
            return true;
        }
    }
}
