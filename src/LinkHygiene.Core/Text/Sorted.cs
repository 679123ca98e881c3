using System;

namespace LinkHygiene.Text;

/// <summary>Binary search over anything sorted: spans, tokens and ranges in source order.</summary>
public static class Sorted
{
    /// <summary>
    /// The first index in [0, <paramref name="count"/>) whose item is not before the point looked for (the count when
    /// every item is): <paramref name="isBefore"/> must hold for a prefix of the indexes and for none after it. The state
    /// carries what the test reads, so a static lambda serves and nothing is allocated per search.
    /// </summary>
    public static int PartitionPoint<TState>(int count, TState state, Func<TState, int, bool> isBefore)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (isBefore(state, middle))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Whether one of <paramref name="spans"/>, sorted and disjoint, holds <paramref name="offset"/>.</summary>
    public static bool AnyHolds(System.Collections.Generic.IReadOnlyList<SourceSpan> spans, int offset)
    {
        var k = PartitionPoint(spans.Count, (spans, offset), static (s, i) => s.spans[i].End <= s.offset);
        return k < spans.Count && spans[k].Start <= offset;
    }

    /// <summary>
    /// Whether one of <paramref name="spans"/>, sorted and disjoint, shares a character with [<paramref name="start"/>,
    /// <paramref name="end"/>), or for an empty range (an insertion) holds its offset with a character before it (an
    /// insertion where a span starts or ends is outside it). Disjoint spans end in the order they start, so only the
    /// first that ends after <paramref name="start"/> can.
    /// </summary>
    public static bool AnyOverlaps(System.Collections.Generic.IReadOnlyList<SourceSpan> spans, int start, int end)
    {
        var k = PartitionPoint(spans.Count, (spans, start), static (s, i) => s.spans[i].End <= s.start);
        return k < spans.Count && spans[k].Start < end;
    }
}
