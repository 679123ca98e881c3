using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LinkHygiene.Diagnostics;
using LinkHygiene.Options;
using LinkHygiene.Site;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinkHygiene.Analyzers;

/// <summary>
/// What the engine found in each template, kept across compilations. The compiler server (and an IDE) lives across
/// builds and keeps this assembly loaded, so a template whose text, options and project strings have not changed is
/// not analysed again: a rebuild after editing one page analyses that page only. An entry is used only when
/// everything its result depends on is the same:
/// <list type="bullet">
/// <item>the text: length, encoding and the compiler's checksum of it;</item>
/// <item>every option the engine looked up while analysing it, with the same answer now (the engine reads options
/// only through <see cref="IOptionSource"/>, so the recorded lookups are all it depended on);</item>
/// <item>the project's neutral .resx strings (their paths and checksums).</item>
/// </list>
/// Only findings and the small per-template facts are kept, never the parsed document. The cache holds at most
/// <see cref="DefaultBudget"/> characters' worth of templates; past that, the least recently used go.
/// </summary>
internal sealed class TemplateResultCache
{
    /// <summary>Characters of template text (a proxy for what an entry holds, which is much smaller) kept at most.</summary>
    internal const long DefaultBudget = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _evictionLock = new();
    private readonly long _budget;
    private long _size;
    private long _clock;

    public TemplateResultCache(long budget = DefaultBudget) => _budget = budget;

    /// <summary>Templates served from the cache (for tests).</summary>
    internal int Hits;

    /// <summary>Templates analysed and stored (for tests).</summary>
    internal int Stores;

    /// <summary>Entries held now (for tests).</summary>
    internal int Count => _entries.Count;

    /// <summary>The cached result for a template, when nothing it depends on has changed.</summary>
    public bool TryGet(string path, SourceText text, string projectKey, AnalyzerConfigOptions options, out Result result)
    {
        result = default;
        if (!_entries.TryGetValue(path, out var entry)
            || entry.Length != text.Length
            || entry.ProjectKey != projectKey
            || !string.Equals(entry.Encoding, text.Encoding?.WebName, StringComparison.Ordinal)
            || text.GetChecksum() is not { IsDefaultOrEmpty: false } checksum
            || !entry.Checksum.SequenceEqual(checksum))
        {
            return false;
        }

        foreach (var lookup in entry.Lookups)
        {
            var now = options.TryGetValue(lookup.Key, out var v) ? v : null;
            if (!string.Equals(now, lookup.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        entry.LastUsed = Interlocked.Increment(ref _clock);
        Interlocked.Increment(ref Hits);
        result = entry.Result;
        return true;
    }

    /// <summary>Stores what the engine found, with the option lookups it made (<see cref="AnalyzerConfigOptionSource.Lookups"/>).</summary>
    public void Store(string path, SourceText text, string projectKey, AnalyzerConfigOptionSource options, Result result)
    {
        var checksum = text.GetChecksum();
        if (!options.IsRecording || checksum.IsDefaultOrEmpty)
        {
            return; // without its lookups or a checksum, an entry could not tell when its inputs change
        }

        var entry = new Entry(text.Length, text.Encoding?.WebName, checksum, projectKey, options.Lookups(), result)
        {
            LastUsed = Interlocked.Increment(ref _clock),
        };
        var replaced = 0;
        _entries.AddOrUpdate(path, entry, (_, old) =>
        {
            replaced = old.Length;
            return entry;
        });
        Interlocked.Increment(ref Stores);
        if (Interlocked.Add(ref _size, entry.Length - replaced) > _budget)
        {
            Evict();
        }
    }

    /// <summary>Drops the least recently used entries until a quarter of the budget is free.</summary>
    private void Evict()
    {
        lock (_evictionLock)
        {
            if (Interlocked.Read(ref _size) <= _budget)
            {
                return;
            }

            foreach (var pair in _entries.ToArray().OrderBy(p => p.Value.LastUsed))
            {
                if (Interlocked.Read(ref _size) <= _budget * 3 / 4)
                {
                    break;
                }

                if (((ICollection<KeyValuePair<string, Entry>>)_entries).Remove(pair))
                {
                    Interlocked.Add(ref _size, -pair.Value.Length);
                }
            }
        }
    }

    /// <summary>What the analyzer keeps of one template's analysis.</summary>
    internal readonly record struct Result(IReadOnlyList<Finding> Findings, TemplateFacts? Facts);

    /// <summary>One template's result and everything it was computed from.</summary>
    private sealed record Entry(int Length, string? Encoding, ImmutableArray<byte> Checksum, string ProjectKey, KeyValuePair<string, string?>[] Lookups, Result Result)
    {
        public long LastUsed { get; set; }
    }
}
