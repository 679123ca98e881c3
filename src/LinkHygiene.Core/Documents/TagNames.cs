using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LinkHygiene.Engine;
using LinkHygiene.Razor;
using LinkHygiene.Text;

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

    private static readonly KnownNames ElementNames = new(Elements);

    /// <summary>
    /// The name as a string: a shared one for an element of HTML, else one of <paramref name="others"/> (the names
    /// of one template's components and custom elements, which a template repeats), else a new one added to them.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static string Get(ReadOnlySpan<char> name, List<string> others)
    {
        var known = ElementNames.Find(name);
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
}

/// <summary>
/// One string per common attribute name (lower case, as the tokenizer reads names), so that reading a tag's attributes
/// does not copy the name each time: <c>class</c> alone is most of the attributes of a documentation page.
/// </summary>
internal static class AttributeNames
{
    // The names of most attributes of the corpus and of python's documentation (class, href and title: 83 %).
    private static readonly KnownNames Common = new(new[]
    {
        "class", "href", "title", "id", "type", "role", "rel", "src", "name", "aria-label", "style", "value", "content",
        "method", "accesskey", "alt", "action", "fill", "d", "placeholder", "charset", "lang", "for", "width", "height",
        "viewbox", "xmlns", "tabindex", "aria-expanded", "aria-controls", "aria-hidden", "aria-labelledby",
        "aria-describedby", "aria-current", "target", "download", "hreflang", "media", "property", "http-equiv",
        "integrity", "crossorigin", "async", "defer", "loading", "srcset", "sizes", "disabled", "selected", "checked",
        "hidden", "dir", "onclick", "data-toggle", "data-bs-toggle", "colspan", "rowspan", "referrerpolicy", "ping",
        "form", "label",
    });

    /// <summary>The name as a string: the shared one for a common name, else a new one.</summary>
    public static string Get(ReadOnlySpan<char> name) => Common.Find(name) ?? name.ToString();
}

/// <summary>
/// The values of attributes read again from a tag's text (<see cref="StartTag.ReadPlain"/>: those of what a link holds),
/// one string for a short value while it keeps coming: a documentation page's links hold thousands of
/// <c>&lt;span class="pre"&gt;</c> and <c>&lt;code class="xref py py-func docutils literal notranslate"&gt;</c>, each value
/// a string of its own before. The thread keeps the last value of each of 256 slots (<see cref="HtmlChars.SlotHash"/>).
/// </summary>
internal static class AttributeValues
{
    private const int Slots = 256;

    // (longer values, a link's address or a long title, rarely repeat; each is a string of its own)
    private const int Longest = 64;

    [ThreadStatic]
    private static string?[]? slots;

    /// <summary>The characters of <paramref name="source"/> from <paramref name="start"/> as a string: the one made last time if it was these.</summary>
    public static string Get(string source, int start, int length)
    {
        if (length == 0 || length > Longest)
        {
            return source.Substring(start, length);
        }

        var chars = source.AsSpan(start, length);
        ref var slot = ref (slots ??= new string?[Slots])[HtmlChars.SlotHash(chars) & (Slots - 1)];
        if (slot is { } known && chars.SequenceEqual(known.AsSpan()))
        {
            return known;
        }

        return slot = chars.ToString();
    }
}

/// <summary>A set of names found by a span without copying it: by length, then by first letter (a handful of comparisons at most).</summary>
internal sealed class KnownNames
{
    private readonly string[][][] _byLengthAndLetter;

    /// <param name="names">Names of lower-case ASCII letters, digits and '-', each starting with a letter.</param>
    public KnownNames(string[] names)
    {
        var longest = 0;
        foreach (var name in names)
        {
            longest = Math.Max(longest, name.Length);
        }

        _byLengthAndLetter = new string[longest + 1][][];
        for (var length = 0; length <= longest; length++)
        {
            _byLengthAndLetter[length] = new string[26][];
            for (var letter = 0; letter < 26; letter++)
            {
                _byLengthAndLetter[length][letter] = Array.FindAll(names, n => n.Length == length && n[0] == 'a' + letter);
            }
        }
    }

    /// <summary>The known name equal to <paramref name="name"/>, or null.</summary>
    public string? Find(ReadOnlySpan<char> name)
    {
        if (name.Length > 0 && name.Length < _byLengthAndLetter.Length && name[0] is >= 'a' and <= 'z')
        {
            foreach (var known in _byLengthAndLetter[name.Length][name[0] - 'a'])
            {
                if (name.SequenceEqual(known.AsSpan()))
                {
                    return known;
                }
            }
        }

        return null;
    }
}
