using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Text;

namespace LinkHygiene.Suppressions;

/// <summary>
/// Inline suppressions written in HTML or Razor comments:
/// <c>linkhygiene-disable-next-line [IDs]</c>, <c>linkhygiene-disable [IDs]</c> … <c>linkhygiene-enable [IDs]</c>.
/// No IDs means every rule; text after <c>--</c> is a free-form reason.
/// </summary>
internal sealed class SuppressionIndex
{
    private static readonly Regex Directive = new(
        @"^\s*linkhygiene-(?<kind>disable-next-line|disable|enable)(?:\s+(?<ids>.*?))?\s*(?:--.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private readonly List<(int Line, RuleFilter Rules)> _nextLines = new();
    private readonly List<(int Start, int End, RuleFilter Rules)> _ranges = new();

    private SuppressionIndex()
    {
    }

    /// <summary>Reads the suppression comments of a document.</summary>
    public static SuppressionIndex Build(TemplateDocument document)
    {
        var index = new SuppressionIndex();
        var open = new List<(int Start, string? Id)>(); // Id null: every rule
        foreach (var comment in document.Comments)
        {
            var match = Directive.Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }

            var ids = match.Groups["ids"].Success ? match.Groups["ids"].Value : string.Empty;
            var rules = RuleFilter.Parse(ids);
            switch (match.Groups["kind"].Value)
            {
                case "disable-next-line":
                    index._nextLines.Add((document.Lines.GetLine(comment.Span.End) + 1, rules));
                    break;
                case "disable":
                    if (rules.All)
                    {
                        open.Add((comment.Span.End, null));
                    }
                    else
                    {
                        foreach (var id in SplitIds(ids))
                        {
                            open.Add((comment.Span.End, id));
                        }
                    }

                    break;
                case "enable":
                    var close = rules.All ? null : new HashSet<string>(SplitIds(ids), StringComparer.OrdinalIgnoreCase);
                    for (var k = open.Count - 1; k >= 0; k--)
                    {
                        if (close is null || (open[k].Id is not null && close.Contains(open[k].Id!)))
                        {
                            index.AddRange(open[k].Start, comment.Span.Start, open[k].Id);
                            open.RemoveAt(k);
                        }
                    }

                    break;
            }
        }

        foreach (var (start, id) in open)
        {
            index.AddRange(start, document.Text.Length, id);
        }

        return index;
    }

    /// <summary>Whether a finding of <paramref name="ruleId"/> at <paramref name="span"/> (in a link starting on <paramref name="linkLine"/>) is suppressed.</summary>
    public bool IsSuppressed(string ruleId, SourceSpan span, int findingLine, int? linkLine)
    {
        foreach (var (line, rules) in _nextLines)
        {
            if ((line == findingLine || line == linkLine) && rules.Contains(ruleId))
            {
                return true;
            }
        }

        foreach (var (start, end, rules) in _ranges)
        {
            if (span.Start >= start && span.Start < end && rules.Contains(ruleId))
            {
                return true;
            }
        }

        return false;
    }

    private void AddRange(int start, int end, string? id) =>
        _ranges.Add((start, Math.Max(start, end), id is null ? RuleFilter.Everything : RuleFilter.Parse(id)));

    private static IEnumerable<string> SplitIds(string ids) =>
        ids.Split(new[] { ' ', '\t', '\n', '\r', ',' }, StringSplitOptions.RemoveEmptyEntries);
}
