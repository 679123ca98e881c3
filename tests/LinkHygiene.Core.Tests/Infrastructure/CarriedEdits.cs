using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>
/// Holds an edit EditedAnalysis carries to an analysis of the edited text: the same findings, at the same places, with
/// the same fixes. Shared by the engine tests, the saved-case replay and the long fuzz run.
/// </summary>
public static class CarriedEdits
{
    /// <summary>
    /// Letters typed and characters deleted at places picked from the text (just after a '&gt;', where text is, at a space,
    /// and anywhere): what differs when one is carried, or null. <paramref name="carried"/>: how many were.
    /// </summary>
    public static string? AnyDifference(string path, string text, AnalysisResult result, out int carried)
    {
        carried = 0;
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        var random = (int)((uint)hash % (uint)(text.Length + 1));
        var close = text.IndexOf('>', Math.Min(random, text.Length));
        var place = close >= 0 ? close + 1 : random;
        var space = text.IndexOf(' ', Math.Min(random, text.Length));
        var word = space >= 0 ? space : random;
        var analysis = EditedAnalysis.Of(result, text);
        var edits = new[]
        {
            (place, place, "a"), (place, Math.Min(text.Length, place + 1), string.Empty),
            (word, word, "x y"), (word, Math.Min(text.Length, word + 2), string.Empty), (random, random, "Z"),
        };
        foreach (var (start, end, typed) in edits)
        {
            if (start == end && typed.Length == 0)
            {
                continue;
            }

            if (analysis.TryApply(start, end, typed, DictionaryOptionSource.Empty) is not { } edited)
            {
                continue;
            }

            carried++;
            if (Difference(path, edited) is { } difference)
            {
                return $"the findings carried through an edit at {start} (\"{typed}\" for {end - start} characters) are not an analysis's: {difference}";
            }
        }

        return null;
    }

    /// <summary>What differs between the findings an edited analysis carries and an analysis of its text (with <paramref name="options"/>, or none), or null.</summary>
    public static string? Difference(string path, EditedAnalysis analysis, IOptionSource? options = null)
    {
        var expected = Render(LinkHygieneEngine.Analyze(path, analysis.Text, options ?? DictionaryOptionSource.Empty).Findings);
        var moved = Render(analysis.Move(analysis.Base.Findings));
        return expected == moved ? null : $"\nexpected:\n{expected}\nmoved:\n{moved}";
    }

    private static string Render(IReadOnlyList<Finding> findings) => string.Join("\n", findings.Select(f =>
        $"{f.Id} {f.Span.Start}-{f.Span.End} {f.Start}-{f.End} {f.Severity} {f.Message}"
        + (f.Fix is null ? string.Empty : " fix: " + string.Join(";", f.Fix.Edits.Select(e => $"{e.Span.Start}-{e.Span.End}={e.NewText}")))));
}
