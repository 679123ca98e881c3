using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;

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
        var here = findings
            .Where(f => (f.Span.Start <= end && start <= f.Span.End) || (document.PositionOf(f.Span.Start).Line <= lastLine && firstLine <= document.PositionOf(f.Span.End).Line))
            .ToList();

        if (Wanted(Lsp.QuickFix))
        {
            foreach (var finding in here.Where(f => f.Fix is not null))
            {
                actions.Add(new CodeAction(
                    $"{finding.Fix!.Title} ({finding.Id})",
                    Lsp.QuickFix,
                    DiagnosticsFor(analysis, document, finding),
                    IsPreferred: true,
                    Edit(document, documentChanges, finding.Fix.Edits)));
            }

            foreach (var rule in here.Where(f => f.Fix is not null).Select(f => f.Id).Distinct(StringComparer.Ordinal))
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

            foreach (var group in here.GroupBy(f => (f.Id, Line: SuppressionLine(document, analysis, f))))
            {
                var (line, comment) = (group.Key.Line, SuppressionComment(document.Path, group.Key.Id));
                var (lineStart, lineText) = document.Line(line);
                var indent = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
                var insert = indent + comment + LineBreak(document.Text);
                actions.Add(new CodeAction(
                    $"Suppress {group.Key.Id} on this line",
                    Lsp.QuickFix,
                    group.SelectMany(f => DiagnosticsFor(analysis, document, f)).ToList(),
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
    /// several lines would break the markup), else above the finding.
    /// </summary>
    private static int SuppressionLine(OpenDocument document, Analysis analysis, Finding finding)
    {
        var links = analysis.Result?.Links;
        if (links is not null)
        {
            foreach (var link in links)
            {
                if (link.StartTagSpan.Start <= finding.Span.Start && finding.Span.Start <= link.Span.End)
                {
                    return document.PositionOf(link.StartTagSpan.Start).Line;
                }
            }
        }

        return document.PositionOf(finding.Span.Start).Line;
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

    private static IReadOnlyList<Diagnostic> DiagnosticsFor(Analysis analysis, OpenDocument document, Finding finding)
    {
        var range = document.RangeOf(finding.Span.Start, finding.Span.End);
        return analysis.Diagnostics.Where(d => d.Code == finding.Id && d.Range == range).ToList();
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
