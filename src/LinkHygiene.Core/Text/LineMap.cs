using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LinkHygiene.Engine;

namespace LinkHygiene.Text;

/// <summary>
/// Maps offsets to lines and columns with the same line breaks Roslyn's SourceText uses
/// (CR, LF, CRLF, NEL U+0085, LS U+2028, PS U+2029), so every front end prints the same positions.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    private LineMap(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        _length = length;
    }

    /// <summary>The number of lines (at least one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the map for a text.</summary>
    public static LineMap Create(string text) => Create(text, unicodeBreaks: true);

    /// <summary>
    /// Builds the map with only CR, LF and CRLF as line breaks, as the Language Server Protocol counts lines (NEL, LS
    /// and PS are ordinary characters there).
    /// </summary>
    public static LineMap CreateForLsp(string text) => Create(text, unicodeBreaks: false);

    private static LineMap Create(string text, bool unicodeBreaks)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Two passes over the breaks, one to count them and one to record where lines start, so that the array is
        // allocated once at its size.
        var breaks = unicodeBreaks ? AllBreaks : LspBreaks;
        var starts = new int[LineStarts(text, breaks, null)];
        LineStarts(text, breaks, starts);
        return new LineMap(starts, text.Length);
    }

    /// <summary>Counts the lines of a text and, given an array of that length, writes where each starts.</summary>
    [MethodImpl(Jit.Optimized)]
    private static int LineStarts(string text, char[] breaks, int[]? starts)
    {
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next break character: one vectorised search per line instead of a test per character.
            var next = text.AsSpan(i).IndexOfAny(breaks);
            if (next < 0)
            {
                break;
            }

            // The search stops only at breaks (NEL, LS and PS among them where they count); CRLF is one break.
            i += next;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (starts is not null)
            {
                starts[count] = i + 1;
            }

            count++;
        }

        return count;
    }

    private static readonly char[] AllBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };
    private static readonly char[] LspBreaks = { '\n', '\r' };

    /// <summary>Whether a character ends a line (CR handled by callers for CRLF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // (a pattern over five characters is not inlined by itself)
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The zero-based line containing <paramref name="offset"/>.</summary>
    public int GetLine(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The offset where a zero-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line, _lineStarts.Length - 1))];

    /// <summary>The zero-based line and column of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        var line = GetLine(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }
}
