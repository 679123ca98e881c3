using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LinkHygiene.Engine;
using LinkHygiene.Razor;

namespace LinkHygiene.Documents;

/// <summary>
/// One string per tag name, so that reading a tag's name from a buffer or a template's text (the tokenizer's lower-case
/// names, the Razor scanner's names as written) does not copy it each time: a template has thousands of tags and a
/// few dozen names.
/// </summary>
internal static class TagNames
{
    // The elements of the HTML standard (and the obsolete ones templates still hold), SVG's root and MathML's.
    private static readonly string[] Elements =
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
        "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav",
        "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "path", "picture", "pre", "progress", "q",
        "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
        "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
        "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
    };

    /// <summary>
    /// Whether an element is a heading: <c>h1</c> to <c>h6</c>, or a heading whose level a template writes
    /// (<c>&lt;h{{ .Level }}&gt;</c>, Hugo's render-heading hook): "h" and a masked run-time value.
    /// </summary>
    public static bool IsHeading(string localName)
    {
        if (localName.Length < 2 || localName[0] != 'h')
        {
            return false;
        }

        if (localName.Length == 2)
        {
            return localName[1] is >= '1' and <= '6' || localName[1] == MaskChars.Dynamic;
        }

        foreach (var c in localName.AsSpan(1))
        {
            if (c != MaskChars.Dynamic)
            {
                return false;
            }
        }

        return true;
    }

    // Known names by length, then by first letter: a handful of comparisons at most.
    private static readonly string[][][] ByLengthAndLetter = Index();

    /// <summary>
    /// The name as a string: a shared one for an element of HTML, else one of <paramref name="others"/> (the names
    /// of one template's components and custom elements, which a template repeats), else a new one added to them.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static string Get(ReadOnlySpan<char> name, List<string> others)
    {
        var known = Known(name);
        if (known is not null)
        {
            return known;
        }

        foreach (var other in others)
        {
            if (name.SequenceEqual(other.AsSpan()))
            {
                return other;
            }
        }

        var added = name.ToString();
        if (others.Count < MaxOthers)
        {
            others.Add(added);
        }

        return added;
    }

    // Enough for the components of a page; a list searched one by one stays cheaper than copying a name.
    private const int MaxOthers = 32;

    private static string? Known(ReadOnlySpan<char> name)
    {
        if (name.Length > 0 && name.Length < ByLengthAndLetter.Length && name[0] is >= 'a' and <= 'z')
        {
            foreach (var known in ByLengthAndLetter[name.Length][name[0] - 'a'])
            {
                if (name.SequenceEqual(known.AsSpan()))
                {
                    return known;
                }
            }
        }

        return null;
    }

    private static string[][][] Index()
    {
        var longest = 0;
        foreach (var name in Elements)
        {
            longest = Math.Max(longest, name.Length);
        }

        var index = new string[longest + 1][][];
        for (var length = 0; length <= longest; length++)
        {
            index[length] = new string[26][];
            for (var letter = 0; letter < 26; letter++)
            {
                index[length][letter] = Array.FindAll(Elements, n => n.Length == length && n[0] == 'a' + letter);
            }
        }

        return index;
    }
}
