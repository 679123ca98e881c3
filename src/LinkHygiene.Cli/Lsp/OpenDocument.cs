using System;
using System.Collections.Generic;
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

    /// <summary>
    /// The whole analysis whose internal links the running analysis checks again (the site changed), while it runs; null
    /// when the running analysis is any other kind. Not stored meanwhile (a key typed then must be analysed), but a
    /// second change of the site before it is done checks the same analysis again.
    /// </summary>
    public Analysis? Rechecking { get; set; }

    /// <summary>
    /// The last change as one replacement of the text before it (start, end, new text), when it was a single ranged
    /// change; null otherwise. The language server carries an analysis through it when it can.
    /// </summary>
    public (int Start, int End, string Text)? LastEdit { get; private set; }

    /// <summary>
    /// The changes since the language server stored its last analysis of this document, each a replacement of the text
    /// before it; null when one of them was not a single ranged change (the next is analysed, not carried).
    /// </summary>
    public List<(int Start, int End, string Text)>? EditsSinceAnalysis { get; set; }

    /// <summary>Applies the client's changes in order: a change with a range replaces that range, one without replaces the text.</summary>
    /// <remarks>
    /// A multi-cursor edit comes as one change per cursor, last in the text first (as VS Code sends them). Each change
    /// that ends where the one before it starts, or earlier, means the same in the text before that one as after it,
    /// so such a run is applied in one pass over the text: rebuilding the text and its lines once per change made
    /// 6,000 cursors in a 376 KB page take 9-13 s. Anything else (a change after the one before it, a start past the
    /// end of its line or of the text, a start just after a CR) starts a new run, on the text as changed so far.
    /// </remarks>
    public void Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        var lines = _lines;
        LastEdit = null;
        if (changes.Count == 1 && changes[0].Range is { } only)
        {
            var from = OffsetOf(text, lines, only.Start);
            LastEdit = (from, Math.Max(from, OffsetOf(text, lines, only.End)), changes[0].Text ?? string.Empty);
        }

        var run = new List<(int Start, int End, string Text)>();
        Position? runStart = null; // the start of the run's last change, while later changes can join the run
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                run.Clear(); // replaced with the rest of the text
                text = change.Text ?? string.Empty;
                lines = LineMap.CreateForLsp(text);
                runStart = null;
                continue;
            }

            // A change joins the run when it ends where the last one starts, or before (its start before its end). Its own
            // positions need no check: on an earlier line, or on that line before an exact position, they read alike.
            if (run.Count > 0 && !(runStart is not null && !IsBefore(range.End, range.Start) && !IsBefore(runStart, range.End)))
            {
                (text, lines) = Flush(text, lines, run);
            }

            var start = OffsetOf(text, lines, range.Start);
            var end = Math.Max(start, OffsetOf(text, lines, range.End));
            run.Add((start, end, change.Text ?? string.Empty));
            // Just after a CR, a change that starts with (or brings up) an LF makes one line break of the two and moves
            // where its line starts: changes before it are applied after it, as they come.
            runStart = IsExact(text, lines, range.Start) && (start == 0 || text[start - 1] != '\r') ? range.Start : null;
        }

        (text, lines) = Flush(text, lines, run);
        Text = text;
        _lines = lines;
        Version = version;

        static bool IsBefore(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);

        // A position that names a place in the text as it is (not one past the end of its line or of the text, which
        // the offset clamps, and which can name another place once a change before it lengthens its line).
        static bool IsExact(string text, LineMap lines, Position position) =>
            position.Line >= 0 && position.Line < lines.LineCount && position.Character >= 0
            && lines.GetLineStart(position.Line) + position.Character <= LineEnd(text, lines, position.Line);

        // The run's changes, last in the text first, applied to the text in one pass.
        static (string, LineMap) Flush(string text, LineMap lines, List<(int Start, int End, string Text)> run)
        {
            if (run.Count == 0)
            {
                return (text, lines);
            }

            var length = text.Length;
            foreach (var (start, end, replacement) in run)
            {
                length += replacement.Length - (end - start);
            }

            // Made in place: one copy of a page that may be large (a builder's buffer and its string were two).
            var changed = string.Create(length, (Text: text, Run: run), static (target, state) =>
            {
                var position = 0;
                var at = 0;
                for (var i = state.Run.Count - 1; i >= 0; i--)
                {
                    var (start, end, replacement) = state.Run[i];
                    state.Text.AsSpan(position, start - position).CopyTo(target[at..]);
                    at += start - position;
                    replacement.AsSpan().CopyTo(target[at..]);
                    at += replacement.Length;
                    position = end;
                }

                state.Text.AsSpan(position).CopyTo(target[at..]);
            });
            run.Clear();
            return (changed, LineMap.CreateForLsp(changed));
        }
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
