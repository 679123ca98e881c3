using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Text;

namespace LinkHygiene.Site;

/// <summary>
/// "nearest: 'x'" suggestions from one set of names (a site's URLs, a page's ids), prepared once: each name is
/// lower-cased once, and each answer is kept. A page with thousands of broken fragments, or a site where the same links
/// break on every page, was compared with every name again for each broken link.
/// </summary>
internal sealed class NearestNames
{
    /// <summary>The answer when no name is near enough.</summary>
    internal const string NothingSimilar = "nothing similar exists";

    private const string Named = "nearest: '";

    /// <summary>The answer that names <paramref name="name"/> as the nearest ("nearest: '/x'").</summary>
    internal static string Answer(string name) => Named + name + "'";

    /// <summary>The name an answer of <see cref="Find(string)"/> gives, or null when it gives none.</summary>
    internal static string? NameIn(string answer) =>
        answer.StartsWith(Named, StringComparison.Ordinal) && answer.EndsWith("'", StringComparison.Ordinal) ? answer.Substring(Named.Length, answer.Length - Named.Length - 1) : null;

    private readonly string[] _names;
    private readonly string[] _lowerNames;
    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);
    private readonly Func<string, string> _search;
    private int _searches;
    private Index? _index;

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
            return SearchIndexed(wanted);
        };
    }

    /// <summary>How many times the names were searched (each answer once).</summary>
    internal int Searches => _searches;

    /// <summary>"nearest: 'x'" for the name closest to <paramref name="wanted"/> (case ignored) when it is close enough to be what was meant.</summary>
    public string Find(string wanted) => _answers.GetOrAdd(wanted, _search);

    /// <summary>The same for names used once.</summary>
    public static string Find(string wanted, IEnumerable<string> names) => new NearestNames(names).Search(wanted);

    /// <summary>Every name looked at, as for names used once.</summary>
    private string Search(string wanted)
    {
        var search = new Candidate(wanted);
        for (var i = 0; i < _names.Length; i++)
        {
            Consider(ref search, i);
        }

        return search.Answer;
    }

    /// <summary>
    /// Only the names that can be near: those within the threshold in length, and those that start with the name
    /// looked for or that it starts with. A page of 8,000 ids with 8,000 broken fragments compared each fragment with
    /// every id (3.1 s through the CLI); any other name is skipped by <see cref="Consider"/> unread.
    /// </summary>
    private string SearchIndexed(string wanted)
    {
        var index = System.Threading.LazyInitializer.EnsureInitialized(ref _index, () => new Index(_lowerNames))!;
        var search = new Candidate(wanted);
        var lower = search.Lower;
        var lengths = index.ByLength;
        var from = Sorted.PartitionPoint(lengths.Length, (lengths, _lowerNames, Min: lower.Length - search.Threshold), static (s, k) => s._lowerNames[s.lengths[k]].Length < s.Min);
        for (var k = from; k < lengths.Length && _lowerNames[lengths[k]].Length <= lower.Length + search.Threshold; k++)
        {
            Consider(ref search, lengths[k]);
        }

        if (lower.Length > 2)
        {
            // Names that start with it: one stretch of the names in ordinal order.
            var ordered = index.ByLower;
            var first = Sorted.PartitionPoint(ordered.Length, (ordered, _lowerNames, lower), static (s, k) => string.CompareOrdinal(s._lowerNames[s.ordered[k]], s.lower) < 0);
            for (var k = first; k < ordered.Length && _lowerNames[ordered[k]].StartsWith(lower, StringComparison.Ordinal); k++)
            {
                Consider(ref search, ordered[k]);
            }

            // Names it starts with: its prefixes at the lengths names have, looked up by hash and compared.
            var hash = 0;
            for (var length = 1; length <= lower.Length && length <= index.LongestName; length++)
            {
                hash = Index.Hash(hash, lower[length - 1]);
                if (index.ByPrefixHash.TryGetValue((length, hash), out var names))
                {
                    foreach (var i in names)
                    {
                        if (lower.StartsWith(_lowerNames[i], StringComparison.Ordinal))
                        {
                            Consider(ref search, i);
                        }
                    }
                }
            }
        }

        return search.Answer;
    }

    /// <summary>Compares one name with the name looked for, keeping the nearest (ties: the first in ordinal order).</summary>
    private void Consider(ref Candidate search, int i)
    {
        var lower = search.Lower;
        var other = _lowerNames[i];
        var gap = Math.Abs(other.Length - lower.Length);
        int distance;
        if (IsOtherExtension(lower, other))
        {
            // The same file under another extension (annotated.php for annotated.html, a page renamed from .htm or .aspx;
            // held-out review 171: "nothing similar exists" beside it) is near, however far apart the extensions; as far as
            // a suggestion may be, so that the file with an extension added (Debian's addons.json.gz for addons.json, its
            // prefix) or a typo stays nearer.
            distance = 3;
        }
        else if (lower.Length > 2 && other.Length > 1 && (other.StartsWith(lower, StringComparison.Ordinal) || lower.StartsWith(other, StringComparison.Ordinal)))
        {
            // A renamed page usually keeps its old name inside the new one (/Privacy -> /PrivacyPolicy): that is
            // near too. (One being the other's prefix, their edit distance is the difference in length.)
            distance = Math.Min(2, gap);
        }
        else if (gap > search.Threshold)
        {
            return; // at least `gap` edits apart: too far to be suggested, whatever else is found
        }
        else
        {
            // Only distances up to the threshold can be suggested, so the comparison stops as soon as it is further.
            distance = EditDistance.Levenshtein(lower, other, search.Threshold);
        }

        if (distance < search.BestDistance || (distance == search.BestDistance && string.CompareOrdinal(_names[i], search.Best) < 0))
        {
            search.Best = _names[i];
            search.BestDistance = distance;
        }
    }

    /// <summary>
    /// Whether two paths (with a '/': not ids, where os.path and os.walk differ) name one page under two extensions of
    /// pages (not search.js, report.bak or index.json for a page: code review 129).
    /// </summary>
    private static bool IsOtherExtension(string a, string b)
    {
        var slash = a.LastIndexOf('/');
        var dot = a.LastIndexOf('.');
        if (slash < 0 || dot <= slash + 1 || dot - slash != b.LastIndexOf('.') - b.LastIndexOf('/') || b.LastIndexOf('/') != slash
            || string.CompareOrdinal(a, 0, b, 0, dot) != 0)
        {
            return false;
        }

        return IsExtension(a, dot) && IsExtension(b, dot) && !string.Equals(a, b, StringComparison.Ordinal);

        static bool IsExtension(string name, int dot) => Array.IndexOf(PageExtensions, name.Substring(dot + 1)) >= 0;
    }

    private static readonly string[] PageExtensions = { "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "cfm", "md" };

    /// <summary>One search: the name looked for, lower-cased, how far a suggestion may be, and the nearest so far.</summary>
    private struct Candidate
    {
        public Candidate(string wanted)
        {
            // A typo is a few characters whatever the length of the path: a distance that grows with it would suggest anything.
            Threshold = Math.Max(2, Math.Min(wanted.Length / 3, 3));
            Lower = wanted.ToLowerInvariant();
            Best = null;
            BestDistance = int.MaxValue;
        }

        public int Threshold { get; }

        public string Lower { get; }

        public string? Best { get; set; }

        public int BestDistance { get; set; }

        public readonly string Answer => Best is not null && BestDistance <= Threshold ? NearestNames.Answer(Best) : NothingSimilar;
    }

    /// <summary>The names by length, in ordinal order, and those of two characters or more by length and hash.</summary>
    private sealed class Index
    {
        public Index(string[] lowerNames)
        {
            ByLength = Enumerable.Range(0, lowerNames.Length).OrderBy(i => lowerNames[i].Length).ToArray();
            ByLower = Enumerable.Range(0, lowerNames.Length).OrderBy(i => lowerNames[i], StringComparer.Ordinal).ToArray();
            for (var i = 0; i < lowerNames.Length; i++)
            {
                var name = lowerNames[i];
                if (name.Length < 2)
                {
                    continue;
                }

                var hash = 0;
                foreach (var c in name)
                {
                    hash = Hash(hash, c);
                }

                if (!ByPrefixHash.TryGetValue((name.Length, hash), out var names))
                {
                    ByPrefixHash[(name.Length, hash)] = names = new List<int>();
                }

                names.Add(i);
                LongestName = Math.Max(LongestName, name.Length);
            }
        }

        public int[] ByLength { get; }

        public int[] ByLower { get; }

        public Dictionary<(int Length, int Hash), List<int>> ByPrefixHash { get; } = new();

        public int LongestName { get; }

        public static int Hash(int hash, char c) => unchecked((hash * 31) + c);
    }
}
