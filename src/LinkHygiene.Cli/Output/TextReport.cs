using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using LinkHygiene.Diagnostics;
using LinkHygiene.Workspace;

namespace LinkHygiene.Cli.Output;

/// <summary>
/// The default, human format: findings grouped by file, each as <c>path(line,col): severity ID: message</c> (the shape
/// dotnet build prints, so editors and terminals link it) with a code frame and a caret under the span; then a summary
/// per rule and per severity.
/// </summary>
internal static class TextReport
{
    private const int TabWidth = 4;
    private const int MaxFrameWidth = 140;

    public static void Write(CheckReport report, TextWriter output, Style style)
    {
        var shown = new ShownLine();
        foreach (var file in report.Files)
        {
            var path = LinkHygiene.Text.ControlCharacters.Visible(report.DisplayPath(file.Path)); // (an override in a file name would reverse the line: code review 117)
            output.WriteLine(style.Bold(path) + style.Dim($"  ({Plural(file.Findings.Count, "finding")})"));
            foreach (var reported in file.Findings)
            {
                var f = reported.Finding;
                output.WriteLine(
                    $"{path}({f.Start.Line + 1},{f.Start.Character + 1}): {style.Severity(f.Severity, SeverityWords.Word(f.Severity))} {style.Bold(f.Id)}: {f.Message}");
                WriteFrame(output, style, reported, shown);
            }

            output.WriteLine();
        }

        WriteSummary(report, output, style);
    }

    /// <summary>The finding's line, tabs expanded, cut to a window around the span, with carets under the span.</summary>
    internal static void WriteFrame(TextWriter output, Style style, ReportedFinding reported, ShownLine shown)
    {
        var f = reported.Finding;
        var line = reported.LineText;
        if (line.Length == 0 && f.Start.Character == 0)
        {
            return;
        }

        var start = Math.Min(f.Start.Character, line.Length);
        var end = f.End.Line == f.Start.Line ? Math.Min(Math.Max(f.End.Character, start), line.Length) : line.Length;
        shown.Expand(line);
        var shownStart = shown.Columns[start];
        var shownEnd = shown.Columns[end];

        // Long lines (minified pages): show a window around the span, as wide in terminal cells as the frame may be
        // (a line of Chinese takes twice the cells of its characters: code review).
        var text = shown.Text;
        var from = 0;
        if (shown.CellsFrom(0) > MaxFrameWidth)
        {
            from = StartOfWindow(shown, shownStart);
            var to = EndOfWindow(text, from);
            text = (from > 0 ? "…" : string.Empty) + text.Substring(from, to - from) + (to < text.Length ? "…" : string.Empty);
            var shift = from > 0 ? 1 - from : 0;
            shownStart += shift;
            shownEnd = Math.Min(shownEnd + shift, text.Length);
        }

        var number = (f.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        // A terminal gives a CJK character or an emoji two cells and a combining mark none: carets go by cells.
        var carets = new string('^', Math.Max(1, Cells(text, shownStart, shownEnd)));
        output.WriteLine(style.Dim($"  {number} | ") + text.TrimEnd());
        output.WriteLine(style.Dim($"  {gutter} | ") + new string(' ', Cells(text, 0, Math.Max(0, shownStart))) + style.Severity(f.Severity, carets));
    }

    /// <summary>
    /// A line as shown: tabs expanded so that carets line up, control characters as spaces, and where each source column
    /// lands. The last line is kept: a minified page's findings are all on one line, which was expanded again for each.
    /// </summary>
    internal sealed class ShownLine
    {
        private string? _line;

        public string Text { get; private set; } = string.Empty;

        /// <summary>For each source column (and the line's end), its column as shown.</summary>
        public int[] Columns { get; private set; } = { 0 };

        public void Expand(string line)
        {
            if (string.Equals(line, _line, StringComparison.Ordinal))
            {
                return;
            }

            var shown = new StringBuilder(line.Length + 16);
            var columns = new int[line.Length + 1];
            var cells = 0;
            for (var i = 0; i < line.Length; i++)
            {
                columns[i] = shown.Length;
                var c = line[i];
                if (c == '\t')
                {
                    var spaces = TabWidth - (cells % TabWidth);
                    shown.Append(' ', spaces);
                    cells += spaces;
                }
                else if (char.IsControl(c))
                {
                    shown.Append(' ');
                    cells++;
                }
                else
                {
                    shown.Append(c);
                    cells += CellsOf(line, i);
                }
            }

            columns[line.Length] = shown.Length;
            (_line, Text, Columns) = (line, shown.ToString(), columns);
            _cellsBefore = null;
        }

        /// <summary>
        /// The cells the shown line takes from a column to its end: counted once a line (a minified page's thousands of
        /// findings on one line each counted the whole line again: code review 114, 4,000 links took 14 s to print).
        /// </summary>
        public int CellsFrom(int column)
        {
            if (_cellsBefore is null)
            {
                _cellsBefore = new int[Text.Length + 1];
                for (var i = 0; i < Text.Length; i++)
                {
                    _cellsBefore[i + 1] = _cellsBefore[i] + CellsOf(Text, i);
                }
            }

            return _cellsBefore[Text.Length] - _cellsBefore[Math.Min(Math.Max(column, 0), Text.Length)];
        }

        private int[]? _cellsBefore;
    }

    /// <summary>Where a window of the frame's width starts: 40 cells before the span, or sooner when the line's end is near.</summary>
    private static int StartOfWindow(ShownLine shown, int spanStart)
    {
        var text = shown.Text;
        var from = Math.Min(spanStart, text.Length);
        for (var cells = 0; from > 0 && cells < 40; from--)
        {
            cells += CellsOf(text, from - 1);
        }

        // as far left as the rest of the line still fills the window
        for (var rest = shown.CellsFrom(from); from > 0 && rest < MaxFrameWidth; from--)
        {
            rest += CellsOf(text, from - 1);
        }

        return from > 0 && char.IsLowSurrogate(text[from]) ? from - 1 : from;
    }

    /// <summary>Where a window of the frame's width that starts at <paramref name="from"/> ends.</summary>
    private static int EndOfWindow(string text, int from)
    {
        var to = from;
        for (var cells = 0; to < text.Length && cells + CellsOf(text, to) <= MaxFrameWidth; to++)
        {
            cells += CellsOf(text, to);
        }

        return to < text.Length && char.IsLowSurrogate(text[to]) ? to + 1 : to;
    }

    /// <summary>How many terminal cells the characters of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> take.</summary>
    internal static int Cells(string text, int start, int end)
    {
        var cells = 0;
        for (var i = start; i < end && i < text.Length; i++)
        {
            cells += CellsOf(text, i);
        }

        return cells;
    }

    /// <summary>
    /// The cells the character at <paramref name="i"/> takes (Wcwidth's table of East Asian widths and zero-width
    /// characters): a surrogate pair counts at its high half, a control character (shown as a space) as one.
    /// </summary>
    private static int CellsOf(string text, int i)
    {
        var c = text[i];
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
        {
            return 0;
        }

        var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : c;
        return Math.Max(Wcwidth.UnicodeCalculator.GetWidth(codePoint), codePoint < 0x20 ? 1 : 0);
    }

    private static void WriteSummary(CheckReport report, TextWriter output, Style style)
    {
        var time = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
        var total = report.All.Count;
        if (total == 0)
        {
            output.WriteLine(style.Green($"No link problems found in {Plural(report.FilesChecked, "template")} ({time})."));
            WriteInternalLinks(report, output, style);
            return;
        }

        var byRule = report.ByRule();
        var idWidth = byRule.Max(r => r.Rule.Id.Length);
        var countWidth = byRule.Max(r => r.Count.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var (rule, count, severity) in byRule)
        {
            output.WriteLine(
                $"  {style.Severity(severity, rule.Id.PadRight(idWidth))}  {count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}  {rule.Title}");
        }

        var parts = new List<string>();
        foreach (var severity in new[] { RuleSeverity.Error, RuleSeverity.Warning, RuleSeverity.Suggestion })
        {
            var count = report.Count(severity);
            if (count > 0)
            {
                parts.Add(style.Severity(severity, Plural(count, SeverityWords.Word(severity))));
            }
        }

        var fixable = 0;
        foreach (var row in report.All)
        {
            fixable += row.Finding.FixEdits.Count > 0 ? 1 : 0;
        }

        output.WriteLine();
        output.WriteLine(
            $"{Plural(total, "finding")} ({string.Join(", ", parts)}) in {Plural(report.Files.Count, "file")}; {Plural(report.FilesChecked, "template")} checked ({time})."
            + (fixable > 0 ? $" {fixable} can be fixed with --fix." : string.Empty));
        WriteInternalLinks(report, output, style);
    }

    /// <summary>How much of the site the internal-link checks really cover: resolved, broken, and undecidable by reason.</summary>
    private static void WriteInternalLinks(CheckReport report, TextWriter output, Style style)
    {
        var links = report.InternalLinks;
        if (links.Checked == 0)
        {
            return;
        }

        // The most frequent reason first (then by name).
        var reasons = new List<string>(links.Undecidable.Keys);
        reasons.Sort((a, b) => links.Undecidable[b] != links.Undecidable[a] ? links.Undecidable[b].CompareTo(links.Undecidable[a]) : string.CompareOrdinal(a, b));
        var undecidable = 0;
        var described = new List<string>(reasons.Count);
        foreach (var reason in reasons)
        {
            undecidable += links.Undecidable[reason];
            described.Add($"{links.Undecidable[reason].ToString("N0", CultureInfo.InvariantCulture)} {reason}");
        }

        output.WriteLine(style.Dim(
            $"Internal links: {Plural(links.Checked, "link")} checked, {links.Resolved.ToString("N0", CultureInfo.InvariantCulture)} resolved, {links.Broken.ToString("N0", CultureInfo.InvariantCulture)} broken, {undecidable.ToString("N0", CultureInfo.InvariantCulture)} undecidable"
            + (undecidable == 0 ? "." : ": " + string.Join("; ", described) + ".")));
    }

    internal static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
