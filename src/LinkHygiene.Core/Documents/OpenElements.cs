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
    // What each element the rules below name is, looked up once for each tag.
    private static readonly Dictionary<string, Kinds> KindsOf = MakeKinds();

    private readonly List<Entry> _stack = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<Entry> _formatting = new(); // each with the serial of its entry on the stack, and whether it is still there
    private int _serial;

    [Flags]
    private enum Kinds
    {
        None = 0,
        ClosedByRepeat = 1, // p, li, dt, dd, option, optgroup, tr, td, th, a, nobr, rb, rt, rp, rtc, button
        Formatting = 2, // a, b, big, code, em, font, i, nobr, s, small, strike, strong, tt, u
        Block = 4, // start tags before which the tree builder does not re-open formatting elements
        ScopeBoundary = 8, // table, td, th, caption, html, template, applet, object, marquee
    }

    /// <summary>The depth of the estimate.</summary>
    public int Depth => _stack.Count;

    /// <summary>A start tag of an element that takes content.</summary>
    public void StartTag(string name)
    {
        var kinds = KindsOf.TryGetValue(name, out var known) ? known : Kinds.None;
        if ((kinds & Kinds.ClosedByRepeat) != 0 && Count(name) > 0)
        {
            CloseInScope(name);
        }

        if ((kinds & Kinds.Block) == 0)
        {
            Reopen();
        }

        var entry = Push(name);
        if ((kinds & Kinds.Formatting) != 0)
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
            for (var i = 0; i < _formatting.Count; i++)
            {
                if (_formatting[i].Serial == popped.Serial)
                {
                    _formatting[i] = _formatting[i] with { Open = false };
                    break;
                }
            }
        }
        while (!string.Equals(popped.Name, name, StringComparison.Ordinal));

        // (an element's own end tag takes it off the list of formatting elements too)
        for (var i = 0; i < _formatting.Count; i++)
        {
            if (_formatting[i].Serial == popped.Serial)
            {
                _formatting.RemoveAt(i);
                break;
            }
        }
    }

    private static Dictionary<string, Kinds> MakeKinds()
    {
        var kinds = new Dictionary<string, Kinds>(StringComparer.Ordinal);
        void Add(Kinds kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = (kinds.TryGetValue(name, out var before) ? before : Kinds.None) | kind;
            }
        }

        Add(Kinds.ClosedByRepeat, "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "a", "nobr", "rb", "rt", "rp", "rtc", "button");
        Add(Kinds.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(
            Kinds.Block,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
            "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "table",
            "html", "head", "body", "script", "style", "template", "title", "tr", "td", "th", "tbody", "thead", "tfoot");
        Add(Kinds.ScopeBoundary, "table", "td", "th", "caption", "html", "template", "applet", "object", "marquee");
        return kinds;
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

            if ((KindsOf.TryGetValue(open, out var kinds) && (kinds & Kinds.ScopeBoundary) != 0) || (name == "li" && open is "ul" or "ol") || (name == "p" && open == "button"))
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
        var entry = new Entry(name, ++_serial, Open: true);
        _stack.Add(entry);
        _counts[name] = Count(name) + 1;
        return entry;
    }

    private int Count(string name) => _counts.TryGetValue(name, out var count) ? count : 0;

    /// <summary>An element on the stack (a value: what the list of formatting elements keeps of one is its serial).</summary>
    private readonly record struct Entry(string Name, int Serial, bool Open);
}
