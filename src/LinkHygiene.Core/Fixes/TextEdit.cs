using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LinkHygiene.Text;

namespace LinkHygiene.Fixes;

/// <summary>Replace a span of the template with new text.</summary>
/// <param name="Span">What to replace (empty for an insertion).</param>
/// <param name="NewText">The replacement.</param>
public sealed record TextEdit(SourceSpan Span, string NewText);

/// <summary>A fix for one finding: edits that touch only the attribute it targets.</summary>
/// <param name="Title">What the fix does, for a user interface.</param>
/// <param name="Edits">The edits (non-overlapping).</param>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits);

/// <summary>Applies text edits.</summary>
public static class TextEdits
{
    /// <summary>
    /// The edits that can be applied together, in order: identical edits count once, an edit that overlaps one already
    /// taken (or reaches past the text) is left for the next round.
    /// </summary>
    public static IReadOnlyList<TextEdit> Choose(IEnumerable<TextEdit> edits, int textLength)
    {
        var chosen = new List<TextEdit>();
        foreach (var edit in edits.Distinct().OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length))
        {
            if (edit.Span.End > textLength)
            {
                continue;
            }

            var last = chosen.Count == 0 ? null : chosen[chosen.Count - 1];
            if (last is not null && (edit.Span.Start < last.Span.End || (edit.Span.Start == last.Span.Start && edit.Span.Length == 0 && last.Span.Length == 0)))
            {
                continue;
            }

            chosen.Add(edit);
        }

        return chosen;
    }

    /// <summary>
    /// Applies edits to a text. Identical edits count once; an edit that overlaps one already taken is skipped (the
    /// caller re-analyses and tries again). Every character outside the edits is kept as it was.
    /// </summary>
    /// <returns>The new text and how many edits were applied.</returns>
    public static (string Text, int Applied) Apply(string text, IEnumerable<TextEdit> edits)
    {
        var chosen = Choose(edits, text.Length);
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in chosen)
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), chosen.Count);
    }
}
