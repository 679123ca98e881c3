using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>Runs the engine over an annotated template and compares every finding with the markers.</summary>
public static class EngineAssert
{
    /// <summary>Options as "key=value" strings.</summary>
    public static IOptionSource Options(params string[] pairs) =>
        new DictionaryOptionSource(pairs.Select(p =>
        {
            var eq = p.IndexOf('=');
            return new KeyValuePair<string, string>(p.Substring(0, eq).Trim(), p.Substring(eq + 1).Trim());
        }));

    public static AnalysisResult Analyze(string fileName, string text, params string[] options) =>
        LinkHygieneEngine.Analyze(fileName, text, Options(options));

    /// <summary>Asserts that the findings are exactly the marked spans (all rules, unless <paramref name="only"/> narrows it).</summary>
    public static IReadOnlyList<Finding> Findings(string fileName, string markup, string[]? options = null, string[]? only = null)
    {
        var (text, expected) = SpanMarkup.Parse(markup);
        var result = LinkHygieneEngine.Analyze(fileName, text, Options(options ?? Array.Empty<string>()));
        foreach (var finding in result.Findings)
        {
            SpanChecker.AssertOffendingText(finding, text, result);
        }

        var actual = result.Findings
            .Where(f => only is null || only.Contains(f.Id))
            .Select(f => new ExpectedSpan(f.Id, f.Span.Start, f.Span.End))
            .OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (!expected.SequenceEqual(actual))
        {
            var describe = string.Join(Environment.NewLine, result.Findings.Select(f =>
                $"  {f.Id} [{f.Span.Start}..{f.Span.End}) '{Slice(text, f.Span.Start, f.Span.End)}': {f.Message}"));
            Assert.Fail(
                $"Expected: {string.Join(", ", expected)}{Environment.NewLine}Actual:   {string.Join(", ", actual)}{Environment.NewLine}Findings:{Environment.NewLine}{describe}");
        }

        return result.Findings;
    }

    private static string Slice(string text, int start, int end) =>
        text.Substring(start, Math.Max(0, Math.Min(end, text.Length) - start)).Replace("\n", "\\n").Replace("\r", "\\r");
}
