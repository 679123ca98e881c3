using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Rules;
using LinkHygiene.Text;

namespace LinkHygiene.Suppressions;

/// <summary>
/// Inline suppressions written in HTML or Razor comments:
/// <c>linkhygiene-disable-next-line [IDs]</c>, <c>linkhygiene-disable [IDs]</c> … <c>linkhygiene-enable [IDs]</c>.
/// No IDs means every rule; text after <c>--</c> is a free-form reason.
/// </summary>
internal sealed class SuppressionIndex
{
    // The directive's name; what follows it is read by ReadIds (a lazy "(?:\s+(?<ids>.*?))?\s*(?:--.*)?$" here tried
    // every end of the IDs against the white space after it: a comment with a long run of spaces took minutes).
    private static readonly Regex Directive = new(
        @"^\s*linkhygiene-(?<kind>disable-next-line|disable|enable)(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase);

    private const string AllRules = "*";

    // Next-line directives by the line they apply to; ranges merged per rule ID ("*" for every rule), sorted, so a
    // lookup is a dictionary hit and a binary search however many directives a file has.
    private readonly Dictionary<int, HashSet<string>> _nextLines = new();
    private readonly HashSet<int> _nextLinesForAll = new();
    private readonly Dictionary<string, List<SourceSpan>> _ranges = new(StringComparer.OrdinalIgnoreCase);

    private readonly List<(SourceSpan Span, string Id, string Directive)> _unknownIds = new();

    private readonly List<(SourceSpan Span, string Message)> _malformed = new();

    // A comment that starts as a directive does, whatever follows ("linkhygiene-disable-line", "linkhygiene-disabel",
    // "linkhygiene-disable-next-line: LH010"): the word after "linkhygiene-", and what follows it
    private static readonly Regex DirectiveLike = new(
        @"^\s*linkhygiene-(?<word>[A-Za-z][A-Za-z-]{0,40})(?<rest>.?)", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly string[] DirectiveNames = { "disable-next-line", "disable", "enable" };

    // directives of other linters written with our prefix (ESLint's, htmlhint's, html-validate's)
    private static readonly string[] OtherLintersDirectives = { "ignore", "ignore-next-line", "disable-file", "disable-block", "enable-next-line", "disable-rule", "off", "skip" };

    private SuppressionIndex()
    {
    }

    /// <summary>Rule IDs in directives that name no rule (LH900: the directive does not do what was meant).</summary>
    public IReadOnlyList<(SourceSpan Span, string Id, string Directive)> UnknownIds => _unknownIds;

    /// <summary>
    /// Comments written as a directive that is none (LH900: it suppresses nothing while it looks as if it did): an unknown
    /// directive, <c>linkhygiene-disable-line</c>, a misspelling, or the name run on into other text (held-out review 154).
    /// </summary>
    public IReadOnlyList<(SourceSpan Span, string Message)> Malformed => _malformed;

    /// <summary>Reads the suppression comments of a document.</summary>
    public static SuppressionIndex Build(TemplateDocument document)
    {
        var index = new SuppressionIndex();
        // Where each open range starts: those of a "disable" for every rule, and those of each rule ID named. An
        // "enable" closes only what it names, so each range is looked at once however many directives the file has.
        var openForAll = new List<int>();
        var openById = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in document.Comments)
        {
            var match = Directive.Match(comment.Text);
            if (!match.Success || ReadIds(match.Groups["rest"].Value) is not { } ids)
            {
                index.NoteMalformed(document, comment);
                continue;
            }

            var rules = RuleFilter.Parse(ids);
            index.NoteUnknownIds(document, comment, match.Groups["kind"].Value, ids);
            switch (match.Groups["kind"].Value.ToLowerInvariant())
            {
                case "disable-next-line":
                    // The IDs of every directive for one line in one set: 20,000 directives on a line, then a line of
                    // findings, asked each directive about each finding.
                    var line = document.Lines.GetLine(comment.Span.End) + 1;
                    if (rules.All)
                    {
                        index._nextLinesForAll.Add(line);
                        break;
                    }

                    if (!index._nextLines.TryGetValue(line, out var named))
                    {
                        index._nextLines[line] = named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    }

                    named.UnionWith(rules.Ids);
                    break;
                case "disable" when rules.All:
                    openForAll.Add(comment.Span.End);
                    break;
                case "disable":
                    foreach (var id in RuleFilter.Split(ids))
                    {
                        if (!openById.TryGetValue(id, out var starts))
                        {
                            openById[id] = starts = new List<int>();
                        }

                        starts.Add(comment.Span.End);
                    }

                    break;
                case "enable" when rules.All:
                    index.Close(document, openForAll, null, comment.Span.Start);
                    foreach (var open in openById)
                    {
                        index.Close(document, open.Value, open.Key, comment.Span.Start);
                    }

                    openById.Clear();
                    break;
                case "enable":
                    foreach (var id in RuleFilter.Split(ids))
                    {
                        document.CountWork(1);
                        if (openById.TryGetValue(id, out var starts))
                        {
                            index.Close(document, starts, id, comment.Span.Start);
                            openById.Remove(id);
                        }
                    }

                    break;
            }
        }

        index.Close(document, openForAll, null, document.Text.Length);
        foreach (var open in openById)
        {
            index.Close(document, open.Value, open.Key, document.Text.Length);
        }

        foreach (var ranges in index._ranges.Values)
        {
            Merge(ranges);
        }

        return index;
    }

    /// <summary>Whether a finding of <paramref name="ruleId"/> at <paramref name="span"/> (in a link starting on <paramref name="linkLine"/>) is suppressed.</summary>
    public bool IsSuppressed(string ruleId, SourceSpan span, int findingLine, int? linkLine) =>
        NextLine(ruleId, findingLine) || (linkLine is { } l && NextLine(ruleId, l)) || InRange(ruleId, span.Start) || InRange(AllRules, span.Start);

    private bool NextLine(string ruleId, int line) =>
        _nextLinesForAll.Contains(line) || (_nextLines.TryGetValue(line, out var named) && named.Contains(ruleId));

    // Merged ranges do not overlap: a binary search finds the only one that can hold the offset.
    private bool InRange(string key, int offset) => _ranges.TryGetValue(key, out var ranges) && Sorted.AnyHolds(ranges, offset);

    /// <summary>Ends the ranges that start at <paramref name="starts"/> at <paramref name="end"/>, and forgets the starts.</summary>
    private void Close(TemplateDocument document, List<int> starts, string? id, int end)
    {
        document.CountWork(starts.Count);
        foreach (var start in starts)
        {
            AddRange(start, end, id);
        }

        starts.Clear();
    }

    private void AddRange(int start, int end, string? id)
    {
        var key = id ?? AllRules;
        if (!_ranges.TryGetValue(key, out var ranges))
        {
            _ranges[key] = ranges = new List<SourceSpan>();
        }

        ranges.Add(new SourceSpan(start, Math.Max(0, end - start)));
    }

    private static void Merge(List<SourceSpan> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<SourceSpan>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[merged.Count - 1].End)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = new SourceSpan(last.Start, Math.Max(last.End, range.End) - last.Start);
            }
            else
            {
                merged.Add(range);
            }
        }

        ranges.Clear();
        ranges.AddRange(merged);
    }

    private void NoteMalformed(TemplateDocument document, TemplateComment comment)
    {
        var like = DirectiveLike.Match(comment.Text);
        if (!like.Success)
        {
            return;
        }

        // (the longest name it starts with: "disable-next-line:" is that directive with a ':' after it)
        var word = like.Groups["word"].Value.TrimEnd('-');
        var start = document.Text.IndexOf("linkhygiene-", comment.Span.Start, comment.Span.Length, StringComparison.Ordinal);
        var span = start < 0 ? comment.Span : new SourceSpan(start, "linkhygiene-".Length + word.Length);
        var named = Array.Find(DirectiveNames, name => string.Equals(word, name, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            var after = like.Groups["rest"].Value;
            _malformed.Add((span, $"'linkhygiene-{word}' is followed by '{after}', so it suppresses nothing: write a space between the directive and its rule IDs (linkhygiene-{named} LH010)"));
            return;
        }

        // (only a word near a directive's name, or one another linter uses: a comment that names a file, a setting or the
        // tool, "linkhygiene-report.html", is no directive; code review 118)
        var nearest = string.Equals(word, "disable-line", StringComparison.OrdinalIgnoreCase) ? "disable-next-line"
            : DirectiveNames.OrderBy(name => EditDistance.Levenshtein(word.ToLowerInvariant(), name)).First();
        var close = string.Equals(word, "disable-line", StringComparison.OrdinalIgnoreCase) || EditDistance.Levenshtein(word.ToLowerInvariant(), nearest) <= 2;
        if (!close && Array.IndexOf(OtherLintersDirectives, word.ToLowerInvariant()) < 0)
        {
            return;
        }
        _malformed.Add((span, $"'linkhygiene-{word}' is no LinkHygiene directive, so it suppresses nothing"
            + (close ? $"; did you mean 'linkhygiene-{nearest}'{(word.Equals("disable-line", StringComparison.OrdinalIgnoreCase) ? " (on the line before the link)" : string.Empty)}?" : ".")
            + " The directives are linkhygiene-disable-next-line, linkhygiene-disable and linkhygiene-enable"));
    }

    private void NoteUnknownIds(TemplateDocument document, TemplateComment comment, string kind, string ids)
    {
        // Point at each ID itself when the comment's source shows it (found after the one before it), else at the comment.
        var text = document.Text;
        var end = comment.Span.End;
        var kindAt = text.IndexOf(kind, comment.Span.Start, comment.Span.Length, StringComparison.Ordinal);
        var from = kindAt < 0 ? comment.Span.Start : kindAt + kind.Length;
        foreach (var (id, at) in RuleFilter.Locate(ids, text, from, end))
        {
            if (RuleCatalog.Find(id) is null)
            {
                _unknownIds.Add((at < 0 ? comment.Span : new SourceSpan(at, id.Length), id, "linkhygiene-" + kind));
            }
        }
    }

    /// <summary>
    /// The rule IDs after a directive's name: what is left before a <c>--</c> comment or the trailing white space, after
    /// the white space that must separate them from the name. Null when the name runs on into other text.
    /// </summary>
    internal static string? ReadIds(string rest)
    {
        if (rest.Length == 0 || rest.StartsWith("--", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        if (!char.IsWhiteSpace(rest[0]))
        {
            return null;
        }

        var start = 0;
        while (start < rest.Length && char.IsWhiteSpace(rest[start]))
        {
            start++;
        }

        // The IDs end at the first "--", or at the first run of white space that reaches "--" or the end.
        for (var i = start; i < rest.Length; i++)
        {
            if (rest[i] == '-' && i + 1 < rest.Length && rest[i + 1] == '-')
            {
                return rest.Substring(start, i - start);
            }

            if (char.IsWhiteSpace(rest[i]))
            {
                var next = i;
                while (next < rest.Length && char.IsWhiteSpace(rest[next]))
                {
                    next++;
                }

                if (next == rest.Length || (rest[next] == '-' && next + 1 < rest.Length && rest[next + 1] == '-'))
                {
                    return rest.Substring(start, i - start);
                }

                i = next - 1;
            }
        }

        return rest.Substring(start);
    }
}
