using System;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>
/// A zone selector list (<c>link_hygiene.ugc_selectors</c>, <c>link_hygiene.sponsored_selectors</c>) matched against
/// every element of a page. A list of plain class selectors (the defaults, and most configurations) is matched by
/// reading the class attribute in place; anything else goes to AngleSharp's selector engine. Both answer the same
/// (class names compared ordinally, split at HTML white space, as AngleSharp's class list does).
/// </summary>
internal sealed class ZoneSelector
{
    private static readonly Regex ClassList = new(
        @"^\s*\.(?<name>-?[_a-zA-Z][_a-zA-Z0-9-]*)\s*(?:,\s*\.(?<name>-?[_a-zA-Z][_a-zA-Z0-9-]*)\s*)*$",
        RegexOptions.CultureInvariant);

    private readonly ISelector _selector;
    private readonly string[]? _classNames;

    private ZoneSelector(ISelector selector)
    {
        _selector = selector;
        var match = ClassList.Match(selector.Text);
        if (match.Success)
        {
            var captures = match.Groups["name"].Captures;
            _classNames = new string[captures.Count];
            for (var i = 0; i < captures.Count; i++)
            {
                _classNames[i] = captures[i].Value;
            }
        }
    }

    // One per selector object: the defaults are shared by every template, so their analysis (a regex) is done once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ISelector, ZoneSelector> Known = new();

    /// <summary>Null for no selector.</summary>
    public static ZoneSelector? From(ISelector? selector) => selector is null ? null : Known.GetValue(selector, s => new ZoneSelector(s));

    /// <summary>Whether the list is only class selectors (and so matched without AngleSharp).</summary>
    internal bool IsClassList => _classNames is not null;

    /// <summary>Whether the element matches; <paramref name="classes"/> is its class attribute (the caller has read it).</summary>
    public bool Matches(IElement element, string? classes)
    {
        if (_classNames is null)
        {
            return _selector.Match(element, null);
        }

        if (classes is null)
        {
            return false;
        }

        var i = 0;
        while (i < classes.Length)
        {
            while (i < classes.Length && HtmlChars.IsSpace(classes[i]))
            {
                i++;
            }

            var start = i;
            while (i < classes.Length && !HtmlChars.IsSpace(classes[i]))
            {
                i++;
            }

            if (i > start)
            {
                foreach (var name in _classNames)
                {
                    if (name.Length == i - start && string.CompareOrdinal(classes, start, name, 0, name.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
