using System;
using System.Collections.Generic;

namespace LinkHygiene.Links;

/// <summary>A set of rule IDs (or "all rules"), as written in suppression comments and data-linkhygiene-ignore.</summary>
public sealed class RuleFilter
{
    private static readonly char[] Separators = { ' ', '\t', '\n', '\r', '\f', ',' };
    private readonly HashSet<string> _ids;

    // A union is the IDs it adds over an enclosing filter, not a copy of both: each element of a page whose outer element
    // ignores 100,000 IDs copied them all (the chain is as long as data-linkhygiene-ignore attributes nest).
    private readonly RuleFilter? _enclosing;

    private RuleFilter(bool all, HashSet<string> ids, RuleFilter? enclosing = null)
    {
        All = all;
        _ids = ids;
        _enclosing = enclosing;
    }

    /// <summary>No rules.</summary>
    public static RuleFilter Nothing { get; } = new(false, new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Every rule.</summary>
    public static RuleFilter Everything { get; } = new(true, new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether every rule is included.</summary>
    public bool All { get; }

    /// <summary>Whether nothing is included.</summary>
    public bool IsEmpty => !All && _ids.Count == 0;

    /// <summary>Parses a list of IDs; an empty list means every rule.</summary>
    public static RuleFilter Parse(string? text)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (text is not null)
        {
            foreach (var id in Split(text))
            {
                ids.Add(id);
            }
        }

        return ids.Count == 0 ? Everything : new RuleFilter(false, ids);
    }

    /// <summary>The IDs of a list as written, in order, repeated ones each time.</summary>
    internal static IEnumerable<string> Split(string text)
    {
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part.Trim();
        }
    }

    /// <summary>
    /// The IDs of a list as written, each with where it is in <paramref name="text"/> between <paramref name="from"/> and
    /// <paramref name="end"/> (-1 when it is not there as written, as with a character reference in an attribute): each is
    /// looked for after the one found before it, so a repeated ID is found at each place and none inside an earlier one
    /// (<c>LH01</c> after <c>LH010</c>). A search that finds nothing reads the rest of the text, so after a few of those
    /// the rest are not looked for: a value of 100,000 IDs written with character references read it once for each.
    /// </summary>
    internal static IEnumerable<(string Id, int At)> Locate(string ids, string text, int from, int end)
    {
        var misses = 0;
        foreach (var id in Split(ids))
        {
            var at = from < end && misses < MaxFailedSearches ? text.IndexOf(id, from, end - from, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                from = at + id.Length;
            }
            else
            {
                misses++;
            }

            yield return (id, at);
        }
    }

    private const int MaxFailedSearches = 8;

    /// <summary>The IDs listed (empty when the filter is every rule).</summary>
    public IEnumerable<string> Ids
    {
        get
        {
            if (_enclosing is null)
            {
                return _ids;
            }

            var all = new HashSet<string>(_ids, StringComparer.OrdinalIgnoreCase);
            all.UnionWith(_enclosing.Ids);
            return all;
        }
    }

    /// <summary>Whether a rule is included.</summary>
    public bool Contains(string ruleId)
    {
        for (var filter = this; filter is not null; filter = filter._enclosing)
        {
            if (filter.All || filter._ids.Contains(ruleId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The union of two filters.</summary>
    public RuleFilter Union(RuleFilter other)
    {
        if (All || other.IsEmpty)
        {
            return this;
        }

        if (other.All || IsEmpty)
        {
            return other;
        }

        HashSet<string>? added = null;
        foreach (var id in other.Ids)
        {
            if (!Contains(id))
            {
                (added ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(id);
            }
        }

        return added is null ? this : new RuleFilter(false, added, this);
    }
}
