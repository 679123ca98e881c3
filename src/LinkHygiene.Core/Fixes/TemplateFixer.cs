using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Text;

namespace LinkHygiene.Fixes;

/// <summary>The outcome of fixing a template.</summary>
/// <param name="Text">The fixed text.</param>
/// <param name="Applied">How many findings were fixed.</param>
/// <param name="Fixed">How many findings of each rule were fixed.</param>
public sealed record FixResult(string Text, int Applied, IReadOnlyDictionary<string, int> Fixed);

/// <summary>
/// Applies the engine's unambiguous fixes (LH001, LH002, LH003: add the rel token; LH006: normalise rel; LH020: add
/// noopener). A fix is applied whole or not at all; fixes that touch the same attribute are applied one per round,
/// re-analysing in between, so each sees the other's result. Every character outside the edited attributes is kept.
/// </summary>
public static class TemplateFixer
{
    private const int MaxRounds = 16;

    /// <summary>Fixes a template's text.</summary>
    /// <param name="path">The template's path (decides the template language).</param>
    /// <param name="text">The text.</param>
    /// <param name="options">Options that apply to the file.</param>
    /// <param name="ruleIds">Only fix these rules (null: every fixable rule).</param>
    /// <param name="cancellationToken">Cancels.</param>
    public static FixResult Fix(string path, string text, IOptionSource options, IReadOnlyCollection<string>? ruleIds = null, CancellationToken cancellationToken = default)
    {
        var fixedById = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var applied = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var result = LinkHygieneEngine.Analyze(path, text, options, cancellationToken);
            var chosen = new List<Finding>();
            var taken = new TakenEdits();
            foreach (var finding in result.Findings)
            {
                if (finding.Fix is not { } fix || finding.Severity == RuleSeverity.None
                    || (ruleIds is not null && !ruleIds.Contains(finding.Id, StringComparer.OrdinalIgnoreCase)))
                {
                    continue;
                }

                if (fix.Edits.Any(e => e.Span.End > text.Length || taken.Overlaps(e)))
                {
                    continue; // touches what another fix changes: next round, on the re-analysed text
                }

                chosen.Add(finding);
                taken.Add(fix.Edits);
            }

            if (chosen.Count == 0)
            {
                break;
            }

            var (next, _) = TextEdits.Apply(text, taken.All);
            if (next == text)
            {
                break;
            }

            text = next;
            applied += chosen.Count;
            foreach (var finding in chosen)
            {
                fixedById[finding.Id] = fixedById.TryGetValue(finding.Id, out var n) ? n + 1 : 1;
            }
        }

        return new FixResult(text, applied, fixedById);
    }

    /// <summary>
    /// Fixes a template's bytes, keeping its encoding and byte-order mark (see <see cref="TemplateEncoding.Decode"/>).
    /// Bytes that cannot be read back exactly are returned unchanged.
    /// </summary>
    public static (byte[] Bytes, int Applied) FixBytes(string path, byte[] bytes, IOptionSource options, IReadOnlyCollection<string>? ruleIds = null, CancellationToken cancellationToken = default)
    {
        var (result, fixedBytes) = FixBytesDetailed(path, bytes, options, ruleIds, cancellationToken);
        return (fixedBytes, result?.Applied ?? 0);
    }

    /// <summary>As <see cref="FixBytes"/>, with what was fixed (null when the bytes could not be decoded exactly).</summary>
    public static (FixResult? Result, byte[] Bytes) FixBytesDetailed(string path, byte[] bytes, IOptionSource options, IReadOnlyCollection<string>? ruleIds = null, CancellationToken cancellationToken = default)
    {
        var decoded = TemplateEncoding.Decode(bytes);
        if (decoded is null)
        {
            return (null, bytes);
        }

        var (text, encoding) = decoded.Value;
        var fixedText = Fix(path, text, options, ruleIds, cancellationToken);
        return (fixedText, fixedText.Applied == 0 ? bytes : encoding.Encode(fixedText.Text));
    }

    /// <summary>Whether two edits cannot be applied together: they share a character, or insert at one place, or one inserts inside the other.</summary>
    internal static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.Overlaps(b.Span)
        || (a.Span.Length == 0 && b.Span.Length == 0 && a.Span.Start == b.Span.Start)
        || (a.Span.Length == 0 && a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End)
        || (b.Span.Length == 0 && b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End);

    /// <summary>
    /// The edits of the fixes taken in one round, sorted by start (then length), so that an edit is compared only with
    /// those around it: on a page of 20,000 fixable links each edit was compared with every edit taken before it.
    /// </summary>
    /// <remarks>
    /// Edits taken never overlap one another, so sorted by start their ends do not decrease either, and the only edits
    /// that can overlap a new one are those from the last that starts at or before its end back to the first that
    /// ends at or after its start. Should one fix's own edits overlap (no rule makes such a fix), that order no longer
    /// holds and every edit taken is compared, as before.
    /// </remarks>
    internal sealed class TakenEdits
    {
        private readonly List<TextEdit> _sorted = new();
        private bool _unordered;

        /// <summary>
        /// Every edit taken, by start and then length; edits alike in both in the order taken (an edit goes after those it
        /// ties with). That is the order <see cref="TextEdits.Apply"/> puts them in itself, so it gets what the taken order gave.
        /// </summary>
        public IReadOnlyList<TextEdit> All => _sorted;

        public bool Overlaps(TextEdit edit)
        {
            if (_unordered)
            {
                return _sorted.Exists(t => TemplateFixer.Overlaps(t, edit));
            }

            // An overlapping edit starts at or before the new one's end and ends at or after its start.
            var after = Sorted.PartitionPoint(_sorted.Count, (_sorted, edit.Span.End), static (s, i) => s._sorted[i].Span.Start <= s.End);
            for (var i = after - 1; i >= 0 && _sorted[i].Span.End >= edit.Span.Start; i--)
            {
                if (TemplateFixer.Overlaps(_sorted[i], edit))
                {
                    return true;
                }
            }

            return false;
        }

        public void Add(IReadOnlyList<TextEdit> edits)
        {
            for (var i = 0; i < edits.Count && !_unordered; i++)
            {
                for (var j = i + 1; j < edits.Count; j++)
                {
                    _unordered |= TemplateFixer.Overlaps(edits[i], edits[j]);
                }
            }

            foreach (var edit in edits)
            {
                var at = Sorted.PartitionPoint(_sorted.Count, (_sorted, edit), static (s, i) => Before(s._sorted[i], s.edit));
                _sorted.Insert(at, edit);
            }

            static bool Before(TextEdit a, TextEdit b) => a.Span.Start < b.Span.Start || (a.Span.Start == b.Span.Start && a.Span.Length <= b.Span.Length);
        }
    }
}
