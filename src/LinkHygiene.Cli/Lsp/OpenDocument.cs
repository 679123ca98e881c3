using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace LinkHygiene.Cli.Lsp;

/// <summary>
/// An open editor buffer: its text as the client sees it, its version, and the mapping between offsets and LSP
/// positions (lines end at CR, LF or CRLF only, as LSP defines them; characters are UTF-16 code units).
/// </summary>
internal sealed class OpenDocument
{
    private int[] _lineStarts;

    public OpenDocument(string uri, string path, string languageId, int version, string text)
    {
        Uri = uri;
        Path = path;
        LanguageId = languageId;
        Version = version;
        Text = text;
        _lineStarts = LineStarts(text);
    }

    public string Uri { get; }

    /// <summary>The file path the engine and the configuration see (a made-up path for untitled buffers).</summary>
    public string Path { get; }

    public string LanguageId { get; }

    public int Version { get; private set; }

    public string Text { get; private set; }

    /// <summary>Cancels the analysis of an older version.</summary>
    public CancellationTokenSource? Analysis { get; set; }

    /// <summary>Whether an analysis is running (a change that arrives meanwhile is part of a burst of typing).</summary>
    public bool IsAnalysing { get; set; }

    /// <summary>Applies the client's changes in order: a change with a range replaces that range, one without replaces the text.</summary>
    public void Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        var lineStarts = _lineStarts;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
            }
            else
            {
                var start = OffsetOf(text, lineStarts, change.Range.Start);
                var end = Math.Max(start, OffsetOf(text, lineStarts, change.Range.End));
                text = new StringBuilder(text.Length - (end - start) + (change.Text?.Length ?? 0))
                    .Append(text, 0, start)
                    .Append(change.Text)
                    .Append(text, end, text.Length - end)
                    .ToString();
            }

            lineStarts = LineStarts(text);
        }

        Text = text;
        _lineStarts = lineStarts;
        Version = version;
    }

    /// <summary>The LSP position of an offset in the current text.</summary>
    public Position PositionOf(int offset) => PositionOf(_lineStarts, Math.Max(0, Math.Min(offset, Text.Length)));

    public int OffsetOf(Position position) => OffsetOf(Text, _lineStarts, position);

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    /// <summary>The start of a line and the text of that line without its break.</summary>
    public (int Start, string Text) Line(int line)
    {
        line = Math.Max(0, Math.Min(line, _lineStarts.Length - 1));
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return (start, Text.Substring(start, end - start));
    }

    public int LineCount => _lineStarts.Length;

    private static Position PositionOf(int[] lineStarts, int offset)
    {
        int lo = 0, hi = lineStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return new Position(lo, offset - lineStarts[lo]);
    }

    /// <summary>
    /// The offset of a position. A line past the end means the end of the text; a character past the end of its line
    /// means the end of the line (as the specification says clients may send).
    /// </summary>
    private static int OffsetOf(string text, int[] lineStarts, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Length)
        {
            return text.Length;
        }

        var start = lineStarts[position.Line];
        var end = position.Line + 1 < lineStarts.Length ? lineStarts[position.Line + 1] : text.Length;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return Math.Min(start + Math.Max(0, position.Character), end);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
