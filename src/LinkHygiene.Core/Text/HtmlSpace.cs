using System;

namespace LinkHygiene.Text;

/// <summary>HTML's white space: space, tab, line feed, carriage return and form feed (what separates the tokens of an attribute value).</summary>
internal static class HtmlSpace
{
    /// <summary>
    /// The characters, for <c>Trim</c>, <c>Split</c> and <c>IndexOfAny</c>: one array for every call, where the
    /// characters written out in a call make a new array each time (.NET Standard 2.0 has only the <c>char[]</c> forms).
    /// </summary>
    public static readonly char[] Chars = { ' ', '\t', '\n', '\r', '\f' };

    /// <summary>Whether a space-separated list (a <c>class</c> attribute's value) holds a token, exactly.</summary>
    public static bool HasToken(string list, string token) =>
        Array.IndexOf(list.Split(Chars, StringSplitOptions.RemoveEmptyEntries), token) >= 0;
}
