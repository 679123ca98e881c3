using System;
using System.Collections.Concurrent;
using System.IO;
using LinkHygiene.Site;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace.Site;

/// <summary>
/// The facts of the site's templates read from the disk, kept by file (its last write time and length) across the site's
/// indexes: the language server builds the index again after every save, and read and analysed every page a link needed
/// again each time (a link-heavy page of Python's documentation waited 1.5 s per save of another page for pages that had
/// not changed). A file whose time or length changed is read again.
/// </summary>
public sealed class TemplateFactsCache
{
    private readonly ConcurrentDictionary<string, (long Ticks, long Length, TemplateFacts? Facts)> _entries = new(PathUtilities.Comparer);
    private int _reads;

    /// <summary>How many times a file was read and analysed (not answered from the cache).</summary>
    public int Reads => _reads;

    /// <summary>The facts of a file: kept ones while the file is as it was, else <paramref name="analyse"/>'s.</summary>
    internal TemplateFacts? FactsOf(string path, Func<string, TemplateFacts?> analyse)
    {
        long ticks, length;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return analyse(path);
            }

            (ticks, length) = (info.LastWriteTimeUtc.Ticks, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return analyse(path);
        }

        if (_entries.TryGetValue(path, out var kept) && kept.Ticks == ticks && kept.Length == length)
        {
            return kept.Facts;
        }

        // (read after the time and length: a write meanwhile is read now and again next time)
        System.Threading.Interlocked.Increment(ref _reads);
        var facts = analyse(path);
        _entries[path] = (ticks, length, facts);
        return facts;
    }
}
