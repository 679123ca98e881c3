using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using LinkHygiene.Text;

namespace LinkHygiene.Site;

/// <summary>
/// "nearest: 'x'" suggestions from one set of names (a site's URLs, a page's ids), prepared once: each name is
/// lower-cased once, and each answer is kept. A page with thousands of broken fragments, or a site where the same links
/// break on every page, was compared with every name again for each broken link.
/// </summary>
internal sealed class NearestNames
{
    private readonly string[] _names;
    private readonly string[] _lowerNames;
    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);
    private readonly Func<string, string> _search;
    private int _searches;

    public NearestNames(IEnumerable<string> names)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (seen.Add(name))
            {
                distinct.Add(name);
            }
        }

        _names = distinct.ToArray();
        _lowerNames = distinct.ConvertAll(n => n.ToLowerInvariant()).ToArray();
        _search = wanted =>
        {
            System.Threading.Interlocked.Increment(ref _searches);
            return Search(wanted);
        };
    }

    /// <summary>How many times the names were searched (each answer once).</summary>
    internal int Searches => _searches;

    /// <summary>"nearest: 'x'" for the name closest to <paramref name="wanted"/> (case ignored) when it is close enough to be what was meant.</summary>
    public string Find(string wanted) => _answers.GetOrAdd(wanted, _search);

    /// <summary>The same for names used once.</summary>
    public static string Find(string wanted, IEnumerable<string> names) => new NearestNames(names).Search(wanted);

    private string Search(string wanted)
    {
        // A typo is a few characters whatever the length of the path: a distance that grows with it would suggest anything.
        var threshold = Math.Max(2, Math.Min(wanted.Length / 3, 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = wanted.ToLowerInvariant();
        for (var i = 0; i < _names.Length; i++)
        {
            var other = _lowerNames[i];
            var gap = Math.Abs(other.Length - lower.Length);
            int distance;
            if (lower.Length > 2 && other.Length > 1 && (other.StartsWith(lower, StringComparison.Ordinal) || lower.StartsWith(other, StringComparison.Ordinal)))
            {
                // A renamed page usually keeps its old name inside the new one (/Privacy -> /PrivacyPolicy): that is
                // near too. (One being the other's prefix, their edit distance is the difference in length.)
                distance = Math.Min(2, gap);
            }
            else if (gap > threshold)
            {
                continue; // at least `gap` edits apart: too far to be suggested, whatever else is found
            }
            else
            {
                // Only distances up to the threshold can be suggested, so the comparison stops as soon as it is further.
                distance = EditDistance.Levenshtein(lower, other, threshold);
            }

            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(_names[i], best) < 0))
            {
                best = _names[i];
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= threshold ? $"nearest: '{best}'" : "nothing similar exists";
    }
}
