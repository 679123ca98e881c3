using System;
using System.Collections.Generic;

namespace LinkHygiene.Documents;

/// <summary>
/// An estimate of the HTML tree builder's stack of open elements, kept in constant amortised time per token, to stop
/// a template before that stack gets deep enough to make parsing quadratic (the tree builder scans it for most tags).
/// Follows the rules that make the stack grow or shrink: an end tag closes everything opened after its element and a
/// stray one closes nothing; a start tag of an element that cannot contain itself (&lt;p&gt;, &lt;li&gt;, &lt;a&gt;...)
/// closes the open one first; and formatting elements closed by something else are re-opened before the next text
/// (the list of active formatting elements, with its limit of three of a kind).
/// </summary>
internal sealed class OpenElements
{
    private static readonly HashSet<string> ClosedByRepeat = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "a", "nobr", "rb", "rt", "rp", "rtc", "button",
    };

    private static readonly HashSet<string> FormattingElements = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // Start tags before which the tree builder does not re-open formatting elements.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "table",
        "html", "head", "body", "script", "style", "template", "title", "tr", "td", "th", "tbody", "thead", "tfoot",
    };

    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "table", "td", "th", "caption", "html", "template", "applet", "object", "marquee",
    };

    private readonly List<Entry> _stack = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<Entry> _formatting = new();

    /// <summary>The depth of the estimate.</summary>
    public int Depth => _stack.Count;

    /// <summary>A start tag of an element that takes content.</summary>
    public void StartTag(string name)
    {
        if (ClosedByRepeat.Contains(name) && Count(name) > 0)
        {
            CloseInScope(name);
        }

        if (!Blocks.Contains(name))
        {
            Reopen();
        }

        var entry = Push(name);
        if (FormattingElements.Contains(name))
        {
            // At most three of a kind are remembered (the "Noah's Ark" clause).
            var same = 0;
            for (var i = _formatting.Count - 1; i >= 0; i--)
            {
                if (string.Equals(_formatting[i].Name, name, StringComparison.Ordinal) && ++same == 3)
                {
                    _formatting.RemoveAt(i);
                    break;
                }
            }

            _formatting.Add(entry);
        }
    }

    /// <summary>Text that is not only white space: formatting elements closed by something else are re-opened.</summary>
    public void Text() => Reopen();

    /// <summary>Closes the innermost open element with this name and everything inside it; nothing when none is open.</summary>
    public void EndTag(string name)
    {
        if (Count(name) == 0)
        {
            return;
        }

        Entry popped;
        do
        {
            popped = _stack[_stack.Count - 1];
            _stack.RemoveAt(_stack.Count - 1);
            _counts[popped.Name]--;
            popped.Open = false;
        }
        while (!string.Equals(popped.Name, name, StringComparison.Ordinal));

        if (FormattingElements.Contains(name))
        {
            _formatting.Remove(popped);
        }
    }

    // The open element of this name closes only if no table, cell, list (for <li>) or button (for <p>) lies between.
    private void CloseInScope(string name)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var open = _stack[i].Name;
            if (string.Equals(open, name, StringComparison.Ordinal))
            {
                EndTag(name);
                return;
            }

            if (ScopeBoundaries.Contains(open) || (name == "li" && open is "ul" or "ol") || (name == "p" && open == "button"))
            {
                return;
            }
        }
    }

    private void Reopen()
    {
        for (var i = 0; i < _formatting.Count; i++)
        {
            if (!_formatting[i].Open)
            {
                _formatting[i] = Push(_formatting[i].Name);
            }
        }
    }

    private Entry Push(string name)
    {
        var entry = new Entry(name);
        _stack.Add(entry);
        _counts[name] = Count(name) + 1;
        return entry;
    }

    private int Count(string name) => _counts.TryGetValue(name, out var count) ? count : 0;

    private sealed class Entry
    {
        public Entry(string name) => Name = name;

        public string Name { get; }

        public bool Open { get; set; } = true;
    }
}
