using System.Collections.Generic;
using System.Globalization;

namespace LinkHygiene.Cli.Output;

/// <summary>
/// GitHub code scanning's <c>primaryLocationLineHash</c>: the fingerprint github/codeql-action's upload step computes
/// when a SARIF file brings none (src/fingerprints.ts). A rolling hash (×37, modulo 2^64) over the next 100 characters
/// that are not spaces or tabs, starting at each line; CR and CRLF count as LF; written as <c>hex:n</c> where n counts
/// earlier lines with the same hash. Computing it here means alerts keep their identity however the upload is run.
/// </summary>
internal static class LineHash
{
    private const int Window = 100;
    private const ulong Multiplier = 37;
    private static readonly ulong FirstPower = Power();

    /// <summary>The hash of every line (index 0 is line 1).</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var result = new List<string>();
        var window = new int[Window];
        var lineAt = new int[Window];
        for (var i = 0; i < Window; i++)
        {
            lineAt[i] = -1;
        }

        var seen = new Dictionary<ulong, int>();
        ulong hash = 0;
        int index = 0, line = 0;
        bool lineStart = true, afterCr = false;

        void Emit()
        {
            seen[hash] = seen.TryGetValue(hash, out var n) ? n + 1 : 1;
            var number = lineAt[index];
            while (result.Count < number)
            {
                result.Add(string.Empty);
            }

            result[number - 1] = hash.ToString("x", CultureInfo.InvariantCulture) + ":" + seen[hash].ToString(CultureInfo.InvariantCulture);
            lineAt[index] = -1;
        }

        void Push(int c)
        {
            var leaving = window[index];
            window[index] = c;
            unchecked
            {
                hash = (Multiplier * hash) + (ulong)c - (FirstPower * (ulong)leaving);
            }

            index = (index + 1) % Window;
        }

        void Read(int c)
        {
            if (c == ' ' || c == '\t' || (afterCr && c == '\n'))
            {
                afterCr = false;
                return;
            }

            if (c == '\r')
            {
                c = '\n';
                afterCr = true;
            }
            else
            {
                afterCr = false;
            }

            if (lineAt[index] != -1)
            {
                Emit();
            }

            if (lineStart)
            {
                lineStart = false;
                line++;
                lineAt[index] = line;
            }

            if (c == '\n')
            {
                lineStart = true;
            }

            Push(c);
        }

        foreach (var c in text)
        {
            Read(c);
        }

        Read(65535); // end of file
        for (var i = 0; i < Window; i++)
        {
            if (lineAt[index] != -1)
            {
                Emit();
            }

            Push(0);
        }

        return result;
    }

    private static ulong Power()
    {
        ulong value = 1;
        unchecked
        {
            for (var i = 0; i < Window; i++)
            {
                value *= Multiplier;
            }
        }

        return value;
    }
}
