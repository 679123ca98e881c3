using System.Globalization;
using System.Text;

namespace LinkHygiene.Text;

/// <summary>
/// The characters a message must not carry as they are: those that set the direction of text (the left-to-right,
/// right-to-left and Arabic letter marks, and the embeddings, overrides and isolates, U+202A to U+202E, U+2066 to U+2069),
/// and the control characters other than tab, line feed and carriage return (C0, DEL and C1: a backspace in an href
/// erased the message's text in a terminal; held-out review 157).
/// </summary>
public static class ControlCharacters
{
    private static readonly char[] Direction =
    {
        '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
    };

    /// <summary>
    /// The text with each of them shown by its code point (<c>&lt;U+202E&gt;</c>, <c>&lt;U+0008&gt;</c>), for a message or a
    /// path shown to a person; the same string when it holds none.
    /// </summary>
    public static string Visible(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsShown(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = IsShown(c) ? shown.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>') : shown.Append(c);
        }

        return shown.ToString();
    }

    private static bool IsShown(char c) =>
        (c < '\u0020' && c is not '\t' and not '\n' and not '\r') || (c >= '\u007F' && c <= '\u009F') || (c >= '\u061C' && System.Array.IndexOf(Direction, c) >= 0);
}
