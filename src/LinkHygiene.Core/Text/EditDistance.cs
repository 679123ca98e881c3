using System;

namespace LinkHygiene.Text;

/// <summary>Levenshtein distance, for "did you mean" suggestions (rel tokens, URL schemes).</summary>
public static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions and substitutions that turn one string into the other.</summary>
    public static int Levenshtein(string a, string b) => Levenshtein(a, b, int.MaxValue - 1);

    /// <summary>
    /// The Levenshtein distance when it is at most <paramref name="max"/>, else <paramref name="max"/> + 1. Only the cells
    /// within <paramref name="max"/> of the diagonal are computed (a path that leaves that band costs more than the bound),
    /// and the table is left once every cell of a row is over it: suggestions only want near names, and two long names
    /// that differ only at their ends filled the whole table.
    /// </summary>
    public static int Levenshtein(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Cells outside the band count as `over`: more than any distance the band can tell apart.
        var band = Math.Min(max, Math.Max(a.Length, b.Length));
        var over = band + 1;

        // Two rows, on the stack for names of ordinary length: a site's suggestions compare thousands of names.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= band ? j : over;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - band);
            var high = Math.Min(b.Length, i + band);
            current[low - 1] = low == 1 && i <= band ? i : over;
            var rowMinimum = current[low - 1];
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost), over);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (high < b.Length)
            {
                current[high + 1] = over; // the next row reads it as the cell above its last
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
