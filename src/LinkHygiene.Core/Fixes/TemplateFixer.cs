using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Fixes;

/// <summary>The outcome of fixing a template.</summary>
/// <param name="Text">The fixed text.</param>
/// <param name="Applied">How many fixes were applied.</param>
public sealed record FixResult(string Text, int Applied);

/// <summary>
/// Applies the engine's unambiguous fixes (LH001, LH002, LH003: add the rel token; LH006: normalise rel; LH020: add
/// noopener). Fixes that touch the same attribute are applied one per round, re-analysing in between, so each sees
/// the other's result. Every character outside the edited attributes is kept.
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
        var applied = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var result = LinkHygieneEngine.Analyze(path, text, options, cancellationToken);
            var edits = result.Findings
                .Where(f => f.Fix is not null && (ruleIds is null || ruleIds.Contains(f.Id, StringComparer.OrdinalIgnoreCase)))
                .SelectMany(f => f.Fix!.Edits)
                .ToList();
            if (edits.Count == 0)
            {
                break;
            }

            var (next, count) = TextEdits.Apply(text, edits);
            if (count == 0 || next == text)
            {
                break;
            }

            text = next;
            applied += count;
        }

        return new FixResult(text, applied);
    }

    /// <summary>
    /// Fixes a template's bytes, keeping its encoding and byte-order mark. Bytes that are not text in a known encoding
    /// are returned unchanged (nothing is rewritten that could not be read back exactly).
    /// </summary>
    public static (byte[] Bytes, int Applied) FixBytes(string path, byte[] bytes, IOptionSource options, IReadOnlyCollection<string>? ruleIds = null, CancellationToken cancellationToken = default)
    {
        var decoded = TemplateEncoding.Decode(bytes);
        if (decoded is null)
        {
            return (bytes, 0);
        }

        var (text, encoding) = decoded.Value;
        var fixedText = Fix(path, text, options, ruleIds, cancellationToken);
        return fixedText.Applied == 0 ? (bytes, 0) : (encoding.Encode(fixedText.Text), fixedText.Applied);
    }
}
