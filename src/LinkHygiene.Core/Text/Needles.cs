using System;

namespace LinkHygiene.Text;

/// <summary>Searches of a text for any of a list of words (the quick scans that decide whether to read it further).</summary>
internal static class Needles
{
    /// <summary>Whether the text holds any of the words, compared as <paramref name="comparison"/> says.</summary>
    public static bool AnyIn(string text, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, comparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
