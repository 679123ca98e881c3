using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using LinkHygiene.Site;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace.Site;

/// <summary>
/// The facts of the site's templates, kept by file and text across the site's indexes: the language server builds the
/// index again after every save, and analysed every page a link needed again each time (a link-heavy page of Python's
/// documentation waited 1.5 s per save of another page for pages that had not changed). A file is still read each time,
/// and analysed again when its text changed: its time and length did not say so for a symbolic link, a copy that keeps
/// the time (cp -p, rsync -t, an unpacked archive) or a rename over it (code review 129).
/// </summary>
public sealed class TemplateFactsCache
{
    private readonly ConcurrentDictionary<string, (int Length, ulong Hash, TemplateFacts? Facts)> _entries = new(PathUtilities.Comparer);
    private int _analyses;

    /// <summary>How many times a text was analysed (not answered from the cache).</summary>
    public int Analyses => _analyses;

    /// <summary>The facts of a file's text: kept ones while the text is the same, else <paramref name="analyse"/>'s.</summary>
    internal TemplateFacts? FactsOf(string path, string text, Func<string, TemplateFacts?> analyse)
    {
        var hash = Hash(text);
        if (_entries.TryGetValue(path, out var kept) && kept.Length == text.Length && kept.Hash == hash)
        {
            return kept.Facts;
        }

        System.Threading.Interlocked.Increment(ref _analyses);
        var facts = analyse(text);
        _entries[path] = (text.Length, hash, facts);
        return facts;
    }

    /// <summary>Forgets the files under a folder that are not among <paramref name="present"/> (gone, renamed).</summary>
    internal void KeepOnly(string folder, ICollection<string> present)
    {
        var prefix = folder.EndsWith(System.IO.Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + System.IO.Path.DirectorySeparatorChar;
        foreach (var path in _entries.Keys)
        {
            if (path.StartsWith(prefix, PathUtilities.Comparison) && !present.Contains(path))
            {
                _entries.TryRemove(path, out _);
            }
        }
    }

    // FNV-1a over the text's UTF-16 code units: a text's identity within this process, with its length beside it.
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
