using System.Globalization;
using System.Text;

namespace LinkHygiene.Text;

/// <summary>
/// The characters that set the direction of text: the left-to-right, right-to-left and Arabic letter marks, and the
/// embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069).
/// </summary>
public static class DirectionControls
{
    private static readonly char[] Controls =
    {
        '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
    };

    /// <summary>
    /// The text with each of them shown by its code point (<c>&lt;U+202E&gt;</c>), for a message or a path shown to a
    /// person; the same string when it holds none.
    /// </summary>
    public static string Visible(string text)
    {
        if (text.IndexOfAny(Controls) < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = System.Array.IndexOf(Controls, c) >= 0 ? shown.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>') : shown.Append(c);
        }

        return shown.ToString();
    }
}
