using System;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>
/// A zone selector list (<c>link_hygiene.ugc_selectors</c>, <c>link_hygiene.sponsored_selectors</c>) matched against
/// every element of a page. A list of plain class selectors (the defaults, and most configurations) is read without
/// AngleSharp and matched by reading the class attribute in place; anything else is parsed and matched by AngleSharp's
/// selector engine. Both answer the same (class names compared ordinally, split at HTML white space, as AngleSharp's
/// class list does), and a list read without AngleSharp is one AngleSharp reads too (ZoneSelectorTests hold both).
/// </summary>
/// <remarks>
/// Not parsing the defaults with AngleSharp matters at start-up: its CSS parser brings a browsing context and its
/// services, which a run over a few templates otherwise pays for before it reads the first one.
/// </remarks>
public sealed class ZoneSelector
{
    // Only CSS white space ([ \t\n\r\f]), not \s: a no-break space is part of a CSS name, not a separator.
    private static readonly Regex ClassList = new(
        @"^[ \t\n\r\f]*\.(?<name>-?[_a-zA-Z][_a-zA-Z0-9-]*)[ \t\n\r\f]*(?:,[ \t\n\r\f]*\.(?<name>-?[_a-zA-Z][_a-zA-Z0-9-]*)[ \t\n\r\f]*)*\z",
        RegexOptions.CultureInvariant);

    [ThreadStatic]
    private static CssSelectorParser? parser;

    private readonly ISelector? _selector;
    private readonly string[]? _classNames;

    // The lengths of the class names, a bit each (the last for any of 63 characters or more): a class of another length
    // is compared with none of them (a documentation page's highlighted code is thousands of spans of one-letter classes).
    private readonly ulong _lengths;

    private ZoneSelector(string text, string[]? classNames, ISelector? selector)
    {
        Text = text;
        _classNames = classNames;
        _selector = selector;
        foreach (var name in classNames ?? Array.Empty<string>())
        {
            _lengths |= LengthBit(name.Length);
        }
    }

    /// <summary>The selector list as written.</summary>
    public string Text { get; }

    /// <summary>Reads a CSS selector list; null when it is not one.</summary>
    public static ZoneSelector? Parse(string selectors)
    {
        if (selectors is null)
        {
            throw new ArgumentNullException(nameof(selectors));
        }

        var match = ClassList.Match(selectors);
        if (match.Success)
        {
            var captures = match.Groups["name"].Captures;
            var names = new string[captures.Count];
            for (var i = 0; i < captures.Count; i++)
            {
                names[i] = captures[i].Value;
            }

            return new ZoneSelector(selectors, names, null);
        }

        // One parser per thread: each makes its own AngleSharp browsing context, which costs more than most of what it
        // then parses.
        var selector = (parser ??= new CssSelectorParser()).ParseSelector(selectors);
        return selector is null ? null : new ZoneSelector(selectors, null, selector);
    }

    /// <summary>Whether the list is only class selectors (and so matched without AngleSharp).</summary>
    internal bool IsClassList => _classNames is not null;

    /// <summary>The class names of a list of class selectors (empty for any other list).</summary>
    internal System.Collections.Generic.IReadOnlyList<string> ClassNames => _classNames ?? Array.Empty<string>();

    /// <summary>Whether the element matches; <paramref name="classes"/> is its class attribute (the caller has read it).</summary>
    internal bool Matches(IElement element, string? classes) =>
        _classNames is null ? _selector!.Match(element, null) : FirstMatching(this, null, element, classes) is not null;

    /// <summary>
    /// The first of two lists (either may be null) that the element matches, <paramref name="first"/> before
    /// <paramref name="second"/> whichever of its classes each names; null for neither. Two lists of class selectors are
    /// matched in one reading of the class attribute (<paramref name="classes"/>, which the caller has read).
    /// </summary>
    internal static ZoneSelector? FirstMatching(ZoneSelector? first, ZoneSelector? second, IElement element, string? classes)
    {
        if ((first is not null && first._classNames is null) || (second is not null && second._classNames is null))
        {
            return first?.Matches(element, classes) == true ? first : second?.Matches(element, classes) == true ? second : null;
        }

        if (classes is null || (first is null && second is null))
        {
            return null;
        }

        var secondMatched = false;
        foreach (var token in HtmlChars.Tokens(classes))
        {
            var bit = LengthBit(token.Length);
            if (first is not null && (first._lengths & bit) != 0 && first.Names(token))
            {
                return first;
            }

            secondMatched = secondMatched || (second is not null && (second._lengths & bit) != 0 && second.Names(token));
        }

        return secondMatched ? second : null;
    }

    private bool Names(ReadOnlySpan<char> token)
    {
        foreach (var name in _classNames!)
        {
            if (token.SequenceEqual(name.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
