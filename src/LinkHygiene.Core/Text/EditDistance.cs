using System;

namespace LinkHygiene.Text;

/// <summary>Levenshtein distance, for "did you mean" suggestions (rel tokens, URL schemes).</summary>
public static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions and substitutions that turn one string into the other.</summary>
    public static int Levenshtein(string a, string b) => Levenshtein(a, b, int.MaxValue - 1);

    /// <summary>
    /// The Levenshtein distance when it is at most <paramref name="max"/>, else <paramref name="max"/> + 1 (found without
    /// finishing the table once every entry of a row is over it: suggestions only want near names).
    /// </summary>
    public static int Levenshtein(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Two rows, on the stack for names of ordinary length: a site's suggestions compare thousands of names.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > max)
            {
                return max + 1; // a row's minimum never decreases further down the table
            }

            var row = previous;
            previous = current;
            current = row;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
