using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using LinkHygiene.Text;

namespace LinkHygiene.Cli.Lsp;

/// <summary>
/// An open editor buffer: its text as the client sees it, its version, and the mapping between offsets and LSP
/// positions (lines end at CR, LF or CRLF only, as LSP defines them; characters are UTF-16 code units).
/// </summary>
internal sealed class OpenDocument
{
    private LineMap _lines;

    public OpenDocument(string uri, string path, string languageId, int version, string text)
    {
        Uri = uri;
        Path = path;
        LanguageId = languageId;
        Version = version;
        Text = text;
        _lines = LineMap.CreateForLsp(text);
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
        var lines = _lines;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
            }
            else
            {
                var start = OffsetOf(text, lines, change.Range.Start);
                var end = Math.Max(start, OffsetOf(text, lines, change.Range.End));
                text = new StringBuilder(text.Length - (end - start) + (change.Text?.Length ?? 0))
                    .Append(text, 0, start)
                    .Append(change.Text)
                    .Append(text, end, text.Length - end)
                    .ToString();
            }

            lines = LineMap.CreateForLsp(text);
        }

        Text = text;
        _lines = lines;
        Version = version;
    }

    /// <summary>The LSP position of an offset in the current text.</summary>
    public Position PositionOf(int offset)
    {
        var position = _lines.GetPosition(offset);
        return new Position(position.Line, position.Character);
    }

    public int OffsetOf(Position position) => OffsetOf(Text, _lines, position);

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    /// <summary>The start of a line and the text of that line without its break.</summary>
    public (int Start, string Text) Line(int line)
    {
        line = Math.Max(0, Math.Min(line, _lines.LineCount - 1));
        var start = _lines.GetLineStart(line);
        return (start, Text.Substring(start, LineEnd(Text, _lines, line) - start));
    }

    public int LineCount => _lines.LineCount;

    /// <summary>
    /// The offset of a position. A line past the end means the end of the text; a character past the end of its line
    /// means the end of the line (as the specification says clients may send).
    /// </summary>
    private static int OffsetOf(string text, LineMap lines, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lines.LineCount)
        {
            return text.Length;
        }

        var start = lines.GetLineStart(position.Line);
        return Math.Min(start + Math.Max(0, position.Character), LineEnd(text, lines, position.Line));
    }

    /// <summary>Where a line's text ends, before its line break.</summary>
    private static int LineEnd(string text, LineMap lines, int line)
    {
        var start = lines.GetLineStart(line);
        var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }
}
