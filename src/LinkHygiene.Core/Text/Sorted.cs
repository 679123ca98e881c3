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
}
