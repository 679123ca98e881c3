using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LinkHygiene.Cli.Lsp;
using LinkHygiene.Text;
using Range = LinkHygiene.Cli.Lsp.Range;

namespace LinkHygiene.Cli.Tests.Lsp;

/// <summary>How an open buffer applies a didChange's content changes.</summary>
public sealed class OpenDocumentTests
{
    [Fact]
    public void ChangesAppliedTogetherGiveTheTextOfApplyingThemOneByOne()
    {
        // Texts with every line break and blank lines; changes as VS Code sends a multi-cursor edit (one per cursor,
        // last in the text first), mixed with changes in any order, ranges written backwards, positions past the end of
        // a line or of the text, negative ones and changes of the whole text.
        var random = new Random(20261201);
        var pieces = new[] { "a", "bc", "<a href=\"/x\">", "\n", "\r\n", "\r", "\t", "é", "😀", "" };
        string Piece() => pieces[random.Next(pieces.Length)];
        for (var round = 0; round < 20_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Piece()));
            var document = new OpenDocument("file:///page.html", "/page.html", "html", 1, text);
            var expected = text;
            var changes = new List<TextDocumentContentChangeEvent>();
            var cursors = random.Next(2) == 0;
            var lines = LineMap.CreateForLsp(text);
            var previous = new Position(lines.LineCount, 0);
            for (var c = random.Next(1, 8); c > 0; c--)
            {
                TextDocumentContentChangeEvent change;
                if (random.Next(40) == 0)
                {
                    change = new TextDocumentContentChangeEvent(null, null, Piece() + Piece());
                }
                else if (cursors && random.Next(6) != 0)
                {
                    // Somewhere before the last change's start, in the text as the changes before left it.
                    var endLine = random.Next(0, Math.Min(previous.Line, lines.LineCount - 1) + 1);
                    var endCharacter = random.Next(0, 4);
                    var end = endLine == previous.Line ? new Position(endLine, Math.Min(endCharacter, previous.Character)) : new Position(endLine, endCharacter);
                    var start = random.Next(3) == 0 ? end : new Position(random.Next(0, end.Line + 1), random.Next(0, 4));
                    if (start.Line == end.Line && start.Character > end.Character)
                    {
                        start = end;
                    }

                    change = new TextDocumentContentChangeEvent(new Range(start, end), null, random.Next(3) == 0 ? string.Empty : Piece() + Piece());
                    previous = start;
                }
                else
                {
                    Position Anywhere() => new(random.Next(-1, lines.LineCount + 2), random.Next(-1, 6));
                    change = new TextDocumentContentChangeEvent(new Range(Anywhere(), Anywhere()), null, Piece());
                }

                changes.Add(change);
                expected = ApplyOne(expected, change);
                lines = LineMap.CreateForLsp(expected);
            }

            document.Apply(2, changes);
            Assert.True(expected == document.Text, $"round {round}: {Show(text)} with {string.Join(", ", changes.Select(Show))}: {Show(document.Text)}, not {Show(expected)}");
            Assert.Equal(LineMap.CreateForLsp(expected).LineCount, document.LineCount);
        }
    }

    [Fact]
    public void AMultiCursorEditOfAThousandCursorsIsOneTextOfThemAll()
    {
        var text = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"<a href=\"/p{i}\">Page {i}</a>\r\n"));
        var document = new OpenDocument("file:///page.html", "/page.html", "html", 1, text);
        var changes = Enumerable.Range(0, 1_000).Reverse().Select(line => new TextDocumentContentChangeEvent(new Range(new Position(line, 2), new Position(line, 2)), null, " rel=\"ugc\"")).ToList();
        document.Apply(2, changes);
        Assert.Equal(text.Replace("<a href", "<a rel=\"ugc\" href", StringComparison.Ordinal), document.Text);
    }

    /// <summary>The specification's reading, one change at a time (what the buffer did before it applied runs of them together).</summary>
    private static string ApplyOne(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text;
        }

        var document = new OpenDocument("file:///x.html", "/x.html", "html", 1, text);
        var start = document.OffsetOf(change.Range.Start);
        var end = Math.Max(start, document.OffsetOf(change.Range.End));
        return new StringBuilder(text).Remove(start, end - start).Insert(start, change.Text).ToString();
    }

    private static string Show(string text) => "\"" + text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Show(TextDocumentContentChangeEvent change) =>
        change.Range is null ? $"all={Show(change.Text)}" : $"({change.Range.Start.Line},{change.Range.Start.Character})-({change.Range.End.Line},{change.Range.End.Character})={Show(change.Text)}";
}
